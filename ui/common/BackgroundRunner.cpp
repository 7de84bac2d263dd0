#include "ui/common/BackgroundRunner.h"

#include "core/storage/Database.h"

#include <QCoreApplication>
#include <QMetaObject>
#include <QMutex>
#include <QPointer>
#include <QThreadPool>
#include <QWaitCondition>
#include <atomic>

namespace hc {

// What the GUI thread and the worker share for one job.
struct BackgroundRunner::Job
{
    std::atomic_bool cancelled{false};
    QMutex mutex;
    QWaitCondition endedCondition;
    // Guarded by the mutex: where the worker posts to (null once the job is superseded or
    // the runner is going), whether the work has returned, and the latest progress with
    // whether a delivery is on its way (reports faster than the GUI thread picks them up fold
    // into one).
    BackgroundRunner* receiver = nullptr;
    bool ended = false;
    bool progressPosted = false;
    int percent = 0;
    QString stage;
};

namespace {
// Our own pool rather than the global one, so that a few long jobs (an import, duplicate
// detection) do not hold up a list refresh behind them on a two-core machine. A child of the
// application: it waits for the last jobs when the application goes.
QThreadPool* pool()
{
    static QPointer<QThreadPool> instance; // used from the GUI thread only
    if (!instance) {
        instance = new QThreadPool(QCoreApplication::instance());
        instance->setMaxThreadCount(8);
    }
    return instance;
}
} // namespace

BackgroundRunner::BackgroundRunner(QObject* parent) : QObject(parent) {}

BackgroundRunner::~BackgroundRunner()
{
    detach();
    for (const std::shared_ptr<Job>& job : std::as_const(m_jobs)) {
        QMutexLocker lock(&job->mutex);
        job->receiver = nullptr;
        job->cancelled = true;
        while (!job->ended)
            job->endedCondition.wait(&job->mutex);
    }
}

void BackgroundRunner::cancel()
{
    if (m_job)
        m_job->cancelled = true;
}

void BackgroundRunner::abandon()
{
    if (!isRunning())
        return;
    detach();
    emit runningChanged(false);
}

bool BackgroundRunner::isCancelling() const
{
    return m_job && m_job->cancelled;
}

Error BackgroundRunner::openAndRun(const Database::Address& path, const std::function<void(Database&)>& f)
{
    auto db = path.open();
    if (!db)
        return db.error();
    f(**db);
    return {}; // the connection closes here, in the worker thread
}

void BackgroundRunner::detach()
{
    if (!m_job)
        return;
    m_job->cancelled = true;
    {
        QMutexLocker lock(&m_job->mutex);
        m_job->receiver = nullptr;
    }
    m_job.reset();
    m_done = nullptr;
}

void BackgroundRunner::startErased(ErasedWork work, ErasedDone done)
{
    const bool wasRunning = isRunning();
    detach(); // a newer question replaces the running one
    m_jobs.removeIf([](const std::shared_ptr<Job>& j) {
        QMutexLocker lock(&j->mutex);
        return j->ended;
    });
    auto job = std::make_shared<Job>();
    job->receiver = this;
    m_job = job;
    m_jobs << job;
    m_done = std::move(done);
    pool()->start([job, work = std::move(work)]() mutable {
        const Progress progress = [job](int percent, const QString& stage) {
            if (job->cancelled)
                return false;
            QMutexLocker lock(&job->mutex);
            if (!job->receiver)
                return false;
            job->percent = percent;
            job->stage = stage;
            if (!job->progressPosted) {
                job->progressPosted = true;
                QMetaObject::invokeMethod(
                    job->receiver, [receiver = job->receiver, job] { receiver->showProgress(job); },
                    Qt::QueuedConnection);
            }
            return true;
        };
        bool abandoned = false; // superseded or its runner gone before a thread was free
        {
            QMutexLocker lock(&job->mutex);
            abandoned = !job->receiver;
        }
        std::shared_ptr<void> result = abandoned ? nullptr : work(progress);
        work = nullptr; // what the work captured goes here, in the worker
        QMutexLocker lock(&job->mutex);
        if (job->receiver)
            QMetaObject::invokeMethod(
                job->receiver, [receiver = job->receiver, job, result] { receiver->finish(job, result); },
                Qt::QueuedConnection);
        job->ended = true;
        job->endedCondition.wakeAll();
    });
    if (!wasRunning)
        emit runningChanged(true);
}

void BackgroundRunner::showProgress(const std::shared_ptr<Job>& job)
{
    int percent = 0;
    QString stage;
    {
        QMutexLocker lock(&job->mutex);
        job->progressPosted = false;
        percent = job->percent;
        stage = job->stage;
    }
    if (job == m_job && !job->cancelled)
        emit progressed(percent, stage);
}

void BackgroundRunner::finish(const std::shared_ptr<Job>& job, std::shared_ptr<void> result)
{
    if (job != m_job)
        return; // superseded: a newer job's result is on its way
    ErasedDone done = std::move(m_done);
    m_done = nullptr;
    m_job.reset();
    emit runningChanged(false);
    // Last: `done` may start the next job, or close the widget that owns us.
    done(std::move(result));
}

} // namespace hc
