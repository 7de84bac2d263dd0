#include "core/operations/OperationService.h"

#include "core/audit/AuditLog.h"
#include "core/auth/Scope.h"
#include "core/common/Clock.h"
#include "core/operations/OperationStore.h"
#include "core/storage/Database.h"
#include "core/storage/Transaction.h"

#include <QJsonArray>

namespace hc {

OperationService::OperationService(Database& db, Actor actor) : m_db(db), m_actor(std::move(actor)) {}

Result<Operation> OperationService::create(const QString& name, QDate start, QDate end,
                                           const QStringList& stationNames,
                                           std::optional<qint64> targetHouseholds)
{
    if (!m_actor.can(Right::ManageOperations))
        return refused(m_db.sql(), m_actor, QStringLiteral("operation"), {},
                       denied(Roles::deniedMessage(m_actor, tr("create operations"))));
    const QString n = name.trimmed();
    if (n.isEmpty())
        return invalid(QStringLiteral("name"), tr("An operation needs a name."));
    if (!start.isValid())
        return invalid(QStringLiteral("start"), tr("The start date is missing or not a date (YYYY-MM-DD)."));
    if (!end.isValid())
        return invalid(QStringLiteral("end"), tr("The end date is missing or not a date (YYYY-MM-DD)."));
    if (end < start)
        return invalid(QStringLiteral("end"),
                       tr("The end date %1 is before the start date %2.")
                           .arg(end.toString(Qt::ISODate), start.toString(Qt::ISODate)));
    if (targetHouseholds && *targetHouseholds < 0)
        return invalid(QStringLiteral("target-households"), tr("The household target cannot be negative."));
    if (find(n).ok())
        return Error{QStringLiteral("name"), tr("An operation named %1 already exists.").arg(n),
                     Error::Kind::Conflict};

    Operation op;
    op.name = n;
    op.start = start;
    op.end = end;
    op.targetHouseholds = targetHouseholds;
    op.allStations = stationNames.isEmpty();

    const OperationStore store(m_db.sql());
    QJsonArray stationsJson;
    for (const QString& s : stationNames) {
        const auto station = store.stationId(s.trimmed());
        if (!station)
            return station.error();
        if (!*station)
            return notFound(QStringLiteral("stations"), tr("There is no station named %1.").arg(s.trimmed()));
        op.stationIds << **station;
        stationsJson.append(s.trimmed());
    }

    Transaction tx(m_db.sql());
    const auto id = store.insert(op, Clock::instance().now().toString(Qt::ISODate));
    if (!id)
        return id.error();
    op.id = *id;
    AuditLog audit(m_db.sql());
    QJsonObject after{
        {QStringLiteral("name"), op.name},
        {QStringLiteral("start"), start.toString(Qt::ISODate)},
        {QStringLiteral("end"), end.toString(Qt::ISODate)},
        {QStringLiteral("stations"), op.allStations ? QJsonValue(QStringLiteral("all")) : stationsJson}};
    if (targetHouseholds)
        after.insert(QStringLiteral("target_households"), *targetHouseholds);
    if (Status s = audit.append(m_actor, QStringLiteral("create"), QStringLiteral("operation"),
                                QString::number(op.id), {}, after);
        !s)
        return s.error();
    if (!tx.commit())
        return tx.error();
    return op;
}

Result<Operation> OperationService::find(const QString& name) const
{
    const auto op = OperationStore(m_db.sql()).findByName(name.trimmed());
    if (op && *op)
        return **op;
    return notFound(QStringLiteral("operation"), tr("There is no operation named %1.").arg(name.trimmed()));
}

Result<Operation> OperationService::find(qint64 id) const
{
    const auto op = OperationStore(m_db.sql()).findById(id);
    if (op && *op)
        return **op;
    return notFound(QStringLiteral("operation"), tr("There is no operation number %1.").arg(id));
}

QList<Operation> OperationService::list() const
{
    auto ops = OperationStore(m_db.sql()).list();
    return ops ? std::move(ops).value() : QList<Operation>();
}

} // namespace hc
