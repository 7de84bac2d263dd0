#include "core/sheets/SheetService.h"

#include "core/auth/Scope.h"
#include "core/common/Clock.h"
#include "core/sheets/SheetStore.h"
#include "core/storage/Database.h"

#include <QJsonObject>

namespace hc {

SheetService::SheetService(Database& db, Actor actor) : m_db(db), m_actor(std::move(actor)) {}

QString SheetService::maskIdNumber(const QString& idNumber)
{
    const QString id = idNumber.trimmed();
    if (id.isEmpty())
        return {};
    if (id.size() >= 14)
        return id.left(6) + QString(id.size() - 10, QLatin1Char('*')) + id.right(4);
    return QString(qMax<qsizetype>(id.size() - 4, 0), QLatin1Char('*')) +
           id.right(qMin<qsizetype>(id.size(), 4));
}

Result<qint64> SheetService::findArea(const QString& idOrName) const
{
    const QString text = idOrName.trimmed();
    bool isId = false;
    const qint64 id = text.toLongLong(&isId);
    if (isId)
        return id;
    const auto areas = SheetStore(m_db.sql()).areasNamed(text);
    if (!areas)
        return areas.error();
    if (areas->isEmpty())
        return notFound(QStringLiteral("area"), tr("There is no area named \"%1\".").arg(text));
    if (areas->size() > 1) {
        QStringList choices;
        for (const SheetArea& a : *areas)
            choices << tr("%1 (station %2)").arg(a.id).arg(a.station);
        return invalid(QStringLiteral("area"),
                       tr("Several stations have an area named \"%1\": give its number: %2.")
                           .arg(text, choices.join(QStringLiteral(", "))));
    }
    return areas->first().id;
}

Result<SheetSet> SheetService::sheets(const SheetRequest& request) const
{
    if (!m_actor.can(Right::RecordVisits))
        return refused(m_db.sql(), m_actor, QStringLiteral("area"), QString::number(request.areaId),
                       denied(Roles::deniedMessage(m_actor, tr("print door-to-door sheets"))));
    const SheetStore store(m_db.sql());
    const auto operation = store.operationName(request.operationId);
    if (!operation)
        return operation.error();
    if (operation->isEmpty())
        return notFound(QStringLiteral("operation"),
                        tr("There is no operation number %1.").arg(request.operationId));
    const auto area = store.area(request.areaId);
    if (!area)
        return area.error();
    if (!*area)
        return notFound(QStringLiteral("area"), tr("There is no area number %1.").arg(request.areaId));
    const QString areaId = QString::number(request.areaId);
    if (Status reach = checkStation(m_db.sql(), m_actor, (*area)->stationId, QStringLiteral("area"), areaId,
                                    tr("print the sheets of another station's area"));
        !reach)
        return reach.error();
    auto found = store.households(request);
    if (!found)
        return found.error();
    QList<DoorSheet> households = std::move(found).value();
    if (households.isEmpty())
        return notFound(
            QStringLiteral("area"),
            request.pendingOnly
                ? tr("Every household of %1 is covered: there is nothing to print.").arg((*area)->name)
                : tr("%1 has no households.").arg((*area)->name));
    for (DoorSheet& sheet : households)
        for (SheetResident& r : sheet.residents)
            r.idNumber = maskIdNumber(r.idNumber);
    const QJsonObject details{{QStringLiteral("operation"), request.operationId},
                              {QStringLiteral("households"), households.size()},
                              {QStringLiteral("pending_only"), request.pendingOnly}};
    if (Status s = auditRead(m_db.sql(), m_actor, QStringLiteral("export"), QStringLiteral("door_sheets"),
                             areaId, details);
        !s)
        return s.error();
    return SheetSet{*operation, (*area)->station, (*area)->name, Clock::instance().now(),
                    std::move(households)};
}

} // namespace hc
