#include "tests/support/TestDatabase.h"

#include <QFile>
#include <QSqlQuery>
#include <QTest>

namespace hc::test {

TestDatabase::TestDatabase() : m_path(m_dir.filePath(QStringLiteral("test.homecoming")))
{
    reopen();
}

void TestDatabase::reopen()
{
    m_db.reset();
    auto r = Database::open(m_path);
    if (!r)
        qFatal("cannot open test database: %s", qPrintable(r.error().text()));
    m_db = std::move(r).value();
}

QString TestDatabase::writeFile(const QString& name, const QByteArray& content) const
{
    const QString p = m_dir.filePath(name);
    QFile f(p);
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(p));
    f.write(content);
    return p;
}

QVariant TestDatabase::scalar(const QString& sql)
{
    QSqlQuery q(m_db->sql());
    if (!q.exec(sql) || !q.next())
        return {};
    return q.value(0);
}

} // namespace hc::test
