// The Households screen over the fixture: the officer's station, status filter and search, lazy
// paging by keyset, the household detail (Enter) and the visit request (Ctrl+Enter). Rows load
// on a worker once the page is shown; the tests wait for the load before they look.
#include "core/attachments/AttachmentService.h"
#include "core/auth/UserService.h"
#include "core/common/Clock.h"
#include "core/imaging/QtImageDecoder.h"
#include "core/imports/OfficerImporter.h"
#include "core/imports/RegistryImporter.h"
#include "core/imports/VisitImporter.h"
#include "core/operations/OperationService.h"
#include "tests/support/TestDatabase.h"
#include "ui/attachments/AttachmentsPanel.h"
#include "ui/common/SessionContext.h"
#include "ui/households/HouseholdDetailDialog.h"
#include "ui/households/HouseholdTableModel.h"
#include "ui/households/HouseholdsPage.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QBuffer>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QImage>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

using namespace hc;

namespace {
QString data(const char* name)
{
    return QStringLiteral(HC_TEST_DATA "/") + QLatin1String(name);
}

QStringList numbers(const HouseholdTableModel* m)
{
    QStringList out;
    for (int r = 0; r < m->rowCount(); ++r)
        out << m->householdNo(r);
    return out;
}

void commit(QWidget* w, const QString& text)
{
    QInputMethodEvent ime;
    ime.setCommitString(text);
    QApplication::sendEvent(w, &ime);
}
} // namespace

class TestHouseholdsPage : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void officerSeesOwnStation();
    void pagesLazily();
    void supervisorFiltersByStatus();
    void searchNarrows();
    void enterOpensDetail();
    void doubleClickOpensDetail();
    void ctrlEnterRequestsVisit();
    void refreshesOnOperationChange();
    void memberPhotosFromDetail();

private:
    std::unique_ptr<SessionContext> session(const char* badge);
    qint64 household(const char* no)
    {
        return m_t
            ->scalar(
                QStringLiteral("SELECT id FROM households WHERE household_no = '%1'").arg(QLatin1String(no)))
            .toLongLong();
    }

    std::unique_ptr<test::TestDatabase> m_t;
    qint64 m_op = 0;
};

void TestHouseholdsPage::initTestCase()
{
    Clock::setInstance(std::make_unique<FixedClock>(QDateTime(QDate(2026, 6, 1), QTime(12, 0))));
    m_t = std::make_unique<test::TestDatabase>();
    QVERIFY(!RegistryImporter(m_t->db(), Actor::system()).run(data("registry.csv")).fatal);
    QVERIFY(!OfficerImporter(m_t->db(), Actor::system()).run(data("officers.csv")).fatal);
    m_op = OperationService(m_t->db(), Actor::system())
               .create(QStringLiteral("春季行动"), QDate(2026, 3, 1), QDate(2026, 5, 29), {}, 4)
               ->id;
    QVERIFY(m_op);
    QVERIFY(
        !VisitImporter(m_t->db(), Actor::system()).run(QStringLiteral("春季行动"), data("visits.csv")).fatal);
}

void TestHouseholdsPage::cleanupTestCase()
{
    Clock::setInstance(nullptr);
}

std::unique_ptr<SessionContext> TestHouseholdsPage::session(const char* badge)
{
    auto user = UserService(m_t->db()).find(QLatin1String(badge));
    if (!user)
        return nullptr;
    auto s = std::make_unique<SessionContext>(m_t->db(), *user);
    s->setOperation(m_op);
    return s;
}

void TestHouseholdsPage::officerSeesOwnStation()
{
    auto s = session("100001");
    QVERIFY(s);
    HouseholdsPage page(*s);
    QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    page.show(); // rows load when the page is first shown, on a worker
    QTRY_VERIFY(!page.isLoading());
    QCOMPARE(numbers(page.model()), (QStringList{"H001", "H002"}));
    QCOMPARE(page.countLabel()->text(), HouseholdsPage::tr("%Ln household(s)", nullptr, 2));
    // 东岗's two areas only.
    QCOMPARE(page.areaBox()->count(), 3);
    QCOMPARE(page.model()->data(page.model()->index(0, HouseholdTableModel::Status)).toString(),
             QStringLiteral("Covered"));
    QCOMPARE(page.model()->data(page.model()->index(0, HouseholdTableModel::Members)).toInt(), 4);
    QVERIFY(!page.model()->data(page.model()->index(0, HouseholdTableModel::LastVisit)).toString().isEmpty());
    page.areaBox()->setCurrentIndex(page.areaBox()->findText(QStringLiteral("雁滩村")));
    QTRY_VERIFY(!page.isLoading());
    QCOMPARE(numbers(page.model()), (QStringList{"H002"}));
}

void TestHouseholdsPage::pagesLazily()
{
    auto s = session("100001");
    HouseholdsPage page(*s);
    HouseholdTableModel* m = page.model();
    QAbstractItemModelTester tester(m, QAbstractItemModelTester::FailureReportingMode::QtTest);
    // The first load (with the officer's filter) when shown. Then the view lets go of the
    // model: a view, even a hidden one, fetches more whenever the last row lies inside its
    // viewport (after a timer that may or may not fire before a load is seen to end), and
    // this test is the one asking for pages.
    page.show();
    QTRY_VERIFY(!page.isLoading());
    page.hide();
    auto* view = page.findChild<QTableView*>();
    QVERIFY(view && view->model() == m);
    view->setModel(nullptr);
    m->setPageSize(1);
    m->reload();
    QTRY_VERIFY(!m->isLoading());
    QCOMPARE(m->rowCount(), 1);
    QVERIFY(m->canFetchMore({}));
    // The total of the filter, and how many of them are on screen.
    QCOMPARE(m->total(), 2);
    QCOMPARE(page.countLabel()->text(), HouseholdsPage::tr("%Ln household(s)", nullptr, 2) +
                                            QStringLiteral(", 1 shown; more as you scroll"));
    m->fetchMore({});
    QTRY_VERIFY(!m->isLoading());
    QCOMPARE(numbers(m), (QStringList{"H001", "H002"}));
    QVERIFY(!m->canFetchMore({}));
    QCOMPARE(page.countLabel()->text(), HouseholdsPage::tr("%Ln household(s)", nullptr, 2));
    m->fetchMore({}); // nothing more: no change
    QCOMPARE(m->rowCount(), 2);
    QVERIFY(!m->canFetchMore(m->index(0, 0)));

    // A refresh keeps as many rows as were loaded.
    m->setPageSize(1);
    s->notifyDataChanged();
    page.show(); // a hidden page refreshes when shown again
    QTRY_VERIFY(!page.isLoading());
    QCOMPARE(m->rowCount(), 2);
}

void TestHouseholdsPage::supervisorFiltersByStatus()
{
    auto s = session("100002");
    QVERIFY(s);
    HouseholdsPage page(*s);
    QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    page.show();
    QTRY_VERIFY(!page.isLoading());
    QCOMPARE(numbers(page.model()), (QStringList{"H001", "H002", "H003", "H004"}));
    page.statusBox()->setCurrentIndex(page.statusBox()->findData(int(Coverage::Revisit)));
    QTRY_VERIFY(!page.isLoading());
    QCOMPARE(numbers(page.model()), (QStringList{"H003"}));
    QCOMPARE(page.model()->data(page.model()->index(0, HouseholdTableModel::Status)).toString(),
             QStringLiteral("Revisit"));
    page.statusBox()->setCurrentIndex(page.statusBox()->findData(int(Coverage::NotVisited)));
    QTRY_VERIFY(!page.isLoading());
    QCOMPARE(numbers(page.model()), (QStringList{"H004"}));
    // A supervisor narrows to one station; the area list follows it.
    page.statusBox()->setCurrentIndex(0);
    QVERIFY(page.stationBox());
    page.stationBox()->setCurrentIndex(page.stationBox()->findText(QStringLiteral("西湖派出所")));
    QTRY_VERIFY(!page.isLoading());
    QCOMPARE(numbers(page.model()), (QStringList{"H003", "H004"}));
    QCOMPARE(page.areaBox()->count(), 2); // all areas + 西湖社区
    // Officers get no station choice.
    auto officer = session("100001");
    HouseholdsPage officerPage(*officer);
    QVERIFY(!officerPage.stationBox());
}

void TestHouseholdsPage::searchNarrows()
{
    auto s = session("100001");
    HouseholdsPage page(*s);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    commit(page.searchEdit(), QStringLiteral("李强"));
    QTRY_COMPARE(numbers(page.model()), (QStringList{"H002"}));
    QVERIFY(page.searchMessage()->isHidden());

    // One character: a message, and the list without the search.
    page.searchEdit()->clear();
    QTest::keyClicks(page.searchEdit(), "h");
    QTRY_VERIFY(page.searchMessage()->isVisible());
    QTRY_VERIFY(!page.isLoading());
    QCOMPARE(numbers(page.model()), (QStringList{"H001", "H002"}));
    QTest::keyClicks(page.searchEdit(), "002");
    QTRY_COMPARE(numbers(page.model()), (QStringList{"H002"}));
    QVERIFY(page.searchMessage()->isHidden());
}

void TestHouseholdsPage::enterOpensDetail()
{
    auto s = session("100001");
    HouseholdsPage page(*s);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QTRY_VERIFY(!page.isLoading());
    page.table()->setFocus();
    page.table()->setCurrentIndex(page.model()->index(1, 0));
    QCOMPARE(page.currentHouseholdId(), household("H002"));
    QTest::keyClick(page.table(), Qt::Key_Return);
    HouseholdDetailDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = page.findChild<HouseholdDetailDialog*>()) != nullptr);
    QCOMPARE(dialog->householdId(), household("H002"));
    QVERIFY(dialog->errorLabel()->isHidden());
    QTableWidget* members = dialog->membersTable();
    QCOMPARE(members->rowCount(), 3);
    QCOMPARE(members->item(0, 0)->text(), QStringLiteral("李娜"));
    QCOMPARE(members->item(2, 0)->text(), QStringLiteral("小红"));
    QCOMPARE(members->item(2, 6)->text(), QStringLiteral("No"));
    QCOMPARE(members->item(2, 7)->text(), QStringLiteral("Unregistered person found"));
    QTableWidget* visits = dialog->visitsTable();
    QCOMPARE(visits->rowCount(), 2);
    QCOMPARE(visits->item(0, 2)->text(), QStringLiteral("Completed"));
    QCOMPARE(visits->item(0, 3)->text(), QStringLiteral("3"));
    QCOMPARE(visits->item(1, 2)->text(), QStringLiteral("No answer"));
    dialog->close();
    // A household that does not exist: the error shows inline.
    HouseholdDetailDialog missing(*s, 99999);
    QVERIFY(!missing.errorLabel()->text().isEmpty());
    QCOMPARE(missing.membersTable()->rowCount(), 0);
}

void TestHouseholdsPage::doubleClickOpensDetail()
{
    auto s = session("100001");
    HouseholdsPage page(*s);
    page.resize(900, 400);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QTRY_VERIFY(!page.isLoading());
    const QRect cell = page.table()->visualRect(page.model()->index(0, HouseholdTableModel::Address));
    // A real double-click is press, release, double-click: QTest::mouseDClick sends only the last.
    QTest::mouseClick(page.table()->viewport(), Qt::LeftButton, {}, cell.center());
    QVERIFY(page.findChild<HouseholdDetailDialog*>() == nullptr); // one click only selects
    QTest::mouseDClick(page.table()->viewport(), Qt::LeftButton, {}, cell.center());
    HouseholdDetailDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = page.findChild<HouseholdDetailDialog*>()) != nullptr);
    QCOMPARE(dialog->householdId(), household("H001"));
}

void TestHouseholdsPage::ctrlEnterRequestsVisit()
{
    auto s = session("100001");
    HouseholdsPage page(*s);
    page.show();
    page.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&page));
    QTRY_VERIFY(!page.isLoading());
    QSignalSpy spy(&page, &HouseholdsPage::visitRequested);
    // The table may take the focus (and a current row) as the window activates once the rows are
    // in, depending on timing: start from no current row.
    page.table()->selectionModel()->clearCurrentIndex();
    QVERIFY(!page.visitButton()->isEnabled()); // no current row
    page.table()->setFocus();
    page.table()->setCurrentIndex(page.model()->index(0, 0));
    QVERIFY(page.visitButton()->isEnabled());
    QTest::keyClick(page.table(), Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.first().first().toLongLong(), household("H001"));
    QVERIFY(page.findChild<HouseholdDetailDialog*>() == nullptr); // Ctrl+Enter is not Enter
    page.visitButton()->click();
    QCOMPARE(spy.count(), 2);
}

void TestHouseholdsPage::refreshesOnOperationChange()
{
    auto s = session("100001");
    HouseholdsPage page(*s);
    page.show();
    QTRY_VERIFY(!page.isLoading());
    const QModelIndex status = page.model()->index(0, HouseholdTableModel::Status);
    QCOMPARE(status.data().toString(), QStringLiteral("Covered"));
    s->setOperation(0);
    QTRY_VERIFY(!page.isLoading());
    QCOMPARE(page.model()->index(0, HouseholdTableModel::Status).data().toString(),
             QStringLiteral("Not visited"));
    s->setOperation(m_op);
    QTRY_VERIFY(!page.isLoading());
    QCOMPARE(page.model()->index(0, HouseholdTableModel::Status).data().toString(),
             QStringLiteral("Covered"));
}

// A member's photos from the household's detail (issue 14, outcome 5): the family's photo added
// to the person opens from the selected member's row; another member has none.
void TestHouseholdsPage::memberPhotosFromDetail()
{
    installQtImageDecoder();
    QImage image(80, 60, QImage::Format_RGB32);
    image.fill(Qt::darkBlue);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    QVERIFY(image.save(&buffer, "PNG"));
    const qint64 xiaohong = m_t->scalar("SELECT id FROM persons WHERE name = '小红'").toLongLong();
    QVERIFY(xiaohong > 0);
    QVERIFY(AttachmentService(m_t->db(), Actor::system())
                .add(AttachmentOwner::person(xiaohong), png, "xiaohong.png", QStringLiteral("家属提供"))
                .ok());

    auto s = session("100001");
    HouseholdDetailDialog dialog(*s, household("H002"));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QPushButton* photos = nullptr;
    for (QPushButton* b : dialog.findChild<QDialogButtonBox*>()->findChildren<QPushButton*>())
        if (b->text() == QStringLiteral("&Photos of selected person…"))
            photos = b;
    QVERIFY(photos);
    dialog.membersTable()->clearSelection();
    dialog.membersTable()->setCurrentCell(-1, -1);
    QVERIFY(!photos->isEnabled());
    QVERIFY(dialog.showMemberPhotos() == nullptr); // no member selected
    QCOMPARE(dialog.membersTable()->item(2, 0)->text(), QStringLiteral("小红"));
    dialog.membersTable()->selectRow(2);
    QVERIFY(photos->isEnabled());
    photos->click();
    QDialog* shown = nullptr;
    for (QDialog* d : dialog.findChildren<QDialog*>())
        if (d->isVisible() && d->findChild<AttachmentsPanel*>())
            shown = d;
    QVERIFY(shown);
    QCOMPARE(shown->windowTitle(), QStringLiteral("Photos and documents: 小红"));
    AttachmentsPanel* panel = shown->findChild<AttachmentsPanel*>();
    QTRY_COMPARE(panel->model()->rowCount(), 1);
    QCOMPARE(panel->idAt(0),
             m_t->scalar(QStringLiteral("SELECT id FROM attachments WHERE person_id = %1").arg(xiaohong))
                 .toLongLong());
    QVERIFY(panel->addButton()->isEnabled()); // an officer adds a family's photo to a person
    shown->close();

    dialog.membersTable()->selectRow(0); // 李娜: no photo
    QDialog* other = dialog.showMemberPhotos();
    QVERIFY(other);
    QCOMPARE(other->windowTitle(), QStringLiteral("Photos and documents: 李娜"));
    AttachmentsPanel* none = other->findChild<AttachmentsPanel*>();
    QVERIFY(none->errorLabel()->isHidden() || none->errorLabel()->text().isEmpty());
    QCOMPARE(none->model()->rowCount(), 0);
    other->close();
}

QTEST_MAIN(TestHouseholdsPage)
#include "tst_households_page.moc"
