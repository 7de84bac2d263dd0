#pragma once
// Scope guard for a write transaction: rolls back unless commit() succeeded (Strawberry's
// ScopedTransaction, KMyMoney's MyMoneyDbTransaction). On SQLite it begins IMMEDIATE, so a
// writer waits for the write lock (busy timeout) at BEGIN instead of failing at its first
// write after reading (on PostgreSQL a plain BEGIN); the guard stays active until COMMIT succeeds. While
// another writer holds the lock (a 200,000-row import takes seconds), BEGIN is retried until waitBound() has
// passed, then the error says "another import or user is writing" and nothing was done.
//
// Started while the connection is already inside a transaction (a service called from another
// service's write, e.g. a case opened while its visit is saved), the guard joins the outer one:
// commit() then succeeds without committing, and a failure is left to the outer guard, which
// rolls the whole unit back.
//
// Transaction::run(db, work) is the write runner around a guard: it also retries the unit when
// PostgreSQL chose it as the loser of a conflict with another writer (see run()).

#include "core/common/Result.h"
#include "core/storage/Sql.h"

#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QSqlError>

namespace hc {

class Transaction
{
public:
    explicit Transaction(QSqlDatabase& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    bool active() const { return m_active || m_joined; }
    // True when the connection is inside a transaction (SQLite: not in autocommit mode;
    // PostgreSQL: a Transaction of this connection began one and has not ended it).
    static bool isOpen(const QSqlDatabase& db);
    // True when COMMIT succeeded; otherwise the transaction is still open and is rolled back
    // by rollback() or the destructor.
    bool commit();
    // commit(), as the Status a write returns: the error() when COMMIT failed.
    Status commitOrError();
    void rollback();
    // Why BEGIN or COMMIT failed, as a user-facing storage error.
    Error error() const;

    // How long a write waits in all for another writer to finish (default 30 s; each attempt
    // itself waits the connection's busy timeout). Tests shorten it.
    static int waitBoundMs();
    static void setWaitBoundMs(int ms);

    // Runs work() (a callable returning Status or Result<T>) as one write transaction and
    // commits it when work succeeded. On PostgreSQL a serialization failure or a deadlock
    // (SQLSTATE 40001, 40P01) in work or at COMMIT means the server rolled this unit back so
    // another writer could go on: the runner rolls back and runs work again after a short
    // random pause, until waitBoundMs() has passed; only then does the caller see the error
    // (in plain words, sql::storageFailure). Joined to an outer transaction, work runs once
    // and the outermost runner repeats the whole unit. work must not carry state from a
    // failed attempt into the next (it reads again what it needs).
    template <typename Work> static auto run(QSqlDatabase& db, Work&& work) -> decltype(work());
    // Units run again after a conflict, in this process (the load benchmark reports them).
    static qint64 retries();

private:
    QSqlDatabase& m_db;
    bool m_active = false; // this guard began the transaction and has not ended it
    bool m_joined = false; // the connection was already in a transaction: the outer guard ends it
    QSqlError m_error;
    bool beginImmediate();
    // After a failed attempt that began at `conflictsBefore` (sql::conflictCount()): true, having
    // rolled back and paused, when the attempt lost a conflict and the bound allows another.
    bool retryAfterConflict(int attempt, quint64 conflictsBefore, const QElapsedTimer& since);
};

template <typename Work> auto Transaction::run(QSqlDatabase& db, Work&& work) -> decltype(work())
{
    using R = decltype(work());
    QElapsedTimer since;
    since.start();
    for (int attempt = 1;; ++attempt) {
        const quint64 conflictsBefore = sql::conflictCount();
        Transaction tx(db);
        if (!tx.active())
            return R(tx.error());
        R result = work();
        if (result.ok() && tx.commit())
            return result;
        if (!tx.retryAfterConflict(attempt, conflictsBefore, since))
            return result.ok() ? R(tx.error()) : result;
    }
}

} // namespace hc
