#include "core/imports/VisitImportStore.h"

#include "core/storage/Sql.h"

#include <QUuid>

namespace hc {

VisitImportStore::VisitImportStore(QSqlDatabase db)
    : m_findHousehold(db), m_findOfficer(db), m_findVisit(db), m_addVisit(db), m_setOutcome(db),
      m_findPerson(db), m_findUnnumbered(db), m_addPerson(db), m_findScreening(db), m_addScreening(db),
      m_updateScreening(db)
{
}

Status VisitImportStore::prepare()
{
    const std::pair<QSqlQuery*, QString> statements[] = {
        {&m_findHousehold, QStringLiteral("SELECT id FROM households WHERE household_no = ?")},
        {&m_findOfficer, QStringLiteral("SELECT id FROM users WHERE badge = ?")},
        {&m_findVisit,
         QStringLiteral("SELECT id, outcome FROM visits WHERE operation_id = ? AND household_id = ? "
                        "AND officer_id = ? AND visited_at = ?")},
        {&m_addVisit,
         QStringLiteral("INSERT INTO visits(uuid, operation_id, household_id, officer_id, visited_at, "
                        "outcome, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)") +
             sql::returningId(m_addVisit)},
        {&m_setOutcome, QStringLiteral("UPDATE visits SET outcome = ? WHERE id = ?")},
        {&m_findPerson, QStringLiteral("SELECT id FROM persons WHERE id_number = ?")},
        {&m_findUnnumbered, QStringLiteral("SELECT id FROM persons WHERE household_id = ? AND name = ? "
                                           "AND id_number IS NULL ORDER BY id LIMIT 1")},
        {&m_addPerson, QStringLiteral("INSERT INTO persons(id_number, name, sex, birth_date, birth_year, "
                                      "household_id, registered) VALUES (?, ?, ?, ?, ?, ?, ?)") +
                           sql::returningId(m_addVisit)},
        {&m_findScreening,
         QStringLiteral("SELECT id, status, whereabouts, verified_by, notes FROM screenings "
                        "WHERE visit_id = ? AND person_id = ?")},
        {&m_addScreening, QStringLiteral("INSERT INTO screenings(uuid, visit_id, operation_id, person_id, "
                                         "screened_at, status, whereabouts, verified_by, notes) "
                                         "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")},
        {&m_updateScreening,
         QStringLiteral("UPDATE screenings SET status = ?, whereabouts = ?, verified_by = ?, "
                        "notes = ? WHERE id = ?")},
    };
    for (const auto& [q, text] : statements)
        if (Status s = sql::prepare(*q, text); !s)
            return s;
    return {};
}

Result<qint64> VisitImportStore::firstId(QSqlQuery& q)
{
    if (Status s = sql::exec(q); !s)
        return s.error();
    const qint64 id = q.next() ? q.value(0).toLongLong() : 0;
    q.finish();
    return id;
}

Result<qint64> VisitImportStore::findHousehold(const QString& householdNo)
{
    m_findHousehold.bindValue(0, householdNo);
    return firstId(m_findHousehold);
}

Result<qint64> VisitImportStore::findOfficer(const QString& badge)
{
    m_findOfficer.bindValue(0, badge);
    return firstId(m_findOfficer);
}

Result<std::optional<VisitImportStore::Visit>> VisitImportStore::findVisit(const NewVisit& v)
{
    m_findVisit.bindValue(0, v.operationId);
    m_findVisit.bindValue(1, v.householdId);
    m_findVisit.bindValue(2, v.officerId);
    m_findVisit.bindValue(3, v.visitedAt);
    if (Status s = sql::exec(m_findVisit); !s)
        return s.error();
    std::optional<Visit> found;
    if (m_findVisit.next())
        found = Visit{m_findVisit.value(0).toLongLong(), m_findVisit.value(1).toString()};
    m_findVisit.finish();
    return found;
}

Result<qint64> VisitImportStore::addVisit(const NewVisit& v)
{
    m_addVisit.bindValue(0, QUuid::createUuid().toString(QUuid::WithoutBraces));
    m_addVisit.bindValue(1, v.operationId);
    m_addVisit.bindValue(2, v.householdId);
    m_addVisit.bindValue(3, v.officerId);
    m_addVisit.bindValue(4, v.visitedAt);
    m_addVisit.bindValue(5, v.outcome);
    m_addVisit.bindValue(6, v.createdAt);
    if (Status s = sql::exec(m_addVisit); !s)
        return s.error();
    return sql::insertedId(m_addVisit);
}

Status VisitImportStore::setOutcome(qint64 visitId, const QString& outcome)
{
    m_setOutcome.bindValue(0, outcome);
    m_setOutcome.bindValue(1, visitId);
    return sql::exec(m_setOutcome);
}

Result<qint64> VisitImportStore::findPerson(const QString& idNumber)
{
    m_findPerson.bindValue(0, idNumber);
    return firstId(m_findPerson);
}

Result<qint64> VisitImportStore::findUnnumberedPerson(qint64 householdId, const QString& name)
{
    m_findUnnumbered.bindValue(0, householdId);
    m_findUnnumbered.bindValue(1, name);
    return firstId(m_findUnnumbered);
}

Result<qint64> VisitImportStore::addPerson(const NewPerson& p)
{
    m_addPerson.bindValue(0, sql::orNull(p.idNumber));
    m_addPerson.bindValue(1, p.name);
    m_addPerson.bindValue(2, sql::orNull(p.sex));
    m_addPerson.bindValue(3, sql::orNull(p.birthDate));
    m_addPerson.bindValue(4, p.birthYear ? QVariant(p.birthYear) : QVariant());
    m_addPerson.bindValue(5, p.householdId);
    m_addPerson.bindValue(6, p.registered ? 1 : 0);
    if (Status s = sql::exec(m_addPerson); !s)
        return s.error();
    return sql::insertedId(m_addPerson);
}

Result<std::optional<VisitImportStore::Screening>> VisitImportStore::findScreening(qint64 visitId,
                                                                                   qint64 personId)
{
    m_findScreening.bindValue(0, visitId);
    m_findScreening.bindValue(1, personId);
    if (Status s = sql::exec(m_findScreening); !s)
        return s.error();
    std::optional<Screening> found;
    if (m_findScreening.next())
        found = Screening{m_findScreening.value(0).toLongLong(), m_findScreening.value(1).toString(),
                          m_findScreening.value(2).toString(), m_findScreening.value(3).toString(),
                          m_findScreening.value(4).toString()};
    m_findScreening.finish();
    return found;
}

Status VisitImportStore::addScreening(qint64 visitId, qint64 operationId, qint64 personId, const QString& at,
                                      const Screening& s)
{
    m_addScreening.bindValue(0, QUuid::createUuid().toString(QUuid::WithoutBraces));
    m_addScreening.bindValue(1, visitId);
    m_addScreening.bindValue(2, operationId);
    m_addScreening.bindValue(3, personId);
    m_addScreening.bindValue(4, at);
    m_addScreening.bindValue(5, s.status);
    m_addScreening.bindValue(6, sql::orNull(s.whereabouts));
    m_addScreening.bindValue(7, sql::orNull(s.verifiedBy));
    m_addScreening.bindValue(8, sql::orNull(s.notes));
    return sql::exec(m_addScreening);
}

Status VisitImportStore::updateScreening(const Screening& s)
{
    m_updateScreening.bindValue(0, s.status);
    m_updateScreening.bindValue(1, sql::orNull(s.whereabouts));
    m_updateScreening.bindValue(2, sql::orNull(s.verifiedBy));
    m_updateScreening.bindValue(3, sql::orNull(s.notes));
    m_updateScreening.bindValue(4, s.id);
    return sql::exec(m_updateScreening);
}

} // namespace hc
