// File > Operations (issue 13, outcome 7) on the fixture: a supervisor creates an operation for
// one station through the form (a refusal stays inline in it), changes it, closes it (then it is
// read-only: the buttons say so, core refuses visits); officers are not offered the dialog.
#include "core/auth/UserService.h"
#include "core/common/Clock.h"
#include "core/operations/OperationService.h"
#include "tests/support/Fixture.h"
#include "tests/support/TestDatabase.h"
#include "ui/common/SessionContext.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/operations/OperationDialog.h"
#include "ui/operations/OperationsDialog.h"

#include <QAction>
#include <QCheckBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>

using namespace hc;
using hc::test::TestDatabase;

class TestOperationsDialog : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void createChangeAndClose();
    void offeredToSupervisorsOnly();

private:
    std::unique_ptr<TestDatabase> m_t;
    qint64 m_op = 0;
    std::unique_ptr<SessionContext> session(const char* badge)
    {
        return std::make_unique<SessionContext>(m_t->db(),
                                                *UserService(m_t->db()).find(QLatin1String(badge)));
    }
};

void TestOperationsDialog::init()
{
    QStandardPaths::setTestModeEnabled(true);
    Clock::setInstance(std::make_unique<FixedClock>(QDateTime(QDate(2026, 4, 3), QTime(12, 0))));
    m_t = std::make_unique<TestDatabase>();
    m_op = hc::test::loadFixture(*m_t, false);
}

void TestOperationsDialog::cleanup()
{
    m_t.reset();
    Clock::setInstance(nullptr);
}

void TestOperationsDialog::createChangeAndClose()
{
    auto s = session("100002");
    s->setOperation(m_op);
    OperationsDialog dialog(*s);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(dialog.table()->rowCount(), 1);
    QCOMPARE(dialog.table()->item(0, OperationsDialog::StateColumn)->text(), "open");
    QVERIFY(dialog.reopenButton()->isHidden()); // administrators reopen

    QTest::mouseClick(dialog.newButton(), Qt::LeftButton);
    QTRY_VERIFY(dialog.openForm() && dialog.openForm()->isVisible());
    OperationDialog* form = dialog.openForm();
    QTest::keyClicks(form->nameEdit(), "Autumn sweep");
    form->startEdit()->setDate(QDate(2026, 9, 30));
    form->endEdit()->setDate(QDate(2026, 9, 1));
    form->allStationsBox()->setChecked(false);
    QListWidget* stations = form->stationList();
    const auto dongGang = stations->findItems("东岗派出所", Qt::MatchExactly);
    QCOMPARE(dongGang.size(), 1);
    dongGang.first()->setCheckState(Qt::Checked);
    form->targetBox()->setValue(120);
    form->accept();
    QVERIFY(form->isVisible()); // refused: the end is before the start
    QVERIFY(form->errorLabel()->isVisible());
    QVERIFY(form->errorLabel()->text().contains("before the start"));
    QCOMPARE(form->focusWidget(), form->endEdit()); // the cursor on the field the refusal names
    form->startEdit()->setDate(QDate(2026, 9, 1));
    form->endEdit()->setDate(QDate(2026, 9, 30));
    form->accept();
    QTRY_VERIFY(!dialog.openForm());
    QCOMPARE(dialog.table()->rowCount(), 2);
    const auto autumn = OperationService(m_t->db(), Actor::system()).find(QStringLiteral("Autumn sweep"));
    QVERIFY(autumn.ok());
    QCOMPARE(autumn->targetHouseholds, std::optional<qint64>(120));
    QCOMPARE(autumn->stationIds.size(), 1);
    QVERIFY(dialog.select(autumn->id));
    QCOMPARE(dialog.table()->item(dialog.table()->currentRow(), OperationsDialog::StationsColumn)->text(),
             "东岗派出所");

    // Change it: every station now.
    dialog.editSelected();
    QTRY_VERIFY(dialog.openForm() && dialog.openForm()->isVisible());
    QCOMPARE(dialog.openForm()->nameEdit()->text(), "Autumn sweep");
    QCOMPARE(dialog.openForm()->targetBox()->value(), 120);
    dialog.openForm()->allStationsBox()->setChecked(true);
    dialog.openForm()->accept();
    QTRY_VERIFY(!dialog.openForm());
    QVERIFY(OperationService(m_t->db(), Actor::system()).find(autumn->id)->allStations);

    // Close it, once the question is answered yes.
    QVERIFY(dialog.select(autumn->id));
    QStringList asked;
    dialog.setConfirm([&asked](const QString& name) {
        asked << name;
        return asked.size() > 1; // no the first time, yes the second
    });
    dialog.closeSelected();
    QVERIFY(!OperationService(m_t->db(), Actor::system()).find(autumn->id)->closed());
    dialog.closeSelected();
    QCOMPARE(asked, QStringList({"Autumn sweep", "Autumn sweep"}));
    QVERIFY(OperationService(m_t->db(), Actor::system()).find(autumn->id)->closed());
    QVERIFY(dialog.table()
                ->item(dialog.table()->currentRow(), OperationsDialog::StateColumn)
                ->text()
                .startsWith("closed"));
    QVERIFY(!dialog.editButton()->isEnabled());
    QVERIFY(!dialog.closeOperationButton()->isEnabled());
    QVERIFY(dialog.messageLabel()->text().contains("read-only"));
}

void TestOperationsDialog::offeredToSupervisorsOnly()
{
    auto supervisor = session("100002");
    MainWindow w(*supervisor);
    QVERIFY(w.findChild<QAction*>("operationsAction"));
    auto officer = session("100001");
    MainWindow o(*officer);
    QVERIFY(!o.findChild<QAction*>("operationsAction"));
}

QTEST_MAIN(TestOperationsDialog)
#include "tst_operations_dialog.moc"
