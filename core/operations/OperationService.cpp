#include "core/operations/OperationService.h"

#include "core/audit/AuditLog.h"
#include "core/auth/Scope.h"
#include "core/common/Clock.h"
#include "core/imports/ImportRun.h"
#include "core/operations/OperationStore.h"
#include "core/storage/Database.h"
#include "core/storage/Transaction.h"

#include <QJsonArray>

namespace hc {

namespace {
QJsonObject auditJson(const Operation& op, const QJsonArray& stations)
{
    QJsonObject j{
        {QStringLiteral("name"), op.name},
        {QStringLiteral("start"), op.start.toString(Qt::ISODate)},
        {QStringLiteral("end"), op.end.toString(Qt::ISODate)},
        {QStringLiteral("stations"), op.allStations ? QJsonValue(QStringLiteral("all")) : stations}};
    if (op.targetHouseholds)
        j.insert(QStringLiteral("target_households"), *op.targetHouseholds);
    return j;
}

QJsonArray stationIdsJson(const Operation& op)
{
    QJsonArray ids;
    for (qint64 id : op.stationIds)
        ids.append(id);
    return ids;
}
} // namespace

OperationService::OperationService(Database& db, Actor actor) : m_db(db), m_actor(std::move(actor)) {}

Status OperationService::mayManage(const QString& what, qint64 id) const
{
    if (m_actor.can(Right::ManageOperations))
        return {};
    return refused(m_db.sql(), m_actor, QStringLiteral("operation"), id ? QString::number(id) : QString(),
                   denied(Roles::deniedMessage(m_actor, what)));
}

Status OperationService::validate(const OperationEdit& e, qint64 id) const
{
    const QString n = e.name.trimmed();
    if (n.isEmpty())
        return invalid(QStringLiteral("name"), tr("An operation needs a name."));
    if (!e.start.isValid())
        return invalid(QStringLiteral("start"), tr("The start date is missing or not a date (YYYY-MM-DD)."));
    if (!e.end.isValid())
        return invalid(QStringLiteral("end"), tr("The end date is missing or not a date (YYYY-MM-DD)."));
    if (e.end < e.start)
        return invalid(QStringLiteral("end"),
                       tr("The end date %1 is before the start date %2.")
                           .arg(e.end.toString(Qt::ISODate), e.start.toString(Qt::ISODate)));
    if (e.targetHouseholds && *e.targetHouseholds < 0)
        return invalid(QStringLiteral("target-households"), tr("The household target cannot be negative."));
    if (const auto same = find(n); same && same->id != id)
        return Error{QStringLiteral("name"), tr("An operation named %1 already exists.").arg(n),
                     Error::Kind::Conflict};
    return {};
}

Result<QList<qint64>> OperationService::stationIds(const QStringList& names, QJsonArray& json) const
{
    const OperationStore store(m_db.sql());
    QList<qint64> ids;
    for (const QString& s : names) {
        const auto station = store.stationId(s.trimmed());
        if (!station)
            return station.error();
        if (!*station)
            return notFound(QStringLiteral("stations"), tr("There is no station named %1.").arg(s.trimmed()));
        if (!ids.contains(**station))
            ids << **station;
        json.append(s.trimmed());
    }
    return ids;
}

Result<Operation> OperationService::create(const QString& name, QDate start, QDate end,
                                           const QStringList& stationNames,
                                           std::optional<qint64> targetHouseholds)
{
    if (Status s = mayManage(tr("create operations"), 0); !s)
        return s.error();
    const OperationEdit edit{name, start, end, stationNames, targetHouseholds};
    if (Status s = validate(edit, 0); !s)
        return s.error();
    Operation op{0, name.trimmed(), start, end, targetHouseholds, stationNames.isEmpty(), {}, {}, {}};
    QJsonArray stationsJson;
    auto ids = stationIds(stationNames, stationsJson);
    if (!ids)
        return ids.error();
    op.stationIds = *ids;

    Transaction tx(m_db.sql());
    const auto id = OperationStore(m_db.sql()).insert(op, Clock::instance().now().toString(Qt::ISODate));
    if (!id)
        return id.error();
    op.id = *id;
    if (Status s = AuditLog(m_db.sql())
                       .append(m_actor, QStringLiteral("create"), QStringLiteral("operation"),
                               QString::number(op.id), {}, auditJson(op, stationsJson));
        !s)
        return s.error();
    if (!tx.commit())
        return tx.error();
    return op;
}

Result<Operation> OperationService::update(qint64 id, const OperationEdit& edit)
{
    if (Status s = mayManage(tr("change operations"), id); !s)
        return s.error();
    auto before = find(id);
    if (!before)
        return before.error();
    if (Status s = checkOpen(m_db, id); !s)
        return s.error();
    if (Status s = validate(edit, id); !s)
        return s.error();
    Operation op = *before;
    op.name = edit.name.trimmed();
    op.start = edit.start;
    op.end = edit.end;
    op.targetHouseholds = edit.targetHouseholds;
    op.allStations = edit.stationNames.isEmpty();
    QJsonArray stationsJson;
    auto ids = stationIds(edit.stationNames, stationsJson);
    if (!ids)
        return ids.error();
    op.stationIds = *ids;

    Transaction tx(m_db.sql());
    if (Status s = OperationStore(m_db.sql()).update(op); !s)
        return s.error();
    if (Status s =
            AuditLog(m_db.sql())
                .append(m_actor, QStringLiteral("update"), QStringLiteral("operation"), QString::number(id),
                        auditJson(*before, stationIdsJson(*before)), auditJson(op, stationsJson));
        !s)
        return s.error();
    if (!tx.commit())
        return tx.error();
    return op;
}

Status OperationService::close(qint64 id)
{
    if (Status s = mayManage(tr("close operations"), id); !s)
        return s;
    const auto op = find(id);
    if (!op)
        return op.error();
    if (op->closed())
        return Error{{}, tr("The operation %1 is already closed.").arg(op->name), Error::Kind::Conflict};
    const QString at = wallClock(Clock::instance().now()).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
    Transaction tx(m_db.sql());
    if (Status s = OperationStore(m_db.sql()).setClosed(id, at, m_actor.name); !s)
        return s;
    if (Status s = AuditLog(m_db.sql())
                       .append(m_actor, QStringLiteral("close"), QStringLiteral("operation"),
                               QString::number(id), {}, {{QStringLiteral("closed_at"), at}});
        !s)
        return s;
    return tx.commitOrError();
}

Status OperationService::reopen(qint64 id)
{
    if (!m_actor.can(Right::ManageDatabase))
        return refused(m_db.sql(), m_actor, QStringLiteral("operation"), QString::number(id),
                       denied(Roles::deniedMessage(m_actor, tr("reopen closed operations"))));
    const auto op = find(id);
    if (!op)
        return op.error();
    if (!op->closed())
        return Error{{}, tr("The operation %1 is not closed.").arg(op->name), Error::Kind::Conflict};
    Transaction tx(m_db.sql());
    if (Status s = OperationStore(m_db.sql()).setClosed(id, {}, {}); !s)
        return s;
    if (Status s = AuditLog(m_db.sql())
                       .append(m_actor, QStringLiteral("reopen"), QStringLiteral("operation"),
                               QString::number(id), {{QStringLiteral("closed_at"), op->closedAt}}, {});
        !s)
        return s;
    return tx.commitOrError();
}

Status OperationService::checkOpen(Database& db, qint64 operationId)
{
    if (operationId == 0)
        return {};
    const auto op = OperationStore(db.sql()).findById(operationId);
    if (!op)
        return op.error();
    return *op ? checkOpen(**op) : Status{};
}

Status OperationService::checkOpen(const Operation& op)
{
    if (!op.closed())
        return {};
    return Error{QStringLiteral("operation"),
                 tr("The operation %1 was closed on %2 and is read-only.").arg(op.name, op.closedAt.left(10)),
                 Error::Kind::Conflict};
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
