#include "core/registration/RegistrationStore.h"

#include "core/storage/Sql.h"

#include <QUuid>

namespace hc {

namespace {

// The people found unregistered (the earliest such screening: when, and the household of its
// visit), with their file where there is one. %1: the WHERE conditions.
const QString kFiles = QStringLiteral(
    "SELECT p.id, coalesce(r.id, 0), p.name, coalesce(p.sex, ''), coalesce(CAST(p.birth_year AS TEXT), ''), "
    "coalesce(r.station_id, a.station_id, 0), coalesce(st.name, ''), coalesce(h.household_no, ''), "
    "coalesce(h.address, ''), f.found_at, coalesce(r.stage, 'found'), coalesce(r.officer_id, 0), "
    "coalesce(u.name, ''), coalesce(u.badge, ''), r.referred_on, r.documents_on, r.filed_on, "
    "r.registered_on, r.id_card_on, r.closed_on, coalesce(r.doc_birth, 0), coalesce(r.doc_parents, 0), "
    "coalesce(r.dna_needed, 0), coalesce(r.doc_dna, 0), coalesce(r.doc_certificate, 0), "
    "coalesce(r.closed_reason, ''), coalesce(r.closed_note, ''), coalesce(rh.household_no, ''), "
    "coalesce(r.household_created, 0), coalesce(r.id_number, ''), "
    "coalesce(r.last_step_on, substr(f.found_at, 1, 10)) "
    "FROM (SELECT s.person_id, min(s.screened_at) AS found_at, min(v.household_id) AS household_id "
    "      FROM screenings s LEFT JOIN visits v ON v.id = s.visit_id "
    "      WHERE s.status = 'unregistered_found' GROUP BY s.person_id) f "
    "JOIN persons p ON p.id = f.person_id "
    "LEFT JOIN registrations r ON r.person_id = p.id "
    "LEFT JOIN households h ON h.id = coalesce(f.household_id, p.household_id) "
    "LEFT JOIN areas a ON a.id = h.area_id "
    "LEFT JOIN stations st ON st.id = coalesce(r.station_id, a.station_id) "
    "LEFT JOIN users u ON u.id = r.officer_id "
    "LEFT JOIN households rh ON rh.id = r.household_id "
    "WHERE 1 = 1%1 ORDER BY st.name, coalesce(r.last_step_on, substr(f.found_at, 1, 10)), p.id");

QDate dateOf(const QVariant& v)
{
    return v.isNull() ? QDate() : QDate::fromString(v.toString(), Qt::ISODate);
}

RegistrationFile readFile(const QSqlQuery& q)
{
    RegistrationFile r;
    r.personId = q.value(0).toLongLong();
    r.fileId = q.value(1).toLongLong();
    r.name = q.value(2).toString();
    r.sex = q.value(3).toString();
    r.birthYear = q.value(4).toString();
    r.stationId = q.value(5).toLongLong();
    r.station = q.value(6).toString();
    r.foundHouseholdNo = q.value(7).toString();
    r.foundAddress = q.value(8).toString();
    r.foundOn = QDate::fromString(q.value(9).toString().left(10), Qt::ISODate);
    r.stage = q.value(10).toString();
    r.officerId = q.value(11).toLongLong();
    r.officer = q.value(12).toString();
    r.officerBadge = q.value(13).toString();
    r.referredOn = dateOf(q.value(14));
    r.documentsOn = dateOf(q.value(15));
    r.filedOn = dateOf(q.value(16));
    r.registeredOn = dateOf(q.value(17));
    r.idCardOn = dateOf(q.value(18));
    r.closedOn = dateOf(q.value(19));
    r.checklist = {q.value(20).toBool(), q.value(21).toBool(), q.value(22).toBool(), q.value(23).toBool(),
                   q.value(24).toBool()};
    r.closedReason = q.value(25).toString();
    r.closedNote = q.value(26).toString();
    r.householdNo = q.value(27).toString();
    r.householdCreated = q.value(28).toBool();
    r.idNumber = q.value(29).toString();
    r.lastStepOn = dateOf(q.value(30));
    return r;
}

// The column holding each stage's date (a fixed list: never user text in the SQL).
QString dateColumn(const QString& stage)
{
    static const QStringList stages = {QStringLiteral("referred"), QStringLiteral("documents"),
                                       QStringLiteral("filed"),    QStringLiteral("registered"),
                                       QStringLiteral("id_card"),  QStringLiteral("closed")};
    return stages.contains(stage) ? stage + QStringLiteral("_on") : QString();
}

// The persons found unregistered in the operation :op.
const QString kFoundIn = QStringLiteral("person_id IN (SELECT person_id FROM screenings WHERE operation_id = "
                                        ":op AND status = 'unregistered_found')");

Status done(const Result<int>& changed)
{
    if (!changed)
        return changed.error();
    return {};
}
} // namespace

Result<QList<RegistrationFile>> RegistrationStore::list(const RegistrationFilter& f, qint64 stationId,
                                                        const QDate& stalledBefore) const
{
    QString where;
    sql::Binds binds;
    if (stationId) {
        where += QStringLiteral(" AND coalesce(r.station_id, a.station_id) = :station");
        binds << sql::bind(":station", stationId);
    }
    if (!f.stages.isEmpty()) {
        QStringList names;
        for (int i = 0; i < f.stages.size(); ++i) {
            names << QStringLiteral(":stage%1").arg(i);
            binds << sql::Bind{names.last(), f.stages.at(i)};
        }
        where +=
            QStringLiteral(" AND coalesce(r.stage, 'found') IN (%1)").arg(names.join(QStringLiteral(", ")));
    }
    if (f.stalledOnly) {
        where += QStringLiteral(" AND coalesce(r.stage, 'found') NOT IN ('id_card', 'closed') "
                                "AND coalesce(r.last_step_on, substr(f.found_at, 1, 10)) < :before");
        binds << sql::bind(":before", stalledBefore.toString(Qt::ISODate));
    }
    if (f.officerId) {
        where += QStringLiteral(" AND r.officer_id = :officer");
        binds << sql::bind(":officer", f.officerId);
    }
    return sql::rows(sql::query(m_db, kFiles.arg(where), binds), readFile);
}

Result<std::optional<RegistrationFile>> RegistrationStore::load(qint64 personId) const
{
    auto found =
        sql::query(m_db, kFiles.arg(QStringLiteral(" AND p.id = :person")), {sql::bind(":person", personId)});
    if (!found)
        return found.error();
    if (!found.value().next())
        return std::optional<RegistrationFile>();
    return std::optional<RegistrationFile>(readFile(found.value()));
}

Result<QList<RegistrationEvent>> RegistrationStore::events(qint64 fileId) const
{
    auto found = sql::query(m_db,
                            QStringLiteral("SELECT e.at, e.stage, e.on_date, coalesce(e.note, ''), "
                                           "coalesce(u.name, e.actor) FROM registration_events e "
                                           "LEFT JOIN users u ON u.id = e.by_user "
                                           "WHERE e.registration_id = :file ORDER BY e.on_date, e.id"),
                            {sql::bind(":file", fileId)});
    if (!found)
        return found.error();
    QSqlQuery& q = found.value();
    QList<RegistrationEvent> rows;
    while (q.next())
        rows << RegistrationEvent{q.value(0).toString(), q.value(1).toString(), dateOf(q.value(2)),
                                  q.value(3).toString(), q.value(4).toString()};
    return rows;
}

Result<qint64> RegistrationStore::insertFile(const RegistrationFile& file, const QString& at) const
{
    return sql::insert(
        m_db,
        QStringLiteral("INSERT INTO registrations(uuid, person_id, station_id, stage, officer_id, "
                       "last_step_on, updated_at) VALUES (:uuid, :person, :station, 'referred', :officer, "
                       ":on, :at)"),
        {sql::bind(":uuid", QUuid::createUuid().toString(QUuid::WithoutBraces)),
         sql::bind(":person", file.personId), sql::bind(":station", sql::orNull(file.stationId)),
         sql::bind(":officer", sql::orNull(file.officerId)),
         sql::bind(":on", file.foundOn.toString(Qt::ISODate)), sql::bind(":at", at)});
}

Status RegistrationStore::writeStep(qint64 fileId, const RegistrationStep& s, qint64 householdId,
                                    bool householdCreated, const QString& at) const
{
    const QString column = dateColumn(s.stage);
    if (column.isEmpty())
        return storageError(QStringLiteral("unknown registration stage %1").arg(s.stage));
    QString set =
        QStringLiteral("stage = :stage, %1 = :on, last_step_on = :last, updated_at = :at").arg(column);
    sql::Binds binds = {sql::bind(":stage", s.stage), sql::bind(":on", s.date.toString(Qt::ISODate)),
                        sql::bind(":last", s.date.toString(Qt::ISODate)), sql::bind(":at", at),
                        sql::bind(":id", fileId)};
    if (s.stage == u"referred") {
        set += QStringLiteral(", officer_id = :officer");
        binds << sql::bind(":officer", sql::orNull(s.officerId));
    } else if (s.stage == u"documents") {
        set += QStringLiteral(", doc_birth = :birth, doc_parents = :parents, dna_needed = :dnaNeeded, "
                              "doc_dna = :dna, doc_certificate = :certificate");
        binds << sql::bind(":birth", int(s.checklist.birthProof))
              << sql::bind(":parents", int(s.checklist.parents))
              << sql::bind(":dnaNeeded", int(s.checklist.dnaNeeded))
              << sql::bind(":dna", int(s.checklist.dna))
              << sql::bind(":certificate", int(s.checklist.certificate));
    } else if (s.stage == u"registered") {
        set +=
            QStringLiteral(", household_id = :household, household_created = :created, id_number = :number");
        binds << sql::bind(":household", householdId) << sql::bind(":created", int(householdCreated))
              << sql::bind(":number", s.idNumber);
    } else if (s.stage == u"closed") {
        set += QStringLiteral(", closed_reason = :reason, closed_note = :note");
        binds << sql::bind(":reason", s.closedReason) << sql::bind(":note", sql::orNull(s.note));
    }
    return done(
        sql::execute(m_db, QStringLiteral("UPDATE registrations SET %1 WHERE id = :id").arg(set), binds));
}

Status RegistrationStore::addEvent(const RegistrationFile& file, const RegistrationStep& s, qint64 byUser,
                                   const QString& actor, const QString& at) const
{
    return done(sql::execute(
        m_db,
        QStringLiteral("INSERT INTO registration_events(registration_id, person_id, station_id, at, stage, "
                       "on_date, note, by_user, actor) VALUES (:file, :person, :station, :at, :stage, :on, "
                       ":note, :by, :actor)"),
        {sql::bind(":file", file.fileId), sql::bind(":person", file.personId),
         sql::bind(":station", sql::orNull(file.stationId)), sql::bind(":at", at),
         sql::bind(":stage", s.stage), sql::bind(":on", s.date.toString(Qt::ISODate)),
         sql::bind(":note", sql::orNull(s.note)), sql::bind(":by", sql::orNull(byUser)),
         sql::bind(":actor", actor)}));
}

Status RegistrationStore::registerPerson(qint64 personId, const QString& idNumber, const QDate& birth,
                                         const QString& sex, qint64 householdId) const
{
    return done(
        sql::execute(m_db,
                     QStringLiteral("UPDATE persons SET id_number = :number, birth_date = :birth, "
                                    "birth_year = :year, sex = :sex, household_id = :household, "
                                    "registered = 1 WHERE id = :id"),
                     {sql::bind(":number", idNumber), sql::bind(":birth", birth.toString(Qt::ISODate)),
                      sql::bind(":year", birth.year()), sql::bind(":sex", sex),
                      sql::bind(":household", householdId), sql::bind(":id", personId)}));
}

Result<std::optional<RegistrationHousehold>> RegistrationStore::oneHousehold(const QString& where,
                                                                             const QVariant& value) const
{
    auto found = sql::query(m_db,
                            QStringLiteral("SELECT h.id, h.area_id, a.station_id, h.household_no, h.address "
                                           "FROM households h JOIN areas a ON a.id = h.area_id WHERE %1")
                                .arg(where),
                            {sql::bind(":value", value)});
    if (!found)
        return found.error();
    QSqlQuery& q = found.value();
    if (!q.next())
        return std::optional<RegistrationHousehold>();
    return std::optional<RegistrationHousehold>(
        RegistrationHousehold{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(),
                              q.value(3).toString(), q.value(4).toString()});
}

Result<std::optional<RegistrationHousehold>> RegistrationStore::household(const QString& householdNo) const
{
    return oneHousehold(QStringLiteral("h.household_no = :value"), householdNo);
}

Result<std::optional<RegistrationHousehold>> RegistrationStore::householdOfPerson(qint64 personId) const
{
    return oneHousehold(QStringLiteral("h.id = (SELECT household_id FROM persons WHERE id = :value)"),
                        personId);
}

Result<qint64> RegistrationStore::createHousehold(const QString& householdNo, qint64 areaId,
                                                  const QString& address) const
{
    return sql::insert(
        m_db,
        QStringLiteral(
            "INSERT INTO households(household_no, area_id, address) VALUES (:no, :area, :address)"),
        {sql::bind(":no", householdNo), sql::bind(":area", areaId), sql::bind(":address", address)});
}

Result<qint64> RegistrationStore::idNumberHolder(const QString& idNumber, qint64 exceptPerson) const
{
    auto id = sql::scalar(
        m_db, QStringLiteral("SELECT id FROM persons WHERE id_number = :number AND id <> :person"),
        {sql::bind(":number", idNumber), sql::bind(":person", exceptPerson)});
    if (!id)
        return id.error();
    return id->isValid() ? id->toLongLong() : qint64(0);
}

Result<std::optional<RegistrationOfficer>> RegistrationStore::oneOfficer(const QString& where,
                                                                         const QVariant& value) const
{
    auto found = sql::query(
        m_db,
        QStringLiteral("SELECT id, badge, name, coalesce(station_id, 0) FROM users WHERE active = 1 AND %1")
            .arg(where),
        {sql::bind(":value", value)});
    if (!found)
        return found.error();
    QSqlQuery& q = found.value();
    if (!q.next())
        return std::optional<RegistrationOfficer>();
    return std::optional<RegistrationOfficer>(RegistrationOfficer{
        q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toLongLong()});
}

Result<std::optional<RegistrationOfficer>> RegistrationStore::officer(qint64 id) const
{
    return oneOfficer(QStringLiteral("id = :value"), id);
}

Result<std::optional<RegistrationOfficer>> RegistrationStore::officerByBadge(const QString& badge) const
{
    return oneOfficer(QStringLiteral("badge = :value"), badge);
}

Result<QList<RegistrationOfficer>> RegistrationStore::officers(qint64 stationId) const
{
    auto found =
        sql::query(m_db,
                   QStringLiteral("SELECT id, badge, name, coalesce(station_id, 0) FROM users "
                                  "WHERE active = 1 AND (station_id = :station OR station_id IS NULL) "
                                  "ORDER BY name, badge"),
                   {sql::bind(":station", stationId)});
    if (!found)
        return found.error();
    QSqlQuery& q = found.value();
    QList<RegistrationOfficer> rows;
    while (q.next())
        rows << RegistrationOfficer{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                                    q.value(3).toLongLong()};
    return rows;
}

Result<QList<RegistrationHousehold>> RegistrationStore::households(qint64 stationId) const
{
    auto found = sql::query(m_db,
                            QStringLiteral("SELECT h.id, h.area_id, a.station_id, h.household_no, h.address "
                                           "FROM households h JOIN areas a ON a.id = h.area_id "
                                           "WHERE a.station_id = :station ORDER BY h.household_no"),
                            {sql::bind(":station", stationId)});
    if (!found)
        return found.error();
    QSqlQuery& q = found.value();
    QList<RegistrationHousehold> rows;
    while (q.next())
        rows << RegistrationHousehold{q.value(0).toLongLong(), q.value(1).toLongLong(),
                                      q.value(2).toLongLong(), q.value(3).toString(), q.value(4).toString()};
    return rows;
}

Result<qint64> RegistrationStore::count(const QString& statement, qint64 operationId) const
{
    auto n = sql::scalar(m_db, statement, {sql::bind(":op", operationId)});
    if (!n)
        return n.error();
    return n->toLongLong();
}

Result<qint64> RegistrationStore::registered(qint64 operationId) const
{
    return count(QStringLiteral("SELECT count(*) FROM registrations WHERE stage IN ('registered', 'id_card') "
                                "AND %1")
                     .arg(kFoundIn),
                 operationId);
}

Result<qint64> RegistrationStore::idCards(qint64 operationId) const
{
    return count(
        QStringLiteral("SELECT count(*) FROM registrations WHERE stage = 'id_card' AND %1").arg(kFoundIn),
        operationId);
}

Result<qint64> RegistrationStore::registeredFromEvents(qint64 operationId) const
{
    return count(QStringLiteral("SELECT count(DISTINCT person_id) FROM registration_events "
                                "WHERE stage = 'registered' AND %1")
                     .arg(kFoundIn),
                 operationId);
}

Result<qint64> RegistrationStore::idCardsFromEvents(qint64 operationId) const
{
    return count(QStringLiteral("SELECT count(DISTINCT person_id) FROM registration_events "
                                "WHERE stage = 'id_card' AND %1")
                     .arg(kFoundIn),
                 operationId);
}

} // namespace hc
