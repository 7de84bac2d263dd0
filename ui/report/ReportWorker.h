#pragma once
// Builds an OperationReport off the GUI thread. Owns the job and, while it runs, its own
// Database on the session's file (a connection stays in the thread that opened it). Reports
// progress and the result by signal; cancel is a flag shared with the GUI.

#include "core/auth/Actor.h"
#include "core/report/OperationReport.h"

#include <QObject>
#include <atomic>
#include <memory>

namespace hc {

class ReportWorker : public QObject
{
    Q_OBJECT
public:
    struct Job
    {
        QString databasePath;
        Actor actor;
        qint64 operationId = 0;
    };
    using CancelFlag = std::shared_ptr<std::atomic_bool>;

    ReportWorker(Job job, CancelFlag cancel, QObject* parent = nullptr);

    // Runs in the calling thread; emits exactly one of reportBuilt / buildFailed.
    void run();

signals:
    void progressed(int percent);
    void reportBuilt(const hc::OperationReport& report);
    void buildFailed(const QString& message, bool cancelled);

private:
    Job m_job;
    CancelFlag m_cancel;
};

} // namespace hc
