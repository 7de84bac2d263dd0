#pragma once
// What the investigator decides about a missing/found pair from the ranking (EditCases):
// "Confirm match" closes the case (found alive, or found deceased when the record is of
// remains), adds the identification to the case timeline and marks the found-person record
// identified with the case, in one transaction with its audit records; "Rule out" saves the
// pair with a reason, and MissingFoundMatcher leaves ruled-out pairs out of later rankings. A
// person found living unregistered (a candidate of kind Unregistered, by persons.id) is ruled out
// for a case the same way (ruleOutUnregistered); there is no record of theirs to confirm.

#include "core/auth/Actor.h"
#include "core/common/Result.h"

#include <QCoreApplication>
#include <QDate>

namespace hc {

class Database;

struct ConfirmedMatch
{
    QString caseNo, recordNo;
    QString outcome; // found_alive or found_deceased
    QDate outcomeDate;
};

class MatchDecisionService
{
    Q_DECLARE_TR_FUNCTIONS(hc::MatchDecisionService)
public:
    MatchDecisionService(Database& db, Actor actor);

    Result<ConfirmedMatch> confirm(qint64 caseId, qint64 foundPersonId);
    Status ruleOut(qint64 caseId, qint64 foundPersonId, const QString& reason);
    Status ruleOutUnregistered(qint64 caseId, qint64 personId, const QString& reason);

    bool mayDecide() const { return m_actor.can(Right::EditCases); }

private:
    Database& m_db;
    Actor m_actor;
};

} // namespace hc
