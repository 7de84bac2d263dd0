#pragma once
// Runs one piece of core work off the GUI thread on its own Database connection to the
// session's file (a connection stays in the thread that opened it), and hands progress and
// the result back to a context object in its thread. The context going away drops the
// callbacks; its owner cancels through the shared flag and waits for the thread (wait()).

#include "core/common/Result.h"
#include "core/storage/Database.h"

#include <QMetaObject>
#include <QPointer>
#include <QThread>
#include <atomic>
#include <functional>
#include <memory>

namespace hc {

class BackgroundTask
{
public:
    using Progress = std::function<bool(int percent, const QString& stage)>; // false: stop

    ~BackgroundTask() { stop(); }

    bool running() const { return m_thread && m_thread->isRunning(); }
    void cancel()
    {
        if (m_cancel)
            m_cancel->store(true);
    }
    // Cancels and waits for the thread to end.
    void stop()
    {
        cancel();
        if (m_thread)
            m_thread->wait();
    }

    // work runs in the new thread; onProgress and done run in context's thread.
    template <typename T>
    void start(QObject* context, const QString& databasePath,
               std::function<Result<T>(Database& db, const Progress& progress)> work,
               std::function<void(int percent, const QString& stage)> onProgress,
               std::function<void(const Result<T>& result)> done)
    {
        stop();
        auto cancelFlag = std::make_shared<std::atomic_bool>(false);
        m_cancel = cancelFlag;
        QPointer<QObject> ctx(context);
        m_thread = QThread::create([ctx, databasePath, work, onProgress, done, cancelFlag] {
            auto post = [ctx](std::function<void()> f) {
                if (ctx)
                    QMetaObject::invokeMethod(ctx.data(), std::move(f), Qt::QueuedConnection);
            };
            auto db = Database::open(databasePath, Database::Mode::OpenExisting);
            if (!db) {
                const Result<T> failed = db.error();
                post([done, failed] { done(failed); });
                return;
            }
            const Progress progress = [&](int percent, const QString& stage) {
                if (cancelFlag->load())
                    return false;
                if (onProgress)
                    post([onProgress, percent, stage] { onProgress(percent, stage); });
                return true;
            };
            const Result<T> r = work(**db, progress);
            db.value().reset(); // close in this thread
            post([done, r] { done(r); });
        });
        QObject::connect(m_thread.data(), &QThread::finished, m_thread.data(), &QObject::deleteLater);
        m_thread->start();
    }

private:
    QPointer<QThread> m_thread;
    std::shared_ptr<std::atomic_bool> m_cancel;
};

} // namespace hc
