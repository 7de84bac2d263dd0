// The duplicates screen offscreen: detection runs off the GUI thread and lists the planted
// pairs; the side-by-side comparison shows both records; a merge and a dismissal go through the
// GUI with the confirmation answered by the test hook (a "No" changes nothing); the navigation
// offers the screen to investigators only (supervisors get "Missing vs found"); the missing-vs-
// found tab opens the ranked candidates with their reasons.
#include "core/auth/UserService.h"
#include "core/common/Clock.h"
#include "core/common/Translations.h"
#include "tests/support/Fixture.h"
#include "tests/support/TestDatabase.h"
#include "ui/common/SessionContext.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/matching/DuplicatesPage.h"
#include "ui/matching/MatchCandidatesDialog.h"
#include "ui/matching/MissingFoundPanel.h"
#include "ui/startup/AppFlow.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlError>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

using namespace hc;
using hc::test::TestDatabase;

class TestDuplicatesPage : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { installTranslation(QLocale(QLocale::English)); } // English plurals
    void init();
    void cleanup();
    void detectMergeAndDismiss();
    void cancel();
    void scoreAndRuleFilters();
    void navigationByRole();
    void missingVsFound();

private:
    std::unique_ptr<TestDatabase> m_t;
    std::unique_ptr<SessionContext> session(const char* badge)
    {
        auto user = UserService(m_t->db()).find(QLatin1String(badge));
        return user ? std::make_unique<SessionContext>(m_t->db(), *user) : nullptr;
    }
    void exec(const QString& sql)
    {
        QSqlQuery q(m_t->db().sql());
        QVERIFY2(q.exec(sql), qPrintable(q.lastError().text()));
    }
    void shot(QWidget* w, const char* name)
    {
        if (qEnvironmentVariableIsSet("HC_SHOTS"))
            w->grab().save(qEnvironmentVariable("HC_SHOTS") + '/' + name);
    }
};

void TestDuplicatesPage::init()
{
    Clock::setInstance(std::make_unique<FixedClock>(QDateTime(QDate(2026, 4, 3), QTime(12, 0))));
    m_t = std::make_unique<TestDatabase>();
    hc::test::loadFixture(*m_t);
    // 王芳 written down twice (same birth date), and 章伟 who sounds like 张伟 (1980, same area).
    exec("INSERT INTO persons(name, sex, birth_date, birth_year, household_id) VALUES ('王芳', 'F', "
         "'1982-03-01', "
         "1982, 3)");
    exec("INSERT INTO persons(name, sex, birth_year, household_id, registered, notes) VALUES ('章伟', 'M', "
         "1980, 1, "
         "0, '无户口')");
}

void TestDuplicatesPage::cleanup()
{
    m_t.reset();
    Clock::setInstance(nullptr);
}

void TestDuplicatesPage::detectMergeAndDismiss()
{
    auto s = session("100003"); // investigator
    QVERIFY(s);
    DuplicatesPage page(*s);
    QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    page.resize(1100, 760);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QVERIFY(!page.keepFirstButton()->isEnabled());

    QSignalSpy done(&page, &DuplicatesPage::detectionFinished);
    QTest::mouseClick(page.runButton(), Qt::LeftButton);
    QVERIFY(page.isRunning());
    QVERIFY(!page.runButton()->isEnabled());
    QTRY_COMPARE(done.size(), 1);
    QVERIFY(!page.isRunning());
    QVERIFY(page.runButton()->isEnabled());
    QCOMPARE(page.model()->rowCount(), 2);
    QVERIFY(page.summaryLabel()->text().contains("2 possible duplicate pairs"));
    shot(&page, "duplicates.png");

    // The first row is selected: both records side by side, and the reasons.
    auto rowOf = [&](const QString& name) {
        for (int r = 0; r < page.model()->rowCount(); ++r)
            if (page.model()->index(r, 2).data().toString().startsWith(name))
                return r;
        return -1;
    };
    const int wangRow = rowOf("王芳");
    QVERIFY(wangRow >= 0);
    page.table()->selectRow(wangRow);
    QVERIFY(page.keepFirstButton()->isEnabled());
    QTableWidget* cmp = page.comparison();
    QVERIFY(cmp->rowCount() >= 10);
    QCOMPARE(cmp->item(1, 1)->text(), QString("王芳"));
    QCOMPARE(cmp->item(1, 2)->text(), QString("王芳"));
    QCOMPARE(cmp->item(2, 1)->text(), QString("620102198203010226"));
    QCOMPARE(cmp->item(2, 2)->text(), QString(""));
    QVERIFY(cmp->item(2, 1)->font().bold()); // differs

    // Enter on a pair opens its first person; a double-click in the second person's columns
    // the second (the session carries the request to the window).
    {
        const auto pair = page.model()->index(wangRow, 0);
        QSignalSpy opened(s.get(), &SessionContext::openRequested);
        page.table()->setFocus();
        page.table()->setCurrentIndex(pair);
        QTest::keyClick(page.table(), Qt::Key_Enter);
        QCOMPARE(opened.size(), 1);
        const auto first = opened.at(0).at(0).value<RecordRef>();
        QCOMPARE(first.kind, RecordKind::Person);
        QCOMPARE(m_t->scalar(QString("SELECT name FROM persons WHERE id = %1").arg(first.id)).toString(),
                 QString("王芳"));
        const QRect second = page.table()->visualRect(page.model()->index(wangRow, 5));
        QTest::mouseClick(page.table()->viewport(), Qt::LeftButton, {}, second.center());
        QTest::mouseDClick(page.table()->viewport(), Qt::LeftButton, {}, second.center());
        QCOMPARE(opened.size(), 2);
        const auto other = opened.at(1).at(0).value<RecordRef>();
        QCOMPARE(other.kind, RecordKind::Person);
        QVERIFY(other.id != first.id);
        page.table()->selectRow(wangRow);
    }

    // Merge, keeping the first (registered) record; a "No" changes nothing.
    QStringList asked;
    page.setConfirm([&asked](const QString& q) {
        asked << q;
        return false;
    });
    const qint64 people = m_t->count("persons");
    QTest::mouseClick(page.keepFirstButton(), Qt::LeftButton);
    QCOMPARE(asked.size(), 1);
    QVERIFY(asked.first().contains("王芳"));
    QCOMPARE(m_t->count("persons"), people);
    page.setConfirm([&asked](const QString& q) {
        asked << q;
        return true;
    });
    QSignalSpy resolved(&page, &DuplicatesPage::pairResolved);
    QSignalSpy changed(s.get(), &SessionContext::dataChanged);
    QTest::mouseClick(page.keepFirstButton(), Qt::LeftButton);
    QCOMPARE(resolved.size(), 1);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(m_t->count("persons"), people - 1);
    QCOMPARE(m_t->scalar("SELECT count(*) FROM persons WHERE name = '王芳'").toInt(), 1);
    QCOMPARE(m_t->scalar("SELECT id_number FROM persons WHERE name = '王芳'").toString(),
             QString("620102198203010226"));
    QCOMPARE(m_t->scalar("SELECT count(*) FROM audit_log WHERE action = 'merge'").toInt(), 1);
    QCOMPARE(page.model()->rowCount(), 1);
    QVERIFY(!page.errorLabel()->isVisible());

    // Dismiss the remaining pair (张伟 / 章伟).
    page.table()->selectRow(0);
    QVERIFY(page.model()->index(0, 5).data().toString().startsWith("章伟"));
    QTest::mouseClick(page.dismissButton(), Qt::LeftButton);
    QCOMPARE(m_t->count("person_match_dismissals"), 1);
    QCOMPARE(page.model()->rowCount(), 0);
    QVERIFY(!page.dismissButton()->isEnabled());

    // A new run finds nothing more.
    QTest::mouseClick(page.runButton(), Qt::LeftButton);
    QTRY_COMPARE(done.size(), 2);
    QCOMPARE(page.model()->rowCount(), 0);
    // One dismissed pair, in the singular once the English plural forms are filled in.
    const QString summary = page.summaryLabel()->text();
    QVERIFY2(summary.contains(DuplicatesPage::tr("%n dismissed pair(s) not shown.", nullptr, 1)),
             qPrintable(summary));
    QVERIFY2(!summary.contains("1 pairs") && !summary.contains("1 dismissed pairs"), qPrintable(summary));
}

void TestDuplicatesPage::cancel()
{
    auto s = session("100003");
    DuplicatesPage page(*s);
    page.show();
    QSignalSpy done(&page, &DuplicatesPage::detectionFinished);
    page.runDetection();
    QVERIFY(page.progressBar()->isVisible());
    // The worker opens its own connection first; the flag is set long before it reads a row.
    page.cancelDetection();
    QTRY_COMPARE(done.size(), 1);
    QVERIFY(!page.isRunning());
    QVERIFY2(page.summaryLabel()->text().contains("cancelled"), qPrintable(page.summaryLabel()->text()));
    QVERIFY(!page.errorLabel()->isVisible());
    QCOMPARE(page.model()->rowCount(), 0);
    QVERIFY(!page.progressBar()->isVisible());
    QVERIFY(page.runButton()->isEnabled());
    // Leaving while a run goes on waits for the worker (no crash, no stray callback).
    auto* other = new DuplicatesPage(*s);
    other->runDetection();
    delete other;
}

// The minimum score and the rule narrow the list; a change runs detection again, and the
// summary counts what was left out.
void TestDuplicatesPage::scoreAndRuleFilters()
{
    auto s = session("100003");
    DuplicatesPage page(*s);
    page.show();
    QSignalSpy done(&page, &DuplicatesPage::detectionFinished);
    page.runDetection();
    QTRY_COMPARE(done.size(), 1);
    QCOMPARE(page.model()->rowCount(), 2);
    const int best = page.model()->index(0, 0).data().toInt(),
              other = page.model()->index(1, 0).data().toInt();
    QVERIFY(best > other);

    page.minScoreBox()->setValue(best);
    emit page.minScoreBox()->editingFinished();
    QTRY_COMPARE(done.size(), 2);
    QCOMPARE(page.model()->rowCount(), 1);
    QCOMPARE(page.model()->index(0, 0).data().toInt(), best);
    QVERIFY2(page.summaryLabel()->text().contains(QStringLiteral("1 pair scoring under %1").arg(best)),
             qPrintable(page.summaryLabel()->text()));

    page.minScoreBox()->setValue(0);
    // Neither pair shares an ID number: both are left out, and counted.
    page.ruleBox()->setCurrentIndex(page.ruleBox()->findData(int(DuplicatePair::SameIdNumber)));
    QTRY_COMPARE(done.size(), 3);
    QCOMPARE(page.model()->rowCount(), 0);
    QVERIFY2(page.summaryLabel()->text().contains(QStringLiteral("2 pairs found only by other rules")),
             qPrintable(page.summaryLabel()->text()));
}

void TestDuplicatesPage::navigationByRole()
{
    auto titles = [](MainWindow* w) {
        QStringList t;
        for (int i = 0; i < w->navigation()->count(); ++i)
            t << w->navigation()->item(i)->text();
        return t;
    };
    for (const char* badge : {"100001", "100002", "100003"}) {
        auto s = session(badge);
        std::unique_ptr<MainWindow> window(AppFlow::buildWindow(*s));
        const QStringList t = titles(window.get());
        QCOMPARE(t.contains("Duplicates"), QByteArray(badge) == "100003");
        QCOMPARE(t.contains("Missing vs found"), QByteArray(badge) == "100002");
    }
    auto supervisor = session("100002");
    DuplicatesPage page(*supervisor);
    QCOMPARE(page.tabs()->count(), 1);
    QVERIFY(page.missingFoundPanel());
    QVERIFY(!page.model()); // no duplicates tab
}

void TestDuplicatesPage::missingVsFound()
{
    exec("INSERT INTO cases(uuid, case_no, station_id, source, status, opened_at, subject_name, subject_sex, "
         "subject_birth_year, subject_height_cm, last_seen_date, last_seen_place) VALUES ('u1', 'SZ-10', 1, "
         "'public_report', 'open', '2026-03-01T00:00:00', '王小红', 'F', 1990, 160, '2026-03-01', "
         "'东岗路菜市场')");
    exec("INSERT INTO found_persons(uuid, record_no, circumstance, station_id, sex, age_min, age_max, "
         "height_cm, "
         "name_given, place_found, found_date, created_at) VALUES ('f1', 'WM-1', 'shelter', 1, 'F', 33, 38, "
         "158, "
         "'王晓红', '东岗路公交站', '2026-03-10', '2026-03-10T00:00:00'), ('f2', 'WM-2', 'hospital', 2, 'F', "
         "30, 40, "
         "NULL, NULL, '西湖公园', '2026-06-01', '2026-06-01T00:00:00'), ('f3', 'WM-3', 'remains', 1, 'M', "
         "30, 40, "
         "NULL, NULL, '东岗路', '2026-03-05', '2026-03-05T00:00:00')");
    auto s = session("100003");
    DuplicatesPage page(*s);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    MissingFoundPanel* panel = page.missingFoundPanel();
    QVERIFY(panel);
    page.tabs()->setCurrentWidget(panel);
    QTest::keyClicks(panel->numberEdit(), "SZ-99");
    QTest::keyClick(panel->numberEdit(), Qt::Key_Return);
    QVERIFY(panel->errorLabel()->isVisible());
    QVERIFY(panel->errorLabel()->text().contains("SZ-99"));
    panel->numberEdit()->clear();
    QTest::keyClicks(panel->numberEdit(), "SZ-10");
    QVERIFY(!panel->errorLabel()->isVisible());
    MatchCandidatesDialog* d = panel->showCandidates();
    QVERIFY(d);
    QAbstractItemModelTester tester(d->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_VERIFY(!d->isLoading());
    QCOMPARE(d->model()->rowCount(), 2);
    QCOMPARE(d->model()->index(0, 1).data().toString(), QString("WM-1"));
    QCOMPARE(d->model()->index(1, 1).data().toString(), QString("WM-2"));
    QVERIFY(d->subjectLabel()->text().contains("王小红"));
    QVERIFY(d->reasons()->count() >= 5);
    QStringList reasons;
    for (int i = 0; i < d->reasons()->count(); ++i)
        reasons << d->reasons()->item(i)->text();
    QVERIFY2(reasons.join('|').contains("Names sound alike"), qPrintable(reasons.join('|')));
    QVERIFY(reasons.last().startsWith("Score: "));
    d->resize(900, 560);
    shot(d, "match_candidates.png");
    QSignalSpy activated(d, &MatchCandidatesDialog::candidateActivated);
    QSignalSpy opened(s.get(), &SessionContext::openRequested);
    // Enter on the current row opens the found person's record, through the session.
    const qint64 wm1Id = m_t->scalar("SELECT id FROM found_persons WHERE record_no = 'WM-1'").toLongLong();
    const qint64 wm2Id = m_t->scalar("SELECT id FROM found_persons WHERE record_no = 'WM-2'").toLongLong();
    d->show();
    d->table()->setFocus();
    d->table()->setCurrentIndex(d->model()->index(0, 1));
    QTest::keyClick(d->table(), Qt::Key_Return);
    QCOMPARE(activated.size(), 1);
    QCOMPARE(opened.size(), 1);
    QCOMPARE(opened.at(0).at(0).value<RecordRef>(), (RecordRef{RecordKind::FoundPerson, wm1Id}));
    // A double-click on the second.
    const QRect second = d->table()->visualRect(d->model()->index(1, 1));
    QTest::mouseClick(d->table()->viewport(), Qt::LeftButton, {}, second.center());
    QTest::mouseDClick(d->table()->viewport(), Qt::LeftButton, {}, second.center());
    QCOMPARE(opened.size(), 2);
    QCOMPARE(opened.at(1).at(0).value<RecordRef>(), (RecordRef{RecordKind::FoundPerson, wm2Id}));
    d->close();

    // The other way round, from a found person.
    const qint64 wm1 = m_t->scalar("SELECT id FROM found_persons WHERE record_no = 'WM-1'").toLongLong();
    auto* back = MatchCandidatesDialog::showForFoundPerson(*s, wm1, &page);
    QTRY_VERIFY(!back->isLoading());
    QCOMPARE(back->model()->rowCount(), 1);
    QCOMPARE(back->model()->index(0, 1).data().toString(), QString("SZ-10"));
    back->close();
}

QTEST_MAIN(TestDuplicatesPage)
#include "tst_duplicates_page.moc"
