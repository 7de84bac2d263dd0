#include "ui/imports/ImportWorker.h"

#include "core/imports/OfficerImporter.h"
#include "core/imports/RegistryImporter.h"
#include "core/imports/VisitImporter.h"
#include "core/storage/Database.h"

#include <QElapsedTimer>
#include <QLoggingCategory>

namespace hc {

namespace {
Q_LOGGING_CATEGORY(lcImportUi, "homecoming.ui.imports")
} // namespace

ImportWorker::ImportWorker(Job job, CancelFlag cancel, QObject* parent)
    : QObject(parent), m_job(std::move(job)), m_cancel(std::move(cancel))
{
}

const QList<ColumnSpec>& ImportWorker::columns(ImportKind kind)
{
    return ImportPreview::columns(kind);
}

Right ImportWorker::requiredRight(ImportKind kind)
{
    return ImportPreview::requiredRight(kind);
}

void ImportWorker::run()
{
    QElapsedTimer timer;
    timer.start();
    ImportReport report;
    auto opened = Database::open(m_job.databasePath, Database::Mode::OpenExisting);
    if (!opened) {
        report.fatal = opened.error();
        emit importFinished(report);
        return;
    }
    {
        // Scoped so the connection closes in this thread before the GUI hears the result.
        std::unique_ptr<Database> db = std::move(opened).value();
        ImportOptions options;
        options.progress = [this](qint64 done, qint64 total) {
            emit progressed(done, total);
            return !m_cancel->load();
        };
        switch (m_job.kind) {
        case ImportKind::Registry:
            report = RegistryImporter(*db, m_job.actor).run(m_job.file, options);
            break;
        case ImportKind::Officers:
            report = OfficerImporter(*db, m_job.actor).run(m_job.file, options);
            break;
        case ImportKind::FieldSheets:
            report = VisitImporter(*db, m_job.actor).run(m_job.operationName, m_job.file, options);
            break;
        }
    }
    qCInfo(lcImportUi) << "import of" << m_job.file << "took" << timer.elapsed() << "ms;"
                       << (report.fatal ? report.fatal->message : QStringLiteral("ok"));
    emit importFinished(report);
}

} // namespace hc
