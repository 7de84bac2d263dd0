#pragma once
// A visit as it is entered or corrected: the household, time and outcome, and the screening
// of each person met.

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

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
    // Whereabouts unknown: open a missing-person case from this screening in the same
    // transaction as the visit (a person who already has an open case keeps it).
    bool openCase = false;
};

struct RegisteredPerson
{
    qint64 id = 0;
    QString name;
    QString householdNo; // where the person is registered
};

// What saving a visit did: the visit and the cases opened with it, as the officer is told.
struct SavedVisit
{
    qint64 visitId = 0;
    QStringList caseNotes; // "Case SZ-2026-0007 opened for 张伟." / "张伟 already has the open case …"
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

// Which version of a saved visit is current: 1 when first saved, one more per correction;
// who made it by a correction, and when (empty for an uncorrected visit).
struct VisitVersion
{
    int number = 0;
    QString correctedBy; // "name (badge)"
    QDateTime correctedAt;
    qint64 householdId = 0; // whose visit (the reader's scope is checked on it)
};

} // namespace hc
