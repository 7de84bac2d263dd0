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

} // namespace hc
