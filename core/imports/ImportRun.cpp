#include "imports/ImportRun.h"

#include "audit/AuditLog.h"
#include "common/Logging.h"
#include "storage/Database.h"
#include "storage/SearchIndexDeferral.h"
#include "storage/Transaction.h"

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
    if (Status s = deferral.finish(); !s)
        return failWith(s.error());
    AuditLog audit(m_db.sql());
    if (Status s = audit.append(m_actor, auditAction, QStringLiteral("file"), QFileInfo(m_path).fileName(),
                                {}, after);
        !s)
        return failWith(s.error());
    if (m_options.progress)
        m_options.progress(reader.totalBytes(), reader.totalBytes());
    if (!tx.commit())
        return failWith(storageError(tr("Saving failed: %1").arg(m_db.sql().lastError().text())));
    qCInfo(lcImport) << auditAction << m_path << report.rows << "rows" << report.rejected << "rejected";
    return report;
}

QDate parseDate(const QString& text)
{
    const QString t = text.trimmed();
    // The common YYYY-MM-DD form without QDate::fromString's format parser (5% of an import).
    if (t.size() == 10 && t.at(4) == u'-' && t.at(7) == u'-') {
        bool okY = false, okM = false, okD = false;
        const int y = QStringView(t).left(4).toInt(&okY);
        const int m = QStringView(t).mid(5, 2).toInt(&okM);
        const int d = QStringView(t).mid(8, 2).toInt(&okD);
        if (okY && okM && okD)
            return QDate(y, m, d); // invalid when impossible, like fromString
    }
    for (const char* f : {"yyyy-MM-dd", "yyyy/M/d", "yyyyMMdd", "yyyy.M.d", "yyyy-M-d"}) {
        const QDate d = QDate::fromString(t, QLatin1String(f));
        if (d.isValid())
            return d;
    }
    return {};
}

QDateTime parseDateTime(const QString& text)
{
    const QString t = text.trimmed();
    for (const char* f : {"yyyy-MM-dd HH:mm", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-ddTHH:mm",
                          "yyyy-MM-ddTHH:mm:ss", "yyyy/M/d H:mm", "yyyy/M/d H:mm:ss", "yyyy-M-d H:mm"}) {
        const QDateTime d = QDateTime::fromString(t, QLatin1String(f));
        if (d.isValid())
            return d;
    }
    return {};
}

} // namespace hc
