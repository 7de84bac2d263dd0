#include "core/auth/Scope.h"

#include "core/audit/AuditLog.h"
#include "core/common/Logging.h"

#include <QJsonObject>

namespace hc {

qint64 Scope::stations(const Actor& actor)
{
    if (!bound(actor))
        return 0;
    return actor.stationId > 0 ? actor.stationId : kNoStation;
}

bool Scope::reaches(const Actor& actor, qint64 stationId)
{
    return !bound(actor) || (actor.stationId > 0 && stationId == actor.stationId);
}

Result<qint64> Scope::narrow(const Actor& actor, qint64 requested, const QString& what)
{
    if (requested == 0)
        return stations(actor);
    if (!reaches(actor, requested))
        return refusal(actor, what);
    return requested;
}

Error Scope::refusal(const Actor& actor, const QString& what)
{
    return denied(tr("Your role (%1) may not %2.").arg(Roles::label(actor.role), what));
}

Error refused(const QSqlDatabase& db, const Actor& actor, const QString& entity, const QString& entityId,
              const Error& refusal)
{
    const Status s = AuditLog(db).append(actor, QStringLiteral("refused"), entity, entityId, {},
                                         QJsonObject{{QStringLiteral("reason"), refusal.message},
                                                     {QStringLiteral("station_id"), actor.stationId},
                                                     {QStringLiteral("role"), Roles::code(actor.role)}});
    if (!s)
        qCWarning(lcStorage) << "refusal not audited:" << s.error().text();
    return refusal;
}

Status checkStation(const QSqlDatabase& db, const Actor& actor, qint64 stationId, const QString& entity,
                    const QString& entityId, const QString& what)
{
    if (Scope::reaches(actor, stationId))
        return {};
    return refused(db, actor, entity, entityId, Scope::refusal(actor, what));
}

Status auditRead(const QSqlDatabase& db, const Actor& actor, const QString& action, const QString& entity,
                 const QString& entityId, const QJsonObject& details)
{
    return AuditLog(db).append(actor, action, entity, entityId, {}, details);
}

} // namespace hc
