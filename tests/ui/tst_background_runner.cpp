// hc::BackgroundRunner (offscreen): the work runs on another thread with a connection of its own
// to the file, the result or the error comes back in the GUI thread, cancel stops the work,
// a newer job drops an older one's result, and a widget destroyed mid-run gets no callback
// (the runner waits for its job and nothing is delivered after).
#include "core/storage/Database.h"
#include "tests/support/TestDatabase.h"
#include "ui/common/BackgroundRunner.h"

#include <QApplication>
#include <QSemaphore>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>
#include <QThread>
#include <QWidget>
#include <atomic>
#include <memory>

using namespace hc;
using hc::test::TestDatabase;

class TestBackgroundRunner : public QObject
{
    Q_OBJECT
private slots:
    void deliversResultInGuiThread();
    void deliversErrors();
    void cancelStopsWork();
    void newerJobDropsOlder();
    void abandonDropsResult();
    void widgetDestroyedFirst();
    void localWork();
};

namespace {
// Counts the households with the worker's own connection.
Result<qint64> countHouseholds(Database& db)
{
    QSqlQuery q(db.sql());
    if (!q.exec("SELECT count(*) FROM households") || !q.next())
        return storageError("no count");
    return q.value(0).toLongLong();
}
} // namespace

void TestBackgroundRunner::deliversResultInGuiThread()
{
    TestDatabase t;
    BackgroundRunner runner;
    QSignalSpy running(&runner, &BackgroundRunner::runningChanged);
    QThread* workThread = nullptr;
    QThread* doneThread = nullptr;
    QString connectionName;
    std::optional<Result<qint64>> got;
    runner.start(
        t.path(),
        [&workThread, &connectionName](Database& db) {
            workThread = QThread::currentThread();
            connectionName = db.sql().connectionName();
            return countHouseholds(db);
        },
        [&](Result<qint64> r) {
            doneThread = QThread::currentThread();
            QVERIFY(!runner.isRunning()); // done may start the next job
            got = std::move(r);
        });
    QVERIFY(runner.isRunning());
    QCOMPARE(running.count(), 1);
    QTRY_VERIFY(got.has_value());
    QVERIFY(got->ok());
    QCOMPARE(**got, 0);
    QVERIFY(workThread && workThread != qApp->thread());
    QCOMPARE(doneThread, qApp->thread());
    QVERIFY(connectionName != t.db().sql().connectionName()); // a connection of its own
    QVERIFY(!runner.isRunning());
    QCOMPARE(running.count(), 2);
    QCOMPARE(running.at(1).at(0).toBool(), false);
}

void TestBackgroundRunner::deliversErrors()
{
    TestDatabase t;
    BackgroundRunner runner;
    // The work's own error.
    std::optional<Result<int>> got;
    runner.start(
        t.path(), [](Database&) -> Result<int> { return invalid("field", "refused"); },
        [&](Result<int> r) { got = std::move(r); });
    QTRY_VERIFY(got.has_value());
    QVERIFY(!got->ok());
    QCOMPARE(got->error().field, QString("field"));
    QCOMPARE(got->error().message, QString("refused"));
    // A file that cannot be opened: the opening error, and the work never runs.
    got.reset();
    bool ran = false;
    runner.start(
        t.dir() + "/missing/none.db",
        [&ran](Database&) -> Result<int> {
            ran = true;
            return 1;
        },
        [&](Result<int> r) { got = std::move(r); });
    QTRY_VERIFY(got.has_value());
    QVERIFY(!got->ok());
    QVERIFY(!got->error().message.isEmpty());
    QVERIFY(!ran);
}

void TestBackgroundRunner::cancelStopsWork()
{
    TestDatabase t;
    BackgroundRunner runner;
    QSignalSpy progressed(&runner, &BackgroundRunner::progressed);
    QSemaphore started;
    std::atomic_int steps{0};
    std::optional<Result<int>> got;
    runner.start(
        t.path(),
        [&](Database&, const BackgroundRunner::Progress& progress) -> Result<int> {
            started.release();
            for (int i = 0; i < 100000; ++i) {
                if (!progress(i % 100, "working"))
                    return Error{{}, "stopped", Error::Kind::Cancelled};
                ++steps;
                QThread::msleep(1);
            }
            return 0;
        },
        [&](Result<int> r) { got = std::move(r); });
    QVERIFY(started.tryAcquire(1, 10000));
    QTRY_VERIFY(progressed.count() > 0);
    QCOMPARE(progressed.first().at(1).toString(), QString("working"));
    QVERIFY(!runner.isCancelling());
    runner.cancel();
    QVERIFY(runner.isCancelling());
    QTRY_VERIFY(got.has_value()); // done still comes, with what the work returned
    QCOMPARE(got->error().kind, Error::Kind::Cancelled);
    QVERIFY(steps < 100000);
    QVERIFY(!runner.isRunning());
}

void TestBackgroundRunner::newerJobDropsOlder()
{
    TestDatabase t;
    BackgroundRunner runner;
    QSemaphore entered;
    QSemaphore release;
    std::atomic_bool firstSawCancel{false};
    QList<int> delivered;
    runner.start(
        t.path(),
        [&](Database&, const BackgroundRunner::Progress& progress) -> Result<int> {
            entered.release();
            release.acquire(); // held until the second job has been started
            firstSawCancel = !progress(0, {});
            return 1;
        },
        [&](Result<int> r) { delivered << *r; });
    entered.acquire(); // the first job is running (on a loaded machine its start may lag)
    runner.start(
        t.path(), [](Database&) -> Result<int> { return 2; }, [&](Result<int> r) { delivered << *r; });
    release.release();
    QTRY_COMPARE(delivered, QList<int>{2});
    QTRY_VERIFY(firstSawCancel);
    QTest::qWait(100); // the first job's result, had it been posted, would be here by now
    QCOMPARE(delivered, QList<int>{2});
}

void TestBackgroundRunner::abandonDropsResult()
{
    TestDatabase t;
    BackgroundRunner runner;
    QSemaphore entered;
    QSemaphore release;
    std::atomic_bool finished{false};
    bool delivered = false;
    runner.start(
        t.path(),
        [&](Database&) -> Result<int> {
            entered.release();
            release.acquire();
            finished = true;
            return 1;
        },
        [&](Result<int>) { delivered = true; });
    entered.acquire(); // the job is running (on a loaded machine its start may lag)
    runner.abandon();
    QVERIFY(!runner.isRunning());
    release.release();
    QTRY_VERIFY(finished);
    QTest::qWait(100);
    QVERIFY(!delivered);
}

void TestBackgroundRunner::widgetDestroyedFirst()
{
    TestDatabase t;
    auto* widget = new QWidget;
    auto* runner = new BackgroundRunner(widget);
    QSemaphore started;
    std::atomic_bool stoppedEarly{false};
    std::atomic_bool ended{false};
    bool delivered = false;
    int* onWidget = new int(0); // what `done` would touch, freed with the widget
    QObject::connect(widget, &QObject::destroyed, [onWidget] { delete onWidget; });
    runner->start(
        t.path(),
        [&](Database&, const BackgroundRunner::Progress& progress) -> Result<int> {
            started.release();
            for (int i = 0; i < 20000; ++i) {
                if (!progress(0, {})) {
                    stoppedEarly = true;
                    break;
                }
                QThread::msleep(1);
            }
            ended = true;
            return 1;
        },
        [&delivered, onWidget](Result<int>) {
            delivered = true;
            ++*onWidget;
        });
    QVERIFY(started.tryAcquire(1, 10000));
    QTest::qWait(20); // progress reports are posted to the runner meanwhile
    delete widget;    // cancels the job and waits for it
    QVERIFY(ended);
    QVERIFY(stoppedEarly);
    QTest::qWait(100); // nothing posted before the destruction reaches anyone
    QVERIFY(!delivered);
}

void TestBackgroundRunner::localWork()
{
    BackgroundRunner runner;
    std::optional<Result<QString>> got;
    QThread* workThread = nullptr;
    runner.startLocal(
        [&workThread]() -> Result<QString> {
            workThread = QThread::currentThread();
            return QString("written");
        },
        [&](Result<QString> r) { got = std::move(r); });
    QTRY_VERIFY(got.has_value());
    QCOMPARE(**got, QString("written"));
    QVERIFY(workThread != qApp->thread());
}

QTEST_MAIN(TestBackgroundRunner)
#include "tst_background_runner.moc"
