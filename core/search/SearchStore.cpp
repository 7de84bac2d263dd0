#include "core/search/SearchStore.h"

#include "core/storage/Sql.h"

namespace hc {

namespace {
// Columns: kind (0 person, 1 household), id, title, detail, household id, number, address.
Result<QList<SearchHit>> read(Result<QSqlQuery> found)
{
    if (!found)
        return found.error();
    QSqlQuery& r = found.value();
    QList<SearchHit> hits;
    while (r.next()) {
        SearchHit h;
        h.kind = r.value(0).toInt() == 0 ? SearchHit::Kind::Person : SearchHit::Kind::Household;
        h.id = r.value(1).toLongLong();
        h.title = r.value(2).toString();
        h.detail = r.value(3).toString();
        h.householdId = r.value(4).toLongLong();
        h.householdNo = r.value(5).toString();
        h.address = r.value(6).toString();
        hits << h;
    }
    return hits;
}
} // namespace

Result<QList<SearchHit>> SearchStore::byNamePrefix(const QString& prefix, int limit, qint64 stationId) const
{
    // A range, so the persons_name index is used whatever the LIKE settings; U+10FFFF sorts
    // after every character in SQLite's binary (UTF-8) order.
    return read(sql::query(
        m_db,
        QStringLiteral("SELECT 0, p.id, p.name, coalesce(p.id_number, ''), h.id, h.household_no, h.address "
                       "FROM persons p LEFT JOIN households h ON h.id = p.household_id "
                       "LEFT JOIN areas a ON a.id = h.area_id "
                       "WHERE p.name >= :from AND p.name < :to AND (:station = 0 OR a.station_id = :station) "
                       "ORDER BY p.name = :from DESC, p.name, p.id LIMIT :limit"),
        {{QStringLiteral(":from"), prefix},
         {QStringLiteral(":to"), prefix + QString::fromUcs4(U"\U0010FFFF", 1)},
         {QStringLiteral(":station"), stationId},
         {QStringLiteral(":limit"), limit}}));
}

// PostgreSQL: the pg_trgm GIN indexes of schema-1 (pg variant) serve ILIKE '%text%' on each
// searched column; like FTS5's trigram tokenizer, case-insensitive and within one column.
Result<QList<SearchHit>> SearchStore::byTrigramPostgres(const QString& text, int limit,
                                                        qint64 stationId) const
{
    QString pattern = text;
    pattern.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    pattern.replace(QLatin1Char('%'), QStringLiteral("\\%"));
    pattern.replace(QLatin1Char('_'), QStringLiteral("\\_"));
    pattern = QLatin1Char('%') + pattern + QLatin1Char('%');
    return read(sql::query(
        m_db,
        QStringLiteral(
            "SELECT * FROM ("
            "SELECT 0 AS kind, p.id AS id, p.name AS title, coalesce(p.id_number, '') AS detail, "
            "h.id AS household_id, h.household_no, h.address "
            "FROM persons p LEFT JOIN households h ON h.id = p.household_id "
            "LEFT JOIN areas a ON a.id = h.area_id "
            "WHERE (p.name ILIKE :p1 OR p.id_number ILIKE :p2 OR p.phone ILIKE :p3) "
            "AND (:s1 = 0 OR a.station_id = :s2) "
            "UNION ALL "
            "SELECT 1, h.id, h.household_no, h.address, h.id, h.household_no, h.address "
            "FROM households h JOIN areas a ON a.id = h.area_id "
            "WHERE (h.household_no ILIKE :p4 OR h.address ILIKE :p5) AND (:s3 = 0 OR a.station_id = :s4)"
            ") m ORDER BY m.id * 2 + m.kind LIMIT :limit"),
        {{QStringLiteral(":p1"), pattern},
         {QStringLiteral(":p2"), pattern},
         {QStringLiteral(":p3"), pattern},
         {QStringLiteral(":p4"), pattern},
         {QStringLiteral(":p5"), pattern},
         {QStringLiteral(":s1"), stationId},
         {QStringLiteral(":s2"), stationId},
         {QStringLiteral(":s3"), stationId},
         {QStringLiteral(":s4"), stationId},
         {QStringLiteral(":limit"), limit}}));
}

Result<QList<SearchHit>> SearchStore::byTrigram(const QString& text, int limit, qint64 stationId) const
{
    if (m_db.driverName() == QLatin1String("QPSQL"))
        return byTrigramPostgres(text, limit, stationId);
    QString phrase = text;
    phrase.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    phrase = QLatin1Char('"') + phrase + QLatin1Char('"');
    // Every station: the index's first `limit` matches. One station: the matches are filtered
    // by station before the limit, so another station's many matches cannot hide this one's.
    const QString matches = stationId == 0 ? QStringLiteral("LIMIT :limit") : QString();
    return read(sql::query(
        m_db,
        QStringLiteral(
            "WITH m AS (SELECT rowid AS r FROM search_fts WHERE search_fts MATCH :phrase %1) "
            "SELECT * FROM ("
            "SELECT 0, p.id, p.name, coalesce(p.id_number, ''), h.id, h.household_no, h.address "
            "FROM m JOIN persons p ON p.id = m.r / 2 LEFT JOIN households h ON h.id = p.household_id "
            "LEFT JOIN areas a ON a.id = h.area_id "
            "WHERE m.r % 2 = 0 AND (:station = 0 OR a.station_id = :station) "
            "UNION ALL "
            "SELECT 1, h.id, h.household_no, h.address, h.id, h.household_no, h.address "
            "FROM m JOIN households h ON h.id = m.r / 2 JOIN areas a ON a.id = h.area_id "
            "WHERE m.r % 2 = 1 AND (:station = 0 OR a.station_id = :station)) LIMIT :limit")
            .arg(matches),
        {{QStringLiteral(":phrase"), phrase},
         {QStringLiteral(":station"), stationId},
         {QStringLiteral(":limit"), limit}}));
}

} // namespace hc
