#pragma once
// The SQL of the case files: the cases table, the timeline of leads, the links seen from a
// case, and the reads around opening one (the screened person, the registry person a caller
// names, the operation running at a station). Plain values in and out; CaseService keeps the
// rights, validation, risk rule, audit and transactions.

#include "core/cases/CaseTypes.h"
#include "core/common/Result.h"

#include <QSqlDatabase>
#include <optional>

namespace hc {

// What a screening gives the case opened from it.
struct ScreenedSubject
{
    qint64 personId = 0;
    qint64 operationId = 0;
    qint64 stationId = 0; // of the person's household; 0 when none
    QString status, screenedAt, notes;
    QString name, sex;
    int birthYear = 0; // 0 unknown
};

// A registered person a caller names: what the registry fills in.
struct RegistrySubject
{
    QString name, sex;
    int birthYear = 0;
};

// A new row of the cases table, opened now.
struct NewCase
{
    QString caseNo;
    QString source; // screening, public_report
    qint64 operationId = 0;
    qint64 subjectPersonId = 0;
    qint64 screeningId = 0;
    qint64 createdBy = 0;
    QString openedAt; // wall-clock ISO text
    CaseFields fields;
};

// A case list row as stored; CaseService derives the age, days open and overdue.
struct CaseListEntry
{
    CaseRow row;
    int birthYear = 0;
    QString outcomeDate;
};

class CaseStore
{
public:
    explicit CaseStore(QSqlDatabase db) : m_db(std::move(db)) {}

    Result<std::optional<ScreenedSubject>> screenedSubject(qint64 screeningId) const;
    Result<std::optional<RegistrySubject>> registrySubject(qint64 personId) const;
    // The number of the person's open or investigating case; empty when none.
    Result<QString> activeCaseOf(qint64 personId) const;
    Result<bool> stationExists(qint64 stationId) const;
    Result<bool> caseExists(qint64 caseId) const;
    // The case's station; 0 when it has none or there is no such case.
    Result<qint64> stationOf(qint64 caseId) const;
    // The operation running at the station on `day` (the latest started); 0 when none.
    Result<qint64> runningOperation(qint64 stationId, QDate day) const;
    Result<QString> nextCaseNo(int year) const;
    Result<qint64> insert(const NewCase& c) const;

    // `station`: nullopt for every station, else that station's cases only. Cases idle since
    // before `overdueCutoff` (wall-clock text) are the overdue ones.
    Result<QList<CaseListEntry>> list(const CaseFilter& filter, std::optional<qint64> station,
                                      const QString& overdueCutoff) const;
    // The case with that number (as stored: upper case): its id and status.
    Result<std::optional<QPair<qint64, QString>>> findByNumber(const QString& caseNo) const;
    // The file without its leads and links; nullopt when there is no such case.
    Result<std::optional<CaseFile>> file(qint64 caseId) const;
    Result<QList<Lead>> leads(qint64 caseId) const; // newest first
    // Links with the case at either end, seen from the case, with a label for the other end.
    Result<QList<CaseLink>> links(qint64 caseId) const;

    Status update(qint64 caseId, const CaseFields& f) const;
    Result<qint64> insertLead(qint64 caseId, const LeadDraft& d, qint64 officerId) const;
    Status setStatus(qint64 caseId, const QString& status) const;
    Status setOutcome(qint64 caseId, const CaseOutcome& o, qint64 duplicateOf) const;
    // Back to `status` (open or investigating) with no outcome.
    Status clearOutcome(qint64 caseId, const QString& status) const;
    Status touch(qint64 caseId, const QString& updatedAt) const;
    // 0 clears the officer in charge.
    Status setOfficer(qint64 caseId, qint64 officerId) const;
    // Active accounts whose role may edit cases, by name; `badge` non-empty: that one only.
    Result<QList<CaseOfficer>> officers(const QString& badge = {}) const;

private:
    QString otherLabel(const CaseLink& link) const;
    QSqlDatabase m_db;
};

} // namespace hc
