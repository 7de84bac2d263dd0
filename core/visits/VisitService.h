#pragma once
// Records a household visit and the screening of each person in one transaction, with its
// audit record; corrects a saved visit (its author the same day, a supervisor any time);
// adds a person found living at the address without registration. An officer reaches their
// own station's households only (Scope); refusals and opened visits are audited. The SQL is
// VisitStore's.

#include "core/auth/Actor.h"
#include "core/common/Result.h"
#include "core/visits/VisitDraft.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>

namespace hc {

class Database;

class VisitService
{
    Q_DECLARE_TR_FUNCTIONS(hc::VisitService)
public:
    VisitService(Database& db, Actor actor);

    // Checks a draft without writing; the error names the field ("screenings[2].whereabouts").
    Status validate(const VisitDraft& draft) const;
    Result<qint64> record(const VisitDraft& draft);
    // record() or correct() (visitId != 0) and the cases asked for (ScreeningDraft::openCase),
    // all in one transaction: a case that cannot be opened undoes the visit too.
    // A correction made from an older version than the saved one (fromVersion, as version()
    // gave it when the visit was loaded; 0: unchecked) is refused with Error::Kind::Conflict,
    // field "version", naming the current one; nothing of it is written.
    Result<SavedVisit> save(const VisitDraft& draft, qint64 correcting = 0, int fromVersion = 0);
    Status correct(qint64 visitId, const VisitDraft& draft);
    Result<VisitDraft> load(qint64 visitId) const;
    // The saved visit's current version (no audit of its own: load() audits the reading).
    Result<VisitVersion> version(qint64 visitId) const;
    // Its officer on the day it was entered, a supervisor at any time.
    Status mayCorrect(qint64 visitId) const;
    // The screening of a person in a saved visit (e.g. to open a case from it); 0 when none or
    // when the visit is outside the actor's station.
    qint64 screeningId(qint64 visitId, qint64 personId) const;
    // Someone registered elsewhere, found at the address being visited (by the whole ID number;
    // any station, name and household number only; audited).
    Result<RegisteredPerson> findRegistered(const QString& idNumber) const;
    Result<qint64> addUnregisteredPerson(qint64 householdId, const QString& name, QChar sex, int birthYear,
                                         const QString& notes);

private:
    Status checkHousehold(qint64 householdId) const;
    Error audited(const Error& e, const QString& entity, qint64 id) const;
    Status validateScreenings(const VisitDraft& draft) const;
    Result<qint64> insert(const VisitDraft& draft);
    Result<VisitDraft> toCorrect(qint64 visitId, const VisitDraft& draft) const;
    Status update(qint64 visitId, const VisitDraft& before, const VisitDraft& draft, int fromVersion);
    Error staleCorrection(qint64 visitId, int fromVersion) const;
    Result<QStringList> openCases(qint64 visitId, const VisitDraft& draft);
    Status rewriteScreenings(qint64 visitId, const VisitDraft& draft, const QString& visitedAt);

    Database& m_db;
    Actor m_actor;
};

} // namespace hc
