// A station officer saving visits one by one, as the GUI does, for the power-cut test
// (tst_concurrent_writes): visit_saver DB FIRST COUNT saves COUNT all-present visits of the fixture's
// household H001 as officer 100001 and prints each saved visit's id once its transaction has
// committed, the first at 2026-03-02 08:00 plus FIRST minutes, the next a minute later each.
// The test kills it (SIGKILL) at random moments and checks every printed id.
#include "core/auth/UserService.h"
#include "core/common/Clock.h"
#include "core/storage/Database.h"
#include "core/storage/Sql.h"
#include "core/visits/VisitService.h"

#include <QCoreApplication>
#include <cstdio>

using namespace hc;

namespace {
qint64 idOf(Database& db, const QString& sql, const QString& value)
{
    auto v = sql::scalar(db.sql(), sql, {{QStringLiteral(":v"), value}});
    return v ? v->toLongLong() : 0;
}
} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 4) {
        std::fputs("usage: visit_saver DB FIRST COUNT\n", stderr);
        return 2;
    }
    Clock::setInstance(std::make_unique<FixedClock>(QDateTime(QDate(2026, 5, 29), QTime(20, 0))));
    auto db = Database::open(QString::fromLocal8Bit(argv[1]), Database::Mode::OpenExisting);
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error().text()));
        return 1;
    }
    Database& d = **db;
    VisitDraft draft;
    draft.operationId =
        idOf(d, QStringLiteral("SELECT id FROM operations WHERE name = :v"), QStringLiteral("春季行动"));
    draft.householdId =
        idOf(d, QStringLiteral("SELECT id FROM households WHERE household_no = :v"), QStringLiteral("H001"));
    draft.outcome = QStringLiteral("completed");
    for (const char* name : {"张伟", "王芳", "张小明"}) {
        ScreeningDraft s;
        s.personId =
            idOf(d, QStringLiteral("SELECT id FROM persons WHERE name = :v"), QString::fromUtf8(name));
        s.status = QStringLiteral("present");
        draft.screenings << s;
    }
    VisitService visits(d, UserService(d).find(QStringLiteral("100001"))->actor());
    const QDateTime first =
        QDateTime(QDate(2026, 3, 2), QTime(8, 0), Qt::UTC).addSecs(60 * QByteArray(argv[2]).toLongLong());
    for (int i = 0, n = QByteArray(argv[3]).toInt(); i < n; ++i) {
        draft.visitedAt = first.addSecs(60 * i);
        auto saved = visits.save(draft);
        if (!saved) {
            std::fprintf(stderr, "%s\n", qPrintable(saved.error().text()));
            return 1;
        }
        std::printf("%lld\n", saved->visitId);
        std::fflush(stdout);
    }
    return 0;
}
