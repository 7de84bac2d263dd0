#pragma once
// The SQL of the investigator's decisions on a missing/found pair: the found-person record
// marked identified by a confirmed match, and the pairs ruled out (schema 5).

#include "core/common/Result.h"

#include <QSqlDatabase>

namespace hc {

class MatchDecisionStore
{
public:
    explicit MatchDecisionStore(QSqlDatabase db) : m_db(std::move(db)) {}

    Status markIdentified(qint64 foundPersonId, qint64 caseId) const;
    Result<bool> isRuledOut(qint64 caseId, qint64 foundPersonId) const;
    Status insertRuleOut(qint64 caseId, qint64 foundPersonId, const QString& reason, qint64 byUser,
                         const QString& actor, const QString& at) const;

private:
    QSqlDatabase m_db;
};

} // namespace hc
