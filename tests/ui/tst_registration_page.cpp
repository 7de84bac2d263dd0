// The registration page on the fixture (offscreen): an officer's list of people found without
// registration with its filters, and the file dialog taking steps, a refusal shown at its field.
#include "core/auth/UserService.h"
#include "core/common/Clock.h"
#include "core/registration/RegistrationService.h"
#include "tests/support/Fixture.h"
#include "tests/support/TestDatabase.h"
#include "ui/common/SessionContext.h"
#include "ui/registration/RegistrationDialog.h"
#include "ui/registration/RegistrationPage.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

using namespace hc;

class TestRegistrationPage : public QObject
{
    Q_OBJECT
private slots:
    void listAndDialog();
};

void TestRegistrationPage::listAndDialog()
{
    Clock::setInstance(std::make_unique<FixedClock>(QDateTime(QDate(2026, 4, 30), QTime(12, 0))));
    test::TestDatabase t;
    hc::test::loadFixture(t);
    auto user = UserService(t.db()).find(QStringLiteral("100001"));
    QVERIFY(user);
    SessionContext session(t.db(), *user);
    RegistrationPage page(session);
    QAbstractItemModelTester tester(page.model());
    page.show();
    QTRY_VERIFY(!page.isLoading());
    QAbstractItemModel* m = page.model();
    QCOMPARE(m->rowCount(), 1);
    QCOMPARE(m->data(m->index(0, RegistrationPage::Name)).toString(), QStringLiteral("小红"));
    QCOMPARE(m->data(m->index(0, RegistrationPage::Stage)).toString(), QStringLiteral("Found, not referred"));
    QVERIFY(m->data(m->index(0, RegistrationPage::IdleDays), Qt::FontRole).value<QFont>().bold());
    QCOMPARE(page.stationBox()->count(), 1); // an officer: their own station only
    // Dates in the locale's one format: medium in English, ISO-like in Chinese.
    const QLocale was;
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    QCOMPARE(m->data(m->index(0, RegistrationPage::FoundOn)).toString(), QStringLiteral("10 Mar 2026"));
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    QCOMPARE(m->data(m->index(0, RegistrationPage::FoundOn)).toString(), QStringLiteral("2026-03-10"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    page.stageBox()->setCurrentIndex(page.stageBox()->findData(QStringLiteral("referred")));
    QTRY_VERIFY(!page.isLoading());
    QCOMPARE(m->rowCount(), 0);
    page.stageBox()->setCurrentIndex(0);
    page.stalledBox()->setChecked(true);
    QTRY_VERIFY(!page.isLoading());
    QCOMPARE(m->rowCount(), 1);

    page.table()->selectRow(0);
    QVERIFY(page.openButton()->isEnabled());
    QTest::mouseClick(page.openButton(), Qt::LeftButton);
    RegistrationDialog* d = page.dialog();
    QVERIFY(d);
    QCOMPARE(d->stageBox()->count(), 2); // referred, or closed
    d->dateEdit()->setDate(QDate(2026, 3, 12));
    QTest::mouseClick(d->stepButton(), Qt::LeftButton);
    QCOMPARE(d->timeline()->rowCount(), 1);
    QVERIFY(d->headerLabel()->text().contains("Referred to the registration desk"));
    QVERIFY2(d->headerLabel()->text().contains("on 10 Mar 2026"), qPrintable(d->headerLabel()->text()));
    QCOMPARE(d->timeline()->item(0, 0)->text(), QStringLiteral("12 Mar 2026"));
    // Documents with nothing ticked: the error sits at the checklist.
    QCOMPARE(d->stageBox()->currentData().toString(), QStringLiteral("documents"));
    d->dateEdit()->setDate(QDate(2026, 3, 20));
    QTest::mouseClick(d->stepButton(), Qt::LeftButton);
    QVERIFY(d->errorAt("checklist")->isVisibleTo(d));
    QCOMPARE(d->timeline()->rowCount(), 1);
    d->documentBox("birth")->setChecked(true);
    QTest::mouseClick(d->stepButton(), Qt::LeftButton);
    QVERIFY(!d->errorAt("checklist")->isVisibleTo(d));
    d->dateEdit()->setDate(QDate(2026, 3, 25));
    QTest::mouseClick(d->stepButton(), Qt::LeftButton); // filed
    QCOMPARE(d->stageBox()->currentData().toString(), QStringLiteral("registered"));
    QTest::keyClicks(d->idNumberEdit(), "620102201805011234");
    QTest::mouseClick(d->stepButton(), Qt::LeftButton);
    QVERIFY(d->errorAt("id_number")->isVisibleTo(d));
    QCOMPARE(d->timeline()->rowCount(), 3);
    d->idNumberEdit()->clear();
    QTest::keyClicks(d->idNumberEdit(), "620102201805010025");
    QCOMPARE(d->householdBox()->currentData().toString(), QStringLiteral("H002")); // where found
    QTest::mouseClick(d->stepButton(), Qt::LeftButton);
    QCOMPARE(d->timeline()->rowCount(), 4);
    QVERIFY(d->headerLabel()->text().contains("620102201805010025"));
    d->reject();
    page.stalledBox()->setChecked(false);
    QTRY_VERIFY(!page.isLoading());
    QCOMPARE(m->data(m->index(0, RegistrationPage::Stage)).toString(), QStringLiteral("Registered"));
    QLocale::setDefault(was);
    Clock::setInstance(nullptr);
}

QTEST_MAIN(TestRegistrationPage)
#include "tst_registration_page.moc"
