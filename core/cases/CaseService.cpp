#include "cases/CaseService.h"

#include "audit/AuditLog.h"
#include "common/Clock.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace hc {

CaseService::CaseService(Database& db, Actor actor) : m_db(db), m_actor(std::move(actor)) {}

Result<QString> CaseService::openFromScreening(qint64 screeningId)
{
    // Officers open cases from their own screenings; editing cases is for investigators.
    if (!m_actor.can(Right::RecordVisits) && !m_actor.can(Right::EditCases))
        return denied(Roles::deniedMessage(m_actor, tr("open cases")));
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral(
        "SELECT s.person_id, s.operation_id, s.status, a.station_id, s.screened_at, "
        "coalesce(s.notes, ''), p.name, coalesce(p.birth_year, 0) "
        "FROM screenings s JOIN persons p ON p.id = s.person_id "
        "LEFT JOIN households h ON h.id = p.household_id LEFT JOIN areas a ON a.id = h.area_id "
        "WHERE s.id = ?"));
    q.addBindValue(screeningId);
    if (!q.exec())
        return storageError(q.lastError().text());
    if (!q.next())
        return notFound(QStringLiteral("screening"), tr("There is no screening number %1.").arg(screeningId));
    const qint64 personId = q.value(0).toLongLong(), operationId = q.value(1).toLongLong();
    const qint64 stationId = q.value(3).toLongLong();
    const QString status = q.value(2).toString(), screenedAt = q.value(4).toString(),
                  notes = q.value(5).toString();
    const QString name = q.value(6).toString();
    const int birthYear = q.value(7).toInt();
    q.finish();
    if (status != u"whereabouts_unknown")
        return invalid(QStringLiteral("status"),
                       tr("A case is opened for a person whose whereabouts are unknown."));
    q.prepare(QStringLiteral("SELECT case_no FROM cases WHERE subject_person_id = ? AND status IN ('open', "
                             "'investigating')"));
    q.addBindValue(personId);
    if (!q.exec())
        return storageError(q.lastError().text());
    if (q.next())
        return Error{QStringLiteral("person"),
                     tr("%1 already has the open case %2.").arg(name, q.value(0).toString()),
                     Error::Kind::Conflict};
    q.finish();

    const QDateTime now = Clock::instance().now();
    Transaction tx(m_db.sql());
    // Case numbers run per year: SZ<year>-<5 digits>.
    const QString prefix = QStringLiteral("SZ%1-").arg(now.date().year());
    q.prepare(QStringLiteral("SELECT coalesce(max(CAST(substr(case_no, ?) AS INTEGER)), 0) + 1 FROM cases "
                             "WHERE case_no LIKE ? || '%'"));
    q.addBindValue(prefix.size() + 1);
    q.addBindValue(prefix);
    if (!q.exec() || !q.next())
        return storageError(q.lastError().text());
    const QString caseNo =
        prefix + QStringLiteral("%1").arg(q.value(0).toLongLong(), 5, 10, QLatin1Char('0'));
    q.finish();
    // Children and the elderly are high risk from the start (DOMAIN.md).
    const int age = birthYear ? now.date().year() - birthYear : -1;
    const QString risk =
        (age >= 0 && (age < 14 || age >= 70)) ? QStringLiteral("high") : QStringLiteral("medium");
    q.prepare(QStringLiteral(
        "INSERT INTO cases(uuid, case_no, operation_id, station_id, subject_person_id, source, "
        "screening_id, status, risk_level, opened_at, last_seen_date, circumstances, created_by) "
        "VALUES (?, ?, ?, ?, ?, 'screening', ?, 'open', ?, ?, NULL, ?, ?)"));
    q.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
    q.addBindValue(caseNo);
    q.addBindValue(operationId);
    q.addBindValue(stationId ? QVariant(stationId) : QVariant());
    q.addBindValue(personId);
    q.addBindValue(screeningId);
    q.addBindValue(risk);
    q.addBindValue(now.toString(Qt::ISODate));
    q.addBindValue(notes.isEmpty()
                       ? tr("Whereabouts unknown at the household visit of %1.").arg(screenedAt.left(10))
                       : notes);
    q.addBindValue(m_actor.userId ? QVariant(m_actor.userId) : QVariant());
    if (!q.exec())
        return storageError(q.lastError().text());
    const qint64 caseId = q.lastInsertId().toLongLong();
    if (Status s = AuditLog(m_db.sql())
                       .append(m_actor, QStringLiteral("create"), QStringLiteral("case"),
                               QString::number(caseId), {},
                               {{QStringLiteral("case_no"), caseNo},
                                {QStringLiteral("subject_person_id"), personId},
                                {QStringLiteral("screening_id"), screeningId},
                                {QStringLiteral("risk_level"), risk}});
        !s)
        return s.error();
    if (!tx.commit())
        return storageError(m_db.sql().lastError().text());
    return caseNo;
}

} // namespace hc
