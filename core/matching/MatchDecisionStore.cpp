#include "core/matching/MatchDecisionStore.h"

#include "core/storage/Sql.h"

namespace hc {

Status MatchDecisionStore::markIdentified(qint64 foundPersonId, qint64 caseId) const
{
    const auto changed = sql::execute(
        m_db,
        QStringLiteral(
            "UPDATE found_persons SET status = 'identified', matched_case_id = :case WHERE id = :id"),
        {{QStringLiteral(":case"), caseId}, {QStringLiteral(":id"), foundPersonId}});
    if (!changed)
        return changed.error();
    return {};
}

Result<bool> MatchDecisionStore::isRuledOut(qint64 caseId, qint64 foundPersonId) const
{
    const auto one = sql::scalar(
        m_db,
        QStringLiteral("SELECT 1 FROM match_rule_outs WHERE case_id = :case AND found_person_id = :found"),
        {{QStringLiteral(":case"), caseId}, {QStringLiteral(":found"), foundPersonId}});
    if (!one)
        return one.error();
    return one->isValid();
}

Status MatchDecisionStore::insertRuleOut(qint64 caseId, qint64 foundPersonId, const QString& reason,
                                         qint64 byUser, const QString& actor, const QString& at) const
{
    // No id column (the pair is the key): a plain execute, not sql::insert's RETURNING id.
    const auto done = sql::execute(
        m_db,
        QStringLiteral("INSERT INTO match_rule_outs(case_id, found_person_id, reason, ruled_out_by, actor, "
                       "ruled_out_at) VALUES (:case, :found, :reason, :by, :actor, :at)"),
        {{QStringLiteral(":case"), caseId},
         {QStringLiteral(":found"), foundPersonId},
         {QStringLiteral(":reason"), reason},
         {QStringLiteral(":by"), sql::orNull(byUser)},
         {QStringLiteral(":actor"), actor},
         {QStringLiteral(":at"), at}});
    if (!done)
        return done.error();
    return {};
}

Result<std::optional<MatchDecisionStore::UnregisteredPerson>>
MatchDecisionStore::unregisteredPerson(qint64 personId) const
{
    auto q =
        sql::query(m_db,
                   QStringLiteral("SELECT coalesce(h.household_no, ''), coalesce(p.name, '') FROM persons p "
                                  "LEFT JOIN households h ON h.id = p.household_id WHERE p.id = :id AND "
                                  "EXISTS (SELECT 1 FROM screenings s WHERE s.person_id = p.id AND "
                                  "s.status = 'unregistered_found')"),
                   {{QStringLiteral(":id"), personId}});
    if (!q)
        return q.error();
    if (!q.value().next())
        return std::optional<UnregisteredPerson>();
    return std::optional<UnregisteredPerson>(
        UnregisteredPerson{q->value(0).toString(), q->value(1).toString()});
}

Result<bool> MatchDecisionStore::isPersonRuledOut(qint64 caseId, qint64 personId) const
{
    const auto one = sql::scalar(
        m_db,
        QStringLiteral("SELECT 1 FROM unregistered_rule_outs WHERE case_id = :case AND person_id = :person"),
        {{QStringLiteral(":case"), caseId}, {QStringLiteral(":person"), personId}});
    if (!one)
        return one.error();
    return one->isValid();
}

Status MatchDecisionStore::insertPersonRuleOut(qint64 caseId, qint64 personId, const QString& reason,
                                               qint64 byUser, const QString& actor, const QString& at) const
{
    const auto done = sql::execute(
        m_db,
        QStringLiteral("INSERT INTO unregistered_rule_outs(case_id, person_id, reason, ruled_out_by, actor, "
                       "ruled_out_at) VALUES (:case, :person, :reason, :by, :actor, :at)"),
        {{QStringLiteral(":case"), caseId},
         {QStringLiteral(":person"), personId},
         {QStringLiteral(":reason"), reason},
         {QStringLiteral(":by"), sql::orNull(byUser)},
         {QStringLiteral(":actor"), actor},
         {QStringLiteral(":at"), at}});
    if (!done)
        return done.error();
    return {};
}

} // namespace hc
