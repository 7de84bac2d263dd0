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
} // namespace

bool Transaction::isOpen(const QSqlDatabase& db)
{
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
        m_active = m_db.transaction();
        if (!m_active)
            m_error = m_db.lastError().text();
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
    return true;
}

void Transaction::rollback()
{
    if (m_active)
        m_db.rollback();
    m_active = false;
}

Error Transaction::error() const
{
    return storageError(m_error.isEmpty() ? m_db.lastError().text() : m_error);
}

} // namespace hc
