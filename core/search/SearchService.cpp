#include "core/search/SearchService.h"

#include "core/storage/Database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace hc {

SearchService::SearchService(Database& db) : m_db(db) {}

Result<QList<SearchHit>> SearchService::search(const QString& query, int limit) const
{
    // Full-width digits/letters typed on a Chinese keyboard match their ASCII forms.
    const QString q = query.normalized(QString::NormalizationForm_KC).simplified();
    if (q.size() < 2)
        return invalid(QStringLiteral("query"), tr("Type at least 2 characters to search."));

    QList<SearchHit> hits;
    QSqlQuery sql(m_db.sql());
    auto fill = [&hits](QSqlQuery& r) {
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
    };

    if (q.size() < 3) {
        // Two characters: a full name or a name prefix, by the persons_name index (a range,
        // so the index is used whatever the LIKE settings), and an exact household number.
        sql.prepare(QStringLiteral(
            "SELECT 0, p.id, p.name, coalesce(p.id_number, ''), h.id, h.household_no, h.address "
            "FROM persons p LEFT JOIN households h ON h.id = p.household_id "
            "WHERE p.name >= ? AND p.name < ? ORDER BY p.name = ? DESC, p.name, p.id LIMIT ?"));
        // U+10FFFF sorts after every character in SQLite's binary (UTF-8) order.
        sql.addBindValue(q);
        sql.addBindValue(q + QString::fromUcs4(U"\U0010FFFF", 1));
        sql.addBindValue(q);
        sql.addBindValue(limit);
        if (!sql.exec())
            return storageError(sql.lastError().text());
        fill(sql);
        return hits;
    }

    QString phrase = q;
    phrase.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    phrase = QLatin1Char('"') + phrase + QLatin1Char('"');
    sql.prepare(
        QStringLiteral("WITH m AS (SELECT rowid AS r FROM search_fts WHERE search_fts MATCH ? LIMIT ?) "
                       "SELECT 0, p.id, p.name, coalesce(p.id_number, ''), h.id, h.household_no, h.address "
                       "FROM m JOIN persons p ON p.id = m.r / 2 LEFT JOIN households h ON h.id = "
                       "p.household_id WHERE m.r % 2 = 0 "
                       "UNION ALL "
                       "SELECT 1, h.id, h.household_no, h.address, h.id, h.household_no, h.address "
                       "FROM m JOIN households h ON h.id = m.r / 2 WHERE m.r % 2 = 1"));
    sql.bindValue(0, phrase);
    sql.bindValue(1, limit);
    if (!sql.exec())
        return storageError(sql.lastError().text());
    fill(sql);
    return hits;
}

} // namespace hc
