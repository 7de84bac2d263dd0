#include "ui/imports/ImportWorker.h"

#include "core/imports/CsvReader.h"
#include "core/imports/OfficerImporter.h"
#include "core/imports/RegistryImporter.h"
#include "core/imports/VisitImporter.h"

#include <QElapsedTimer>
#include <QLoggingCategory>

namespace hc {

namespace {
Q_LOGGING_CATEGORY(lcImportUi, "homecoming.ui.imports")
} // namespace

const QList<ColumnSpec>& ImportWorker::columns(ImportKind kind)
{
    switch (kind) {
    case ImportKind::Officers:
        return OfficerImporter::columns();
    case ImportKind::FieldSheets:
        return VisitImporter::columns();
    case ImportKind::Registry:
        break;
    }
    return RegistryImporter::columns();
}

Right ImportWorker::requiredRight(ImportKind kind)
{
    switch (kind) {
    case ImportKind::Officers:
        return Right::ManageUsers;
    case ImportKind::FieldSheets:
        return Right::ImportVisits;
    case ImportKind::Registry:
        break;
    }
    return Right::ImportRegistry;
}

QStringList ImportWorker::Preview::detected() const
{
    QStringList keys;
    for (const QString& key : columnKeys)
        if (!key.isEmpty())
            keys << key;
    return keys;
}

QString ImportWorker::Preview::headerOf(const QString& key) const
{
    const qsizetype i = key.isEmpty() ? -1 : columnKeys.indexOf(key);
    return i >= 0 && i < header.size() ? header.at(i).trimmed() : key;
}

ImportWorker::Preview ImportWorker::preview(ImportKind kind, const QString& path, int maxRows)
{
    Preview p;
    CsvReader reader(path);
    if (Status s = reader.open(); !s) {
        p.problem = s.error().message;
        return p;
    }
    p.encoding = reader.encodingName();
    if (!reader.next(p.header)) {
        p.problem = reader.hasError() ? reader.error().message : tr("The file is empty.");
        return p;
    }
    for (QStringList row; p.rows.size() < maxRows && reader.next(row);)
        p.rows << row;
    if (reader.hasError())
        p.problem = reader.error().message;

    // Mapped once leniently to learn what is there, once as the importer will, to decide.
    const QList<ColumnSpec>& spec = columns(kind);
    QList<ColumnSpec> lenient = spec;
    for (ColumnSpec& c : lenient)
        c.required = false;
    const Result<HeaderMap> found = HeaderMap::build(p.header, lenient);
    p.columnKeys = QList<QString>(p.header.size());
    for (const ColumnSpec& c : spec) {
        const int i = found ? found->index(c.key) : -1;
        if (i >= 0)
            p.columnKeys[i] = QLatin1String(c.key);
        else if (c.required)
            p.missing << QStringLiteral("%1 (%2)").arg(QLatin1String(c.key), QStringView(c.chinese));
    }
    if (!HeaderMap::build(p.header, spec) && p.problem.isEmpty())
        p.problem = tr("The file lacks the required column(s) %1. Add them to the header row (the English "
                       "or the Chinese name); Import stays disabled until then.")
                        .arg(p.missing.join(QStringLiteral(", ")));
    return p;
}

ImportReport ImportWorker::run(Database& db, const Job& job, const Progress& progress)
{
    QElapsedTimer timer;
    timer.start();
    ImportReport report;
    ImportOptions options;
    options.progress = progress;
    switch (job.kind) {
    case ImportKind::Registry:
        report = RegistryImporter(db, job.actor).run(job.file, options);
        break;
    case ImportKind::Officers:
        report = OfficerImporter(db, job.actor).run(job.file, options);
        break;
    case ImportKind::FieldSheets:
        report = VisitImporter(db, job.actor).run(job.operationName, job.file, options);
        break;
    }
    qCInfo(lcImportUi) << "import of" << job.file << "took" << timer.elapsed() << "ms;"
                       << (report.fatal ? report.fatal->message : QStringLiteral("ok"));
    return report;
}

} // namespace hc
