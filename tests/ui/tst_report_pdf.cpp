// The operation report as a reader gets it: the PDF written from the fixture operation holds the
// figures (pdftotext) in English and in Chinese with the CJK font embedded (pdffonts), the GUI
// dialog builds it in a worker and saves PDF and CSV, the File menu offers it to the roles that
// may see it, and `homecoming-cli report` writes both end to end (offscreen platform).
#include "core/auth/UserService.h"
#include "core/common/Translations.h"
#include "core/imports/XlsxReader.h"
#include "core/report/ReportService.h"
#include "core/report/ReportTables.h"
#include "core/report/ReportXlsx.h"
#include "tests/support/Fixture.h"
#include "ui/common/SessionContext.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/report/ReportCharts.h"
#include "ui/report/ReportDialog.h"
#include "ui/report/ReportDocument.h"

#include <QAction>
#include <QDir>
#include <QImage>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

using namespace hc;
using hc::test::TestDatabase;

namespace {
QString run(const QString& program, const QStringList& args, int* status = nullptr)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(120000))
        return {};
    if (status)
        *status = p.exitCode();
    return QString::fromUtf8(p.readAllStandardOutput()) + QString::fromUtf8(p.readAllStandardError());
}

// pdftotext's words with every run of white space (line and column breaks) made one space.
QString pdfText(const QString& pdf)
{
    return run("pdftotext", {"-enc", "UTF-8", pdf, "-"}).simplified();
}
} // namespace

class TestReportPdf : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void englishPdfHoldsTheFigures();
    void chinesePdfEmbedsACjkFont();
    void previewHasThePdfsPagesAndVectorCharts();
    void chartsPrintAtTheirOwnAspectRatio();
    void dialogBuildsAndSaves();
    void menuOffersTheReport();
    void cliWritesPdfAndCsv();

private:
    std::unique_ptr<test::ClockGuard> m_clock;
    std::unique_ptr<TestDatabase> m_t;
    qint64 m_op = 0;
};

void TestReportPdf::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_clock = std::make_unique<test::ClockGuard>(QDateTime(QDate(2026, 4, 1), QTime(12, 0)));
    m_t = std::make_unique<TestDatabase>();
    m_op = test::loadFixture(*m_t);
    QSqlQuery q(m_t->db().sql());
    QVERIFY(q.exec(
        QString("INSERT INTO cases(uuid, case_no, operation_id, station_id, subject_name, source, status, "
                "risk_level, opened_at, crime_kind, family_reunited) VALUES "
                "('c1', 'SZ2026-00001', %1, (SELECT id FROM stations WHERE name = '东岗派出所'), "
                "'张小明', 'screening', 'open', 'high', '2026-03-02T10:00:00', NULL, 0), "
                "('c2', 'SZ2026-00002', %1, (SELECT id FROM stations WHERE name = '西湖派出所'), "
                "'周五', 'public_report', 'rescued', 'low', '2026-03-07T08:00:00', 'kidnapping', 1)")
            .arg(m_op)));
    QVERIFY(test::moveCaseFormOutcomes(m_t->db())); // the kidnapping and the family as records
}

void TestReportPdf::cleanupTestCase()
{
    installTranslation(QLocale(QLocale::English));
    QLocale::setDefault(QLocale::c());
    m_t.reset();
    m_clock.reset();
}

void TestReportPdf::englishPdfHoldsTheFigures()
{
    installTranslation(QLocale(QLocale::English));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    const auto report = ReportService(m_t->db(), Actor::system()).build(m_op);
    QVERIFY(report.ok());
    const QString pdf = QDir(m_t->dir()).filePath("en.pdf");
    const ReportDocument doc(*report);
    QVERIFY(doc.writePdf(pdf).ok());
    if (qEnvironmentVariableIsSet("HC_SHOTS")) // to look at it
        QFile::copy(pdf, qEnvironmentVariable("HC_SHOTS") + "/report_en.pdf");
    QVERIFY(QFileInfo(pdf).size() > 10000);
    const QString info = run("pdfinfo", {pdf});
    QVERIFY2(info.contains("Page size:") && info.contains("(A4)"), qPrintable(info));

    const QString text = pdfText(pdf);
    QVERIFY2(!text.isEmpty(), "pdftotext found no text");
    // The bureau's sentence with the hand-counted figures: 3 households visited (H001-H003),
    // 8 person-checks, 2 found (周五 rescued; 张小明 traced on the 25 March revisit: the open case
    // SZ2026-00001 names him but not his registry entry, so he counts as found without a case),
    // 1 kidnapping cracked (the case's old crime kind, made a record by schema-11), 1 family, 1
    // unregistered person (小红); each figure in its singular or plural form.
    QVERIFY2(text.contains("3 households visited, 8 person-checks, 2 missing people found or rescued, "
                           "cracked 1 kidnapping, 1 family reunited, 1 unregistered person "
                           "found (0 registered since, 0 given ID cards)."),
             qPrintable(text.left(2000)));
    for (const char* s :
         {"Headline figures", "Per sub-bureau", "Per station", "Open high-risk cases", "春季行动",
          "东岗派出所", "西湖派出所", "SZ2026-00001", "张小明", "Whereabouts unknown"})
        QVERIFY2(text.contains(QString::fromUtf8(s)), s);
    // Station row: 东岗 2 in scope, 2 visited, 2 covered, 100.0%, 8 checks.
    QVERIFY2(text.contains("东岗派出所 2 2 2 100.0% 8"), qPrintable(text));
    // The high-risk case's days open (2 March to 1 April).
    QVERIFY(text.contains("SZ2026-00001 张小明 东岗派出所 Open"));
}

void TestReportPdf::chinesePdfEmbedsACjkFont()
{
    const bool translated = installTranslation(QLocale(QLocale::Chinese, QLocale::China));
    QVERIFY(translated);
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    const auto report = ReportService(m_t->db(), Actor::system()).build(m_op);
    QVERIFY(report.ok());
    const QString pdf = QDir(m_t->dir()).filePath("zh.pdf");
    QVERIFY(ReportDocument(*report).writePdf(pdf).ok());

    const QString fonts = run("pdffonts", {pdf});
    bool cjkEmbedded = false;
    for (const QString& line : fonts.split('\n'))
        if (line.contains("WenQuanYi", Qt::CaseInsensitive) || line.contains("CJK") ||
            line.contains("Han Sans"))
            cjkEmbedded = cjkEmbedded || line.simplified().split(' ').contains("yes");
    QVERIFY2(cjkEmbedded, qPrintable(fonts));

    const QString text = pdfText(pdf);
    // Data and the vocabulary's labels come out in Chinese; "下落不明" is the status label.
    for (const char* s : {"春季行动", "东岗派出所", "张小明", "下落不明", "在户", "绑架"})
        QVERIFY2(text.contains(QString::fromUtf8(s)), s);
    // The report's own headings are translated too.
    const QString heading = ReportTables::tr("Headline figures");
    QVERIFY(heading != QLatin1String("Headline figures"));
    QVERIFY2(text.contains(heading), qPrintable(heading));
    installTranslation(QLocale(QLocale::English));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

// The print preview (a high-resolution printer with its own default page and margins) gets the
// very pages of the PDF; the charts are drawn as vectors: their text is in the PDF's text and the
// PDF holds no image.
void TestReportPdf::previewHasThePdfsPagesAndVectorCharts()
{
    installTranslation(QLocale(QLocale::English));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    const auto report = ReportService(m_t->db(), Actor::system()).build(m_op);
    QVERIFY(report.ok());
    const ReportDocument doc(*report);
    const QString pdf = QDir(m_t->dir()).filePath("pages.pdf");
    QVERIFY(doc.writePdf(pdf).ok());
    const QString info = run("pdfinfo", {pdf});
    const int pdfPages = QRegularExpression("Pages:\\s+(\\d+)").match(info).captured(1).toInt();
    QVERIFY2(pdfPages >= 5, qPrintable(info));

    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::Letter));
    printer.setPageMargins(QMarginsF(5, 5, 5, 5), QPageLayout::Millimeter);
    QPrintPreviewWidget preview(&printer);
    int printed = 0;
    connect(&preview, &QPrintPreviewWidget::paintRequested, &preview,
            [&doc, &printed](QPrinter* p) { printed = doc.print(p); });
    preview.updatePreview();
    QCOMPARE(printed, pdfPages);
    QCOMPARE(preview.pageCount(), pdfPages);
    QVERIFY(printer.pageLayout().isEquivalentTo(ReportDocument::pageLayout()));

    const QString text = pdfText(pdf);
    for (const QString& title :
         {ReportCharts::tr("Coverage per station"), ReportCharts::tr("Households covered against the target"),
          ReportCharts::tr("Persons by latest screening status")})
        QVERIFY2(text.contains(title), qPrintable(title));
    const QStringList images = run("pdfimages", {"-list", pdf}).split('\n', Qt::SkipEmptyParts);
    QCOMPARE(images.size(), 2); // the list's two header lines: no image
}

// Each chart is drawn into a rectangle of its own aspect ratio at its full printed width (640
// document units, 1/96 inch), on the PDF and on a printer of another resolution; the donut's
// picture is drawn unstretched, so it stays round (its pixels in a raster of the recording span
// as many columns as rows).
void TestReportPdf::chartsPrintAtTheirOwnAspectRatio()
{
    installTranslation(QLocale(QLocale::English));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    const auto report = ReportService(m_t->db(), Actor::system()).build(m_op);
    QVERIFY(report.ok());
    const ReportDocument doc(*report);
    QCOMPARE(doc.charts().size(), 3);

    QPdfWriter writer(QDir(m_t->dir()).filePath("aspect.pdf"));
    writer.setResolution(300);
    QHash<QString, QRectF> drawn;
    QVERIFY(doc.print(&writer, &drawn) > 0);
    QCOMPARE(drawn.size(), 3);
    for (auto it = doc.charts().begin(); it != doc.charts().end(); ++it) {
        const QRectF r = drawn.value(it.key());
        const QSizeF size = it->size;
        QVERIFY2(!r.isEmpty(), qPrintable(it.key()));
        QVERIFY2(qAbs(r.width() / r.height() - size.width() / size.height()) < 0.005, qPrintable(it.key()));
        QVERIFY2(qAbs(r.width() - 640.0 * 300.0 / 96.0) < 2.0, qPrintable(it.key()));
    }

    // The donut's ring drawn into a square-pixel raster: as wide as it is tall.
    const ReportChart donut = doc.charts().value(QStringLiteral("status"));
    QImage image((donut.size * 2).toSize(), QImage::Format_RGB32);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        donut.draw(&painter, QRectF(QPointF(0, 0), QSizeF(image.size())));
    }
    // The ring is in the left half (the legend, with its coloured markers, on the right): its
    // strongly coloured pixels.
    int left = image.width(), right = -1, top = image.height(), bottom = -1;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width() * 55 / 100; ++x) {
            const QColor c = image.pixelColor(x, y);
            if (c.hsvSaturation() < 50 || c.value() < 40)
                continue;
            left = std::min(left, x), right = std::max(right, x);
            top = std::min(top, y), bottom = std::max(bottom, y);
        }
    QVERIFY2(right > left && bottom > top, "no ring drawn");
    const qreal w = right - left + 1, h = bottom - top + 1;
    QVERIFY2(qAbs(w / h - 1.0) < 0.03, qPrintable(QStringLiteral("ring %1 x %2").arg(w).arg(h)));
}

void TestReportPdf::dialogBuildsAndSaves()
{
    SessionContext session(m_t->db(), *UserService(m_t->db()).find(QStringLiteral("100002")));
    session.setOperation(m_op);
    ReportDialog dialog(session);
    dialog.show();
    QTRY_VERIFY_WITH_TIMEOUT(dialog.document() != nullptr, 20000);
    QVERIFY(!dialog.isBuilding());
    const QString pdf = QDir(m_t->dir()).filePath("dialog/report.pdf");
    QDir().mkpath(QFileInfo(pdf).path());
    QVERIFY(dialog.savePdf(pdf));
    QVERIFY(pdfText(pdf).contains("东岗派出所"));
    const QString csv = QDir(m_t->dir()).filePath("dialog/csv");
    QVERIFY(dialog.exportCsv(csv));
    QCOMPARE(QDir(csv).entryList({"*.csv"}, QDir::Files).size(), 7);
    // A file in the way of the folder: the error is shown, nothing crashes.
    const QString blocked = QDir(m_t->dir()).filePath("dialog/report.pdf/sub");
    QVERIFY(!dialog.exportCsv(blocked));
    // The tables as one Excel workbook, a sheet per table (the button is enabled once built).
    auto* excel = dialog.findChild<QPushButton*>("exportXlsxButton");
    QVERIFY(excel && excel->isEnabled());
    const QString xlsx = QDir(m_t->dir()).filePath("dialog/tables.xlsx");
    QVERIFY(dialog.exportXlsx(xlsx));
    const auto sheets = XlsxReader::sheetNames(xlsx);
    QVERIFY(sheets.ok());
    QCOMPARE(sheets->size(), 7);
    QCOMPARE(sheets->first(), ReportXlsx::sheetName("headline"));
    QVERIFY(!dialog.exportXlsx(QDir(m_t->dir()).filePath("dialog/report.pdf/sub/t.xlsx")));
}

void TestReportPdf::menuOffersTheReport()
{
    SessionContext supervisor(m_t->db(), *UserService(m_t->db()).find(QStringLiteral("100002")));
    MainWindow a(supervisor);
    QAction* action = a.findChild<QAction*>("operationReportAction");
    QVERIFY(action);
    action->trigger();
    auto* dialog = a.findChild<ReportDialog*>();
    QVERIFY(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->document() != nullptr, 20000);
    dialog->close();

    SessionContext officer(m_t->db(), *UserService(m_t->db()).find(QStringLiteral("100001")));
    MainWindow b(officer);
    QVERIFY(!b.findChild<QAction*>("operationReportAction"));
}

void TestReportPdf::cliWritesPdfAndCsv()
{
    const QString out = QDir(m_t->dir()).filePath("cli");
    QDir().mkpath(out);
    int status = -1;
    const QString admin = test::cliAdmin(m_t->db());
    QString said =
        run(HC_CLI_PATH,
            {"report", "--db", m_t->path(), "--user", admin, "--operation", test::kFixtureOperation, "--pdf",
             out + "/r.pdf", "--csv", out + "/csv", "--lang", "zh_CN"},
            &status);
    QVERIFY2(status == 0, qPrintable(said));
    QVERIFY(pdfText(out + "/r.pdf").contains("春季行动"));
    QCOMPARE(QDir(out + "/csv").entryList({"*.csv"}, QDir::Files).size(), 7);

    said = run(HC_CLI_PATH,
               {"report", "--db", m_t->path(), "--user", admin, "--operation", "没有这个行动", "--pdf",
                out + "/x.pdf"},
               &status);
    QCOMPARE(status, 1);
    QVERIFY(!QFileInfo::exists(out + "/x.pdf"));
    said = run(HC_CLI_PATH,
               {"report", "--db", m_t->path(), "--user", admin, "--operation", test::kFixtureOperation},
               &status);
    QCOMPARE(status, 2); // neither --pdf nor --csv
    said = run(HC_CLI_PATH,
               {"report", "--db", m_t->path(), "--user", admin, "--operation", test::kFixtureOperation,
                "--pdf", out + "/y.pdf", "--lang", "fr"},
               &status);
    QCOMPARE(status, 2);
    // The tables as an Excel workbook alone (no PDF: homecoming-cli without the report module).
    said = run(HC_CLI_PATH,
               {"report", "--db", m_t->path(), "--user", admin, "--operation", test::kFixtureOperation,
                "--xlsx", out + "/tables.xlsx"},
               &status);
    QVERIFY2(status == 0, qPrintable(said));
    QVERIFY2(said.contains("7 sheets written"), qPrintable(said));
    const auto sheets = XlsxReader::sheetNames(out + "/tables.xlsx");
    QVERIFY(sheets.ok());
    QCOMPARE(*sheets, QStringList({"Headline", "Sub-bureaus", "Stations", "Days", "Screening status",
                                   "High-risk cases", "League"}));
    said = run(HC_CLI_PATH, {"help"}, &status);
    QVERIFY(said.contains("report --db F --user B --operation N --pdf FILE"));
}

QTEST_MAIN(TestReportPdf)
#include "tst_report_pdf.moc"
