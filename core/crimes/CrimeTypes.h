#pragma once
// Plain value types of crimes and family reunions (DOMAIN.md "Crimes, families, calls"): a crime
// with its victims (missing-person cases) and suspects (link-graph entities), the list's filter
// and rows, and a reunion of a person found alive or rescued with their family.

#include "core/links/LinkGraph.h"

#include <QDate>
#include <QList>
#include <QString>

namespace hc {

// What a crime record says, as an investigator edits it.
struct CrimeDraft
{
    QString kind; // Vocabulary::Kind::CrimeKind: homicide, kidnapping, trafficking, other
    QDate date;   // when the crime was committed (or began); may be unknown
    QString criminalCaseNo;
    bool solved = false;
    QString note;
    bool operator==(const CrimeDraft&) const = default;
};

// A victim of a crime: a missing-person case.
struct CrimeVictim
{
    qint64 caseId = 0;
    QString caseNo, subject, status;
};

// A suspect: a link-graph entity (person, phone, vehicle, address, household, case).
struct CrimeSuspect
{
    EntityRef entity;
    QString label; // what the link screens call it (a name and ID tail, a plate, ...)
    QString note;
};

struct Crime
{
    qint64 id = 0;
    qint64 operationId = 0;
    qint64 stationId = 0;
    QString station;
    CrimeDraft fields;
    QString createdAt;
    QList<CrimeVictim> victims;   // by case number
    QList<CrimeSuspect> suspects; // as added
};

// What the crime list shows. Empty/zero members do not narrow.
struct CrimeFilter
{
    qint64 operationId = 0;
    qint64 stationId = 0;
    QString kind;
    qint64 caseId = 0; // crimes with this case among their victims
    int solved = -1;   // 0 unsolved, 1 solved, -1 either
    QDate from, to;    // the crime's date within (inclusive); a crime without a date only undated
};

struct CrimeRow
{
    qint64 id = 0;
    QString kind;
    QDate date;
    QString criminalCaseNo;
    bool solved = false;
    QString station;
    int victims = 0;
    int suspects = 0;
    QString victimCases;      // case numbers, comma separated
    qint64 firstVictimId = 0; // the case of the first victim by case number
};

// How a family was reunited.
struct ReunionDraft
{
    QDate date;
    QString how;       // in_person, video, station
    QString familyKey; // empty: the household of the case's subject, else the case itself
    QString note;
};

struct Reunion
{
    qint64 id = 0;
    qint64 caseId = 0;
    QString caseNo;
    QDate date;
    QString how;
    QString familyKey;
    QString note;
};

} // namespace hc
