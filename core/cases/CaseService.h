#pragma once
// Missing-person case files: opening one (from a screening whose person's whereabouts are
// unknown, or from a caller's public report), the case list with its filters, the whole file
// with its timeline and attached links, and the investigator's writes (details, leads,
// outcome, reopening). Writes need the EditCases right (opening from a screening also the
// officer's RecordVisits); each is one transaction with its audit record. An officer reaches
// their own station's cases and screenings only (Scope); opening a case file and every
// refusal are audited. Reads live in CaseQueries.cpp, the SQL in CaseStore.

#include "core/auth/Actor.h"
#include "core/cases/CaseTypes.h"
#include "core/cases/IdentifyingMarks.h"
#include "core/common/Result.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace hc {

class Database;
class CaseStore;
struct NewCase;

class CaseService
{
    Q_DECLARE_TR_FUNCTIONS(hc::CaseService)
public:
    CaseService(Database& db, Actor actor);

    // Opens a case in state `open` with the screened person as subject (name, sex and birth
    // year copied onto the case), linked to the screening; returns the case number (e.g.
    // SZ2026-00042). Refused when the person already has a case that is open or being
    // investigated. The risk level is CaseRisk's rule at the date screened.
    Result<QString> openFromScreening(qint64 screeningId);
    // Opens a case from a caller's report; returns the case number. The error names the field.
    // The risk level is the report's when set by hand (high, low), else CaseRisk's rule.
    Result<QString> openFromPublicReport(const PublicReport& report);
    // The same, for a call logged on the hotline or an officer's published phone (CallService,
    // inside its transaction): the LogCalls right suffices, as an officer answering the phone
    // opens the case (as one opens a case from their own screening). Returns the case's id.
    Result<qint64> openFromCall(const PublicReport& report);
    // A call's report as a lead on a case the actor reaches, open or investigating (LogCalls
    // right), inside the caller's transaction. Returns the lead's id.
    Result<qint64> addCallLead(qint64 caseId, const LeadDraft& draft);

    // The case list, newest first. Officers see their own station's cases only.
    Result<QList<CaseRow>> list(const CaseFilter& filter) const;
    // Audited (a view of the case file).
    Result<CaseFile> load(qint64 caseId) const;
    Result<qint64> findByNumber(const QString& caseNo) const;

    // Checks edited fields without writing; the error names the field (subject_name, ...).
    Status validate(const CaseFields& fields) const;
    Status update(qint64 caseId, const CaseFields& fields);
    // Adds a lead to the timeline; an `open` case moves to `investigating`. Returns its id.
    Result<qint64> addLead(qint64 caseId, const LeadDraft& draft);
    // Closes an open or investigating case with an outcome.
    Status setOutcome(qint64 caseId, const CaseOutcome& outcome);
    // Clears a closed case's outcome (supervisors and administrators).
    Status reopen(qint64 caseId);

    // The missing person's identifying marks (CaseMarks.cpp), in the order entered; setMarks
    // replaces them all (EditCases, one transaction, audited as "marks" with the lists before
    // and after; nothing is written when the list is unchanged).
    Result<QList<IdentifyingMark>> marks(qint64 caseId) const;
    Status setMarks(qint64 caseId, const QList<IdentifyingMark>& marks);

    // The officer in charge (CaseOwnership.cpp). Supervisors and administrators assign and
    // reassign; the officer is an active account whose role may edit cases. Audited.
    Status assignOfficer(qint64 caseId, qint64 officerId);
    // Who may be put in charge, by name.
    Result<QList<CaseOfficer>> officers() const;
    // One of them by badge; the error names the field "officer".
    Result<CaseOfficer> officerByBadge(const QString& badge) const;

    // Adds a lead inside the caller's transaction (open -> investigating, audited); addLead
    // wraps it in one. `file` is the case as loaded.
    Result<qint64> writeLead(const CaseFile& file, const LeadDraft& draft);

    bool mayEdit() const { return m_actor.can(Right::EditCases); }
    bool mayReopen() const;
    bool mayAssign() const { return mayReopen(); }

private:
    // Refusals are audited.
    Status mayWrite(const QString& what, qint64 caseId) const;
    Status visible(qint64 caseId, qint64 stationId) const;
    // load() without its audit record, for the writes.
    Result<CaseFile> loadFile(qint64 caseId) const;
    // The report's fields as a case's, with what the registry knows of a named person.
    Result<CaseFields> reportFields(const PublicReport& report) const;
    Status fillFromRegistry(qint64 personId, CaseFields& f) const;
    // Numbers, inserts and audits a new case in one transaction; returns its number.
    Result<QString> insertCase(NewCase c, QJsonObject audit);
    // openFromPublicReport after its rights check.
    Result<QString> openReport(const PublicReport& report);
    // writeLead after its rights check.
    Result<qint64> insertLead(const CaseFile& file, const LeadDraft& draft);
    Status finishWrite(qint64 caseId, const QString& action, const QJsonObject& before,
                       const QJsonObject& after);
    Result<qint64> duplicateTarget(const CaseFile& file, const CaseOutcome& o) const;
    CaseStore store() const;

    Database& m_db;
    Actor m_actor;
};

// Phone numbers as the hotline takes them: spaces and hyphens dropped, then 7-20 digits.
QString normalisedPhone(const QString& phone);

} // namespace hc
