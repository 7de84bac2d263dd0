// Writes that wait their turn and survive a power cut (issue 12, outcomes 6 and 11): a visit
// saved while another process imports 200,000 registry rows in one transaction completes once
// the import commits, and both are there; a writer that cannot get the lock within the bound
// is told "another import or user is writing" with nothing written; a process killed (SIGKILL)
// at random moments while it saves visits one by one loses none that it reported saved.
#include "core/auth/UserService.h"
#include "core/common/Clock.h"
#include "core/registry/IdNumber.h"
#include "core/storage/Transaction.h"
#include "core/visits/VisitService.h"
#include "tests/support/Fixture.h"

#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTest>
#include <QThread>

using namespace hc;
using namespace hc::test;

namespace {
constexpr int kImportRows = 200000;

// kImportRows residents in households of four, in the fixture's two stations.
QString writeRegistry(TestDatabase& t)
{
    QByteArray csv("station,area,household_no,address,id_number,name,sex,birth_date,phone,relation\n");
    csv.reserve(kImportRows * 110);
    const QDate born(1960, 1, 1);
    for (int i = 0; i < kImportRows; ++i) {
        const bool east = (i / 4) % 2 == 0;
        const QDate birth = born.addDays(i % 15000);
        const QString id = IdNumber::make(QStringLiteral("620102"), birth, i % 999 + 1);
        csv += (east ? "东岗派出所,东岗社区," : "西湖派出所,西湖社区,");
        csv += "B" + QByteArray::number(i / 4) + ",幸福路" + QByteArray::number(i / 4) + "号,";
        const bool male = IdNumber::parse(id)->sex() == IdNumber::Sex::Male;
        csv += id.toLatin1() + ",居民" + QByteArray::number(i) + (male ? ",男," : ",女,") +
               birth.toString(Qt::ISODate).toLatin1() + ",," + (i % 4 ? "子" : "户主") + "\n";
    }
    return t.writeFile(QStringLiteral("big-registry.csv"), csv);
}

VisitDraft allPresentAtH001(TestDatabase& t, qint64 op, const QDateTime& at)
{
    VisitDraft d;
    d.operationId = op;
    d.householdId =
        t.scalar(QStringLiteral("SELECT id FROM households WHERE household_no = 'H001'")).toLongLong();
    d.visitedAt = at;
    d.outcome = QStringLiteral("completed");
    for (const char* name : {"张伟", "王芳", "张小明"}) {
        ScreeningDraft s;
        s.personId =
            t.scalar(QStringLiteral("SELECT id FROM persons WHERE name = '%1'").arg(QString::fromUtf8(name)))
                .toLongLong();
        s.status = QStringLiteral("present");
        d.screenings << s;
    }
    return d;
}

// True once another connection holds the file's write lock (a BEGIN IMMEDIATE that does not wait
// is refused as busy); on PostgreSQL, which has no database-wide write lock, once another
// session of the database is writing to a table.
bool writeLockHeldElsewhere(const QString& path)
{
    auto probe = Database::open(path, Database::Mode::OpenExisting);
    if (!probe)
        return false;
    QSqlQuery q((*probe)->sql());
    if ((*probe)->engine() == Database::Engine::Postgres)
        return q.exec(
                   QStringLiteral("SELECT count(*) FROM pg_locks l JOIN pg_database d ON d.oid = l.database "
                                  "WHERE d.datname = current_database() AND l.locktype = 'relation' "
                                  "AND l.mode = 'RowExclusiveLock' AND l.pid <> pg_backend_pid()")) &&
               q.next() && q.value(0).toInt() > 0;
    q.exec(QStringLiteral("PRAGMA busy_timeout=0"));
    if (q.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        q.exec(QStringLiteral("ROLLBACK"));
        return false;
    }
    return true;
}
} // namespace

class TestConcurrentWrites : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { HC_SKIP_WITHOUT_ENGINE(); }
    void cleanup()
    {
        Transaction::setWaitBoundMs(30000);
        Clock::setInstance(nullptr);
    }
    void visitSavedDuringALargeImport();
    void busyBeyondTheBoundSaysSoAndWritesNothing();
    void killedWhileSavingLosesNothingReported();
};

void TestConcurrentWrites::visitSavedDuringALargeImport()
{
    TestDatabase t;
    const qint64 op = loadFixture(t, false);
    const QString badge = cliAdmin(t.db());
    const QString csv = writeRegistry(t);
    const qint64 personsBefore = t.count(QStringLiteral("persons"));

    QProcess import;
    import.start(QStringLiteral(HC_CLI_PATH), {QStringLiteral("import-registry"), QStringLiteral("--db"),
                                               t.path(), QStringLiteral("--user"), badge, csv});
    QVERIFY(import.waitForStarted());
    QDeadlineTimer lockSeen(60000);
    while (!writeLockHeldElsewhere(t.path()) && import.state() == QProcess::Running && !lockSeen.hasExpired())
        QThread::msleep(20);
    QVERIFY2(import.state() == QProcess::Running, "the import ended before the save could meet its lock");

    // The GUI's save: waits for the import's commit (retrying BEGIN within the bound), then saves.
    ClockGuard clock(QDateTime(QDate(2026, 3, 20), QTime(18, 0)));
    VisitService officer(t.db(), UserService(t.db()).find(QStringLiteral("100001"))->actor());
    const auto saved =
        officer.save(allPresentAtH001(t, op, QDateTime(QDate(2026, 3, 20), QTime(10, 0), Qt::UTC)));
    QVERIFY2(saved.ok(), qPrintable(saved ? QString() : saved.error().text()));

    QVERIFY(import.waitForFinished(120000));
    QVERIFY2(import.exitCode() == 0, import.readAllStandardOutput().left(2000).constData());
    QCOMPARE(t.count(QStringLiteral("persons")), personsBefore + kImportRows);
    QCOMPARE(
        t.scalar(QStringLiteral("SELECT count(*) FROM screenings WHERE visit_id = %1").arg(saved->visitId))
            .toInt(),
        3);
}

void TestConcurrentWrites::busyBeyondTheBoundSaysSoAndWritesNothing()
{
    TestDatabase t;
    if (t.isPostgres())
        QSKIP("SQLite's database-wide write lock; PostgreSQL writers wait for rows, not for the database "
              "(its conflicts are retried: tst_write_retries)");
    const qint64 op = loadFixture(t, false);
    auto other = Database::open(t.path(), Database::Mode::OpenExisting);
    QVERIFY(other.ok());
    QSqlQuery holder((*other)->sql());
    QVERIFY(holder.exec(QStringLiteral("BEGIN IMMEDIATE")));

    QSqlQuery(t.db().sql()).exec(QStringLiteral("PRAGMA busy_timeout=50"));
    Transaction::setWaitBoundMs(300);
    ClockGuard clock(QDateTime(QDate(2026, 3, 20), QTime(18, 0)));
    VisitService officer(t.db(), UserService(t.db()).find(QStringLiteral("100001"))->actor());
    const qint64 visitsBefore = t.count(QStringLiteral("visits"));
    const auto refused =
        officer.save(allPresentAtH001(t, op, QDateTime(QDate(2026, 3, 20), QTime(10, 0), Qt::UTC)));
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind, Error::Kind::Storage);
    QVERIFY2(refused.error().message.contains(QStringLiteral("another import or user is writing"),
                                              Qt::CaseInsensitive),
             qPrintable(refused.error().message));

    QVERIFY(holder.exec(QStringLiteral("ROLLBACK")));
    QCOMPARE(t.count(QStringLiteral("visits")), visitsBefore);
    // Once the other writer is done, the same save goes through.
    QVERIFY(officer.save(allPresentAtH001(t, op, QDateTime(QDate(2026, 3, 20), QTime(10, 0), Qt::UTC))).ok());
}

void TestConcurrentWrites::killedWhileSavingLosesNothingReported()
{
    TestDatabase t;
    loadFixture(t, false);
    auto* random = QRandomGenerator::global();
    QList<qint64> reported;
    int killedMidway = 0;
    QString ended; // why the last run that was not killed ended
    for (int run = 0; run < 100; ++run) {
        QProcess saver;
        // Each run its own minutes (a household is not visited twice at the same time).
        saver.start(QStringLiteral(HC_VISIT_SAVER),
                    {t.path(), QString::number(run * 1000), QStringLiteral("1000")});
        QVERIFY(saver.waitForStarted());
        // Cut the power at a random moment once saving has begun (the first save printed).
        QByteArray out;
        QDeadlineTimer started(30000);
        while (!out.contains('\n') && saver.state() == QProcess::Running && !started.hasExpired())
            if (saver.waitForReadyRead(100))
                out += saver.readAllStandardOutput();
        QThread::msleep(random->bounded(0, 150));
        if (saver.state() == QProcess::Running) {
            saver.kill(); // SIGKILL: no destructor, no rollback, as a power cut
            ++killedMidway;
        } else {
            ended = QString::fromUtf8(saver.readAllStandardError()).trimmed();
        }
        QVERIFY(saver.state() == QProcess::NotRunning || saver.waitForFinished(10000));
        out += saver.readAllStandardOutput();
        for (const QByteArray& line : out.split('\n'))
            if (!line.trimmed().isEmpty())
                reported << line.trimmed().toLongLong();
    }
    QVERIFY2(killedMidway >= 90, // the rest finished all their saves or failed (said on stderr)
             qPrintable(QStringLiteral("only %1 of 100 runs were killed; %2").arg(killedMidway).arg(ended)));
    QVERIFY2(reported.size() >= 100,
             qPrintable(QStringLiteral("only %1 saves reported").arg(reported.size())));

    t.reopen();
    for (qint64 id : reported)
        QCOMPARE(
            t.scalar(QStringLiteral("SELECT count(*) FROM screenings WHERE visit_id = %1").arg(id)).toInt(),
            3);
    // No visit is half-written: every visit has its three screenings.
    QCOMPARE(t.scalar(QStringLiteral("SELECT count(*) FROM visits v WHERE (SELECT count(*) FROM screenings s "
                                     "WHERE s.visit_id = v.id) <> 3"))
                 .toInt(),
             0);
    if (t.isPostgres())
        QSKIP("SQLite's file integrity check (the server's files are the server's)");
    QCOMPARE(t.scalar(QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
}

QTEST_GUILESS_MAIN(TestConcurrentWrites)
#include "tst_concurrent_writes.moc"
