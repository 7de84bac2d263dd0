#pragma once
// The rows of the officer's follow-up lists: revisits, whereabouts to verify, people found
// living with no registration.

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

struct VerificationRow
{
    qint64 personId = 0;
    QString name;
    QString idNumber;
    QString phone;
    QString householdNo;
    QString address;
    QString since; // when the person was found away without verified whereabouts
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
