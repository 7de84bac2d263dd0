#include "core/imports/ImportRun.h"

#include "core/audit/AuditLog.h"
#include "core/common/Logging.h"
#include "core/storage/Database.h"
#include "core/storage/SearchIndexDeferral.h"
#include "core/storage/Transaction.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlError>

namespace hc {

ImportRun::ImportRun(Database& db, const Actor& actor, const QString& path, const ImportOptions& options)
    : m_db(db), m_actor(actor), m_path(path), m_options(options)
{
}

ImportReport ImportRun::execute(const QList<ColumnSpec>& spec, const QString& auditAction,
                                const QJsonObject& auditExtra,
                                const std::function<Status(const HeaderMap&)>& prepare,
                                const RowHandler& handler)
{
    ImportReport report;
    CsvReader reader(m_path);
    if (Status s = reader.open(); !s) {
        report.fatal = s.error();
        return report;
    }
    report.encoding = reader.encodingName();
    QStringList row;
    if (!reader.next(row)) {
        report.fatal = reader.hasError()
                           ? reader.error()
                           : invalid(QStringLiteral("header"), tr("The file %1 is empty.").arg(m_path));
        return report;
    }
    auto header = HeaderMap::build(row, spec);
    if (!header) {
        report.fatal = header.error();
        return report;
    }

    Transaction tx(m_db.sql());
    if (!tx.active()) {
        report.fatal = storageError(tr("Cannot start a transaction: %1").arg(m_db.sql().lastError().text()));
        return report;
    }
    // People and households this import creates are indexed for search in one go at the end.
    QElapsedTimer timer;
    timer.start();
    SearchIndexDeferral deferral(m_db.sql());
    if (Status s = deferral.begin(); !s) {
        report.fatal = s.error();
        return report;
    }
    if (Status s = prepare(*header); !s) {
        report.fatal = s.error();
        return report;
    }

    auto failWith = [&report](Error e) {
        // Nothing of this import stays: the transaction rolls back when tx goes out of scope.
        const QString encoding = report.encoding;
        report = ImportReport{};
        report.encoding = encoding;
        report.fatal = std::move(e);
        return report;
    };

    while (reader.next(row)) {
        ++report.rows;
        RowContext ctx;
        // From the bytes behind the first 20,000 rows: lets an importer size its tables once
        // instead of growing them (a growing hash briefly holds two copies).
        if (report.rows >= 20000 && reader.bytesRead() > 0)
            ctx.estimatedRows = reader.totalBytes() * report.rows / reader.bytesRead();
        RowResult result = RowResult::Imported;
        const auto missing = std::find_if(spec.begin(), spec.end(), [&](const ColumnSpec& c) {
            return c.required && header->value(row, c.key).isEmpty();
        });
        if (missing != spec.end())
            result = ctx.reject(missing->key, tr("The required value is empty."));
        else
            result = handler(row, ctx);
        ImportIssue& issue = ctx.issue;
        Error& fatal = ctx.fatal;
        switch (result) {
        case RowResult::Imported:
            ++report.imported;
            break;
        case RowResult::Updated:
            ++report.updated;
            break;
        case RowResult::Unchanged:
            ++report.unchanged;
            break;
        case RowResult::Rejected:
            ++report.rejected;
            issue.row = report.rows;
            report.errors << issue;
            break;
        case RowResult::Fatal:
            fatal.message = tr("Row %1: %2 The import was rolled back; nothing was saved.")
                                .arg(report.rows)
                                .arg(fatal.message);
            return failWith(fatal);
        }
        if (m_options.progress && report.rows % 2000 == 0 &&
            !m_options.progress(reader.bytesRead(), reader.totalBytes()))
            return failWith(
                Error{{}, tr("The import was cancelled; nothing was saved."), Error::Kind::Cancelled});
    }
    if (reader.hasError()) {
        Error e = reader.error();
        e.message += QLatin1Char(' ') + tr("The import was rolled back; nothing was saved.");
        return failWith(e);
    }

    QJsonObject after = auditExtra;
    after.insert(QStringLiteral("file"), QFileInfo(m_path).absoluteFilePath());
    after.insert(QStringLiteral("encoding"), report.encoding);
    for (auto [k, v] : {std::pair{"rows", report.rows},
                        {"imported", report.imported},
                        {"updated", report.updated},
                        {"unchanged", report.unchanged},
                        {"rejected", report.rejected}})
        after.insert(QLatin1String(k), v);
    const qint64 rowsMs = timer.restart();
    if (Status s = deferral.finish(); !s)
        return failWith(s.error());
    const qint64 indexMs = timer.restart();
    AuditLog audit(m_db.sql());
    if (Status s = audit.append(m_actor, auditAction, QStringLiteral("file"), QFileInfo(m_path).fileName(),
                                {}, after);
        !s)
        return failWith(s.error());
    if (m_options.progress)
        m_options.progress(reader.totalBytes(), reader.totalBytes());
    if (!tx.commit())
        return failWith(storageError(tr("Saving failed: %1").arg(m_db.sql().lastError().text())));
    qCInfo(lcImport) << auditAction << m_path << report.rows << "rows" << report.rejected << "rejected;"
                     << rowsMs << "ms rows," << indexMs << "ms search index," << timer.elapsed()
                     << "ms commit";
    return report;
}

namespace {
// "2026", "3", "10" -> numbers; false when a part is empty, not digits, or too long.
bool toParts(QStringView text, QChar separator, int* out, int count, int maxDigits)
{
    int n = 0;
    for (QStringView part : text.split(separator)) {
        if (n == count || part.isEmpty() || part.size() > maxDigits)
            return false;
        bool ok = false;
        out[n++] = part.toInt(&ok);
        if (!ok)
            return false;
    }
    return n == count;
}
} // namespace

QDate parseDate(const QString& text)
{
    // Hand-parsed: QDate::fromString's format engine cost 5% of an import.
    const QStringView t = QStringView(text).trimmed();
    int p[3] = {0, 0, 0};
    if (t.size() == 8 && toParts(t, QLatin1Char('-'), p, 1, 8)) // YYYYMMDD
        return QDate(p[0] / 10000, p[0] / 100 % 100, p[0] % 100);
    for (QChar sep : {QLatin1Char('-'), QLatin1Char('/'), QLatin1Char('.')}) {
        if (t.count(sep) == 2 && t.indexOf(sep) == 4 && toParts(t, sep, p, 3, 4))
            return QDate(p[0], p[1], p[2]); // invalid when impossible (30 Feb)
    }
    return {};
}

QDateTime parseDateTime(const QString& text)
{
    // Wall-clock times of the field sheets, kept without a time zone: building them as UTC
    // spares a mktime()/tzset() per row, 40% of a field-sheet import with QDateTime::fromString.
    const QStringView t = QStringView(text).trimmed();
    qsizetype split = t.indexOf(QLatin1Char('T'));
    if (split < 0)
        split = t.indexOf(QLatin1Char(' '));
    if (split < 0)
        return {};
    const QDate date = parseDate(t.left(split).toString());
    const QStringView clock = t.mid(split + 1).trimmed();
    int p[3] = {0, 0, 0};
    const bool withSeconds = clock.count(QLatin1Char(':')) == 2;
    if (!date.isValid() || !toParts(clock, QLatin1Char(':'), p, withSeconds ? 3 : 2, 2) ||
        clock.size() - clock.indexOf(QLatin1Char(':')) - 1 != (withSeconds ? 5 : 2))
        return {};
    const QTime time(p[0], p[1], p[2]);
    if (!time.isValid())
        return {};
    return QDateTime(date, time, Qt::UTC);
}

// The same wall-clock convention for "now".
QDateTime wallClock(const QDateTime& t)
{
    return QDateTime(t.date(), t.time(), Qt::UTC);
}

} // namespace hc
