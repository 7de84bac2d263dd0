#include "core/cli/CliExport.h"

#include "core/auth/Actor.h"
#include "core/imports/CsvWriter.h"
#include "core/operations/OperationService.h"
#include "core/storage/Database.h"

#include <QCoreApplication>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>

namespace hc {

namespace {
class ExportText
{
    Q_DECLARE_TR_FUNCTIONS(hc::ExportText)
};

Result<qint64> writeQuery(Database& db, const QString& path, const QStringList& header, QSqlQuery& q)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return Error{QStringLiteral("file"), ExportText::tr("Cannot write %1: %2").arg(path, f.errorString()),
                     Error::Kind::Io};
    Q_UNUSED(db);
    CsvWriter w(&f, false);
    w.writeRow(header);
    qint64 n = 0;
    QStringList row;
    const int columns = int(header.size());
    while (q.next()) {
        row.clear();
        for (int i = 0; i < columns; ++i)
            row << q.value(i).toString();
        w.writeRow(row);
        ++n;
    }
    if (q.lastError().isValid())
        return storageError(q.lastError().text());
    if (!f.commit())
        return Error{QStringLiteral("file"), ExportText::tr("Cannot write %1: %2").arg(path, f.errorString()),
                     Error::Kind::Io};
    return n;
}
} // namespace

Result<qint64> exportRegistryCsv(Database& db, const QString& path)
{
    QSqlQuery q(db.sql());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral(
            "SELECT s.name, a.name, h.household_no, h.address, p.id_number, p.name, p.sex, p.birth_date, "
            "coalesce(p.phone, ''), coalesce(p.relation, '') "
            "FROM persons p JOIN households h ON h.id = p.household_id JOIN areas a ON a.id = h.area_id "
            "JOIN stations s ON s.id = a.station_id WHERE p.id_number IS NOT NULL AND p.registered = 1 "
            "ORDER BY h.id, p.id")))
        return storageError(q.lastError().text());
    return writeQuery(db, path,
                      {QStringLiteral("station"), QStringLiteral("area"), QStringLiteral("household_no"),
                       QStringLiteral("address"), QStringLiteral("id_number"), QStringLiteral("name"),
                       QStringLiteral("sex"), QStringLiteral("birth_date"), QStringLiteral("phone"),
                       QStringLiteral("relation")},
                      q);
}

Result<qint64> exportVisitsCsv(Database& db, const QString& operationName, const QString& path)
{
    const auto op = OperationService(db, Actor{}).find(operationName);
    if (!op)
        return op.error();
    QSqlQuery q(db.sql());
    q.setForwardOnly(true);
    // One row per screening, plus one row with blank person columns for a visit with none.
    q.prepare(QStringLiteral(
        "SELECT h.household_no, replace(v.visited_at, 'T', ' '), u.badge, v.outcome, coalesce(p.id_number, "
        "''), "
        "coalesce(p.name, ''), coalesce(s.status, ''), coalesce(s.whereabouts, ''), coalesce(s.verified_by, "
        "''), "
        "coalesce(s.notes, '') "
        "FROM visits v JOIN households h ON h.id = v.household_id JOIN users u ON u.id = v.officer_id "
        "LEFT JOIN screenings s ON s.visit_id = v.id LEFT JOIN persons p ON p.id = s.person_id "
        "WHERE v.operation_id = ? ORDER BY v.id, s.id"));
    q.addBindValue(op->id);
    if (!q.exec())
        return storageError(q.lastError().text());
    return writeQuery(db, path,
                      {QStringLiteral("household_no"), QStringLiteral("visited_at"), QStringLiteral("badge"),
                       QStringLiteral("outcome"), QStringLiteral("id_number"), QStringLiteral("name"),
                       QStringLiteral("status"), QStringLiteral("whereabouts"), QStringLiteral("verified_by"),
                       QStringLiteral("notes")},
                      q);
}

} // namespace hc
