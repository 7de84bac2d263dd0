#pragma once
// The standard fixture most tests start from (tests/data): the registry (H001-H004 in two
// stations), three officers, the operation 春季行动 (2026-03-01 to 2026-05-29) and, when
// asked, the field sheets. See tests/data/make_fixtures.py for what the files hold.

#include "tests/support/TestDatabase.h"

#include <QDateTime>
#include <QString>

namespace hc::test {

QString dataFile(const char* name);

// A registry CSV of `rows` people, one per household, in one station and area (a load large
// enough to be cancelled half-way).
QByteArray largeRegistryCsv(int rows);

// Returns the operation's id; fails the calling test (QVERIFY) on any import error.
qint64 loadFixture(TestDatabase& t, bool withFieldSheets = true);
inline const QString kFixtureOperation = QStringLiteral("春季行动");

// An administrator account for driving homecoming-cli in-process (CommandLine::run): returns
// the badge to pass with --user, and puts its password into HOMECOMING_PASSWORD for this process.
QString cliAdmin(Database& db);

// Runs resources/sql/schema-11.sql, which turns the case form's old crime kind and "family
// reunited" fields into crime and reunion records, on rows a test inserted the old way (as an
// upgraded database has them). Running it again changes nothing.
bool moveCaseFormOutcomes(Database& db);

// Pins Clock::now() for the scope (tests' fake clock).
class ClockGuard
{
public:
    explicit ClockGuard(const QDateTime& now);
    ~ClockGuard();
    ClockGuard(const ClockGuard&) = delete;
    ClockGuard& operator=(const ClockGuard&) = delete;
};

} // namespace hc::test
