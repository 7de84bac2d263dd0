#include "core/matching/MissingFoundStore.h"

#include "core/storage/Sql.h"

namespace hc {

namespace {
sql::Binds idBind(const QVariant& id)
{
    return id.isValid() ? sql::Binds{{QStringLiteral(":id"), id}} : sql::Binds{};
}
} // namespace

Result<QHash<qint64, QList<IdentifyingMark>>> MissingFoundStore::marks(const QString& ownerColumn,
                                                                       const QString& join,
                                                                       const QString& where,
                                                                       const QVariant& id) const
{
    auto q =
        sql::query(m_db,
                   QStringLiteral("SELECT m.%1, m.kind, m.location, m.description FROM identifying_marks m "
                                  "JOIN %2 WHERE %3 ORDER BY m.id")
                       .arg(ownerColumn, join, where),
                   idBind(id));
    if (!q)
        return q.error();
    QHash<qint64, QList<IdentifyingMark>> out;
    while (q.value().next())
        out[q->value(0).toLongLong()]
            << IdentifyingMark{0, q->value(1).toString(), q->value(2).toString(), q->value(3).toString()};
    return out;
}

Result<QList<MissingFoundMatcher::Missing>> MissingFoundStore::cases(const QString& where,
                                                                     const QVariant& id) const
{
    auto q = sql::query(
        m_db,
        QStringLiteral(
            "SELECT c.id, c.case_no, coalesce(c.subject_name, p.name, ''), coalesce(c.subject_sex, p.sex, "
            "''), "
            "coalesce(c.subject_birth_year, p.birth_year, CAST(substr(p.birth_date, 1, 4) AS INTEGER), 0), "
            "coalesce(c.subject_height_cm, 0), coalesce(c.last_seen_date, ''), coalesce(c.last_seen_place, "
            "''), "
            "coalesce(c.station_id, 0), coalesce(st.name, ''), c.status, coalesce(c.description, ''), "
            "coalesce(c.subject_person_id, 0) "
            "FROM cases c LEFT JOIN persons p ON p.id = c.subject_person_id "
            "LEFT JOIN stations st ON st.id = c.station_id WHERE %1 ORDER BY c.id")
            .arg(where),
        idBind(id));
    if (!q)
        return q.error();
    QList<MissingFoundMatcher::Missing> out;
    while (q.value().next()) {
        MissingFoundMatcher::Missing m;
        m.id = q->value(0).toLongLong();
        m.caseNo = q->value(1).toString();
        m.name = q->value(2).toString();
        m.sex = q->value(3).toString();
        m.birthYear = q->value(4).toInt();
        m.heightCm = q->value(5).toInt();
        m.lastSeen = QDate::fromString(q->value(6).toString().left(10), Qt::ISODate);
        m.lastSeenPlace = q->value(7).toString();
        m.stationId = q->value(8).toLongLong();
        m.station = q->value(9).toString();
        m.status = q->value(10).toString();
        m.description = q->value(11).toString();
        m.personId = q->value(12).toLongLong();
        out << m;
    }
    const auto marked =
        marks(QStringLiteral("case_id"), QStringLiteral("cases c ON c.id = m.case_id"), where, id);
    if (!marked)
        return marked.error();
    for (MissingFoundMatcher::Missing& m : out)
        m.marks = marked->value(m.id);
    return out;
}

Result<QList<MissingFoundMatcher::Found>> MissingFoundStore::found(const QString& where,
                                                                   const QVariant& id) const
{
    auto q = sql::query(
        m_db,
        QStringLiteral("SELECT f.id, f.record_no, f.circumstance, coalesce(f.sex, ''), "
                       "coalesce(f.age_min, -1), coalesce(f.age_max, -1), coalesce(f.height_cm, 0), "
                       "coalesce(f.name_given, ''), f.place_found, f.found_date, "
                       "coalesce(f.station_id, 0), coalesce(st.name, ''), f.status "
                       "FROM found_persons f LEFT JOIN stations st ON st.id = f.station_id "
                       "WHERE %1 ORDER BY f.id")
            .arg(where),
        idBind(id));
    if (!q)
        return q.error();
    QList<MissingFoundMatcher::Found> out;
    while (q.value().next()) {
        MissingFoundMatcher::Found f;
        f.id = q->value(0).toLongLong();
        f.recordNo = q->value(1).toString();
        f.circumstance = q->value(2).toString();
        f.sex = q->value(3).toString();
        f.ageMin = q->value(4).toInt();
        f.ageMax = q->value(5).toInt();
        f.heightCm = q->value(6).toInt();
        f.name = q->value(7).toString().trimmed();
        f.place = q->value(8).toString();
        f.found = QDate::fromString(q->value(9).toString().left(10), Qt::ISODate);
        f.stationId = q->value(10).toLongLong();
        f.station = q->value(11).toString();
        f.status = q->value(12).toString();
        out << f;
    }
    const auto marked = marks(QStringLiteral("found_person_id"),
                              QStringLiteral("found_persons f ON f.id = m.found_person_id"), where, id);
    if (!marked)
        return marked.error();
    for (MissingFoundMatcher::Found& f : out)
        f.marks = marked->value(f.id);
    return out;
}

Result<QList<MissingFoundMatcher::Missing>> MissingFoundStore::caseById(qint64 caseId) const
{
    return cases(QStringLiteral("c.id = :id"), caseId);
}

Result<QList<MissingFoundMatcher::Missing>> MissingFoundStore::activeCases() const
{
    return cases(QStringLiteral("c.status IN ('open', 'investigating')"), {});
}

Result<QList<MissingFoundMatcher::Found>> MissingFoundStore::foundById(qint64 foundPersonId) const
{
    return found(QStringLiteral("f.id = :id"), foundPersonId);
}

Result<QList<MissingFoundMatcher::Found>> MissingFoundStore::openFound() const
{
    return found(QStringLiteral("f.status = 'open'"), {});
}

Result<QList<MissingFoundMatcher::Found>> MissingFoundStore::unregisteredFound() const
{
    auto q = sql::query(
        m_db,
        QStringLiteral(
            "SELECT p.id, coalesce(h.household_no, ''), coalesce(p.sex, ''), "
            "coalesce(p.birth_year, CAST(substr(p.birth_date, 1, 4) AS INTEGER), 0), p.name, "
            "coalesce(h.address, ''), f.found_at, coalesce(a.station_id, 0), coalesce(st.name, ''), "
            "coalesce(r.stage, 'found'), coalesce(p.notes, ''), coalesce(f.notes, '') "
            "FROM (SELECT s.person_id, min(s.screened_at) AS found_at, min(v.household_id) AS household_id, "
            "      max(s.notes) AS notes "
            "      FROM screenings s LEFT JOIN visits v ON v.id = s.visit_id "
            "      WHERE s.status = 'unregistered_found' GROUP BY s.person_id) f "
            "JOIN persons p ON p.id = f.person_id "
            "LEFT JOIN registrations r ON r.person_id = p.id "
            "LEFT JOIN households h ON h.id = coalesce(f.household_id, p.household_id) "
            "LEFT JOIN areas a ON a.id = h.area_id "
            "LEFT JOIN stations st ON st.id = a.station_id ORDER BY p.id"));
    if (!q)
        return q.error();
    QList<MissingFoundMatcher::Found> out;
    while (q.value().next()) {
        MissingFoundMatcher::Found f;
        f.unregistered = true;
        f.id = q->value(0).toLongLong();
        f.recordNo = q->value(1).toString();
        f.sex = q->value(2).toString();
        f.birthYear = q->value(3).toInt();
        f.name = q->value(4).toString().trimmed();
        f.place = q->value(5).toString();
        f.found = QDate::fromString(q->value(6).toString().left(10), Qt::ISODate);
        f.stationId = q->value(7).toLongLong();
        f.station = q->value(8).toString();
        f.status = q->value(9).toString();
        f.notes = (q->value(10).toString() + QLatin1Char(' ') + q->value(11).toString()).trimmed();
        out << f;
    }
    return out;
}

Result<QSet<qint64>> MissingFoundStore::ids(const QString& select, qint64 id) const
{
    auto q = sql::query(m_db, select, idBind(id));
    if (!q)
        return q.error();
    QSet<qint64> out;
    while (q.value().next())
        out.insert(q->value(0).toLongLong());
    return out;
}

Result<QSet<qint64>> MissingFoundStore::ruledOutForCase(qint64 caseId) const
{
    return ids(QStringLiteral("SELECT found_person_id FROM match_rule_outs WHERE case_id = :id"), caseId);
}

Result<QSet<qint64>> MissingFoundStore::ruledOutForFound(qint64 foundPersonId) const
{
    return ids(QStringLiteral("SELECT case_id FROM match_rule_outs WHERE found_person_id = :id"),
               foundPersonId);
}

Result<QSet<qint64>> MissingFoundStore::ruledOutPersonsForCase(qint64 caseId) const
{
    return ids(QStringLiteral("SELECT person_id FROM unregistered_rule_outs WHERE case_id = :id"), caseId);
}

Result<qint64> MissingFoundStore::idOf(const QString& select, const QString& number) const
{
    const auto id = sql::scalar(m_db, select, {{QStringLiteral(":no"), number}});
    if (!id)
        return id.error();
    return id->toLongLong();
}

Result<qint64> MissingFoundStore::caseIdOf(const QString& caseNo) const
{
    return idOf(QStringLiteral("SELECT id FROM cases WHERE case_no = :no"), caseNo);
}

Result<qint64> MissingFoundStore::foundPersonIdOf(const QString& recordNo) const
{
    return idOf(QStringLiteral("SELECT id FROM found_persons WHERE record_no = :no"), recordNo);
}

} // namespace hc
