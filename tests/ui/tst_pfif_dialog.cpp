// File > Export PFIF… and Import PFIF… (issue 14, outcome 6): the dialog exports in the
// background and says what it wrote; the import runs in the background and shows the report
// with each rejected record; the menu offers the import only to roles that may edit cases.
#include "core/auth/UserService.h"
#include "tests/support/Fixture.h"
#include "tests/support/TestDatabase.h"
#include "ui/common/SessionContext.h"
#include "ui/pfif/PfifDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>

using namespace hc;
using hc::test::TestDatabase;

class TestPfifDialog : public QObject
{
    Q_OBJECT
private slots:
    void importThenExport();
};

void TestPfifDialog::importThenExport()
{
    test::ClockGuard clock(QDateTime(QDate(2026, 4, 3), QTime(12, 0)));
    TestDatabase t;
    test::loadFixture(t);
    SessionContext session(t.db(), *UserService(t.db()).find(QStringLiteral("100003"))); // investigator, 东岗
    PfifDialog import(session, PfifDialog::Mode::Import);
    QVERIFY(!import.runButton()->isEnabled()); // no file yet
    QCOMPARE(import.stationBox()->currentText(), QString("东岗派出所"));
    import.setFile(test::dataFile("pfif/rejected-records.xml"));
    QVERIFY(import.runButton()->isEnabled());
    QTest::mouseClick(import.runButton(), Qt::LeftButton);
    QTRY_VERIFY(import.hasResult());
    QVERIFY(!import.isRunning());
    QCOMPARE(import.importReport().imported, 2);
    QCOMPARE(import.importReport().rejected, 3);
    QVERIFY(import.statusLabel()->text().contains("2 imported"));
    QCOMPARE(import.reportView()->toPlainText().split('\n').size(), 3);
    QVERIFY(import.reportView()->toPlainText().contains("Record 4 (example.org/note.7001)"));

    PfifDialog exporter(session, PfifDialog::Mode::Export);
    exporter.setFile(t.dir() + "/out.xml");
    exporter.casesBox()->setCurrentIndex(exporter.casesBox()->findData("open"));
    exporter.foundBox()->setChecked(false);
    QTest::mouseClick(exporter.runButton(), Qt::LeftButton);
    QTRY_VERIFY(exporter.hasResult());
    QVERIFY2(exporter.statusLabel()->text().startsWith("1 cases, 0 found-person records"),
             qPrintable(exporter.statusLabel()->text()));
    QVERIFY(QFile::exists(t.dir() + "/out.xml"));
}

QTEST_MAIN(TestPfifDialog)
#include "tst_pfif_dialog.moc"
