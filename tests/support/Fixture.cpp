#include "tests/support/Fixture.h"

#include "core/auth/Actor.h"
#include "core/auth/UserService.h"
#include "core/common/Clock.h"
#include "core/imports/OfficerImporter.h"
#include "core/imports/RegistryImporter.h"
#include "core/imports/VisitImporter.h"
#include "core/operations/OperationService.h"
#include "core/registry/IdNumber.h"
#include "core/storage/Database.h"

#include <QFile>

namespace hc::test {

QString dataFile(const char* name)
{
    return QStringLiteral(HC_TEST_DATA "/") + QLatin1String(name);
}

QByteArray largeRegistryCsv(int rows)
{
    QByteArray csv = "station,area,household_no,address,id_number,name\n";
    for (int i = 0; i < rows; ++i)
        csv +=
            QStringLiteral("站,社区,H%1,路%1号,%2,人%1\n")
                .arg(i)
                .arg(IdNumber::make(QStringLiteral("620101"), QDate(1990, 1, 1).addDays(i / 1000), i % 1000))
                .toUtf8();
    return csv;
}

QString cliAdmin(Database& db)
{
    const QString badge = QStringLiteral("T0001"), password = QStringLiteral("Kestrel-Harbour-2026");
    UserService users(db);
    if (!users.find(badge).ok() &&
        !users.add(Actor::system(),
                   NewAccount{badge, QStringLiteral("测试管理员"), Role::Admin, {}, password}))
        qFatal("fixture: the administrator for the command line could not be added");
    qputenv("HOMECOMING_PASSWORD", password.toUtf8());
    return badge;
}

bool moveCaseFormOutcomes(Database& db)
{
    QFile script(QStringLiteral(":/sql/schema-11.sql"));
    if (!script.open(QIODevice::ReadOnly)) {
        qWarning("schema-11.sql is not in the resources");
        return false;
    }
    const Status s = db.execScript(QString::fromUtf8(script.readAll()));
    if (!s)
        qWarning("%s", qPrintable(s.error().text()));
    return s.ok();
}

qint64 loadFixture(TestDatabase& t, bool withFieldSheets)
{
    if (RegistryImporter(t.db(), Actor::system()).run(dataFile("registry.csv")).fatal ||
        OfficerImporter(t.db(), Actor::system()).run(dataFile("officers.csv")).fatal)
        qFatal("fixture: registry or officers import failed");
    auto op = OperationService(t.db(), Actor::system())
                  .create(kFixtureOperation, QDate(2026, 3, 1), QDate(2026, 5, 29), {}, 4);
    if (!op)
        qFatal("fixture: %s", qPrintable(op.error().text()));
    if (withFieldSheets &&
        VisitImporter(t.db(), Actor::system()).run(kFixtureOperation, dataFile("visits.csv")).fatal)
        qFatal("fixture: field sheets import failed");
    return op->id;
}

ClockGuard::ClockGuard(const QDateTime& now)
{
    Clock::setInstance(std::make_unique<FixedClock>(now));
}
ClockGuard::~ClockGuard()
{
    Clock::setInstance(nullptr);
}

} // namespace hc::test
