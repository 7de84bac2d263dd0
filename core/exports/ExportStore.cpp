#include "core/exports/ExportStore.h"

#include "core/storage/Database.h"
#include "core/storage/Sql.h"

#include <QSqlError>

namespace hc {

namespace {
constexpr int kColumns = 10; // both exports have ten columns

Result<qint64> passOn(Result<QSqlQuery> q, const ExportStore::RowSink& sink)
{
    if (!q)
        return q.error();
    QSqlQuery& rows = q.value();
    qint64 n = 0;
    QStringList row;
    while (rows.next()) {
        row.clear();
        for (int i = 0; i < kColumns; ++i)
            row << rows.value(i).toString();
        sink(row);
        ++n;
    }
    if (rows.lastError().isValid())
        return sql::failed(rows);
    return n;
}
} // namespace

ExportStore::ExportStore(Database& db) : m_db(db) {}

Result<qint64> ExportStore::registryRows(const RowSink& sink)
{
    return passOn(
        sql::query(
            m_db.sql(),
            QStringLiteral("SELECT s.name, a.name, h.household_no, h.address, p.id_number, p.name, p.sex, "
                           "p.birth_date, coalesce(p.phone, ''), coalesce(p.relation, '') "
                           "FROM persons p JOIN households h ON h.id = p.household_id "
                           "JOIN areas a ON a.id = h.area_id JOIN stations s ON s.id = a.station_id "
                           "WHERE p.id_number IS NOT NULL AND p.registered = 1 ORDER BY h.id, p.id")),
        sink);
}

Result<qint64> ExportStore::visitRows(qint64 operationId, const RowSink& sink)
{
    return passOn(
        sql::query(
            m_db.sql(),
            QStringLiteral("SELECT h.household_no, replace(v.visited_at, 'T', ' '), u.badge, v.outcome, "
                           "coalesce(p.id_number, ''), coalesce(p.name, ''), coalesce(s.status, ''), "
                           "coalesce(s.whereabouts, ''), coalesce(s.verified_by, ''), "
                           "coalesce(s.notes, '') "
                           "FROM visits v JOIN households h ON h.id = v.household_id "
                           "JOIN users u ON u.id = v.officer_id "
                           "LEFT JOIN screenings s ON s.visit_id = v.id "
                           "LEFT JOIN persons p ON p.id = s.person_id "
                           "WHERE v.operation_id = :op ORDER BY v.id, s.id"),
            {{QStringLiteral(":op"), operationId}}),
        sink);
}

} // namespace hc
