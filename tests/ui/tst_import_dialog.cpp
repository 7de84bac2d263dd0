// The import dialog previews a file, imports it on a worker thread, shows the result and
// cancels cleanly (offscreen platform).
#include "core/auth/UserService.h"
#include "core/imports/OfficerImporter.h"
#include "core/imports/RegistryImporter.h"
#include "core/operations/OperationService.h"
#include "core/registry/IdNumber.h"
#include "tests/support/TestDatabase.h"
#include "ui/common/SessionContext.h"
#include "ui/imports/ImportDialog.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>

using namespace hc;

namespace {
QString data(const char* name)
{
    return QStringLiteral(HC_TEST_DATA "/") + QLatin1String(name);
}

User makeAdmin(test::TestDatabase& t)
{
    auto admin = UserService(t.db()).createFirstAdmin("900001", "管理员", "Kestrel-Harbour-2026");
    if (!admin)
        qFatal("cannot create admin: %s", qPrintable(admin.error().text()));
    return admin.value();
}
} // namespace

class TestImportDialog : public QObject
{
    Q_OBJECT
private slots:
    void importsRegistryAndShowsRejections();
    void missingColumnDisablesImport();
    void previewsGb18030();
    void cancelLeavesNothing();
    void destroyedMidRunDoesNotCrash();
    void escapeDuringRunCancels();
    void officersShowGeneratedPasswords();
    void fieldSheetsUseTheSessionOperation();
    void unrecognisedColumnAskedAndRemembered();
};

void TestImportDialog::importsRegistryAndShowsRejections()
{
    test::TestDatabase t;
    SessionContext session(t.db(), makeAdmin(t));
    QSignalSpy changed(&session, &SessionContext::dataChanged);
    ImportDialog dialog(session, ImportDialog::Kind::Registry, nullptr);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(!dialog.importButton()->isEnabled());

    dialog.setFile(data("registry.csv"));
    QCOMPARE(dialog.previewEncoding(), QStringLiteral("UTF-8"));
    QCOMPARE(dialog.detectedColumns().size(), 10);
    QVERIFY(dialog.fileError()->isHidden());
    QCOMPARE(dialog.previewTable()->rowCount(), 10);
    QCOMPARE(dialog.previewTable()->columnCount(), 10);
    QVERIFY(dialog.importButton()->isEnabled());

    QTest::mouseClick(dialog.importButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(dialog.hasResult(), 20000);
    QVERIFY(!dialog.isRunning());
    QVERIFY(!dialog.report().fatal);
    QCOMPARE(dialog.report().imported, 7);
    QCOMPARE(dialog.report().rejected, 8);
    QCOMPARE(changed.count(), 1);

    QTableWidget* rejected = dialog.rejectedTable();
    QCOMPARE(rejected->rowCount(), 8);
    QCOMPARE(rejected->item(0, 0)->text(), QStringLiteral("7"));
    QCOMPARE(rejected->item(0, 1)->text(), QStringLiteral("name"));
    QVERIFY(!rejected->item(0, 2)->text().isEmpty());
    QVERIFY(dialog.passwordTable()->parentWidget()->isHidden());
    QCOMPARE(t.count(QStringLiteral("persons")), 7);
    // A finished file is not offered for import again until a file is chosen.
    QVERIFY(!dialog.importButton()->isEnabled());

    const QString saved = t.dir() + QStringLiteral("/rejected.csv");
    QVERIFY(dialog.saveRejectedRows(saved).ok());
    QFile f(saved);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    QCOMPARE(bytes.count("\r\n"), 9); // header + 8 rows
    QVERIFY(bytes.contains("\r\n7,name,"));
}

void TestImportDialog::missingColumnDisablesImport()
{
    test::TestDatabase t;
    SessionContext session(t.db(), makeAdmin(t));
    ImportDialog dialog(session, ImportDialog::Kind::Registry, nullptr);
    dialog.setFile(data("registry_missing_column.csv"));
    QVERIFY(!dialog.fileError()->isHidden());
    QVERIFY2(dialog.fileError()->text().contains(QStringLiteral("address")),
             qPrintable(dialog.fileError()->text()));
    QVERIFY(!dialog.importButton()->isEnabled());
    dialog.startImport(); // refused while the file is unusable
    QVERIFY(!dialog.isRunning());

    // Choosing a good file clears the error.
    dialog.setFile(data("registry.csv"));
    QVERIFY(dialog.fileError()->isHidden());
    QVERIFY(dialog.importButton()->isEnabled());
}

void TestImportDialog::previewsGb18030()
{
    test::TestDatabase t;
    SessionContext session(t.db(), makeAdmin(t));
    ImportDialog dialog(session, ImportDialog::Kind::Registry, nullptr);
    dialog.setFile(data("registry_zh_gb18030.csv"));
    QCOMPARE(dialog.previewEncoding(), QStringLiteral("GB18030"));
    QCOMPARE(dialog.detectedColumns().size(), 10);
    QVERIFY(dialog.importButton()->isEnabled());
    QStringList headers;
    for (int c = 0; c < dialog.previewTable()->columnCount(); ++c)
        headers << dialog.previewTable()->horizontalHeaderItem(c)->text();
    QVERIFY2(headers.contains(QStringLiteral("姓名")), qPrintable(headers.join(',')));
}

namespace {
QString bigRegistry(test::TestDatabase& t, int rows)
{
    QByteArray csv = "station,area,household_no,address,id_number,name\n";
    csv.reserve(rows * 64);
    for (int i = 0; i < rows; ++i)
        csv +=
            QStringLiteral("站,社区,H%1,路%1号,%2,人%1\n")
                .arg(i)
                .arg(IdNumber::make(QStringLiteral("620101"), QDate(1950, 1, 1).addDays(i / 1000), i % 1000))
                .toUtf8();
    return t.writeFile(QStringLiteral("big.csv"), csv);
}
} // namespace

void TestImportDialog::cancelLeavesNothing()
{
    test::TestDatabase t;
    SessionContext session(t.db(), makeAdmin(t));
    QSignalSpy changed(&session, &SessionContext::dataChanged);
    ImportDialog dialog(session, ImportDialog::Kind::Registry, nullptr);
    dialog.show();
    dialog.setFile(bigRegistry(t, 60000));
    QVERIFY(dialog.importButton()->isEnabled());
    dialog.startImport();
    QVERIFY(dialog.isRunning());
    QVERIFY(dialog.cancelButton()->isVisible());
    QTest::mouseClick(dialog.cancelButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(dialog.hasResult(), 20000);
    QVERIFY(dialog.wasCancelled());
    QVERIFY(dialog.resultHeadline()->text().contains(QStringLiteral("nothing was saved")));
    QCOMPARE(changed.count(), 0);
    QCOMPARE(t.count(QStringLiteral("persons")), 0);
    QCOMPARE(t.count(QStringLiteral("households")), 0);
    // A cancelled file may be imported again.
    QVERIFY(dialog.importButton()->isEnabled());
}

void TestImportDialog::destroyedMidRunDoesNotCrash()
{
    test::TestDatabase t;
    SessionContext session(t.db(), makeAdmin(t));
    const QString file = bigRegistry(t, 60000);
    {
        ImportDialog dialog(session, ImportDialog::Kind::Registry, nullptr);
        dialog.setFile(file);
        dialog.startImport();
        QVERIFY(dialog.isRunning());
    }
    QCOMPARE(t.count(QStringLiteral("persons")), 0);
}

void TestImportDialog::escapeDuringRunCancels()
{
    test::TestDatabase t;
    SessionContext session(t.db(), makeAdmin(t));
    ImportDialog dialog(session, ImportDialog::Kind::Registry, nullptr);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.setFile(bigRegistry(t, 60000));
    dialog.startImport();
    QTest::keyClick(&dialog, Qt::Key_Escape);
    QVERIFY(dialog.isVisible()); // asked to cancel, not closed
    QTRY_VERIFY_WITH_TIMEOUT(dialog.hasResult(), 20000);
    QVERIFY(dialog.wasCancelled());
    QVERIFY(dialog.isVisible());
    QTest::keyClick(&dialog, Qt::Key_Escape);
    QVERIFY(!dialog.isVisible());
    QCOMPARE(t.count(QStringLiteral("persons")), 0);
}

void TestImportDialog::officersShowGeneratedPasswords()
{
    test::TestDatabase t;
    SessionContext session(t.db(), makeAdmin(t));
    QVERIFY(!RegistryImporter(t.db(), Actor::system()).run(data("registry.csv")).fatal);
    ImportDialog dialog(session, ImportDialog::Kind::Officers, nullptr);
    dialog.show();
    dialog.setFile(data("officers.csv"));
    QCOMPARE(dialog.detectedColumns().size(), 5);
    dialog.startImport();
    QTRY_VERIFY_WITH_TIMEOUT(dialog.hasResult(), 20000);
    QVERIFY(!dialog.report().fatal);
    QCOMPARE(dialog.report().newPasswords.size(), 1); // 100003 has no password in the file
    QCOMPARE(dialog.passwordTable()->rowCount(), 1);
    QCOMPARE(dialog.passwordTable()->item(0, 0)->text(), QStringLiteral("100003"));
    QVERIFY(dialog.passwordTable()->isVisible());
}

void TestImportDialog::fieldSheetsUseTheSessionOperation()
{
    test::TestDatabase t;
    SessionContext session(t.db(), makeAdmin(t));
    QVERIFY(!RegistryImporter(t.db(), Actor::system()).run(data("registry.csv")).fatal);
    QVERIFY(!OfficerImporter(t.db(), Actor::system()).run(data("officers.csv")).fatal);
    OperationService ops(t.db(), Actor::system());
    QVERIFY(ops.create("秋季行动", QDate(2025, 9, 1), QDate(2025, 10, 31), {}, 4).ok());
    const auto spring = ops.create("春季行动", QDate(2026, 3, 1), QDate(2026, 5, 29), {}, 4);
    QVERIFY(spring.ok());
    session.setOperation(spring->id);
    ImportDialog dialog(session, ImportDialog::Kind::FieldSheets, nullptr);
    QCOMPARE(dialog.operationBox()->count(), 2);
    QCOMPARE(dialog.operationBox()->currentText(), QStringLiteral("春季行动"));
    dialog.setFile(data("visits.csv"));
    QVERIFY2(dialog.importButton()->isEnabled(), qPrintable(dialog.fileError()->text()));
    dialog.startImport();
    QTRY_VERIFY_WITH_TIMEOUT(dialog.hasResult(), 20000);
    QVERIFY2(!dialog.report().fatal, qPrintable(dialog.resultHeadline()->text()));
    QVERIFY(dialog.report().imported > 0);
}

// A required column under an unknown header: the dialog asks which column it is, imports with
// the choice, and offers it again for a file with the same header row.
void TestImportDialog::unrecognisedColumnAskedAndRemembered()
{
    QStandardPaths::setTestModeEnabled(true); // leave the user's settings alone
    QCoreApplication::setOrganizationName(QStringLiteral("HomecomingTests"));
    QSettings().remove(QStringLiteral("imports"));
    test::TestDatabase t;
    SessionContext session(t.db(), makeAdmin(t));
    const QString f = t.writeFile(
        QStringLiteral("odd.csv"),
        "单位,片区,户号,住址,身份证号,姓名\n东岗派出所,东岗社区,H1,东岗路1号," +
            IdNumber::make(QStringLiteral("620101"), QDate(1970, 5, 6), 44).toLatin1() + ",赵六\n");
    {
        ImportDialog dialog(session, ImportDialog::Kind::Registry, nullptr);
        dialog.setFile(f);
        QVERIFY(!dialog.importButton()->isEnabled());
        QComboBox* station = dialog.mappingBox(QStringLiteral("station"));
        QComboBox* area = dialog.mappingBox(QStringLiteral("area"));
        QVERIFY(station && area);
        QVERIFY(!dialog.mappingBox(QStringLiteral("name"))); // recognised (姓名)
        station->setCurrentIndex(station->findData(QStringLiteral("单位")));
        QVERIFY(!dialog.importButton()->isEnabled());
        area->setCurrentIndex(area->findData(QStringLiteral("片区")));
        QVERIFY2(dialog.importButton()->isEnabled(), qPrintable(dialog.fileError()->text()));
        QTest::mouseClick(dialog.importButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(dialog.hasResult(), 20000);
        QVERIFY(!dialog.report().fatal);
        QCOMPARE(dialog.report().imported, 1);
    }
    ImportDialog again(session, ImportDialog::Kind::Registry, nullptr);
    again.setFile(f);
    QCOMPARE(again.mappingBox(QStringLiteral("station"))->currentData().toString(), QStringLiteral("单位"));
    QCOMPARE(again.mapping().size(), 2);
    QVERIFY(again.importButton()->isEnabled());
    QSettings().remove(QStringLiteral("imports"));
}

QTEST_MAIN(TestImportDialog)
#include "tst_import_dialog.moc"
