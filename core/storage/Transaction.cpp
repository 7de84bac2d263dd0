#include "core/storage/Transaction.h"

#include "core/common/Logging.h"
#include "core/storage/ServerLink.h"
#include "core/storage/Sql.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <algorithm>
#include <atomic>
#include <sqlite3.h>

namespace hc {

namespace {
std::atomic<int> g_waitBoundMs{30000};
std::atomic<qint64> g_retries{0};

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
        m_active = beginImmediate();
    } else {
        // PostgreSQL: a plain BEGIN (read committed); IMMEDIATE is SQLite's. A connection the
        // server dropped since the last statement (a restart) connects again first; BEGIN
        // itself, when it is the call that finds the loss, is safe to send once more.
        serverlink::restoreIfLost(m_db);
        m_active = m_db.transaction();
        if (!m_active && (serverlink::lost(m_db) || serverlink::connectionFailed(m_db.lastError())) &&
            serverlink::restore(m_db))
            m_active = m_db.transaction();
        if (!m_active)
            m_error = m_db.lastError();
        markOpen(m_db, m_active);
    }
}

bool Transaction::beginImmediate()
{
    QElapsedTimer waited;
    waited.start();
    QSqlQuery q(m_db);
    for (int attempt = 1;; ++attempt) {
        if (q.exec(QStringLiteral("BEGIN IMMEDIATE")))
            return true;
        m_error = q.lastError();
        if (!sql::isBusy(m_error) || waited.elapsed() >= waitBoundMs())
            return false;
        qCInfo(lcStorage) << "another writer holds the database; attempt" << attempt << "after"
                          << waited.elapsed() << "ms";
    }
}

int Transaction::waitBoundMs()
{
    return g_waitBoundMs.load();
}

void Transaction::setWaitBoundMs(int ms)
{
    g_waitBoundMs.store(ms);
}

qint64 Transaction::retries()
{
    return g_retries.load();
}

bool Transaction::retryAfterConflict(int attempt, quint64 conflictsBefore, const QElapsedTimer& since)
{
    if (m_joined || since.elapsed() >= waitBoundMs())
        return false;
    if (sql::conflictCount() == conflictsBefore && !sql::isConflict(m_error))
        return false;
    rollback();
    ++g_retries;
    // A random pause, growing with the attempts, so the two losers of a deadlock do not meet again.
    const int pauseMs = QRandomGenerator::global()->bounded(1, std::min(10 * attempt, 200) + 1);
    qCInfo(lcStorage) << "write conflict with another writer; attempt" << attempt + 1 << "after" << pauseMs
                      << "ms";
    QThread::msleep(pauseMs);
    return true;
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
        m_error = m_db.lastError();
        return false;
    }
    m_active = false;
    if (!isSqlite(m_db))
        markOpen(m_db, false);
    return true;
}

Status Transaction::commitOrError()
{
    if (!commit())
        return error();
    return {};
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
    const QSqlError e = m_error.type() == QSqlError::NoError ? m_db.lastError() : m_error;
    if (auto gone = serverlink::unreachableOrNothing(m_db.driver(), e))
        return *gone;
    return sql::storageFailure(e);
}

} // namespace hc
