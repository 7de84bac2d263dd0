#pragma once
// The SQL of the investigator's decisions on a missing/found pair: the found-person record
// marked identified by a confirmed match, and the pairs ruled out: a case and a found-person record
// (schema 5), a case and a person found living unregistered (schema 18).

#include "core/common/Result.h"

#include <QSqlDatabase>
#include <optional>

namespace hc {

class MatchDecisionStore
{
public:
    explicit MatchDecisionStore(QSqlDatabase db) : m_db(std::move(db)) {}

    Status markIdentified(qint64 foundPersonId, qint64 caseId) const;
    Result<bool> isRuledOut(qint64 caseId, qint64 foundPersonId) const;
    Status insertRuleOut(qint64 caseId, qint64 foundPersonId, const QString& reason, qint64 byUser,
                         const QString& actor, const QString& at) const;

    // A person found living unregistered in the sweep (a screening "unregistered_found"): the
    // household number and the name; nullopt when there is no such person, or they were never
    // found unregistered.
    struct UnregisteredPerson
    {
        QString householdNo, name;
    };
    Result<std::optional<UnregisteredPerson>> unregisteredPerson(qint64 personId) const;
    Result<bool> isPersonRuledOut(qint64 caseId, qint64 personId) const;
    Status insertPersonRuleOut(qint64 caseId, qint64 personId, const QString& reason, qint64 byUser,
                               const QString& actor, const QString& at) const;

private:
    QSqlDatabase m_db;
};

} // namespace hc
