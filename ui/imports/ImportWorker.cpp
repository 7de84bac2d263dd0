#include "ui/imports/ImportWorker.h"

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
    return ImportPreview::columns(kind);
}

Right ImportWorker::requiredRight(ImportKind kind)
{
    return ImportPreview::requiredRight(kind);
}

ImportReport ImportWorker::run(Database& db, const Job& job, const Progress& progress)
{
    QElapsedTimer timer;
    timer.start();
    ImportReport report;
    ImportOptions options;
    options.progress = progress;
    options.mapping = job.mapping;
    options.sheet = job.sheet;
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
