#include "core/operations/OperationService.h"

#include "core/audit/AuditLog.h"
#include "core/common/Clock.h"
#include "core/storage/Database.h"
#include "core/storage/Transaction.h"

#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>

namespace hc {

OperationService::OperationService(Database& db, Actor actor) : m_db(db), m_actor(std::move(actor)) {}

Result<Operation> OperationService::create(const QString& name, QDate start, QDate end,
                                           const QStringList& stationNames,
                                           std::optional<qint64> targetHouseholds)
{
    if (!m_actor.can(Right::ManageOperations))
        return denied(Roles::deniedMessage(m_actor, tr("create operations")));
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

    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT id FROM stations WHERE name = ?"));
    QJsonArray stationsJson;
    for (const QString& s : stationNames) {
        q.bindValue(0, s.trimmed());
        if (!q.exec() || !q.next())
            return notFound(QStringLiteral("stations"), tr("There is no station named %1.").arg(s.trimmed()));
        op.stationIds << q.value(0).toLongLong();
        stationsJson.append(s.trimmed());
    }

    Transaction tx(m_db.sql());
    q.prepare(QStringLiteral("INSERT INTO operations(name, start_date, end_date, target_households, "
                             "all_stations, created_at) VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(op.name);
    q.addBindValue(start.toString(Qt::ISODate));
    q.addBindValue(end.toString(Qt::ISODate));
    q.addBindValue(targetHouseholds ? QVariant(*targetHouseholds) : QVariant());
    q.addBindValue(op.allStations ? 1 : 0);
    q.addBindValue(Clock::instance().now().toString(Qt::ISODate));
    if (!q.exec())
        return storageError(q.lastError().text());
    op.id = q.lastInsertId().toLongLong();
    q.prepare(QStringLiteral("INSERT INTO operation_stations(operation_id, station_id) VALUES (?, ?)"));
    for (qint64 sid : op.stationIds) {
        q.bindValue(0, op.id);
        q.bindValue(1, sid);
        if (!q.exec())
            return storageError(q.lastError().text());
    }
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
        return storageError(m_db.sql().lastError().text());
    return op;
}

namespace {
Operation readOperation(QSqlQuery& q, QSqlDatabase& db)
{
    Operation op;
    op.id = q.value(0).toLongLong();
    op.name = q.value(1).toString();
    op.start = QDate::fromString(q.value(2).toString(), Qt::ISODate);
    op.end = QDate::fromString(q.value(3).toString(), Qt::ISODate);
    if (!q.value(4).isNull())
        op.targetHouseholds = q.value(4).toLongLong();
    op.allStations = q.value(5).toBool();
    QSqlQuery s(db);
    s.prepare(QStringLiteral(
        "SELECT station_id FROM operation_stations WHERE operation_id = ? ORDER BY station_id"));
    s.addBindValue(op.id);
    s.exec();
    while (s.next())
        op.stationIds << s.value(0).toLongLong();
    return op;
}
const char* kSelectOperation =
    "SELECT id, name, start_date, end_date, target_households, all_stations FROM operations ";
} // namespace

Result<Operation> OperationService::find(const QString& name) const
{
    QSqlQuery q(m_db.sql());
    q.prepare(QString::fromLatin1(kSelectOperation) + QStringLiteral("WHERE name = ?"));
    q.addBindValue(name.trimmed());
    if (q.exec() && q.next())
        return readOperation(q, m_db.sql());
    return notFound(QStringLiteral("operation"), tr("There is no operation named %1.").arg(name.trimmed()));
}

Result<Operation> OperationService::find(qint64 id) const
{
    QSqlQuery q(m_db.sql());
    q.prepare(QString::fromLatin1(kSelectOperation) + QStringLiteral("WHERE id = ?"));
    q.addBindValue(id);
    if (q.exec() && q.next())
        return readOperation(q, m_db.sql());
    return notFound(QStringLiteral("operation"), tr("There is no operation number %1.").arg(id));
}

QList<Operation> OperationService::list() const
{
    QList<Operation> out;
    QSqlQuery q(m_db.sql());
    q.exec(QString::fromLatin1(kSelectOperation) + QStringLiteral("ORDER BY start_date DESC, id DESC"));
    while (q.next())
        out << readOperation(q, m_db.sql());
    return out;
}

} // namespace hc
