#pragma once
// The frame of one import: opens the CSV, maps the header, runs the rows in one transaction,
// reports progress, honours cancel, writes the import's audit record and commits, or rolls
// everything back on a fatal error. Each importer supplies only its row handling.

#include "auth/Actor.h"
#include "imports/CsvReader.h"
#include "imports/ImportTypes.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace hc {

class Database;

class ImportRun
{
    Q_DECLARE_TR_FUNCTIONS(hc::ImportRun)
public:
    enum class RowResult { Imported, Updated, Unchanged, Rejected, Fatal };

    ImportRun(Database& db, const Actor& actor, const QString& path, const ImportOptions& options);

    // Row handler: fills `issue` when returning Rejected, `fatal` when returning Fatal.
    using RowHandler = std::function<RowResult(const QStringList& row, ImportIssue& issue, Error& fatal)>;

    // `prepare` runs after the header is mapped, inside the transaction.
    ImportReport execute(const QList<ColumnSpec>& spec, const QString& auditAction, const QJsonObject& auditExtra,
                         const std::function<Status(const HeaderMap&)>& prepare, const RowHandler& handler);

private:
    Database& m_db;
    const Actor& m_actor;
    QString m_path;
    const ImportOptions& m_options;
};

// Date and time parsing shared by the imports.
QDate parseDate(const QString& text);            // YYYY-MM-DD, YYYY/M/D, YYYYMMDD, YYYY.M.D
QDateTime parseDateTime(const QString& text);    // YYYY-MM-DD HH:MM[:SS], ISO 8601 with T, YYYY/M/D H:MM

} // namespace hc
