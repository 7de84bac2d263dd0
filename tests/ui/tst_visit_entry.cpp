// Visit entry driven from the keyboard: a household of 4 residents all present is logged in
// at most 6 keystrokes, and so is a mixed one (3 present, 1 away with verified whereabouts) plus
// the destination's text; F3 works from the window's navigation; digits set statuses;
// undo/redo; details a status needs; a whereabouts-unknown status offers a missing-person case.
#include "core/auth/UserService.h"
#include "core/common/Clock.h"
#include "core/common/DateText.h"
#include "core/imports/OfficerImporter.h"
#include "core/imports/RegistryImporter.h"
#include "core/operations/OperationService.h"
#include "core/registry/IdNumber.h"
#include "core/visits/VisitService.h"
#include "tests/support/TestDatabase.h"
#include "ui/common/SessionContext.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/visits/VisitEntryPage.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>
#include <QUndoStack>

using namespace hc;
using hc::test::TestDatabase;

namespace {
QString data(const char* name)
{
    return QStringLiteral(HC_TEST_DATA "/") + QLatin1String(name);
}

} // namespace

class TestVisitEntry : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void fourPresentInSixKeys();
    void f3FromTheNavigation();
    void mixedHouseholdInSixKeys();
    void allPresentAfterClickingVisitEntry();
    void digitsUndoAndDetails();
    void unknownWhereaboutsOpensCase();
    void correctionOfASavedVisit();
    void correctedMeanwhile();
    void personRegisteredElsewhere();
    void afterTheOperationTheDateIsItsLastDay();

private:
    std::unique_ptr<TestDatabase> m_t;
    std::unique_ptr<SessionContext> m_session;
    std::unique_ptr<VisitEntryPage> m_page;
    qint64 household(const char* no)
    {
        return m_t
            ->scalar(
                QStringLiteral("SELECT id FROM households WHERE household_no = '%1'").arg(QLatin1String(no)))
            .toLongLong();
    }
    // The page inside the real window, as the application shows it, behind another screen.
    std::unique_ptr<MainWindow> window(VisitEntryPage*& page)
    {
        m_page->hide();
        auto w = std::make_unique<MainWindow>(*m_session);
        w->addPage(new QLineEdit, QStringLiteral("Other"));
        page = new VisitEntryPage(*m_session);
        w->addPage(page, QStringLiteral("Visit entry"));
        w->resize(1100, 760);
        w->show();
        if (!QTest::qWaitForWindowActive(w.get()))
            return nullptr;
        return w;
    }
};

void TestVisitEntry::init()
{
    QStandardPaths::setTestModeEnabled(true);
    Clock::setInstance(std::make_unique<FixedClock>(QDateTime(QDate(2026, 3, 20), QTime(15, 30))));
    m_t = std::make_unique<TestDatabase>();
    QVERIFY(!RegistryImporter(m_t->db(), Actor::system()).run(data("registry.csv")).fatal);
    // A household of four in 东岗, numbered after H001-H004 so "next household" reaches it last.
    QByteArray csv = "station,area,household_no,address,id_number,name\n";
    const char* names[] = {"周一", "周二", "周三", "周四"};
    for (int i = 0; i < 4; ++i)
        csv += QStringLiteral("东岗派出所,东岗社区,H100,东岗路100号,%1,%2\n")
                   .arg(IdNumber::make(QStringLiteral("620102"), QDate(1960 + 10 * i, 5, 1), 21 + i),
                        QString::fromUtf8(names[i]))
                   .toUtf8();
    QVERIFY(!RegistryImporter(m_t->db(), Actor::system())
                 .run(m_t->writeFile(QStringLiteral("h100.csv"), csv))
                 .fatal);
    QVERIFY(!OfficerImporter(m_t->db(), Actor::system()).run(data("officers.csv")).fatal);
    const qint64 op = OperationService(m_t->db(), Actor::system())
                          .create(QStringLiteral("春季行动"), QDate(2026, 3, 1), QDate(2026, 5, 29), {}, 5)
                          ->id;
    m_session =
        std::make_unique<SessionContext>(m_t->db(), *UserService(m_t->db()).find(QStringLiteral("100001")));
    m_session->setOperation(op);
    m_page = std::make_unique<VisitEntryPage>(*m_session);
    m_page->resize(900, 700);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
}

void TestVisitEntry::cleanup()
{
    m_page.reset();
    m_session.reset();
    m_t.reset();
    Clock::setInstance(nullptr);
}

void TestVisitEntry::fourPresentInSixKeys()
{
    m_page->loadHousehold(household("H100"));
    QCOMPARE(m_page->table()->rowCount(), 4);
    QVERIFY(m_page->table()->hasFocus());
    // Every key the officer presses, from the moment the form shows the household.
    const QList<QPair<Qt::Key, Qt::KeyboardModifiers>> keys = {
        {Qt::Key_A, Qt::NoModifier},           // all remaining present
        {Qt::Key_Return, Qt::ControlModifier}, // save and next household
    };
    QVERIFY(keys.size() <= 6);
    for (const auto& [key, modifiers] : keys)
        QTest::keyClick(QApplication::focusWidget(), key, modifiers);
    QCOMPARE(
        m_t->scalar(QStringLiteral("SELECT count(*) FROM visits v JOIN households h ON h.id = v.household_id "
                                   "WHERE h.household_no = 'H100' AND v.outcome = 'completed'"))
            .toInt(),
        1);
    QCOMPARE(m_t->scalar(QStringLiteral("SELECT count(*) FROM screenings WHERE status = 'present'")).toInt(),
             4);
    QCOMPARE(m_t->scalar(QStringLiteral("SELECT visited_at FROM visits")).toString(),
             QStringLiteral("2026-03-20T15:30:00"));
    QVERIFY2(m_page->messageLabel()->text().contains(QStringLiteral("H100")),
             qPrintable(m_page->messageLabel()->text()));
}

void TestVisitEntry::f3FromTheNavigation()
{
    VisitEntryPage* page = nullptr;
    auto w = window(page);
    QVERIFY(w);
    QListWidget* nav = w->navigation();
    nav->setFocus();
    QTest::keyClick(nav, Qt::Key_Down); // the arrow keys go through the screens...
    QCOMPARE(w->currentPage(), page);
    QVERIFY(nav->hasFocus()); // ...and leave the keyboard in the list
    QTest::keyClick(nav, Qt::Key_F3);
    QCOMPARE(page->householdId(), household("H001"));
    QVERIFY(page->table()->hasFocus()); // the residents take the keyboard
    // Save and next from the list too.
    QTest::keyClick(page->table(), Qt::Key_A);
    nav->setFocus();
    QTest::keyClick(nav, Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(m_t->scalar(QStringLiteral("SELECT count(*) FROM screenings WHERE status = 'present'")).toInt(),
             3);
    QCOMPARE(page->householdId(), household("H002"));
    // Another screen's widgets do not see the page's keys: F3 there does nothing.
    nav->setCurrentRow(0);
    w->currentPage()->setFocus();
    QTest::keyClick(w->currentPage(), Qt::Key_F3);
    QCOMPARE(page->householdId(), household("H002"));
    // A click on the entry shows the page and takes the keyboard to it.
    nav->setFocus();
    QTest::mouseClick(nav->viewport(), Qt::LeftButton, {}, nav->visualItemRect(nav->item(1)).center());
    QCOMPARE(w->currentPage(), page);
    QVERIFY(page->isAncestorOf(QApplication::focusWidget()));
}

void TestVisitEntry::mixedHouseholdInSixKeys()
{
    VisitEntryPage* page = nullptr;
    auto w = window(page);
    QVERIFY(w);
    w->showPage(page); // as the households page does: the page takes the keyboard
    QVERIFY(page->isAncestorOf(QApplication::focusWidget()));
    page->loadHousehold(household("H002"));
    w->navigation()->setFocus();
    QTest::keyClick(w->navigation(), Qt::Key_F3); // H100 is the next one
    QCOMPARE(page->householdId(), household("H100"));
    QCOMPARE(page->table()->rowCount(), 4);
    // Every key the officer presses from here on goes where the focus is.
    int keystrokes = 0;
    auto press = [&keystrokes](Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier) {
        ++keystrokes;
        QTest::keyClick(QApplication::focusWidget(), key, modifiers);
    };
    press(Qt::Key_1); // 周一 present
    press(Qt::Key_2); // 周二 away, verified: the focus goes to where
    QCOMPARE(QApplication::focusWidget(), page->whereaboutsEdit());
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Lanzhou, Chengguan")); // the text
    press(Qt::Key_Return); // then how it was verified
    QCOMPARE(QApplication::focusWidget(), page->verifiedByBox());
    press(Qt::Key_1); // by phone: back to the residents, at 周三
    QCOMPARE(QApplication::focusWidget(), page->table());
    QCOMPARE(page->table()->currentRow(), 2);
    press(Qt::Key_A);                           // the others present
    press(Qt::Key_Return, Qt::ControlModifier); // save and next
    QVERIFY2(keystrokes <= 6, qPrintable(QString::number(keystrokes)));
    QCOMPARE(m_t->scalar(QStringLiteral(
                             "SELECT group_concat(x, '|') FROM (SELECT p.name || ':' || s.status || ':' || "
                             "coalesce(s.whereabouts, '') || ':' || coalesce(s.verified_by, '') AS x "
                             "FROM screenings s JOIN persons p ON p.id = s.person_id ORDER BY p.id)"))
                 .toString(),
             QStringLiteral("周一:present::|周二:away_verified:Lanzhou, Chengguan:phone|周三:present::|周四:"
                            "present::"));
    QVERIFY2(page->messageLabel()->text().contains(QStringLiteral("H100")),
             qPrintable(page->messageLabel()->text()));
}

// As an officer starts: a click on "Visit entry", F3 for the first household waiting, then the
// household in two keystrokes, every key sent to whatever has the focus.
void TestVisitEntry::allPresentAfterClickingVisitEntry()
{
    VisitEntryPage* page = nullptr;
    auto w = window(page);
    QVERIFY(w);
    QListWidget* nav = w->navigation();
    QTest::mouseClick(nav->viewport(), Qt::LeftButton, {}, nav->visualItemRect(nav->item(1)).center());
    QCOMPARE(w->currentPage(), page);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F3);
    QCOMPARE(page->householdId(), household("H001"));
    int keystrokes = 0;
    for (const auto& [key, modifiers] : QList<QPair<Qt::Key, Qt::KeyboardModifiers>>{
             {Qt::Key_A, Qt::NoModifier}, {Qt::Key_Return, Qt::ControlModifier}}) {
        ++keystrokes;
        QTest::keyClick(QApplication::focusWidget(), key, modifiers);
    }
    QCOMPARE(keystrokes, 2);
    QCOMPARE(
        m_t->scalar(QStringLiteral("SELECT count(*) FROM screenings s JOIN visits v ON v.id = s.visit_id "
                                   "JOIN households h ON h.id = v.household_id WHERE h.household_no = "
                                   "'H001' AND s.status = 'present'"))
            .toInt(),
        3);
    QCOMPARE(page->householdId(), household("H002")); // and on to the next
}

void TestVisitEntry::digitsUndoAndDetails()
{
    QVERIFY(m_page->nextHousehold()); // H001, the first of 东岗 not covered
    QCOMPARE(m_page->householdId(), household("H001"));
    QTest::keyClick(m_page->table(), Qt::Key_1); // 张伟 present, moves on
    QCOMPARE(m_page->status(0), QStringLiteral("present"));
    QCOMPARE(m_page->table()->currentRow(), 1);
    QTest::keyClick(m_page->table(), Qt::Key_2); // 王芳 away, verified: stays for the details
    QCOMPARE(m_page->status(1), QStringLiteral("away_verified"));
    QVERIFY(m_page->whereaboutsEdit()->isVisible());
    QTest::keyClick(m_page->table(), Qt::Key_Z, Qt::ControlModifier); // undo
    QCOMPARE(m_page->status(1), QString());
    QTest::keyClick(m_page->table(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier); // redo
    QCOMPARE(m_page->status(1), QStringLiteral("away_verified"));
    m_page->table()->setCurrentCell(2, 3);
    QTest::keyClick(m_page->table(), Qt::Key_1);
    // Saving without where 王芳 is: refused, the message names her row.
    QVERIFY(!m_page->save(false));
    QVERIFY2(m_page->messageLabel()->text().contains(QStringLiteral("王芳")),
             qPrintable(m_page->messageLabel()->text()));
    QCOMPARE(m_page->table()->currentRow(), 1);
    QTest::keyClicks(m_page->whereaboutsEdit(), QStringLiteral("Lanzhou"));
    m_page->verifiedByBox()->setCurrentIndex(m_page->verifiedByBox()->findData(QStringLiteral("phone")));
    emit m_page->verifiedByBox()->activated(m_page->verifiedByBox()->currentIndex());
    QVERIFY2(m_page->save(false), qPrintable(m_page->messageLabel()->text()));
    QCOMPARE(
        m_t->scalar(QStringLiteral("SELECT whereabouts || '/' || verified_by FROM screenings WHERE status = "
                                   "'away_verified'"))
            .toString(),
        QStringLiteral("Lanzhou/phone"));
}

void TestVisitEntry::unknownWhereaboutsOpensCase()
{
    m_page->loadHousehold(household("H001"));
    QStringList asked;
    m_page->setCaseQuestion([&asked](const QString& name) {
        asked << name;
        return true;
    });
    QTest::keyClick(m_page->table(), Qt::Key_1);
    QTest::keyClick(m_page->table(), Qt::Key_1);
    QTest::keyClick(m_page->table(), Qt::Key_4); // 张小明: whereabouts unknown
    QVERIFY2(m_page->save(false), qPrintable(m_page->messageLabel()->text()));
    QCOMPARE(asked, QStringList{QStringLiteral("张小明")});
    QCOMPARE(
        m_t->scalar(QStringLiteral("SELECT c.status || '/' || c.source || '/' || p.name FROM cases c JOIN "
                                   "persons p ON p.id = c.subject_person_id"))
            .toString(),
        QStringLiteral("open/screening/张小明"));
    QVERIFY(m_page->messageLabel()->text().contains(QStringLiteral("SZ2026-00001")));
    // No answer: nobody is screened, the household goes on the revisit list.
    m_page->loadHousehold(household("H002"));
    m_page->outcomeBox()->setCurrentIndex(m_page->outcomeBox()->findData(QStringLiteral("no_answer")));
    QVERIFY(!m_page->table()->isEnabled());
    QVERIFY(m_page->save(false));
    QCOMPARE(m_t->scalar(QStringLiteral("SELECT count(*) FROM household_progress WHERE covered = 0")).toInt(),
             1);
    m_page->undoStack()->undo(); // the outcome change is undoable
    QCOMPARE(m_page->outcomeBox()->currentData().toString(), QStringLiteral("completed"));
}

void TestVisitEntry::correctionOfASavedVisit()
{
    m_page->loadHousehold(household("H001"));
    QTest::keyClick(m_page->table(), Qt::Key_A);
    QVERIFY(m_page->save(false));
    const qint64 visit = m_t->scalar(QStringLiteral("SELECT id FROM visits")).toLongLong();
    QVERIFY(m_page->loadVisit(visit));
    QCOMPARE(m_page->correctingVisitId(), visit);
    QCOMPARE(m_page->status(2), QStringLiteral("present"));
    m_page->table()->setCurrentCell(2, 3);
    m_page->setCaseQuestion([](const QString&) { return false; });
    QTest::keyClick(m_page->table(), Qt::Key_3); // 张小明: away, unverified
    QVERIFY2(m_page->save(false), qPrintable(m_page->messageLabel()->text()));
    QCOMPARE(m_t->count(QStringLiteral("visits")), 1);
    QCOMPARE(m_t->scalar(QStringLiteral("SELECT count(*) FROM screenings WHERE status = 'away_unverified'"))
                 .toInt(),
             1);
    QCOMPARE(m_t->scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'correct'")).toInt(),
             1);
    // The next day the officer may not correct it any more.
    Clock::setInstance(std::make_unique<FixedClock>(QDateTime(QDate(2026, 3, 21), QTime(9, 0))));
    QVERIFY(!m_page->loadVisit(visit));
    QVERIFY(m_page->messageLabel()->text().contains(QStringLiteral("supervisor")));
}

// Issue 11 outcome 4: a supervisor corrects the visit while the officer's correction is open.
// The officer is asked, and either sees the current version or keeps the form to save over it.
void TestVisitEntry::correctedMeanwhile()
{
    m_page->loadHousehold(household("H001"));
    QTest::keyClick(m_page->table(), Qt::Key_A);
    QVERIFY(m_page->save(false));
    const qint64 visit = m_t->scalar(QStringLiteral("SELECT id FROM visits")).toLongLong();
    m_page->setCaseQuestion([](const QString&) { return false; });
    QList<VisitEntryPage::Question> asked;
    bool keepMine = false;
    m_page->setSaveQuestion([&](VisitEntryPage::Question q, const QString&) {
        asked << q;
        return keepMine;
    });
    auto supervisorNotes = [&](const QString& notes) {
        VisitService supervisor(m_t->db(), UserService(m_t->db()).find(QStringLiteral("100002"))->actor());
        VisitDraft d = *supervisor.load(visit);
        d.notes = notes;
        QVERIFY(supervisor.save(d, visit, supervisor.version(visit)->number).ok());
    };

    // "Show the current version": the form reloads the supervisor's version, nothing of the
    // officer's is saved.
    QVERIFY(m_page->loadVisit(visit));
    QCOMPARE(m_page->correctingVersion(), 1);
    supervisorNotes(QStringLiteral("checked by the supervisor"));
    m_page->table()->setCurrentCell(2, 3);
    QTest::keyClick(m_page->table(), Qt::Key_3); // 张小明: away, unverified
    QVERIFY(!m_page->save(false));
    QCOMPARE(asked, QList<VisitEntryPage::Question>{VisitEntryPage::Question::KeepMineOverNewer});
    QCOMPARE(m_page->correctingVersion(), 2);
    QCOMPARE(m_page->status(2), QStringLiteral("present")); // the current version is shown
    QVERIFY(m_page->messageLabel()->text().contains(QStringLiteral("version 2")));
    QCOMPARE(m_t->scalar(QStringLiteral("SELECT count(*) FROM screenings WHERE status = 'away_unverified'"))
                 .toInt(),
             0);

    // "Keep my entries": the form stays; the next save replaces the version the officer saw.
    supervisorNotes(QStringLiteral("checked again"));
    m_page->table()->setCurrentCell(2, 3);
    QTest::keyClick(m_page->table(), Qt::Key_3);
    keepMine = true;
    QVERIFY(!m_page->save(false));
    QCOMPARE(m_page->status(2), QStringLiteral("away_unverified")); // still as typed
    QCOMPARE(m_page->correctingVersion(), 3);
    QVERIFY2(m_page->save(false), qPrintable(m_page->messageLabel()->text()));
    QCOMPARE(m_t->scalar(QStringLiteral("SELECT version FROM visits")).toInt(), 4);
    QCOMPARE(m_t->scalar(QStringLiteral("SELECT count(*) FROM screenings WHERE status = 'away_unverified'"))
                 .toInt(),
             1);
}

void TestVisitEntry::personRegisteredElsewhere()
{
    m_page->loadHousehold(household("H001"));
    QVERIFY(!m_page->addRegisteredElsewhere(QStringLiteral("620102198005120110"))); // bad check character
    QVERIFY(m_page->messageLabel()->text().contains(QStringLiteral("check character")));
    QVERIFY(m_page->addRegisteredElsewhere(QStringLiteral("620103199001150440"))); // 李娜 of H002
    QCOMPARE(m_page->table()->rowCount(), 4);
    QVERIFY(!m_page->addRegisteredElsewhere(QStringLiteral("620103199001150440"))); // not twice
    QTest::keyClick(m_page->table(), Qt::Key_1);                                    // 李娜 present here
    m_page->table()->setCurrentCell(0, 3);
    QTest::keyClick(m_page->table(), Qt::Key_A);
    QVERIFY2(m_page->save(false), qPrintable(m_page->messageLabel()->text()));
    QCOMPARE(m_t->scalar(QStringLiteral(
                             "SELECT count(*) FROM screenings s JOIN visits v ON v.id = s.visit_id JOIN "
                             "households h ON h.id = v.household_id WHERE h.household_no = 'H001'"))
                 .toInt(),
             4);
    // She keeps her registration at H002.
    QCOMPARE(m_t->scalar(QStringLiteral("SELECT h.household_no FROM persons p JOIN households h ON h.id = "
                                        "p.household_id WHERE p.name = '李娜'"))
                 .toString(),
             QStringLiteral("H002"));
}

void TestVisitEntry::afterTheOperationTheDateIsItsLastDay()
{
    // Paper forms typed in a week after the operation ended.
    Clock::setInstance(std::make_unique<FixedClock>(QDateTime(QDate(2026, 6, 5), QTime(9, 15))));
    m_page->loadHousehold(household("H001"));
    QVERIFY(m_page->messageLabel()->text().contains(dateText(QDate(2026, 5, 29))));
    QTest::keyClick(m_page->table(), Qt::Key_A);
    QVERIFY2(m_page->save(false), qPrintable(m_page->messageLabel()->text()));
    QCOMPARE(m_t->scalar(QStringLiteral("SELECT visited_at FROM visits")).toString(),
             QStringLiteral("2026-05-29T09:15:00"));
}

QTEST_MAIN(TestVisitEntry)
#include "tst_visit_entry.moc"
