#pragma once
// Test support: a database in a temporary directory, a small registry fixture writer, and
// helpers to read single values.

#include "core/storage/Database.h"

#include <QTemporaryDir>
#include <QVariant>
#include <memory>

namespace hc::test {

class TestDatabase
{
public:
    TestDatabase();
    Database& db() { return *m_db; }
    QString path() const { return m_path; }
    QString dir() const { return m_dir.path(); }
    // Writes `content` (UTF-8) to a file in the temporary directory and returns its path.
    QString writeFile(const QString& name, const QByteArray& content) const;
    // First column of the first row of `sql`; an invalid QVariant when no row.
    QVariant scalar(const QString& sql);
    qint64 count(const QString& table)
    {
        return scalar(QStringLiteral("SELECT count(*) FROM ") + table).toLongLong();
    }
    // Closes and reopens the file (e.g. after another connection wrote to it).
    void reopen();

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Database> m_db;
};

} // namespace hc::test
