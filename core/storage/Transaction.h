#pragma once
// Scope guard for a write transaction: rolls back unless commit() succeeded (Strawberry's
// ScopedTransaction, KMyMoney's MyMoneyDbTransaction). On SQLite it begins IMMEDIATE, so a
// writer waits for the write lock (busy timeout) at BEGIN instead of failing at its first
// write after reading; the guard stays active until COMMIT succeeds.

#include "core/common/Result.h"

#include <QSqlDatabase>

namespace hc {

class Transaction
{
public:
    explicit Transaction(QSqlDatabase& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    bool active() const { return m_active; }
    // True when COMMIT succeeded; otherwise the transaction is still open and is rolled back
    // by rollback() or the destructor.
    bool commit();
    void rollback();
    // Why BEGIN or COMMIT failed, as a user-facing storage error.
    Error error() const;

private:
    QSqlDatabase& m_db;
    bool m_active = false;
    QString m_error;
};

} // namespace hc
