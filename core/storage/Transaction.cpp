#include "core/storage/Transaction.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <sqlite3.h>

namespace hc {

namespace {
bool isSqlite(const QSqlDatabase& db)
{
    return db.driverName() == QLatin1String("QSQLITE");
}

// Other engines: whether a guard of ours holds the connection's transaction, kept on the
// connection's driver object (one per connection, and per thread like the connection).
constexpr char kOpenProperty[] = "hcTransactionOpen";

void markOpen(const QSqlDatabase& db, bool open)
{
    db.driver()->setProperty(kOpenProperty, open);
}
} // namespace

bool Transaction::isOpen(const QSqlDatabase& db)
{
    if (!db.driver())
        return false;
    if (!isSqlite(db))
        return db.driver()->property(kOpenProperty).toBool();
    const QVariant v = db.driver()->handle();
    if (qstrcmp(v.typeName(), "sqlite3*") != 0)
        return false;
    sqlite3* h = *static_cast<sqlite3* const*>(v.data());
    return h && sqlite3_get_autocommit(h) == 0;
}

Transaction::Transaction(QSqlDatabase& db) : m_db(db)
{
    if (isOpen(m_db)) {
        m_joined = true;
    } else if (isSqlite(m_db)) {
        QSqlQuery q(m_db);
        m_active = q.exec(QStringLiteral("BEGIN IMMEDIATE"));
        if (!m_active)
            m_error = q.lastError().text();
    } else {
        // PostgreSQL: a plain BEGIN (read committed); IMMEDIATE is SQLite's.
        m_active = m_db.transaction();
        if (!m_active)
            m_error = m_db.lastError().text();
        markOpen(m_db, m_active);
    }
}

Transaction::~Transaction()
{
    rollback();
}

bool Transaction::commit()
{
    if (m_joined)
        return true;
    if (!m_active)
        return false;
    if (!m_db.commit()) {
        m_error = m_db.lastError().text();
        return false;
    }
    m_active = false;
    if (!isSqlite(m_db))
        markOpen(m_db, false);
    return true;
}

void Transaction::rollback()
{
    if (m_active) {
        m_db.rollback();
        if (!isSqlite(m_db))
            markOpen(m_db, false);
    }
    m_active = false;
}

Error Transaction::error() const
{
    return storageError(m_error.isEmpty() ? m_db.lastError().text() : m_error);
}

} // namespace hc
