#pragma once
// Plain value types of the case files (DOMAIN.md "Case life cycle"): the list's filter and rows,
// a whole case file with its timeline and links, and the drafts the services validate.

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace hc {

// What the case list shows. Empty/zero members do not narrow.
struct CaseFilter
{
    QStringList statuses; // Vocabulary::Kind::CaseStatus codes
    QString risk;         // Vocabulary::Kind::RiskLevel code
    qint64 stationId = 0;
    QDate openedFrom, openedTo; // inclusive
    QString source;             // screening / public_report
    QString text;               // case number, subject name or reporter phone (substring)
    bool overdueOnly = false;
    qint64 officerId = 0; // the officer in charge (users.id)
};

struct CaseRow
{
    qint64 id = 0;
    QString caseNo, subject;
    int age = -1; // from the birth year at today; -1 unknown
    qint64 stationId = 0;
    QString station;
    QString openedAt; // wall-clock ISO text
    int daysOpen = 0;
    QString lastLeadAt, lastLeadKind; // empty when no lead yet
    QString status, risk, source;
    bool overdue = false;
    qint64 officerId = 0; // the officer in charge; 0 when none
    QString officer;      // their name
};

// A case is overdue when it is open or investigating and nothing happened on it (no lead; the
// opening counts) for this many days.
constexpr int kOverdueDays = 7;

struct Lead
{
    qint64 id = 0;
    QString at; // wall-clock ISO text
    QString kind, text, source, officer;
};

struct LeadDraft
{
    QDateTime at; // wall-clock time (see parseDateTime)
    QString kind, text, source;
};

// A row of the links table with this case at one end, seen from the case.
struct CaseLink
{
    qint64 id = 0;
    QString otherKind, otherKey, otherLabel; // the other end; label: a name, case number, ...
    QString kind;
    double confidence = 0;
    QString note;
};

// The fields an investigator edits on a case file.
struct CaseFields
{
    QString subjectName;
    QString subjectSex; // "M", "F" or empty
    int subjectBirthYear = 0;
    int subjectHeightCm = 0;
    QString description; // build, marks, clothing
    QDate lastSeenDate;
    QString lastSeenPlace, circumstances;
    QString risk;
    bool mentalIllness = false;  // a recorded mental illness: high risk by the rule (CaseRisk)
    bool suspectedCrime = false; // a crime is suspected: high risk by the rule
    QString contacts;
    QString reporterName, reporterPhone, reportText;
    qint64 stationId = 0;
    bool operator==(const CaseFields&) const = default;
};

struct CaseOutcome
{
    QString status; // found_alive, rescued, found_deceased, closed_other, duplicate
    QDate date;
    QString duplicateOfCaseNo; // status duplicate only
    // Crimes and reunions are records of their own (CrimeService, ReunionService), not outcome
    // fields: the figures count the records only.
};

struct CaseFile
{
    qint64 id = 0;
    QString uuid, caseNo;
    qint64 operationId = 0;
    QString operationName;
    QString station;
    qint64 subjectPersonId = 0;
    QString source;
    qint64 screeningId = 0;
    QString status;
    QString openedAt, updatedAt;
    CaseFields fields;
    QDate outcomeDate;
    QString crimeKind;           // as recorded before crime records (schema-11 moved it into one)
    bool familyReunited = false; // a reunion is recorded (ReunionService)
    QString duplicateOfCaseNo;
    bool overdue = false;
    qint64 officerId = 0; // the officer in charge; 0 when none
    QString officerName, officerBadge;
    QList<Lead> leads;     // newest first
    QList<CaseLink> links; // as stored, oldest first
    bool isClosed() const { return status != u"open" && status != u"investigating"; }
};

// A case opened from a caller's report (the public hotline).
struct PublicReport
{
    QString reporterName, reporterPhone;
    QString subjectName;
    QString subjectSex; // "M", "F" or empty
    int birthYear = 0;  // or:
    int age = -1;       // the subject's age as the caller gives it (-1 unknown)
    int heightCm = 0;
    QString description;
    QDate lastSeenDate;
    QString lastSeenPlace, circumstances;
    QString reportText; // what the caller reported
    QString risk;
    bool mentalIllness = false, suspectedCrime = false; // facts of the risk rule (CaseRisk)
    QString contacts;
    qint64 stationId = 0;
    qint64 subjectPersonId = 0; // a registered person, when the caller names one
    qint64 operationId = 0;     // 0: the operation running at the station today, if any
};

// Someone who may be put in charge of a case (a role that may edit cases, account active).
struct CaseOfficer
{
    qint64 id = 0;
    QString badge, name, role; // role: Roles::code
    qint64 stationId = 0;
    QString station;
};

// People found without identification (DOMAIN.md, issue 4).
struct FoundPerson
{
    qint64 id = 0;
    QString recordNo;             // WM<year>-NNNNN, set by the service
    QString circumstance;         // shelter, hospital, remains, other
    QString sex;                  // "M", "F" or empty
    int ageMin = -1, ageMax = -1; // estimated range; -1 unknown
    int heightCm = 0;             // 0 unknown
    QString nameGiven, marks, placeFound;
    QDate foundDate;
    QString notes;
    qint64 stationId = 0;
    QString station;                         // read only
    QString status = QStringLiteral("open"); // open, identified, closed
    qint64 matchedCaseId = 0;                // identified: the case it resolved
    QString matchedCaseNo;                   // read only
    QString createdAt;                       // read only
};

struct FoundPersonFilter
{
    QString status, circumstance, sex;
    qint64 stationId = 0;
    QString text; // record number, name given, place, marks (substring)
};

} // namespace hc
