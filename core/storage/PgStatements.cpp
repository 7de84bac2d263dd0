#include "core/storage/PgStatements.h"

#include "core/storage/ServerLink.h"

#include <QDateTime>
#include <QHash>
#include <QPointer>
#include <QSqlDriver>
#include <QSqlField>
#include <QUuid>
#include <atomic>
#include <libpq-fe.h>
#include <list>

namespace hc::sql::pg {

namespace {

bool isWordChar(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9') || u == u'_';
}

// Qt's null rule for bound values (QSqlResultPrivate::isVariantNull): a null QString, QByteArray,
// date, time or UUID binds as NULL, like an invalid QVariant.
bool isNullValue(const QVariant& v)
{
    if (!v.isValid() || v.isNull())
        return true;
    switch (v.typeId()) {
    case QMetaType::QString:
        return v.toString().isNull();
    case QMetaType::QByteArray:
        return v.toByteArray().isNull();
    case QMetaType::QDateTime:
        return !v.toDateTime().isValid();
    case QMetaType::QDate:
        return !v.toDate().isValid();
    case QMetaType::QTime:
        return !v.toTime().isValid();
    case QMetaType::QUuid:
        return v.toUuid().isNull();
    default:
        return false;
    }
}

struct Prepared
{
    QString name;
    QStringList names; // the placeholder of each $n
};

// The statements one session holds prepared; a child of the connection's driver, so it goes
// with the connection. A different libpq connection or server process means a new session.
class SessionCache : public QObject
{
public:
    explicit SessionCache(QSqlDriver* driver) : QObject(driver) {}

    void follow(PGconn* conn)
    {
        const int pid = conn ? PQbackendPID(conn) : 0;
        if (conn != m_conn || pid != m_pid) {
            m_byText.clear();
            m_order.clear();
            m_conn = conn;
            m_pid = pid;
        }
    }
    const Prepared* find(const QString& sql) const
    {
        const auto it = m_byText.constFind(sql);
        return it == m_byText.cend() ? nullptr : &it.value();
    }
    // Remembers a prepared text; returns the name of one to drop when past the bound.
    QString add(const QString& sql, const Prepared& p)
    {
        m_byText.insert(sql, p);
        m_order.push_back(sql);
        if (int(m_order.size()) <= kMaxPrepared)
            return {};
        const QString oldest = m_order.front();
        m_order.pop_front();
        return m_byText.take(oldest).name;
    }
    int size() const { return int(m_byText.size()); }

private:
    PGconn* m_conn = nullptr;
    int m_pid = 0;
    QHash<QString, Prepared> m_byText;
    std::list<QString> m_order;
};

SessionCache* cacheOf(const QSqlDatabase& db)
{
    QSqlDriver* driver = db.driver();
    auto* cache = driver->findChild<SessionCache*>(QString(), Qt::FindDirectChildrenOnly);
    if (!cache)
        cache = new SessionCache(driver);
    cache->follow(serverlink::connection(driver));
    return cache;
}

QString nextName()
{
    static std::atomic<quint64> counter{0};
    return QStringLiteral("hc_%1").arg(++counter);
}

Result<Prepared> prepared(const QSqlDatabase& db, const QString& sql)
{
    SessionCache* cache = cacheOf(db);
    if (const Prepared* p = cache->find(sql))
        return *p;
    Prepared p;
    p.name = nextName();
    const QString text = positional(sql, p.names);
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PREPARE %1 AS %2").arg(p.name, text)))
        return failed(q);
    if (const QString drop = cache->add(sql, p); !drop.isEmpty())
        (void)q.exec(QStringLiteral("DEALLOCATE %1").arg(drop)); // a leftover is harmless
    return p;
}

QString values(const QSqlDatabase& db, const QStringList& names, const Binds& binds)
{
    QHash<QString, QVariant> byName;
    for (const Bind& b : binds)
        byName.insert(b.name, b.value);
    QStringList out;
    out.reserve(names.size());
    for (const QString& n : names) {
        const QVariant v = byName.value(n); // unbound: NULL, as QSqlQuery leaves it
        QSqlField f(QString(), v.metaType());
        if (isNullValue(v))
            f.clear();
        else
            f.setValue(v);
        out << db.driver()->formatValue(f);
    }
    return out.join(QStringLiteral(", "));
}

} // namespace

QString positional(const QString& sql, QStringList& names)
{
    names.clear();
    QString out;
    out.reserve(sql.size());
    QChar closingQuote;
    const qsizetype n = sql.size();
    for (qsizetype i = 0; i < n;) {
        const QChar c = sql.at(i);
        if (!closingQuote.isNull()) {
            if (c == closingQuote)
                closingQuote = QChar();
            out += c;
            ++i;
        } else if (c == u':' && (i == 0 || sql.at(i - 1) != u':') && i + 1 < n && isWordChar(sql.at(i + 1))) {
            qsizetype end = i + 2;
            while (end < n && isWordChar(sql.at(end)))
                ++end;
            names << sql.mid(i, end - i);
            out += u'$' + QString::number(names.size());
            i = end;
        } else {
            if (c == u'\'' || c == u'"' || c == u'`')
                closingQuote = c;
            out += c;
            ++i;
        }
    }
    return out;
}

Result<QSqlQuery> run(const QSqlDatabase& db, const QString& sql, const Binds& binds)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    auto p = prepared(db, sql);
    if (!p)
        return p.error();
    const QString call = p->names.isEmpty()
                             ? QStringLiteral("EXECUTE %1").arg(p->name)
                             : QStringLiteral("EXECUTE %1 (%2)").arg(p->name, values(db, p->names, binds));
    if (!q.exec(call))
        return failed(q, sql); // the EXECUTE's text carries the values: not for the log
    return q;
}

int preparedCount(const QSqlDatabase& db)
{
    return db.driverName() == QLatin1String("QPSQL") ? cacheOf(db)->size() : 0;
}

} // namespace hc::sql::pg
