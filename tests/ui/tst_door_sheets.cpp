// Printed door-to-door sheets (issue 13, outcome 8) as a user gets them: the PDF has one A4 page
// per household with the address and masked ID numbers (never the full number); the QR code on
// each page, read back from the rendered page by a real decoder (zbarimg), is the household
// number, and typed into visit entry as a scanner types it, opens that household; the
// Households page's "Print sheets" dialog writes the file in the background.
#include "core/auth/UserService.h"
#include "core/common/Translations.h"
#include "core/sheets/SheetService.h"
#include "tests/support/Fixture.h"
#include "tests/support/TestDatabase.h"
#include "ui/common/SessionContext.h"
#include "ui/households/HouseholdsPage.h"
#include "ui/sheets/DoorSheetPdf.h"
#include "ui/sheets/SheetsDialog.h"
#include "ui/visits/VisitEntryPage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace hc;

namespace {

QString run(const QString& program, const QStringList& args)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return QStringLiteral("<%1 failed: %2>").arg(program, QString::fromUtf8(p.readAllStandardError()));
    return QString::fromUtf8(p.readAllStandardOutput());
}

int pages(const QString& pdf)
{
    const QString info = run(QStringLiteral("pdfinfo"), {pdf});
    for (const QString& line : info.split(QLatin1Char('\n')))
        if (line.startsWith(QStringLiteral("Pages:")))
            return line.mid(6).trimmed().toInt();
    return -1;
}

// The QR codes zbarimg reads on page `page` of the PDF, rendered at 150 dpi.
QString qrOnPage(const QString& pdf, int page, const QString& dir)
{
    const QString prefix = dir + QStringLiteral("/page");
    run(QStringLiteral("pdftoppm"), {QStringLiteral("-r"), QStringLiteral("150"), QStringLiteral("-f"),
                                     QString::number(page), QStringLiteral("-l"), QString::number(page),
                                     QStringLiteral("-singlefile"), QStringLiteral("-png"), pdf, prefix});
    return run(QStringLiteral("zbarimg"),
               {QStringLiteral("-q"), QStringLiteral("--raw"), prefix + QStringLiteral(".png")})
        .trimmed();
}

} // namespace

class TestDoorSheets : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { installTranslation(QLocale(QLocale::English)); } // English plurals
    void init();
    void pdfPagesTextAndQrCodes();
    void scannedNumberOpensTheHousehold();
    void dialogPrintsInTheBackground();

private:
    std::unique_ptr<test::TestDatabase> m_t;
    qint64 m_op = 0;
    qint64 m_area = 0; // 西湖社区: H003 (visited, refused) and H004
    QTemporaryDir m_dir;
};

void TestDoorSheets::init()
{
    m_t = std::make_unique<test::TestDatabase>();
    m_op = test::loadFixture(*m_t);
    m_area = m_t->scalar(QStringLiteral("SELECT id FROM areas WHERE name = '西湖社区'")).toLongLong();
    QVERIFY(m_dir.isValid());
}

void TestDoorSheets::pdfPagesTextAndQrCodes()
{
    const auto set = SheetService(m_t->db(), Actor::system()).sheets({m_op, m_area, false});
    QVERIFY(set);
    const QString pdf = m_dir.filePath(QStringLiteral("sheets.pdf"));
    int progressed = 0;
    QVERIFY(DoorSheetPdf::write(*set, pdf, [&](int done, int total) {
        progressed = done;
        return total == 2;
    }));
    QCOMPARE(progressed, 2);
    QCOMPARE(pages(pdf), 2);
    const QString text = run(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    QVERIFY2(text.contains(QStringLiteral("H003")) && text.contains(QStringLiteral("H004")),
             qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("620104********0667")), qPrintable(text));
    QVERIFY2(!text.contains(QStringLiteral("620104197506300667")), "a full ID number is on paper");
    QVERIFY2(text.contains(QStringLiteral("Anna Müller")), qPrintable(text));
    QCOMPARE(qrOnPage(pdf, 1, m_dir.path()), QStringLiteral("H003"));
    QCOMPARE(qrOnPage(pdf, 2, m_dir.path()), QStringLiteral("H004"));
    // Cancelled after the first page: no partial file is left.
    const QString cancelled = m_dir.filePath(QStringLiteral("cancelled.pdf"));
    const Status stopped = DoorSheetPdf::write(*set, cancelled, [](int, int) { return false; });
    QVERIFY(!stopped);
    QCOMPARE(stopped.error().kind, Error::Kind::Cancelled);
    QVERIFY(!QFile::exists(cancelled));
}

void TestDoorSheets::scannedNumberOpensTheHousehold()
{
    const QImage qr = DoorSheetPdf::qrCode(QStringLiteral("H004"));
    QVERIFY(!qr.isNull());
    QVERIFY(qr.width() >= 21 + 8); // version 1 at least, and the quiet zone
    auto user = UserService(m_t->db()).find(QStringLiteral("100002")); // supervisor of 西湖派出所
    QVERIFY(user);
    SessionContext session(m_t->db(), *user);
    session.setOperation(m_op);
    VisitEntryPage page(session);
    page.show();
    page.findEdit()->setFocus();
    QTest::keyClicks(page.findEdit(), QStringLiteral("H004")); // a scanner types, then Enter
    QTest::keyClick(page.findEdit(), Qt::Key_Return);
    QCOMPARE(
        page.householdId(),
        m_t->scalar(QStringLiteral("SELECT id FROM households WHERE household_no = 'H004'")).toLongLong());
}

void TestDoorSheets::dialogPrintsInTheBackground()
{
    auto user = UserService(m_t->db()).find(QStringLiteral("100002"));
    QVERIFY(user);
    SessionContext session(m_t->db(), *user);
    session.setOperation(m_op);
    HouseholdsPage households(session);
    households.show();
    QTRY_VERIFY(households.areaBox()->count() > 1);
    QVERIFY(!households.sheetsButton()->isEnabled()); // sheets are printed per area
    households.areaBox()->setCurrentIndex(households.areaBox()->findData(m_area));
    QTRY_VERIFY(households.sheetsButton()->isEnabled());

    SheetsDialog dialog(session, m_area, QStringLiteral("西湖社区"));
    QVERIFY(dialog.pathEdit()->text().contains(QStringLiteral("door-sheets-西湖社区")));
    const QString pdf = m_dir.filePath(QStringLiteral("pending.pdf"));
    dialog.pathEdit()->setText(pdf);
    QVERIFY(dialog.pendingBox()->isChecked());
    QSignalSpy printed(&dialog, &SheetsDialog::printed);
    QTest::mouseClick(dialog.printButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(printed.count(), 1, 20000);
    QCOMPARE(printed.first().at(1).toInt(), 2); // neither is covered (H003 refused the door)
    QCOMPARE(pages(pdf), 2);
    QVERIFY2(dialog.statusLabel()->text().contains(QStringLiteral("2 sheets written")),
             qPrintable(dialog.statusLabel()->text()));
}

QTEST_MAIN(TestDoorSheets)
#include "tst_door_sheets.moc"
