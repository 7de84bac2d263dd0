#pragma once
// Families reunited, once per family (DOMAIN.md "Family reunited"): a reunion records when and
// how (in person, by video, at the station) a person whose case closed found alive or rescued
// went home, and the family it counts for: the household of the case's subject, else a key the
// reunion names (a kin group), else the case itself. Two siblings returning to one family share
// the key, so `families_reunited` counts the family once. One reunion per case; writes need
// EditCases, reach the case's station (Scope), are one transaction with their audit record.
// SQL: CrimeStore.

#include "core/auth/Actor.h"
#include "core/common/Result.h"
#include "core/crimes/CrimeTypes.h"

#include <QCoreApplication>
#include <optional>

namespace hc {

class Database;

class ReunionService
{
    Q_DECLARE_TR_FUNCTIONS(hc::ReunionService)
public:
    ReunionService(Database& db, Actor actor);

    // Refused unless the case closed found alive or rescued; the error names the field (case,
    // date, how, family_key). Returns the reunion's id.
    Result<qint64> record(qint64 caseId, const ReunionDraft& draft);
    // Takes a reunion back (recorded in error).
    Status remove(qint64 caseId);
    Result<std::optional<Reunion>> forCase(qint64 caseId) const;

    bool mayEdit() const { return m_actor.can(Right::EditCases); }

    // in_person, video, station, and their labels.
    static QStringList ways();
    static QString wayLabel(const QString& code);
    // The family key of a household ("household:12").
    static QString householdKey(qint64 householdId);

private:
    Status reachable(qint64 caseId, qint64 stationId) const;

    Database& m_db;
    Actor m_actor;
};

} // namespace hc
