#include "core/exports/ExportService.h"

#include "core/auth/Scope.h"
#include "core/exports/ExportStore.h"
#include "core/exports/XlsxWriter.h"
#include "core/imports/CsvWriter.h"
#include "core/operations/OperationService.h"
#include "core/storage/Database.h"

#include <QFileInfo>
#include <QSaveFile>

namespace hc {

ExportService::ExportService(Database& db, Actor actor) : m_db(db), m_actor(std::move(actor)) {}

Result<qint64> ExportService::exportRegistry(const QString& path)
{
    if (!m_actor.can(Right::ImportRegistry))
        return refused(m_db.sql(), m_actor, QStringLiteral("registry"), {},
                       denied(Roles::deniedMessage(m_actor, tr("export the registry"))));
    const QStringList headers = {QStringLiteral("station"),      QStringLiteral("area"),
                                 QStringLiteral("household_no"), QStringLiteral("address"),
                                 QStringLiteral("id_number"),    QStringLiteral("name"),
                                 QStringLiteral("sex"),          QStringLiteral("birth_date"),
                                 QStringLiteral("phone"),        QStringLiteral("relation")};
    ExportStore store(m_db);
    // Every column text but the birth date (numbers of nine or eighteen digits stay as written).
    QList<XlsxWriter::Kind> kinds(headers.size(), XlsxWriter::Kind::Text);
    kinds[headers.indexOf(QStringLiteral("birth_date"))] = XlsxWriter::Kind::Date;
    return audited(
        QStringLiteral("registry"), path,
        write(path, headers, kinds, false, [&store](const auto& sink) { return store.registryRows(sink); }));
}

Result<qint64> ExportService::exportVisits(const QString& operationName, const QString& path)
{
    if (!m_actor.can(Right::ImportVisits))
        return refused(m_db.sql(), m_actor, QStringLiteral("visits"), {},
                       denied(Roles::deniedMessage(m_actor, tr("export field sheets"))));
    const auto op = OperationService(m_db, m_actor).find(operationName);
    if (!op)
        return op.error();
    const QStringList headers = {QStringLiteral("household_no"), QStringLiteral("visited_at"),
                                 QStringLiteral("badge"),        QStringLiteral("outcome"),
                                 QStringLiteral("id_number"),    QStringLiteral("name"),
                                 QStringLiteral("status"),       QStringLiteral("whereabouts"),
                                 QStringLiteral("verified_by"),  QStringLiteral("notes")};
    ExportStore store(m_db);
    const qint64 id = op->id;
    QList<XlsxWriter::Kind> kinds(headers.size(), XlsxWriter::Kind::Text);
    kinds[headers.indexOf(QStringLiteral("visited_at"))] = XlsxWriter::Kind::DateTime;
    return audited(QStringLiteral("visits"), path,
                   write(path, headers, kinds, false,
                         [&store, id](const auto& sink) { return store.visitRows(id, sink); }));
}

QString ExportService::filterLine(const QString& filters)
{
    return filters.isEmpty() ? QString() : tr("Filters: %1").arg(filters);
}

Result<qint64> ExportService::exportList(const QString& what, const QString& path, const QStringList& headers,
                                         const QList<QStringList>& rows, const QString& filters)
{
    const QString note = filterLine(filters);
    if (path.endsWith(QStringLiteral(".xlsx"), Qt::CaseInsensitive))
        return audited(what, path,
                       XlsxWriter::write(path, QFileInfo(path).completeBaseName(), headers, rows, note));
    return audited(what, path,
                   write(
                       path, headers, {}, true,
                       [&rows](const auto& sink) {
                           for (const QStringList& row : rows)
                               sink(row);
                           return Result<qint64>(qint64(rows.size()));
                       },
                       note));
}

Result<qint64> ExportService::audited(const QString& what, const QString& path, Result<qint64> written)
{
    if (!written)
        return written;
    if (Status s = auditRead(m_db.sql(), m_actor, QStringLiteral("export"), what, {},
                             {{QStringLiteral("path"), path}, {QStringLiteral("rows"), *written}});
        !s)
        return s.error();
    return written;
}

Result<qint64> ExportService::write(const QString& path, const QStringList& headers,
                                    const QList<XlsxWriter::Kind>& kinds, bool bom, const Rows& rows,
                                    const QString& note)
{
    if (path.endsWith(QStringLiteral(".xlsx"), Qt::CaseInsensitive))
        // Row by row in constant memory; a city of more than a million residents goes on as
        // many sheets as it needs.
        return XlsxWriter::write(path, {QFileInfo(path).completeBaseName(), headers, kinds, note}, rows);
    QSaveFile file(path);
    const auto failed = [&] {
        return Error{QStringLiteral("file"), tr("Cannot write %1: %2").arg(path, file.errorString()),
                     Error::Kind::Io};
    };
    if (!file.open(QIODevice::WriteOnly))
        return failed();
    CsvWriter csv(&file, bom);
    if (!note.isEmpty())
        csv.writeRow({note});
    csv.writeRow(headers);
    const auto written = rows([&csv](const QStringList& row) { csv.writeRow(row); });
    if (!written)
        return written.error(); // the file is left as it was
    if (!file.commit())
        return failed();
    return written;
}

} // namespace hc
