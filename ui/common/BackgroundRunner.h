#pragma once
// The one way ui/ runs work off the GUI thread. A runner belongs to a widget (its QObject
// parent) and runs one job at a time on a shared thread pool: usually a core call on a
// Database connection of its own to the session's file (Database::open on the worker thread,
// closed there; a connection stays in the thread that opened it). Progress comes back as the
// progressed() signal and the result (or the error) through `done`, both in the GUI thread.
//
// A newer start() supersedes the running job: the old one is asked to stop and whatever it
// still reports is dropped (a generation check), so a list never shows a stale result. When
// the runner goes away with its widget, its jobs are asked to stop and it waits for them to
// end: nothing is delivered any more, and no work of a closed screen outlives it (a cancelled
// core call returns at its next check). The worker never calls into a destroyed object: it
// posts only through a guard the runner clears under a mutex. Work therefore captures values,
// never the widget.

#include "core/common/Result.h"
#include "core/storage/Database.h"

#include <QList>
#include <QObject>
#include <QString>
#include <functional>
#include <memory>
#include <optional>
#include <type_traits>
#include <utility>

namespace hc {

class BackgroundRunner : public QObject
{
    Q_OBJECT
public:
    // Called by the work in the worker thread; false once the job was cancelled or superseded,
    // and the work should stop (core's long calls return a Cancelled error then).
    using Progress = std::function<bool(int percent, const QString& stage)>;

    explicit BackgroundRunner(QObject* parent = nullptr);
    // Cancels the jobs still running and waits for them to end; nothing more is delivered.
    ~BackgroundRunner() override;

    // A job started and not yet delivered.
    bool isRunning() const { return m_job != nullptr; }
    // Asks the running job to stop; its `done` still comes, with what the work returned.
    void cancel();
    // Asks the running job to stop and drops it: its `done` never comes.
    void abandon();
    bool isCancelling() const;

    // Runs work(Database&, const Progress&) - or work(Database&) - with a connection of its
    // own to `databasePath` (a file, or a server as the session's user: Database::address()),
    // then done(Result<T>) in this object's thread. Opening errors come to `done` as the error.
    template <typename Work, typename Done>
    void start(const Database::Address& databasePath, Work work, Done done)
    {
        using R = decltype(invokeWork(work, std::declval<Database&>(), Progress()));
        startErased(
            [databasePath, work = std::move(work)](const Progress& progress) -> std::shared_ptr<void> {
                return std::make_shared<R>(withDatabase<R>(
                    databasePath, [&](Database& db) { return invokeWork(work, db, progress); }));
            },
            [done = std::move(done)](std::shared_ptr<void> result) mutable {
                done(std::move(*std::static_pointer_cast<R>(result)));
            });
    }

    // Runs work(const Progress&) - or work() - that needs no database (writing a file).
    template <typename Work, typename Done> void startLocal(Work work, Done done)
    {
        using R = decltype(invokeLocal(work, Progress()));
        startErased(
            [work = std::move(work)](const Progress& progress) -> std::shared_ptr<void> {
                return std::make_shared<R>(invokeLocal(work, progress));
            },
            [done = std::move(done)](std::shared_ptr<void> result) mutable {
                done(std::move(*std::static_pointer_cast<R>(result)));
            });
    }

signals:
    // The running job's latest progress (several reports may be folded into one).
    void progressed(int percent, const QString& stage);
    void runningChanged(bool running);

private:
    struct Job;
    using ErasedWork = std::function<std::shared_ptr<void>(const Progress&)>;
    using ErasedDone = std::function<void(std::shared_ptr<void>)>;

    template <typename Work> static auto invokeWork(Work& work, Database& db, const Progress& progress)
    {
        if constexpr (std::is_invocable_v<Work&, Database&, const Progress&>)
            return work(db, progress);
        else
            return work(db);
    }
    template <typename Work> static auto invokeLocal(Work& work, const Progress& progress)
    {
        if constexpr (std::is_invocable_v<Work&, const Progress&>)
            return work(progress);
        else
            return work();
    }
    // Opens the file in the calling (worker) thread, runs f and closes the connection there.
    template <typename R, typename F> static R withDatabase(const Database::Address& path, F f)
    {
        std::optional<R> result;
        const Error failed = openAndRun(path, [&](Database& db) { result.emplace(f(db)); });
        return result ? std::move(*result) : R(failed);
    }
    static Error openAndRun(const Database::Address& path, const std::function<void(Database&)>& f);

    void startErased(ErasedWork work, ErasedDone done);
    void finish(const std::shared_ptr<Job>& job, std::shared_ptr<void> result);
    void showProgress(const std::shared_ptr<Job>& job);
    void detach();

    std::shared_ptr<Job> m_job;         // the current job; null when idle
    QList<std::shared_ptr<Job>> m_jobs; // every job that may still run, superseded ones too
    ErasedDone m_done;
};

} // namespace hc
