#pragma once
// The rows of the officer's follow-up lists: revisits, whereabouts to verify (with the failed
// attempts), people whose whereabouts are unknown and who have no case, people found living with
// no registration.

#include <QString>

namespace hc {

struct RevisitRow
{
    qint64 householdId = 0;
    QString householdNo;
    QString address;
    QString area;
    int attempts = 0;
    QString lastAttempt; // ISO wall-clock time
    QString lastOutcome;
    int daysSince = 0;
    qint64 assignedOfficerId = 0;
    QString assignedOfficer; // name (badge)
};

// An officer a revisit may be assigned to: active, at the household's station.
struct RevisitOfficer
{
    qint64 id = 0;
    QString name;
    QString badge;
};

struct VerificationRow
{
    qint64 personId = 0;
    QString name;
    QString idNumber;
    QString phone;
    QString householdNo;
    QString address;
    QString since;       // when the person was found away without verified whereabouts
    int attempts = 0;    // failed attempts at verifying, in this operation
    QString lastAttempt; // ISO wall-clock time of the latest, empty when none
    QString lastResult;  // its result code (FollowUpService::attemptResults())
};

// A person whose whereabouts are unknown, with no case: on the list until traced, a case is
// opened, or a supervisor closes it with a reason.
struct UntracedRow
{
    qint64 personId = 0;
    QString name;
    QString idNumber;
    QString phone;
    QString householdNo;
    QString address;
    QString since; // the screening that found the whereabouts unknown (ISO wall-clock time)
    int daysSince = 0;
};

struct UnregisteredRow
{
    qint64 personId = 0;
    QString name;
    QString sex;
    QString birthYear;
    QString householdNo;
    QString address;
    QString station;
    QString foundAt;
    QString notes;
};

} // namespace hc
