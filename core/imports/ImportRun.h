#pragma once
// The frame of one import: opens the CSV file or workbook, maps the header, runs the rows in one transaction,
// rejects a row whose fields the reader flagged (control characters, oversized) or that
// exceeds a column's length or lacks a required value, reports progress, honours cancel,
// writes the import's audit record and commits, or rolls everything back on a fatal error.
// Each importer supplies only its row handling (ImportRun::Rows).

#include "core/auth/Actor.h"
#include "core/imports/ImportDates.h"
#include "core/imports/ImportStore.h"
#include "core/imports/ImportTypes.h"
#include "core/imports/ReadAheadReader.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonObject>

namespace hc {

class Database;
class SearchIndexDeferral;
class Transaction;

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

    // What a row handler reports besides its result: why a row was rejected, or the error
    // that stops the whole import.
    struct RowContext
    {
        ImportIssue issue;
        Error fatal;
        qint64 estimatedRows = 0; // the file's row count, estimated once enough of it was read
        std::any prepared;        // what Rows::prepare() made of the row
        RowResult reject(const char* column, QString reason)
        {
            issue.column = QLatin1String(column);
            issue.reason = std::move(reason);
            return RowResult::Rejected;
        }
        // A row error: the column in `field`, the reason in `message`.
        RowResult reject(const Error& e)
        {
            issue.column = e.field;
            issue.reason = e.message;
            return RowResult::Rejected;
        }
        RowResult fail(Error e)
        {
            fatal = std::move(e);
            return RowResult::Fatal;
        }
    };

    // An importer's part: begin() runs inside the transaction once the header is mapped,
    // row() for each data row that passed the frame's checks, end() after the last row,
    // before the search index is filled and the transaction commits.
    // prepare(), optional, is the part of a row's handling that needs no database (reading and
    // checking its fields into a value, kept in ctx.prepared): it runs ahead on the reader's
    // thread, in file order, for each data row that passed the frame's checks (`dataRow`
    // counts them from 1), and returns Imported to go on or Rejected (ctx.reject).
    // An importer that writes rows later than it reads them (in batches) names, after a
    // failure, the data row it concerns with failedRow(); 0 means the row just handed over.
    class Rows
    {
    public:
        virtual ~Rows() = default;
        virtual Status begin(const HeaderMap& header) = 0;
        virtual RowResult prepare(const QStringList& fields, qint64 dataRow, RowContext& ctx)
        {
            Q_UNUSED(fields);
            Q_UNUSED(dataRow);
            Q_UNUSED(ctx);
            return RowResult::Imported;
        }
        virtual RowResult row(const QStringList& fields, RowContext& ctx) = 0;
        virtual Status end() { return {}; }
        virtual qint64 failedRow() const { return 0; }
    };

    ImportRun(Database& db, const Actor& actor, const QString& path, const ImportOptions& options);
    ImportReport execute(const QList<ColumnSpec>& spec, const QString& auditAction,
                         const QJsonObject& auditExtra, Rows& rows);

private:
    // Opens the file and maps its header; false with m_report.fatal set when it cannot.
    bool openFile(const QList<ColumnSpec>& spec);
    // Reads and hands out every data row; an error that stops the import, if any.
    std::optional<Error> runRows(const QList<ColumnSpec>& spec, Rows& rows);
    RowResult checkRow(const QList<ColumnSpec>& spec, const QStringList& fields,
                       const TableReader::FieldProblem& problem, RowContext& ctx) const;
    // The frame's checks and the importer's prepare() for the data row `dataRow`.
    RowResult prepareRow(const QList<ColumnSpec>& spec, Rows& rows, const QStringList& fields,
                         const TableReader::FieldProblem& problem, qint64 dataRow, qint64 bytesRead,
                         RowContext& ctx) const;
    void count(RowResult result, RowContext& ctx);
    // The search index, the audit record and the commit.
    std::optional<Error> finish(const QString& auditAction, const QJsonObject& auditExtra,
                                SearchIndexDeferral& deferral, Transaction& tx);
    ImportReport failWith(Error e);
    Error rowFailure(Error e, qint64 row) const;

    Database& m_db;
    const Actor& m_actor;
    QString m_path;
    const ImportOptions& m_options;
    ImportStore m_store;
    QStringList m_header;
    std::optional<HeaderMap> m_map;
    QList<int> m_positions; // of each spec column in the file, -1 when absent
    ImportReport m_report;
    QElapsedTimer m_timer;
    // From openFile(). Last: destroyed first, its thread stops before the members it reads.
    std::unique_ptr<ReadAheadReader> m_reader;
};

} // namespace hc
