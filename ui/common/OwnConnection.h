#pragma once
// Runs one piece of core work off the GUI thread on a Database connection of its own to the
// session's file (a connection stays in the thread that opened it), then calls `done` in the
// context object's thread - not at all when the context is gone. For work that reports
// progress or can be cancelled, see BackgroundTask.

#include "core/common/Result.h"

#include <QObject>
#include <QString>
#include <functional>
#include <memory>
#include <optional>

namespace hc {

class Database;

// `work` runs in a new thread with its own Database (its error text when opening fails goes
// to `failed`); `done` runs afterwards in `context`'s thread.
void runOnOwnConnection(QObject* context, const QString& databasePath, std::function<void(Database&)> work,
                        std::function<void(const QString& failed)> done);

// The same for work that returns a Result: `done` gets the work's result, or the error of
// opening the file.
template <typename T>
void runOnOwnConnection(QObject* context, const QString& databasePath,
                        std::function<Result<T>(Database&)> work, std::function<void(Result<T> result)> done)
{
    auto result = std::make_shared<std::optional<Result<T>>>();
    runOnOwnConnection(
        context, databasePath, [work = std::move(work), result](Database& db) { result->emplace(work(db)); },
        [done = std::move(done), result](const QString& failed) {
            if (!failed.isEmpty() || !*result)
                done(Result<T>(storageError(failed)));
            else
                done(std::move(**result));
        });
}

} // namespace hc
