#include "core/imports/ImportRun.h"

#include "core/audit/AuditLog.h"
#include "core/common/Logging.h"
#include "core/storage/Database.h"
#include "core/storage/SearchIndexDeferral.h"
#include "core/storage/Transaction.h"

#include <QFileInfo>
#include <QSqlError>

namespace hc {

ImportRun::ImportRun(Database& db, const Actor& actor, const QString& path, const ImportOptions& options)
    : m_db(db), m_actor(actor), m_path(path), m_options(options), m_store(db.sql())
{
}

ImportReport ImportRun::execute(const QList<ColumnSpec>& spec, const QString& auditAction,
                                const QJsonObject& auditExtra, Rows& rows)
{
    if (!openFile(spec))
        return m_report;
    // Before the transaction: SQLite refuses some settings inside one.
    if (Status s = m_store.setUpForLoad(m_reader->totalBytes()); !s) {
        m_report.fatal = s.error();
        return m_report;
    }
    Transaction tx(m_db.sql());
    if (!tx.active()) {
        m_report.fatal =
            storageError(tr("Cannot start a transaction: %1").arg(m_db.sql().lastError().text()));
        return m_report;
    }
    if (Status s = m_store.setUpTransaction(); !s) {
        m_report.fatal = s.error();
        return m_report;
    }
    // People and households this import creates are indexed for search in one go at the end.
    m_timer.start();
    SearchIndexDeferral deferral(m_db.sql());
    if (Status s = deferral.begin(); !s) {
        m_report.fatal = s.error();
        return m_report;
    }
    if (Status s = rows.begin(*m_map); !s) {
        m_report.fatal = s.error();
        return m_report;
    }
    if (auto e = runRows(spec, rows))
        return failWith(*e);
    if (Status s = rows.end(); !s)
        return failWith(rows.failedRow() ? rowFailure(s.error(), rows.failedRow()) : s.error());
    if (auto e = finish(auditAction, auditExtra, deferral, tx))
        return failWith(*e);
    return m_report;
}

bool ImportRun::openFile(const QList<ColumnSpec>& spec)
{
    // Parsing and decoding run ahead on a second thread while this one stores rows.
    m_reader = std::make_unique<ReadAheadReader>(TableReader::create(m_path, m_options.sheet));
    if (Status s = m_reader->open(); !s) {
        m_report.fatal = s.error();
        return false;
    }
    m_report.encoding = m_reader->encodingName();
    if (!m_reader->next(m_header)) {
        m_report.fatal = m_reader->hasError()
                             ? m_reader->error()
                             : invalid(QStringLiteral("header"), tr("The file %1 is empty.").arg(m_path));
        return false;
    }
    auto header = HeaderMap::build(m_header, spec, m_options.mapping);
    if (!header) {
        m_report.fatal = header.error();
        return false;
    }
    m_map = std::move(header).value();
    for (const ColumnSpec& c : spec)
        m_positions << m_map->index(c.key);
    return true;
}

// A row's checks and preparation, as run ahead on the reader's thread.
struct PreparedRow
{
    ImportRun::RowResult result;
    ImportRun::RowContext ctx;
};

ImportRun::RowResult ImportRun::prepareRow(const QList<ColumnSpec>& spec, Rows& rows,
                                           const QStringList& fields,
                                           const TableReader::FieldProblem& problem, qint64 dataRow,
                                           qint64 bytesRead, RowContext& ctx) const
{
    // From the bytes behind the first 20,000 rows: lets an importer size its tables once
    // instead of growing them (a growing hash briefly holds two copies).
    if (dataRow >= 20000 && bytesRead > 0)
        ctx.estimatedRows = m_reader->totalBytes() * dataRow / bytesRead;
    const RowResult result = checkRow(spec, fields, problem, ctx);
    return result == RowResult::Rejected ? result : rows.prepare(fields, dataRow, ctx);
}

std::optional<Error> ImportRun::runRows(const QList<ColumnSpec>& spec, Rows& rows)
{
    // Every row after the header is checked and prepared ahead, in order, on the reader's thread.
    m_reader->setPrepare([this, &spec, &rows, dataRow = qint64(0)](const QStringList& fields,
                                                                   const TableReader::FieldProblem& problem,
                                                                   qint64 bytesRead) mutable {
        PreparedRow p;
        p.result = prepareRow(spec, rows, fields, problem, ++dataRow, bytesRead, p.ctx);
        return std::any(std::move(p));
    });
    QStringList fields;
    while (m_reader->next(fields)) {
        ++m_report.rows;
        std::any ahead = m_reader->takePrepared();
        RowContext ctx;
        RowResult result;
        if (auto* prepared = std::any_cast<PreparedRow>(&ahead)) {
            ctx = std::move(prepared->ctx);
            result = prepared->result;
        } else { // not read ahead (the reader gave no prepared value): prepared here
            result = prepareRow(spec, rows, fields, m_reader->problem(), m_report.rows, m_reader->bytesRead(),
                                ctx);
        }
        if (result != RowResult::Rejected)
            result = rows.row(fields, ctx);
        if (result == RowResult::Fatal)
            return rowFailure(std::move(ctx.fatal), rows.failedRow() ? rows.failedRow() : m_report.rows);
        count(result, ctx);
        if (m_options.progress && m_report.rows % 2000 == 0 &&
            !m_options.progress(m_reader->bytesRead(), m_reader->totalBytes()))
            return Error{{}, tr("The import was cancelled; nothing was saved."), Error::Kind::Cancelled};
    }
    if (m_reader->hasError()) {
        Error e = m_reader->error();
        e.message += QLatin1Char(' ') + tr("The import was rolled back; nothing was saved.");
        return e;
    }
    return std::nullopt;
}

// The checks every import shares, before the importer sees the row: what the reader found
// wrong with a field, the columns' length limits, the required values.
ImportRun::RowResult ImportRun::checkRow(const QList<ColumnSpec>& spec, const QStringList& fields,
                                         const TableReader::FieldProblem& problem, RowContext& ctx) const
{
    using Problem = TableReader::FieldProblem;
    if (problem.kind != Problem::Kind::None) {
        ctx.issue.column = m_map->columnName(problem.field, m_header);
        const QString code =
            QStringLiteral("%1").arg(uint(problem.character), 4, 16, QLatin1Char('0')).toUpper();
        ctx.issue.reason =
            problem.kind == Problem::Kind::TooLong
                ? tr("The value is too long: %1 bytes, at most %2.")
                      .arg(problem.bytes)
                      .arg(TableReader::kMaxFieldBytes)
                : tr("The value contains the control character U+%1; only tabs and line breaks are allowed.")
                      .arg(code);
        return RowResult::Rejected;
    }
    // Many exports close with a totals row; it is not a record, and says so.
    if (const QString word = HeaderMap::totalsWord(fields); !word.isEmpty()) {
        ctx.issue.reason = tr("This is a totals row (%1), not a record.").arg(word);
        return RowResult::Rejected;
    }
    for (qsizetype k = 0; k < spec.size(); ++k) {
        const int i = m_positions.at(k);
        if (i >= 0 && i < fields.size() && fields.at(i).size() > spec.at(k).maxLength)
            return ctx.reject(spec.at(k).key, tr("The value is too long: %1 characters, at most %2.")
                                                  .arg(fields.at(i).size())
                                                  .arg(spec.at(k).maxLength));
    }
    for (qsizetype k = 0; k < spec.size(); ++k)
        if (spec.at(k).required && HeaderMap::valueAt(fields, m_positions.at(k)).isEmpty())
            return ctx.reject(spec.at(k).key, tr("The required value is empty."));
    return RowResult::Imported;
}

void ImportRun::count(RowResult result, RowContext& ctx)
{
    switch (result) {
    case RowResult::Imported:
        ++m_report.imported;
        break;
    case RowResult::Updated:
        ++m_report.updated;
        break;
    case RowResult::Unchanged:
        ++m_report.unchanged;
        break;
    case RowResult::Rejected:
        ++m_report.rejected;
        ctx.issue.row = m_report.rows;
        m_report.errors << std::move(ctx.issue);
        break;
    case RowResult::Fatal:
        break;
    }
}

std::optional<Error> ImportRun::finish(const QString& auditAction, const QJsonObject& auditExtra,
                                       SearchIndexDeferral& deferral, Transaction& tx)
{
    QJsonObject after = auditExtra;
    after.insert(QStringLiteral("file"), QFileInfo(m_path).absoluteFilePath());
    after.insert(QStringLiteral("encoding"), m_report.encoding);
    for (auto [k, v] : {std::pair{"rows", m_report.rows},
                        {"imported", m_report.imported},
                        {"updated", m_report.updated},
                        {"unchanged", m_report.unchanged},
                        {"rejected", m_report.rejected}})
        after.insert(QLatin1String(k), v);
    const qint64 rowsMs = m_timer.restart();
    if (Status s = deferral.finish(); !s)
        return s.error();
    const qint64 indexMs = m_timer.restart();
    AuditLog audit(m_db.sql());
    if (Status s = audit.append(m_actor, auditAction, QStringLiteral("file"), QFileInfo(m_path).fileName(),
                                {}, after);
        !s)
        return s.error();
    if (m_options.progress)
        m_options.progress(m_reader->totalBytes(), m_reader->totalBytes());
    if (!tx.commit())
        return storageError(tr("Saving failed: %1").arg(m_db.sql().lastError().text()));
    m_store.restore();
    qCInfo(lcImport) << auditAction << m_path << m_report.rows << "rows" << m_report.rejected << "rejected;"
                     << rowsMs << "ms rows," << indexMs << "ms search index," << m_timer.elapsed()
                     << "ms commit";
    return std::nullopt;
}

Error ImportRun::rowFailure(Error e, qint64 row) const
{
    e.message = tr("Row %1: %2 The import was rolled back; nothing was saved.").arg(row).arg(e.message);
    return e;
}

ImportReport ImportRun::failWith(Error e)
{
    // Nothing of this import stays: the transaction rolls back when it goes out of scope.
    ImportReport report;
    report.encoding = m_report.encoding;
    report.fatal = std::move(e);
    return report;
}

} // namespace hc
