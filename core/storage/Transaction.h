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

#include "core/common/Result.h"

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
    void rollback();
    // Why BEGIN or COMMIT failed, as a user-facing storage error.
    Error error() const;

    // How long a write waits in all for another writer to finish (default 30 s; each attempt
    // itself waits the connection's busy timeout). Tests shorten it.
    static int waitBoundMs();
    static void setWaitBoundMs(int ms);

private:
    QSqlDatabase& m_db;
    bool m_active = false; // this guard began the transaction and has not ended it
    bool m_joined = false; // the connection was already in a transaction: the outer guard ends it
    QSqlError m_error;
    bool beginImmediate();
};

} // namespace hc
