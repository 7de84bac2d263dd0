#pragma once
// The frame of one import: opens the CSV, maps the header, runs the rows in one transaction,
// reports progress, honours cancel, writes the import's audit record and commits, or rolls
// everything back on a fatal error. Each importer supplies only its row handling.

#include "core/auth/Actor.h"
#include "core/imports/CsvReader.h"
#include "core/imports/ImportTypes.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace hc {

class Database;

class ImportRun
{
    Q_DECLARE_TR_FUNCTIONS(hc::ImportRun)
public:
    enum class RowResult
    {
        Imported,
        Updated,
        Unchanged,
        Rejected,
        Fatal
    };

    ImportRun(Database& db, const Actor& actor, const QString& path, const ImportOptions& options);

    // What a row handler reports besides its result: why a row was rejected, or the error
    // that stops the whole import.
    struct RowContext
    {
        ImportIssue issue;
        Error fatal;
        qint64 estimatedRows = 0; // the file's row count, estimated once enough of it was read
        RowResult reject(const char* column, QString reason)
        {
            issue.column = QLatin1String(column);
            issue.reason = std::move(reason);
            return RowResult::Rejected;
        }
        RowResult fail(Error e)
        {
            fatal = std::move(e);
            return RowResult::Fatal;
        }
        RowResult fail(const QSqlQuery& failed) { return fail(storageError(failed.lastError().text())); }
    };
    // Called for each data row whose required columns are all filled in.
    using RowHandler = std::function<RowResult(const QStringList& row, RowContext& ctx)>;

    // `prepare` runs after the header is mapped, inside the transaction.
    ImportReport execute(const QList<ColumnSpec>& spec, const QString& auditAction,
                         const QJsonObject& auditExtra,
                         const std::function<Status(const HeaderMap&)>& prepare, const RowHandler& handler);

private:
    Database& m_db;
    const Actor& m_actor;
    QString m_path;
    const ImportOptions& m_options;
};

// Date and time parsing shared by the imports.
QDate parseDate(const QString& text); // YYYY-MM-DD, YYYY/M/D, YYYYMMDD, YYYY.M.D
// YYYY-MM-DD HH:MM[:SS], ISO 8601 with T, YYYY/M/D H:MM; a wall-clock time (spec UTC, no zone).
QDateTime parseDateTime(const QString& text);
QDateTime wallClock(const QDateTime& localTime); // a local time in the same convention

} // namespace hc
