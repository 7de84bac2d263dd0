#pragma once

#include <QString>

namespace hc::test {

// An empty database of its own on the test server (HC_TEST_PG), dropped at the end: made the way
// TestDatabase makes its databases (UTF-8, from template0 by file copy), without migrating it.
class ScratchDatabase
{
public:
    explicit ScratchDatabase(const QString& prefix = QStringLiteral("hc_s"));
    ~ScratchDatabase();
    ScratchDatabase(const ScratchDatabase&) = delete;
    ScratchDatabase& operator=(const ScratchDatabase&) = delete;

    QString name() const { return m_name; }
    QString uri() const;

private:
    QString m_name;
};

} // namespace hc::test
