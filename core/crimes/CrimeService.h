#pragma once
// Crimes as the bureau counts them (破获命案2起: crimes, not victims): a crime record is created
// from one of its victims' missing-person cases, which gives it its station and operation; other
// victims' cases and the suspects (link-graph entities, resolved as the link screens resolve
// them) are added to it. Writes need the EditCases right; an officer reaches their own station's
// crimes and cases only (Scope). Every write is one transaction with its audit record, and every
// refusal is audited. SQL: CrimeStore.

#include "core/auth/Actor.h"
#include "core/common/Result.h"
#include "core/crimes/CrimeTypes.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace hc {

class Database;
struct CrimeCaseFacts;

class CrimeService
{
    Q_DECLARE_TR_FUNCTIONS(hc::CrimeService)
public:
    CrimeService(Database& db, Actor actor);

    // Checks a draft without writing; the error names the field (kind, date, criminal_case_no).
    Status validate(const CrimeDraft& draft) const;
    // A crime with the case as its first victim; returns the crime's id.
    Result<qint64> create(qint64 caseId, const CrimeDraft& draft);
    Status update(qint64 crimeId, const CrimeDraft& draft);
    // Another victim's case (not a duplicate; once per crime).
    Status addVictim(qint64 crimeId, qint64 caseId);
    // A crime keeps at least one victim.
    Status removeVictim(qint64 crimeId, qint64 caseId);
    // `typed` as a user gives it (a person's ID number, a phone, a plate ...); once per crime.
    Status addSuspect(qint64 crimeId, const EntityRef& typed, const QString& note = {});
    Status removeSuspect(qint64 crimeId, const EntityRef& suspect);

    // Audited (a view of the crime), with the suspects' labels.
    Result<Crime> load(qint64 crimeId) const;
    // Officers see their own station's crimes only.
    Result<QList<CrimeRow>> list(const CrimeFilter& filter) const;

    bool mayEdit() const { return m_actor.can(Right::EditCases); }

private:
    Status mayWrite(const QString& what, qint64 crimeId) const;
    // The case, when the actor reaches it; `field` names it in the errors.
    Result<CrimeCaseFacts> reachableCase(qint64 caseId, const QString& field) const;
    // The crime without the audit record of a view, when the actor reaches it.
    Result<Crime> loadCrime(qint64 crimeId) const;
    Status finish(qint64 crimeId, const QString& action, const QJsonObject& before, const QJsonObject& after);

    Database& m_db;
    Actor m_actor;
};

} // namespace hc
