#pragma once
// Which stations' data an actor reaches, decided once for every service. Officers work on
// their own station only (an officer without a station reaches none); supervisors,
// investigators and administrators reach every station (a supervisor follows the city's
// sweep, an investigator traces a missing person across it), each within their role's
// rights. Stores take the result as a station filter in their SQL; a request outside the
// scope is refused, and the refusal is written to the audit log (action "refused").

#include "core/auth/Actor.h"
#include "core/common/Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSqlDatabase>

namespace hc {

class Scope
{
    Q_DECLARE_TR_FUNCTIONS(hc::Scope)
public:
    // The station filter of an officer without a station: matches no row.
    static constexpr qint64 kNoStation = -1;

    // Whether the actor is held to one station.
    static bool bound(const Actor& actor) { return actor.role == Role::Officer; }
    // The station filter for the stores: 0 for every station, else the one station.
    static qint64 stations(const Actor& actor);
    static bool reaches(const Actor& actor, qint64 stationId);
    // A requested station filter (0: whatever the actor reaches) as the filter to apply, or
    // the refusal when it asks for a station outside the scope. `what`: "see the cases of
    // another station" style, completing "Your role (Officer) may not …".
    static Result<qint64> narrow(const Actor& actor, qint64 requested, const QString& what);
    // "Your role (Officer) may not <what>."
    static Error refusal(const Actor& actor, const QString& what);
};

// Audits a refusal (who, what was asked, why) and returns it, so a service writes
// `return refused(db, actor, "household", id, error);`. The refusal stands even when the
// audit record cannot be written.
Error refused(const QSqlDatabase& db, const Actor& actor, const QString& entity, const QString& entityId,
              const Error& refusal);
// Checks that the actor reaches `stationId`; when not, audits and returns the refusal.
Status checkStation(const QSqlDatabase& db, const Actor& actor, qint64 stationId, const QString& entity,
                    const QString& entityId, const QString& what);
// Appends a read to the audit log (action "view", "search" or "export").
Status auditRead(const QSqlDatabase& db, const Actor& actor, const QString& action, const QString& entity,
                 const QString& entityId, const QJsonObject& details = {});

} // namespace hc
