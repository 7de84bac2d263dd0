#pragma once
// An operation's figures as a value (DOMAIN.md "What the operation report shows"), with the
// JSON form `stats --json` prints.

#include <QJsonObject>
#include <QMap>
#include <QString>

namespace hc {

struct OperationStats
{
    qint64 householdsInScope = 0;
    qint64 householdsVisited = 0;
    qint64 householdsCovered = 0;
    qint64 revisitsPending = 0;
    qint64 visits = 0;
    qint64 personChecks = 0;
    qint64 personsScreened = 0;
    QMap<QString, qint64> checksByStatus;        // every status present
    QMap<QString, qint64> personsByLatestStatus; // every status present
    qint64 unregisteredFound = 0;
    qint64 unregisteredRegistered = 0; // of those, people registered since (registration files)
    qint64 unregisteredIdCards = 0;    // of those, ID cards issued
    qint64 casesOpened = 0;
    QMap<QString, qint64> casesByStatus; // every case status present
    QMap<QString, qint64> casesBySource; // screening, public_report
    qint64 foundAlive = 0;
    qint64 rescued = 0;
    qint64 foundDeceased = 0;
    qint64 familiesReunited = 0;           // distinct families (schema-8.sql)
    qint64 foundPeople = 0;                // distinct people found alive or rescued, with a case or traced
    qint64 foundWithCase = 0;              // of them, those whose case closed found alive or rescued
    QMap<QString, qint64> crimesUncovered; // crimes (起) by kind: homicide, kidnapping, trafficking, other
    QMap<QString, qint64> crimesSolved;    // of them, solved (破获), by kind
    QMap<QString, qint64> crimeVictims;    // the victims (cases) of those crimes, by kind
    qint64 calls = 0;                      // calls logged, by their date and station (schema-10.sql)
    qint64 callsCasesOpened = 0;           // of them, calls that opened a case

    QJsonObject toJson() const;
    bool operator==(const OperationStats&) const = default;
};

} // namespace hc
