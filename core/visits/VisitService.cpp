#include "core/visits/VisitService.h"

#include "core/audit/AuditLog.h"
#include "core/common/Clock.h"
#include "core/imports/ImportRun.h"
#include "core/operations/OperationService.h"
#include "core/registry/IdNumber.h"
#include "core/registry/Vocabulary.h"
#include "core/storage/Database.h"
#include "core/storage/Transaction.h"

#include <QHash>
#include <QJsonArray>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace hc {

namespace {
QVariant orNull(const QString& s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}
QString wallStamp(const QDateTime& t)
{
    return t.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
}

QJsonObject visitJson(const VisitDraft& d)
{
    QJsonArray people;
    for (const ScreeningDraft& s : d.screenings)
        people.append(QJsonObject{{QStringLiteral("person_id"), s.personId},
                                  {QStringLiteral("status"), s.status},
                                  {QStringLiteral("whereabouts"), s.whereabouts},
                                  {QStringLiteral("verified_by"), s.verifiedBy},
                                  {QStringLiteral("event_date"), s.eventDate.toString(Qt::ISODate)},
                                  {QStringLiteral("notes"), s.notes}});
    return QJsonObject{{QStringLiteral("household_id"), d.householdId},
                       {QStringLiteral("visited_at"), wallStamp(d.visitedAt)},
                       {QStringLiteral("outcome"), d.outcome},
                       {QStringLiteral("notes"), d.notes},
                       {QStringLiteral("screenings"), people}};
}
} // namespace

VisitService::VisitService(Database& db, Actor actor) : m_db(db), m_actor(std::move(actor)) {}

Status VisitService::checkHousehold(qint64 householdId) const
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral(
        "SELECT a.station_id FROM households h JOIN areas a ON a.id = h.area_id WHERE h.id = ?"));
    q.addBindValue(householdId);
    if (!q.exec())
        return storageError(q.lastError().text());
    if (!q.next())
        return notFound(QStringLiteral("household"), tr("There is no household number %1.").arg(householdId));
    if (!m_actor.can(Right::ViewAllStations) && q.value(0).toLongLong() != m_actor.stationId)
        return denied(tr("This household belongs to another station; its officers record its visits."));
    return {};
}

Status VisitService::validate(const VisitDraft& d) const
{
    if (!m_actor.can(Right::RecordVisits))
        return denied(Roles::deniedMessage(m_actor, tr("record visits")));
    if (m_actor.userId == 0)
        return denied(tr("Visits are recorded by a signed-in officer."));
    if (Status s = checkHousehold(d.householdId); !s)
        return s;
    const auto op = OperationService(m_db, m_actor).find(d.operationId);
    if (!op)
        return op.error();
    if (!Vocabulary::codes(Vocabulary::Kind::Outcome).contains(d.outcome))
        return invalid(QStringLiteral("outcome"), tr("Choose the outcome of the visit."));
    if (!d.visitedAt.isValid())
        return invalid(QStringLiteral("visited_at"), tr("Enter the time of the visit."));
    if (d.visitedAt > wallClock(Clock::instance().now()))
        return invalid(QStringLiteral("visited_at"), tr("The time of the visit is in the future."));
    if (d.visitedAt.date() < op->start || d.visitedAt.date() > op->end)
        return invalid(QStringLiteral("visited_at"),
                       tr("The visit is outside the operation's dates (%1 to %2).")
                           .arg(op->start.toString(Qt::ISODate), op->end.toString(Qt::ISODate)));
    if (d.outcome != u"completed" && !d.screenings.isEmpty())
        return invalid(QStringLiteral("screenings"),
                       tr("People are screened only on a completed visit, not on \"%1\".")
                           .arg(Vocabulary::label(Vocabulary::Kind::Outcome, d.outcome)));

    // Who may be screened here: the household's people (registered or found here).
    QHash<qint64, QPair<QString, bool>> people; // id -> name, registered
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT id, name, registered FROM persons WHERE household_id = ?"));
    q.addBindValue(d.householdId);
    if (!q.exec())
        return storageError(q.lastError().text());
    while (q.next())
        people.insert(q.value(0).toLongLong(), {q.value(1).toString(), q.value(2).toBool()});

    QSet<qint64> seen;
    for (int i = 0; i < d.screenings.size(); ++i) {
        const ScreeningDraft& s = d.screenings.at(i);
        auto field = [i](const char* name) {
            return QStringLiteral("screenings[%1].%2").arg(i).arg(QLatin1String(name));
        };
        auto person = people.constFind(s.personId);
        if (person == people.constEnd() && s.foundHere) {
            // Registered at another address and met here: screened with this visit.
            QSqlQuery other(m_db.sql());
            other.prepare(QStringLiteral("SELECT name FROM persons WHERE id = ? AND registered = 1"));
            other.addBindValue(s.personId);
            if (other.exec() && other.next())
                person = people.insert(s.personId, {other.value(0).toString(), true});
        }
        if (person == people.constEnd())
            return invalid(field("person"),
                           tr("Row %1: this person does not live in the household.").arg(i + 1));
        const QString who = tr("Row %1 (%2)").arg(i + 1).arg(person->first);
        if (seen.contains(s.personId))
            return invalid(field("person"), tr("%1 is screened twice in this visit.").arg(who));
        seen.insert(s.personId);
        if (!Vocabulary::codes(Vocabulary::Kind::Status).contains(s.status))
            return invalid(field("status"), tr("%1: choose a status.").arg(who));
        if (s.status == u"unregistered_found" && person->second)
            return invalid(field("status"),
                           tr("%1 is registered; \"unregistered person found\" is for people "
                              "without registration.")
                               .arg(who));
        if (s.status == u"away_verified") {
            if (s.whereabouts.trimmed().isEmpty())
                return invalid(field("whereabouts"), tr("%1: say where the person is.").arg(who));
            if (!Vocabulary::codes(Vocabulary::Kind::VerifiedBy).contains(s.verifiedBy))
                return invalid(field("verified_by"),
                               tr("%1: say how the whereabouts were verified.").arg(who));
        } else if (!s.verifiedBy.isEmpty()) {
            return invalid(field("verified_by"),
                           tr("%1: how it was verified applies only to verified whereabouts.").arg(who));
        }
        if (s.eventDate.isValid() && s.status != u"deceased" && s.status != u"moved_out")
            return invalid(field("event_date"), tr("%1: a date applies only to a death or a move.").arg(who));
        if (s.eventDate.isValid() && s.eventDate > d.visitedAt.date())
            return invalid(field("event_date"), tr("%1: the date is after the visit.").arg(who));
    }
    return {};
}

Status VisitService::writeScreenings(qint64 visitId, const VisitDraft& d, const QString& visitedAt)
{
    QSqlQuery q(m_db.sql());
    q.prepare(
        QStringLiteral("INSERT INTO screenings(uuid, visit_id, operation_id, person_id, screened_at, status, "
                       "whereabouts, verified_by, event_date, notes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const ScreeningDraft& s : d.screenings) {
        q.bindValue(0, QUuid::createUuid().toString(QUuid::WithoutBraces));
        q.bindValue(1, visitId);
        q.bindValue(2, d.operationId);
        q.bindValue(3, s.personId);
        q.bindValue(4, visitedAt);
        q.bindValue(5, s.status);
        q.bindValue(6, orNull(s.whereabouts.trimmed()));
        q.bindValue(7, orNull(s.verifiedBy));
        q.bindValue(8, s.eventDate.isValid() ? QVariant(s.eventDate.toString(Qt::ISODate)) : QVariant());
        q.bindValue(9, orNull(s.notes.trimmed()));
        if (!q.exec())
            return storageError(q.lastError().text());
    }
    return {};
}

Result<qint64> VisitService::record(const VisitDraft& d)
{
    if (Status s = validate(d); !s)
        return s.error();
    const QString visitedAt = wallStamp(d.visitedAt);
    Transaction tx(m_db.sql());
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral(
        "INSERT INTO visits(uuid, operation_id, household_id, officer_id, visited_at, outcome, "
        "notes, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
    q.addBindValue(d.operationId);
    q.addBindValue(d.householdId);
    q.addBindValue(m_actor.userId);
    q.addBindValue(visitedAt);
    q.addBindValue(d.outcome);
    q.addBindValue(orNull(d.notes.trimmed()));
    q.addBindValue(Clock::instance().now().toString(Qt::ISODate));
    if (!q.exec()) {
        if (q.lastError().text().contains(QStringLiteral("UNIQUE")))
            return Error{QStringLiteral("visited_at"),
                         tr("You already recorded a visit to this household at this time."),
                         Error::Kind::Conflict};
        return storageError(q.lastError().text());
    }
    const qint64 visitId = q.lastInsertId().toLongLong();
    if (Status s = writeScreenings(visitId, d, visitedAt); !s)
        return s.error();
    if (Status s = AuditLog(m_db.sql())
                       .append(m_actor, QStringLiteral("create"), QStringLiteral("visit"),
                               QString::number(visitId), {}, visitJson(d));
        !s)
        return s.error();
    if (!tx.commit())
        return storageError(m_db.sql().lastError().text());
    return visitId;
}

Result<VisitDraft> VisitService::load(qint64 visitId) const
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT operation_id, household_id, visited_at, outcome, coalesce(notes, '') "
                             "FROM visits WHERE id = ?"));
    q.addBindValue(visitId);
    if (!q.exec())
        return storageError(q.lastError().text());
    if (!q.next())
        return notFound(QStringLiteral("visit"), tr("There is no visit number %1.").arg(visitId));
    VisitDraft d;
    d.operationId = q.value(0).toLongLong();
    d.householdId = q.value(1).toLongLong();
    d.visitedAt = parseDateTime(q.value(2).toString());
    d.outcome = q.value(3).toString();
    d.notes = q.value(4).toString();
    q.finish();
    q.prepare(QStringLiteral(
        "SELECT s.person_id, s.status, coalesce(s.whereabouts, ''), coalesce(s.verified_by, ''), "
        "s.event_date, coalesce(s.notes, ''), coalesce(p.household_id, 0) <> ? FROM screenings s "
        "JOIN persons p ON p.id = s.person_id WHERE s.visit_id = ? ORDER BY s.id"));
    q.addBindValue(d.householdId);
    q.addBindValue(visitId);
    if (!q.exec())
        return storageError(q.lastError().text());
    while (q.next())
        d.screenings << ScreeningDraft{q.value(0).toLongLong(),
                                       q.value(1).toString(),
                                       q.value(2).toString(),
                                       q.value(3).toString(),
                                       QDate::fromString(q.value(4).toString(), Qt::ISODate),
                                       q.value(5).toString(),
                                       q.value(6).toBool()};
    return d;
}

Status VisitService::mayCorrect(qint64 visitId) const
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT officer_id, created_at FROM visits WHERE id = ?"));
    q.addBindValue(visitId);
    if (!q.exec())
        return storageError(q.lastError().text());
    if (!q.next())
        return notFound(QStringLiteral("visit"), tr("There is no visit number %1.").arg(visitId));
    const bool supervisor = m_actor.role == Role::Supervisor || m_actor.role == Role::Admin;
    const bool authorToday =
        q.value(0).toLongLong() == m_actor.userId &&
        QDateTime::fromString(q.value(1).toString(), Qt::ISODate).date() == Clock::instance().now().date();
    if (!supervisor && !authorToday)
        return denied(
            tr("A visit can be corrected by its officer on the day it was entered, and by a supervisor "
               "at any time."));
    return {};
}

Status VisitService::correct(qint64 visitId, const VisitDraft& d)
{
    if (Status s = mayCorrect(visitId); !s)
        return s;
    auto loaded = load(visitId);
    if (!loaded)
        return loaded.error();
    const VisitDraft& before = *loaded;
    if (d.householdId != before.householdId || d.operationId != before.operationId)
        return invalid(QStringLiteral("household"),
                       tr("A correction cannot move a visit to another household or "
                          "operation; record a new visit instead."));
    if (Status s = validate(d); !s)
        return s;
    QSqlQuery q(m_db.sql());

    // The screenings are replaced as a whole: the triggers keep the figures in step.
    Transaction tx(m_db.sql());
    const QString visitedAt = wallStamp(d.visitedAt);
    q.prepare(QStringLiteral("UPDATE visits SET visited_at = ?, outcome = ?, notes = ? WHERE id = ?"));
    q.addBindValue(visitedAt);
    q.addBindValue(d.outcome);
    q.addBindValue(orNull(d.notes.trimmed()));
    q.addBindValue(visitId);
    if (!q.exec())
        return storageError(q.lastError().text());
    q.prepare(QStringLiteral("DELETE FROM screenings WHERE visit_id = ?"));
    q.addBindValue(visitId);
    if (!q.exec())
        return storageError(q.lastError().text());
    if (Status s = writeScreenings(visitId, d, visitedAt); !s)
        return s;
    if (Status s = AuditLog(m_db.sql())
                       .append(m_actor, QStringLiteral("correct"), QStringLiteral("visit"),
                               QString::number(visitId), visitJson(before), visitJson(d));
        !s)
        return s;
    if (!tx.commit())
        return storageError(m_db.sql().lastError().text());
    return {};
}

Result<RegisteredPerson> VisitService::findRegistered(const QString& idNumber) const
{
    const auto id = IdNumber::parse(idNumber, Clock::instance().now().date());
    if (!id)
        return id.error();
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT p.id, p.name, coalesce(h.household_no, '') FROM persons p "
                             "LEFT JOIN households h ON h.id = p.household_id WHERE p.id_number = ?"));
    q.addBindValue(id->text());
    if (!q.exec())
        return storageError(q.lastError().text());
    if (!q.next())
        return notFound(QStringLiteral("id_number"),
                        tr("Nobody with ID number %1 is in the registry.").arg(id->text()));
    return RegisteredPerson{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString()};
}

qint64 VisitService::screeningId(qint64 visitId, qint64 personId) const
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT id FROM screenings WHERE visit_id = ? AND person_id = ?"));
    q.addBindValue(visitId);
    q.addBindValue(personId);
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

Result<qint64> VisitService::addUnregisteredPerson(qint64 householdId, const QString& name, QChar sex,
                                                   int birthYear, const QString& notes)
{
    if (!m_actor.can(Right::RecordVisits))
        return denied(Roles::deniedMessage(m_actor, tr("add people found at an address")));
    if (Status s = checkHousehold(householdId); !s)
        return s.error();
    if (name.trimmed().isEmpty())
        return invalid(QStringLiteral("name"), tr("Enter the person's name (as they give it)."));
    if (sex != QLatin1Char('M') && sex != QLatin1Char('F') && !sex.isNull())
        return invalid(QStringLiteral("sex"), tr("Choose male or female, or leave it open."));
    const int thisYear = Clock::instance().now().date().year();
    if (birthYear != 0 && (birthYear < 1900 || birthYear > thisYear))
        return invalid(QStringLiteral("birth_year"),
                       tr("The birth year must be between 1900 and %1.").arg(thisYear));
    Transaction tx(m_db.sql());
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("INSERT INTO persons(name, sex, birth_year, household_id, registered, notes) "
                             "VALUES (?, ?, ?, ?, 0, ?)"));
    q.addBindValue(name.trimmed());
    q.addBindValue(sex.isNull() ? QVariant() : QVariant(QString(sex)));
    q.addBindValue(birthYear ? QVariant(birthYear) : QVariant());
    q.addBindValue(householdId);
    q.addBindValue(orNull(notes.trimmed()));
    if (!q.exec())
        return storageError(q.lastError().text());
    const qint64 id = q.lastInsertId().toLongLong();
    if (Status s =
            AuditLog(m_db.sql())
                .append(m_actor, QStringLiteral("create"), QStringLiteral("person"), QString::number(id), {},
                        {{QStringLiteral("name"), name.trimmed()},
                         {QStringLiteral("household_id"), householdId},
                         {QStringLiteral("registered"), false}});
        !s)
        return s.error();
    if (!tx.commit())
        return storageError(m_db.sql().lastError().text());
    return id;
}

} // namespace hc
