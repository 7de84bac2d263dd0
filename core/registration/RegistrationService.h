#pragma once
// The registration follow-up of the people found living with no household registration
// (issue 13, outcome 1): each has a file that moves forward only, one stage at a time:
// referred to the registration desk (date, officer responsible), documents gathered (the
// checklist), application filed, registered (household joined or created, the new ID number
// validated as any other), ID card issued; or, before registration, closed with a reason.
// A stage's date is not before the previous one's, nor in the future. Every step is one
// transaction: the file, the person registered, a household created, the timeline event and
// the audit record. Officers reach their own station's files (Scope); a refusal is audited.
// Who may step a file: RecordVisits (officers, supervisors, administrators). SQL:
// RegistrationStore.

#include "core/auth/Actor.h"
#include "core/common/Result.h"
#include "core/registration/RegistrationStore.h"
#include "core/registration/RegistrationTypes.h"

#include <QCoreApplication>

namespace hc {

class Database;

class RegistrationService
{
    Q_DECLARE_TR_FUNCTIONS(hc::RegistrationService)
public:
    // An open file with no step for this many days is "no progress".
    static constexpr int kStalledDays = 30;

    RegistrationService(Database& db, Actor actor);

    // A station's files (Scope: officers their own, 0 asks for it, another is refused; other
    // roles filter.stationId, 0 = all).
    Result<QList<RegistrationFile>> list(const RegistrationFilter& filter) const;
    Result<RegistrationFile> load(qint64 personId) const;
    Result<QList<RegistrationEvent>> timeline(qint64 personId) const;
    // Checks a step without writing; the error names the field (stage, date, officer,
    // checklist, id_number, household, reason).
    Status validate(const RegistrationStep& step) const;
    // Validates and writes the step in one transaction.
    Status advance(const RegistrationStep& step);

    // The choosers: accounts that may be responsible for the person's file; households of the
    // file's station.
    Result<QList<RegistrationOfficer>> officers(qint64 personId) const;
    Result<QList<RegistrationHousehold>> households(qint64 personId) const;
    Result<qint64> officerId(const QString& badge) const;

    bool mayAdvance() const { return m_actor.can(Right::RecordVisits); }

    // found, referred, documents, filed, registered, id_card, closed.
    static QStringList stages();
    // The stages a file may move to next.
    static QStringList nextStages(const QString& stage);
    static QString stageLabel(const QString& code);
    static QStringList closedReasons(); // not_eligible, moved_away, registered_elsewhere
    static QString closedReasonLabel(const QString& code);

private:
    Result<RegistrationFile> loadInScope(qint64 personId, const QString& what) const;
    Status validateStage(const RegistrationFile& file, const RegistrationStep& step) const;
    Status validateRegistration(const RegistrationFile& file, const RegistrationStep& step) const;
    Status validateOfficer(const RegistrationFile& file, const RegistrationStep& step) const;
    Result<qint64> householdFor(const RegistrationFile& file, const RegistrationStep& step, bool& created);
    Status write(RegistrationFile file, const RegistrationStep& step);

    Database& m_db;
    Actor m_actor;
};

} // namespace hc
