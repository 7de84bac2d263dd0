#include "core/visits/FollowUpService.h"

#include "core/audit/AuditLog.h"
#include "core/common/Clock.h"
#include "core/imports/CsvWriter.h"
#include "core/imports/ImportRun.h"
#include "core/registry/Vocabulary.h"
#include "core/storage/Database.h"
#include "core/storage/ScopedQuery.h"
#include "core/storage/Transaction.h"

#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace hc {

FollowUpService::FollowUpService(Database& db, Actor actor) : m_db(db), m_actor(std::move(actor)) {}

// An officer sees their own station whatever is asked; supervisors choose.
qint64 FollowUpService::scopeStation(qint64 stationId) const
{
    return m_actor.can(Right::ViewAllStations) ? stationId : m_actor.stationId;
}

Result<QList<RevisitRow>> FollowUpService::revisits(qint64 operationId, qint64 stationId) const
{
    auto found = runScoped(
        m_db.sql(),
        QStringLiteral(
            "SELECT h.id, h.household_no, h.address, a.name, hp.visits, hp.last_visit_at, "
            "(SELECT outcome FROM visits v WHERE v.household_id = h.id AND +v.operation_id = hp.operation_id "
            " ORDER BY v.visited_at DESC LIMIT 1), coalesce(ra.officer_id, 0), "
            "coalesce(u.name || ' (' || u.badge || ')', '') "
            "FROM household_progress hp JOIN households h ON h.id = hp.household_id "
            "JOIN areas a ON a.id = h.area_id "
            "LEFT JOIN revisit_assignments ra ON ra.operation_id = hp.operation_id AND ra.household_id = "
            "h.id "
            "LEFT JOIN users u ON u.id = ra.officer_id "
            "WHERE hp.operation_id = :op AND hp.covered = 0%1 "
            "ORDER BY coalesce(ra.officer_id, 0) = :me DESC, hp.last_visit_at, h.household_no"),
        operationId, scopeStation(stationId), QStringLiteral("a.station_id"),
        {{QStringLiteral(":me"), m_actor.userId}});
    if (!found)
        return found.error();
    QSqlQuery& q = found.value();
    const QDate today = Clock::instance().now().date();
    QList<RevisitRow> rows;
    while (q.next()) {
        RevisitRow r{
            q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
            q.value(4).toInt(),      q.value(5).toString(), q.value(6).toString(), 0,
            q.value(7).toLongLong(), q.value(8).toString()};
        r.daysSince = int(parseDateTime(r.lastAttempt).date().daysTo(today));
        rows << r;
    }
    return rows;
}

Result<QList<VerificationRow>> FollowUpService::verifications(qint64 operationId, qint64 stationId) const
{
    auto found = runScoped(
        m_db.sql(),
        QStringLiteral("SELECT p.id, p.name, coalesce(p.id_number, ''), coalesce(p.phone, ''), "
                       "h.household_no, h.address, pp.latest_at "
                       "FROM person_progress pp JOIN persons p ON p.id = pp.person_id "
                       "JOIN households h ON h.id = p.household_id JOIN areas a ON a.id = h.area_id "
                       "WHERE pp.operation_id = :op AND pp.status = 'away_unverified'%1 "
                       "ORDER BY pp.latest_at, p.id"),
        operationId, scopeStation(stationId));
    if (!found)
        return found.error();
    QSqlQuery& q = found.value();
    QList<VerificationRow> rows;
    while (q.next())
        rows << VerificationRow{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                                q.value(3).toString(),   q.value(4).toString(), q.value(5).toString(),
                                q.value(6).toString()};
    return rows;
}

Result<QList<UnregisteredRow>> FollowUpService::unregistered(qint64 operationId, qint64 stationId) const
{
    auto found = runScoped(
        m_db.sql(),
        QStringLiteral("SELECT p.id, p.name, coalesce(p.sex, ''), coalesce(CAST(p.birth_year AS TEXT), ''), "
                       "h.household_no, h.address, st.name, min(s.screened_at), coalesce(p.notes, '') "
                       "FROM screenings s JOIN persons p ON p.id = s.person_id "
                       "JOIN households h ON h.id = p.household_id JOIN areas a ON a.id = h.area_id "
                       "JOIN stations st ON st.id = a.station_id "
                       "WHERE s.operation_id = :op AND s.status = 'unregistered_found'%1 "
                       "GROUP BY p.id ORDER BY st.name, h.household_no, p.id"),
        operationId, scopeStation(stationId));
    if (!found)
        return found.error();
    QSqlQuery& q = found.value();
    QList<UnregisteredRow> rows;
    while (q.next())
        rows << UnregisteredRow{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                                q.value(3).toString(),   q.value(4).toString(), q.value(5).toString(),
                                q.value(6).toString(),   q.value(7).toString(), q.value(8).toString()};
    return rows;
}

Result<qint64> FollowUpService::exportUnregisteredCsv(qint64 operationId, qint64 stationId,
                                                      const QString& path) const
{
    const auto rows = unregistered(operationId, stationId);
    if (!rows)
        return rows.error();
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return Error{QStringLiteral("file"), tr("Cannot write %1: %2").arg(path, f.errorString()),
                     Error::Kind::Io};
    CsvWriter w(&f, true); // with a BOM, so spreadsheet programs read the Chinese text right
    w.writeRow({tr("Name"), tr("Sex"), tr("Birth year"), tr("Household no."), tr("Address"), tr("Station"),
                tr("Found on"), tr("Notes")});
    for (const UnregisteredRow& r : *rows)
        w.writeRow({r.name, Vocabulary::sexLabel(r.sex.isEmpty() ? QChar() : r.sex.at(0)), r.birthYear,
                    r.householdNo, r.address, r.station, r.foundAt.left(10), r.notes});
    if (!f.commit())
        return Error{QStringLiteral("file"), tr("Cannot write %1: %2").arg(path, f.errorString()),
                     Error::Kind::Io};
    return qint64(rows->size());
}

Status FollowUpService::assignRevisit(qint64 operationId, qint64 householdId, qint64 officerId)
{
    if (!m_actor.can(Right::ViewAllStations))
        return denied(Roles::deniedMessage(m_actor, tr("assign revisits")));
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT (SELECT a.station_id FROM households h JOIN areas a ON a.id = h.area_id "
                             "WHERE h.id = ?), (SELECT station_id FROM users WHERE id = ? AND active = 1)"));
    q.addBindValue(householdId);
    q.addBindValue(officerId);
    if (!q.exec() || !q.next())
        return storageError(q.lastError().text());
    if (q.value(0).isNull())
        return notFound(QStringLiteral("household"), tr("There is no household number %1.").arg(householdId));
    if (q.value(1).isNull())
        return notFound(QStringLiteral("officer"),
                        tr("There is no active officer number %1.").arg(officerId));
    if (q.value(0).toLongLong() != q.value(1).toLongLong())
        return invalid(QStringLiteral("officer"),
                       tr("The officer works at another station than the household."));
    q.finish();
    Transaction tx(m_db.sql());
    q.prepare(QStringLiteral(
        "INSERT INTO revisit_assignments(operation_id, household_id, officer_id, assigned_by, "
        "assigned_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT(operation_id, household_id) DO UPDATE "
        "SET officer_id = excluded.officer_id, assigned_by = excluded.assigned_by, "
        "assigned_at = excluded.assigned_at"));
    q.addBindValue(operationId);
    q.addBindValue(householdId);
    q.addBindValue(officerId);
    q.addBindValue(m_actor.name);
    q.addBindValue(Clock::instance().now().toString(Qt::ISODate));
    if (!q.exec())
        return storageError(q.lastError().text());
    if (Status s = AuditLog(m_db.sql())
                       .append(m_actor, QStringLiteral("assign"), QStringLiteral("revisit"),
                               QString::number(householdId), {},
                               {{QStringLiteral("officer_id"), officerId},
                                {QStringLiteral("operation_id"), operationId}});
        !s)
        return s;
    if (!tx.commit())
        return storageError(m_db.sql().lastError().text());
    return {};
}

Status FollowUpService::markVerified(qint64 operationId, qint64 personId, const QString& whereabouts,
                                     const QString& verifiedBy)
{
    if (!m_actor.can(Right::RecordVisits) || m_actor.userId == 0)
        return denied(Roles::deniedMessage(m_actor, tr("verify whereabouts")));
    if (whereabouts.trimmed().isEmpty())
        return invalid(QStringLiteral("whereabouts"), tr("Say where the person is."));
    if (!Vocabulary::codes(Vocabulary::Kind::VerifiedBy).contains(verifiedBy))
        return invalid(QStringLiteral("verified_by"), tr("Say how the whereabouts were verified."));
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT a.station_id FROM persons p JOIN households h ON h.id = p.household_id "
                             "JOIN areas a ON a.id = h.area_id WHERE p.id = ?"));
    q.addBindValue(personId);
    if (!q.exec())
        return storageError(q.lastError().text());
    if (!q.next())
        return notFound(QStringLiteral("person"), tr("There is no person number %1.").arg(personId));
    if (!m_actor.can(Right::ViewAllStations) && q.value(0).toLongLong() != m_actor.stationId)
        return denied(tr("This person lives in another station's area."));
    q.finish();
    Transaction tx(m_db.sql());
    const QDateTime now = wallClock(Clock::instance().now());
    q.prepare(QStringLiteral(
        "INSERT INTO screenings(uuid, visit_id, officer_id, operation_id, person_id, screened_at, "
        "status, whereabouts, verified_by) VALUES (?, NULL, ?, ?, ?, ?, 'away_verified', ?, ?)"));
    q.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
    q.addBindValue(m_actor.userId);
    q.addBindValue(operationId);
    q.addBindValue(personId);
    q.addBindValue(now.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")));
    q.addBindValue(whereabouts.trimmed());
    q.addBindValue(verifiedBy);
    if (!q.exec())
        return storageError(q.lastError().text());
    const qint64 id = q.lastInsertId().toLongLong();
    if (Status s = AuditLog(m_db.sql())
                       .append(m_actor, QStringLiteral("verify"), QStringLiteral("screening"),
                               QString::number(id), {},
                               {{QStringLiteral("person_id"), personId},
                                {QStringLiteral("whereabouts"), whereabouts.trimmed()},
                                {QStringLiteral("verified_by"), verifiedBy}});
        !s)
        return s;
    if (!tx.commit())
        return storageError(m_db.sql().lastError().text());
    return {};
}

} // namespace hc
