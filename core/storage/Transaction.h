#pragma once
// Scope guard for a transaction: rolls back unless commit() was called
// (Strawberry's ScopedTransaction, KMyMoney's MyMoneyDbTransaction).

#include <QSqlDatabase>

namespace hc {

class Transaction
{
public:
    explicit Transaction(QSqlDatabase& db) : m_db(db) { m_active = m_db.transaction(); }
    ~Transaction()
    {
        if (m_active)
            m_db.rollback();
    }
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    bool active() const { return m_active; }
    bool commit()
    {
        if (!m_active)
            return false;
        m_active = false;
        return m_db.commit();
    }
    void rollback()
    {
        if (m_active)
            m_db.rollback();
        m_active = false;
    }

private:
    QSqlDatabase& m_db;
    bool m_active = false;
};

} // namespace hc
