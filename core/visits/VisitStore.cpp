#include "core/visits/VisitStore.h"

#include "core/imports/ImportRun.h"
#include "core/storage/Sql.h"

#include <QUuid>

namespace hc {

namespace {
QString newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}
std::optional<qint64> idOf(const QVariant& v)
{
    return v.isValid() ? std::optional<qint64>(v.toLongLong()) : std::optional<qint64>();
}
} // namespace

Result<std::optional<qint64>> VisitStore::stationOfHousehold(qint64 householdId) const
{
    auto station = sql::scalar(
        m_db,
        QStringLiteral(
            "SELECT a.station_id FROM households h JOIN areas a ON a.id = h.area_id WHERE h.id = :id"),
        {{QStringLiteral(":id"), householdId}});
    if (!station)
        return station.error();
    return idOf(*station);
}

Result<QHash<qint64, HouseholdPerson>> VisitStore::peopleOf(qint64 householdId) const
{
    auto found =
        sql::query(m_db, QStringLiteral("SELECT id, name, registered FROM persons WHERE household_id = :id"),
                   {{QStringLiteral(":id"), householdId}});
    if (!found)
        return found.error();
    QSqlQuery& q = found.value();
    QHash<qint64, HouseholdPerson> people;
    while (q.next())
        people.insert(q.value(0).toLongLong(), HouseholdPerson{q.value(1).toString(), q.value(2).toBool()});
    return people;
}

Result<std::optional<QString>> VisitStore::registeredName(qint64 personId) const
{
    auto name =
        sql::scalar(m_db, QStringLiteral("SELECT name FROM persons WHERE id = :id AND registered = 1"),
                    {{QStringLiteral(":id"), personId}});
    if (!name)
        return name.error();
    return name->isValid() ? std::optional<QString>(name->toString()) : std::optional<QString>();
}

Result<std::optional<RegisteredPerson>> VisitStore::findByIdNumber(const QString& idNumber) const
{
    auto found = sql::query(m_db,
                            QStringLiteral("SELECT p.id, p.name, coalesce(h.household_no, '') FROM persons p "
                                           "LEFT JOIN households h ON h.id = p.household_id "
                                           "WHERE p.id_number = :id_number"),
                            {{QStringLiteral(":id_number"), idNumber}});
    if (!found)
        return found.error();
    QSqlQuery& q = found.value();
    if (!q.next())
        return std::optional<RegisteredPerson>();
    return std::optional<RegisteredPerson>(
        RegisteredPerson{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString()});
}

Result<qint64> VisitStore::insertVisit(const VisitDraft& d, qint64 officerId, const QString& visitedAt,
                                       const QString& createdAt) const
{
    auto id = sql::insert(m_db,
                          QStringLiteral("INSERT INTO visits(uuid, operation_id, household_id, officer_id, "
                                         "visited_at, outcome, notes, created_at) VALUES (:uuid, :op, "
                                         ":household, :officer, :at, :outcome, :notes, :created)"),
                          {{QStringLiteral(":uuid"), newUuid()},
                           {QStringLiteral(":op"), d.operationId},
                           {QStringLiteral(":household"), d.householdId},
                           {QStringLiteral(":officer"), officerId},
                           {QStringLiteral(":at"), visitedAt},
                           {QStringLiteral(":outcome"), d.outcome},
                           {QStringLiteral(":notes"), sql::orNull(d.notes.trimmed())},
                           {QStringLiteral(":created"), createdAt}});
    if (!id && sql::isUniqueViolation(id.error()))
        return Error{QStringLiteral("visited_at"), id.error().message, Error::Kind::Conflict};
    return id;
}

Result<bool> VisitStore::updateVisit(qint64 visitId, const VisitDraft& d, const QString& visitedAt,
                                     int fromVersion, qint64 correctedBy, const QString& correctedAt) const
{
    // The version condition is checked on the row itself: a concurrent correction holds the
    // row until it commits, and PostgreSQL then checks the condition again on the new row.
    auto changed =
        sql::execute(m_db,
                     QStringLiteral("UPDATE visits SET visited_at = :at, outcome = :outcome, notes = :notes, "
                                    "version = version + 1, corrected_by = :by, corrected_at = :when "
                                    "WHERE id = :id AND (:version = 0 OR version = :version2)"),
                     {{QStringLiteral(":at"), visitedAt},
                      {QStringLiteral(":outcome"), d.outcome},
                      {QStringLiteral(":notes"), sql::orNull(d.notes.trimmed())},
                      {QStringLiteral(":by"), sql::orNull(correctedBy)},
                      {QStringLiteral(":when"), correctedAt},
                      {QStringLiteral(":id"), visitId},
                      {QStringLiteral(":version"), fromVersion},
                      {QStringLiteral(":version2"), fromVersion}});
    if (!changed)
        return changed.error();
    return *changed == 1;
}

Result<std::optional<VisitVersion>> VisitStore::version(qint64 visitId) const
{
    auto q = sql::query(
        m_db,
        QStringLiteral(
            "SELECT v.version, coalesce(u.name || ' (' || u.badge || ')', ''), "
            "v.corrected_at, v.household_id FROM visits v LEFT JOIN users u ON u.id = v.corrected_by "
            "WHERE v.id = :id"),
        {{QStringLiteral(":id"), visitId}});
    if (!q)
        return q.error();
    if (!q.value().next())
        return std::optional<VisitVersion>();
    return std::optional<VisitVersion>(VisitVersion{
        q.value().value(0).toInt(), q.value().value(1).toString(),
        QDateTime::fromString(q.value().value(2).toString(), Qt::ISODate), q.value().value(3).toLongLong()});
}

Result<std::optional<VisitDraft>> VisitStore::load(qint64 visitId) const
{
    auto visit = sql::query(m_db,
                            QStringLiteral("SELECT operation_id, household_id, visited_at, outcome, "
                                           "coalesce(notes, '') FROM visits WHERE id = :id"),
                            {{QStringLiteral(":id"), visitId}});
    if (!visit)
        return visit.error();
    QSqlQuery& v = visit.value();
    if (!v.next())
        return std::optional<VisitDraft>();
    VisitDraft d;
    d.operationId = v.value(0).toLongLong();
    d.householdId = v.value(1).toLongLong();
    d.visitedAt = parseDateTime(v.value(2).toString());
    d.outcome = v.value(3).toString();
    d.notes = v.value(4).toString();
    auto found = sql::query(
        m_db,
        QStringLiteral(
            "SELECT s.person_id, s.status, coalesce(s.whereabouts, ''), coalesce(s.verified_by, ''), "
            "s.event_date, coalesce(s.notes, ''), coalesce(p.household_id, 0) <> :household "
            "FROM screenings s JOIN persons p ON p.id = s.person_id WHERE s.visit_id = :id "
            "ORDER BY s.id"),
        {{QStringLiteral(":household"), d.householdId}, {QStringLiteral(":id"), visitId}});
    if (!found)
        return found.error();
    QSqlQuery& q = found.value();
    while (q.next())
        d.screenings << ScreeningDraft{q.value(0).toLongLong(),
                                       q.value(1).toString(),
                                       q.value(2).toString(),
                                       q.value(3).toString(),
                                       QDate::fromString(q.value(4).toString(), Qt::ISODate),
                                       q.value(5).toString(),
                                       q.value(6).toBool()};
    return std::optional<VisitDraft>(d);
}

Result<std::optional<VisitAuthor>> VisitStore::author(qint64 visitId) const
{
    auto found = sql::query(m_db, QStringLiteral("SELECT officer_id, created_at FROM visits WHERE id = :id"),
                            {{QStringLiteral(":id"), visitId}});
    if (!found)
        return found.error();
    if (!found.value().next())
        return std::optional<VisitAuthor>();
    return std::optional<VisitAuthor>(
        VisitAuthor{found.value().value(0).toLongLong(), found.value().value(1).toString()});
}

Status VisitStore::insertScreenings(qint64 visitId, qint64 operationId, const QString& visitedAt,
                                    const QList<ScreeningDraft>& screenings) const
{
    // One statement per screening through the session's prepared statements (a handful per
    // visit: on PostgreSQL one round trip each, no PREPARE and DEALLOCATE per save).
    const QString insert = QStringLiteral(
        "INSERT INTO screenings(uuid, visit_id, operation_id, person_id, screened_at, status, "
        "whereabouts, verified_by, event_date, notes) VALUES (:uuid, :visit, :op, :person, :at, "
        ":status, :whereabouts, :verified_by, :event_date, :notes)");
    for (const ScreeningDraft& s : screenings)
        if (auto e = sql::execute(m_db, insert,
                                  {{QStringLiteral(":uuid"), newUuid()},
                                   {QStringLiteral(":visit"), visitId},
                                   {QStringLiteral(":op"), operationId},
                                   {QStringLiteral(":person"), s.personId},
                                   {QStringLiteral(":at"), visitedAt},
                                   {QStringLiteral(":status"), s.status},
                                   {QStringLiteral(":whereabouts"), sql::orNull(s.whereabouts.trimmed())},
                                   {QStringLiteral(":verified_by"), sql::orNull(s.verifiedBy)},
                                   {QStringLiteral(":event_date"), sql::orNull(s.eventDate)},
                                   {QStringLiteral(":notes"), sql::orNull(s.notes.trimmed())}});
            !e)
            return e.error();
    return {};
}

Result<QList<SavedScreening>> VisitStore::screeningsOf(qint64 visitId) const
{
    auto found = sql::query(m_db,
                            QStringLiteral("SELECT s.id, s.person_id, p.name, "
                                           "EXISTS (SELECT 1 FROM cases c WHERE c.screening_id = s.id) "
                                           "FROM screenings s JOIN persons p ON p.id = s.person_id "
                                           "WHERE s.visit_id = :id ORDER BY s.id"),
                            {{QStringLiteral(":id"), visitId}});
    if (!found)
        return found.error();
    QSqlQuery& q = found.value();
    QList<SavedScreening> rows;
    while (q.next())
        rows << SavedScreening{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
                               q.value(3).toBool()};
    return rows;
}

Status VisitStore::updateScreening(qint64 screeningId, const ScreeningDraft& s) const
{
    auto details = sql::execute(m_db,
                                QStringLiteral("UPDATE screenings SET whereabouts = :whereabouts, "
                                               "verified_by = :verified_by, event_date = :event_date, "
                                               "notes = :notes WHERE id = :id"),
                                {{QStringLiteral(":whereabouts"), sql::orNull(s.whereabouts.trimmed())},
                                 {QStringLiteral(":verified_by"), sql::orNull(s.verifiedBy)},
                                 {QStringLiteral(":event_date"), sql::orNull(s.eventDate)},
                                 {QStringLiteral(":notes"), sql::orNull(s.notes.trimmed())},
                                 {QStringLiteral(":id"), screeningId}});
    if (!details)
        return details.error();
    // Only a changed status: an UPDATE OF status recounts the figures (schema triggers).
    auto status = sql::execute(
        m_db, QStringLiteral("UPDATE screenings SET status = :status WHERE id = :id AND status <> :status"),
        {{QStringLiteral(":status"), s.status}, {QStringLiteral(":id"), screeningId}});
    if (!status)
        return status.error();
    return {};
}

Status VisitStore::deleteScreening(qint64 screeningId) const
{
    auto deleted = sql::execute(m_db, QStringLiteral("DELETE FROM screenings WHERE id = :id"),
                                {{QStringLiteral(":id"), screeningId}});
    if (!deleted)
        return deleted.error();
    return {};
}

Result<qint64> VisitStore::screeningId(qint64 visitId, qint64 personId) const
{
    auto id = sql::scalar(
        m_db, QStringLiteral("SELECT id FROM screenings WHERE visit_id = :visit AND person_id = :person"),
        {{QStringLiteral(":visit"), visitId}, {QStringLiteral(":person"), personId}});
    if (!id)
        return id.error();
    return id->toLongLong();
}

Result<qint64> VisitStore::insertUnregisteredPerson(qint64 householdId, const QString& name, QChar sex,
                                                    int birthYear, const QString& notes) const
{
    return sql::insert(m_db,
                       QStringLiteral("INSERT INTO persons(name, sex, birth_year, household_id, registered, "
                                      "notes) VALUES (:name, :sex, :birth_year, :household, 0, :notes)"),
                       {{QStringLiteral(":name"), name},
                        {QStringLiteral(":sex"), sex.isNull() ? QVariant() : QVariant(QString(sex))},
                        {QStringLiteral(":birth_year"), birthYear ? QVariant(birthYear) : QVariant()},
                        {QStringLiteral(":household"), householdId},
                        {QStringLiteral(":notes"), sql::orNull(notes)}});
}

} // namespace hc
