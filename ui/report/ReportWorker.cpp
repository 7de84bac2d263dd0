#include "ui/report/ReportWorker.h"

#include "core/report/ReportService.h"
#include "core/storage/Database.h"

namespace hc {

ReportWorker::ReportWorker(Job job, CancelFlag cancel, QObject* parent)
    : QObject(parent), m_job(std::move(job)), m_cancel(std::move(cancel))
{
}

void ReportWorker::run()
{
    auto db = Database::open(m_job.databasePath, Database::Mode::OpenExisting);
    if (!db) {
        emit buildFailed(db.error().text(), false);
        return;
    }
    const auto report = ReportService(*db.value(), m_job.actor).build(m_job.operationId, [this](int percent) {
        emit progressed(percent);
        return !m_cancel->load();
    });
    if (report)
        emit reportBuilt(*report);
    else
        emit buildFailed(report.error().text(), report.error().kind == Error::Kind::Cancelled);
}

} // namespace hc
