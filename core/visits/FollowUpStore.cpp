#include "core/visits/FollowUpStore.h"

#include <QUuid>

namespace hc {

Result<QList<RevisitRow>> FollowUpStore::revisits(sql::OperationScope scope, qint64 me) const
{
    auto found = sql::scoped(
        m_db,
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
        scope, QStringLiteral("a.station_id"), {{QStringLiteral(":me"), me}});
    if (!found)
        return found.error();
    QSqlQuery& q = found.value();
    QList<RevisitRow> rows;
    while (q.next())
        rows << RevisitRow{
            q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
            q.value(4).toInt(),      q.value(5).toString(), q.value(6).toString(), 0,
            q.value(7).toLongLong(), q.value(8).toString()};
    return rows;
}

Result<QList<VerificationRow>> FollowUpStore::verifications(sql::OperationScope scope) const
{
    auto found = sql::scoped(
        m_db,
        QStringLiteral(
            "SELECT p.id, p.name, coalesce(p.id_number, ''), coalesce(p.phone, ''), "
            "h.household_no, h.address, pp.latest_at, "
            "(SELECT count(*) FROM verification_attempts va WHERE va.operation_id = pp.operation_id "
            " AND va.person_id = p.id), "
            "coalesce((SELECT va.attempted_at || '|' || va.result FROM verification_attempts va "
            " WHERE va.operation_id = pp.operation_id AND va.person_id = p.id "
            " ORDER BY va.attempted_at DESC, va.id DESC LIMIT 1), '') "
            "FROM person_progress pp JOIN persons p ON p.id = pp.person_id "
            "JOIN households h ON h.id = p.household_id JOIN areas a ON a.id = h.area_id "
            "WHERE pp.operation_id = :op AND pp.status = 'away_unverified'%1 "
            "ORDER BY pp.latest_at, p.id"),
        scope);
    if (!found)
        return found.error();
    QSqlQuery& q = found.value();
    QList<VerificationRow> rows;
    while (q.next()) {
        const QString last = q.value(8).toString();
        rows << VerificationRow{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                                q.value(3).toString(),   q.value(4).toString(), q.value(5).toString(),
                                q.value(6).toString(),   q.value(7).toInt(),    last.section(u'|', 0, 0),
                                last.section(u'|', 1)};
    }
    return rows;
}

Result<QList<UnregisteredRow>> FollowUpStore::unregistered(sql::OperationScope scope) const
{
    auto found = sql::scoped(
        m_db,
        QStringLiteral("SELECT p.id, p.name, coalesce(p.sex, ''), coalesce(CAST(p.birth_year AS TEXT), ''), "
                       "h.household_no, h.address, st.name, min(s.screened_at), coalesce(p.notes, '') "
                       "FROM screenings s JOIN persons p ON p.id = s.person_id "
                       "JOIN households h ON h.id = p.household_id JOIN areas a ON a.id = h.area_id "
                       "JOIN stations st ON st.id = a.station_id "
                       "WHERE s.operation_id = :op AND s.status = 'unregistered_found'%1 "
                       "GROUP BY p.id, h.id, st.id ORDER BY st.name, h.household_no, p.id"),
        scope);
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

Result<QList<UntracedRow>> FollowUpStore::untraced(sql::OperationScope scope) const
{
    auto found = sql::scoped(
        m_db,
        QStringLiteral("SELECT p.id, p.name, coalesce(p.id_number, ''), coalesce(p.phone, ''), "
                       "h.household_no, h.address, pp.latest_at "
                       "FROM person_progress pp JOIN persons p ON p.id = pp.person_id "
                       "JOIN households h ON h.id = p.household_id JOIN areas a ON a.id = h.area_id "
                       "WHERE pp.operation_id = :op AND pp.status = 'whereabouts_unknown'%1 "
                       "AND NOT EXISTS (SELECT 1 FROM cases c WHERE c.subject_person_id = p.id "
                       " AND c.status <> 'duplicate') "
                       "AND NOT EXISTS (SELECT 1 FROM untraced_closures uc WHERE uc.operation_id = "
                       " pp.operation_id AND uc.person_id = p.id AND uc.closed_at >= pp.latest_at) "
                       "ORDER BY pp.latest_at, p.id"),
        scope);
    if (!found)
        return found.error();
    QSqlQuery& q = found.value();
    QList<UntracedRow> rows;
    while (q.next())
        rows << UntracedRow{
            q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
            q.value(4).toString(),   q.value(5).toString(), q.value(6).toString(), 0};
    return rows;
}

Result<QString> FollowUpStore::latestStatus(qint64 operationId, qint64 personId) const
{
    auto status = sql::scalar(
        m_db,
        QStringLiteral("SELECT status FROM person_progress WHERE operation_id = :op AND person_id = :p"),
        {{QStringLiteral(":op"), operationId}, {QStringLiteral(":p"), personId}});
    if (!status)
        return status.error();
    return status->toString();
}

Result<bool> FollowUpStore::hasCase(qint64 personId) const
{
    auto found = sql::scalar(m_db,
                             QStringLiteral("SELECT 1 FROM cases WHERE subject_person_id = :p AND status <> "
                                            "'duplicate' LIMIT 1"),
                             {{QStringLiteral(":p"), personId}});
    if (!found)
        return found.error();
    return found->isValid();
}

Result<qint64> FollowUpStore::insertAttempt(const Attempt& a) const
{
    return sql::insert(
        m_db,
        QStringLiteral("INSERT INTO verification_attempts(uuid, operation_id, station_id, person_id, "
                       "officer_id, attempted_at, result, notes) VALUES (:uuid, :op, :station, :person, "
                       ":officer, :at, :result, :notes)"),
        {{QStringLiteral(":uuid"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
         {QStringLiteral(":op"), a.operationId},
         {QStringLiteral(":station"), a.stationId},
         {QStringLiteral(":person"), a.personId},
         {QStringLiteral(":officer"), sql::orNull(a.officerId)},
         {QStringLiteral(":at"), a.attemptedAt},
         {QStringLiteral(":result"), a.result},
         {QStringLiteral(":notes"), sql::orNull(a.notes)}});
}

Status FollowUpStore::closeUntraced(qint64 operationId, qint64 stationId, qint64 personId, qint64 closedBy,
                                    const QString& closedAt, const QString& reason) const
{
    auto done = sql::execute(
        m_db,
        QStringLiteral(
            "INSERT INTO untraced_closures(operation_id, person_id, station_id, closed_by, closed_at, "
            "reason) VALUES (:op, :person, :station, :by, :at, :reason) "
            "ON CONFLICT(operation_id, person_id) DO UPDATE SET station_id = excluded.station_id, "
            "closed_by = excluded.closed_by, closed_at = excluded.closed_at, reason = excluded.reason"),
        {{QStringLiteral(":op"), operationId},
         {QStringLiteral(":person"), personId},
         {QStringLiteral(":station"), stationId},
         {QStringLiteral(":by"), sql::orNull(closedBy)},
         {QStringLiteral(":at"), closedAt},
         {QStringLiteral(":reason"), reason}});
    if (!done)
        return done.error();
    return {};
}

Result<AssignmentStations> FollowUpStore::assignmentStations(qint64 householdId, qint64 officerId) const
{
    auto found = sql::query(
        m_db,
        QStringLiteral("SELECT (SELECT a.station_id FROM households h JOIN areas a ON a.id = h.area_id "
                       "WHERE h.id = :household), "
                       "(SELECT station_id FROM users WHERE id = :officer AND active = 1)"),
        {{QStringLiteral(":household"), householdId}, {QStringLiteral(":officer"), officerId}});
    if (!found)
        return found.error();
    QSqlQuery& q = found.value();
    if (!q.next())
        return sql::failed(q);
    auto idOf = [](const QVariant& v) {
        return v.isNull() ? std::optional<qint64>() : std::optional<qint64>(v.toLongLong());
    };
    return AssignmentStations{idOf(q.value(0)), idOf(q.value(1))};
}

Result<QList<RevisitOfficer>> FollowUpStore::officersFor(qint64 householdId) const
{
    auto found = sql::query(
        m_db,
        QStringLiteral("SELECT u.id, u.name, u.badge FROM users u WHERE u.active = 1 AND u.station_id = "
                       "(SELECT a.station_id FROM households h JOIN areas a ON a.id = h.area_id "
                       "WHERE h.id = :household) ORDER BY u.name, u.badge"),
        {{QStringLiteral(":household"), householdId}});
    if (!found)
        return found.error();
    QList<RevisitOfficer> rows;
    while (found.value().next())
        rows << RevisitOfficer{found.value().value(0).toLongLong(), found.value().value(1).toString(),
                               found.value().value(2).toString()};
    return rows;
}

Status FollowUpStore::assignRevisit(qint64 operationId, qint64 householdId, qint64 officerId,
                                    const QString& assignedBy, const QString& assignedAt) const
{
    auto done = sql::execute(
        m_db,
        QStringLiteral("INSERT INTO revisit_assignments(operation_id, household_id, officer_id, assigned_by, "
                       "assigned_at) VALUES (:op, :household, :officer, :by, :at) "
                       "ON CONFLICT(operation_id, household_id) DO UPDATE "
                       "SET officer_id = excluded.officer_id, assigned_by = excluded.assigned_by, "
                       "assigned_at = excluded.assigned_at"),
        {{QStringLiteral(":op"), operationId},
         {QStringLiteral(":household"), householdId},
         {QStringLiteral(":officer"), officerId},
         {QStringLiteral(":by"), assignedBy},
         {QStringLiteral(":at"), assignedAt}});
    if (!done)
        return done.error();
    return {};
}

Result<std::optional<qint64>> FollowUpStore::stationOfPerson(qint64 personId) const
{
    auto station = sql::scalar(m_db,
                               QStringLiteral("SELECT a.station_id FROM persons p "
                                              "JOIN households h ON h.id = p.household_id "
                                              "JOIN areas a ON a.id = h.area_id WHERE p.id = :id"),
                               {{QStringLiteral(":id"), personId}});
    if (!station)
        return station.error();
    return station->isValid() ? std::optional<qint64>(station->toLongLong()) : std::optional<qint64>();
}

Result<qint64> FollowUpStore::insertVerified(qint64 operationId, qint64 personId, qint64 officerId,
                                             const QString& screenedAt, const QString& whereabouts,
                                             const QString& verifiedBy) const
{
    return sql::insert(
        m_db,
        QStringLiteral(
            "INSERT INTO screenings(uuid, visit_id, officer_id, operation_id, person_id, screened_at, "
            "status, whereabouts, verified_by) VALUES (:uuid, NULL, :officer, :op, :person, :at, "
            "'away_verified', :whereabouts, :verified_by)"),
        {{QStringLiteral(":uuid"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
         {QStringLiteral(":officer"), officerId},
         {QStringLiteral(":op"), operationId},
         {QStringLiteral(":person"), personId},
         {QStringLiteral(":at"), screenedAt},
         {QStringLiteral(":whereabouts"), whereabouts},
         {QStringLiteral(":verified_by"), verifiedBy}});
}

} // namespace hc
