#pragma once
// A visit as it is entered or corrected: the household, time and outcome, and the screening
// of each person met.

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace hc {

struct ScreeningDraft
{
    qint64 personId = 0;
    QString status;      // Vocabulary::Kind::Status code
    QString whereabouts; // away_verified: where; moved_out: destination (optional)
    QString verifiedBy;  // away_verified: Vocabulary::Kind::VerifiedBy code
    QDate eventDate;     // deceased / moved_out, when known
    QString notes;
    bool foundHere = false; // registered at another household, checked at this address
};

struct RegisteredPerson
{
    qint64 id = 0;
    QString name;
    QString householdNo; // where the person is registered
};

struct VisitDraft
{
    qint64 operationId = 0;
    qint64 householdId = 0;
    QDateTime visitedAt; // wall-clock time (see parseDateTime)
    QString outcome;     // Vocabulary::Kind::Outcome code
    QString notes;
    QList<ScreeningDraft> screenings; // only for a completed visit
};

} // namespace hc
