#pragma once
// Runs one piece of database work off the GUI thread on a connection of its own to the
// session's file (a QSqlDatabase stays in its thread), then calls `done` in the context
// object's thread - not at all when the context is gone.

#include <QObject>
#include <QString>
#include <functional>

namespace hc {

class Database;

// `work` runs in a new thread with its own Database (its error text when opening fails goes
// to `failed`); `done` runs afterwards in `context`'s thread.
void runOnOwnConnection(QObject* context, const QString& databasePath, std::function<void(Database&)> work,
                        std::function<void(const QString& failed)> done);

} // namespace hc
