// Imports of files as stations really export them: header variants, Chinese date forms,
// GB18030, CRLF, trailing empty columns and a totals row; column mappings (--map).
#include "app/cli/ExitCode.h"
#include "core/common/Clock.h"
#include "core/imports/ImportPreview.h"
#include "core/imports/ImportRun.h"
#include "core/imports/OfficerImporter.h"
#include "core/imports/RegistryImporter.h"
#include "core/imports/VisitImporter.h"
#include "core/imports/XlsxReader.h"
#include "core/operations/OperationService.h"
#include "core/registry/IdNumber.h"
#include "tests/support/CliProcess.h"
#include "tests/support/TestDatabase.h"

#include <QJsonDocument>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

#include <minizip/zip.h>
#include <xlsxwriter.h>

using namespace hc;
using hc::test::TestDatabase;

namespace {
// The rejections of a report, for a failure message.
QByteArray reasons(const ImportReport& r)
{
    QStringList lines;
    for (const ImportIssue& e : r.errors)
        lines << QStringLiteral("row %1, %2: %3").arg(e.row).arg(e.column, e.reason);
    return lines.join(QLatin1Char('\n')).toUtf8();
}

QString idFor(const QDate& birth, int sequence)
{
    return IdNumber::make(QStringLiteral("620101"), birth, sequence);
}

// A registry export with the headers and date forms of a station's system, three people and
// a totals row.
QString exportText(const QString& separator, int trailingEmpty)
{
    const QString tail = QString(trailingEmpty, QLatin1Char(','));
    QStringList lines{"所属派出所,居委会,户号,住址,身份证号码,姓名,性别,出生日期,手机号码,户主关系" + tail,
                      "东岗派出所,东岗社区,H1,东岗路1号," + idFor(QDate(1949, 12, 31), 11) +
                          ",张伟,男,1949年12月31日,13900000001,户主" + tail,
                      "东岗派出所,东岗社区,H1,东岗路1号," + idFor(QDate(1952, 3, 1), 22) +
                          ",王芳,女,1952.3.1,13900000002,配偶" + tail,
                      "东岗派出所,雁滩村,H2,雁滩村3组," + idFor(QDate(1980, 1, 15), 34) +
                          ",李娜,女,19800115,,户主" + tail,
                      "合计,,,,,3人,,,," + tail};
    return lines.join(separator) + separator;
}

// A registry file whose station and area columns have headers no variant knows.
QByteArray unknownHeaders()
{
    return ("单位,片区,户号,住址,身份证号,姓名\n东岗派出所,东岗社区,H1,东岗路1号," +
            idFor(QDate(1970, 5, 6), 44) + ",赵六\n")
        .toUtf8();
}

// The station export as a workbook: dates typed as dates (a built-in and a Chinese custom
// format), one as text; a phone typed as a number; the totals row. `sheets` other sheets come
// first when `dataSheet` is not first.
void writeStationWorkbook(const QString& path, bool dataSheetFirst)
{
    lxw_workbook* wb = workbook_new(path.toUtf8().constData());
    if (!dataSheetFirst)
        worksheet_write_string(workbook_add_worksheet(wb, "说明"), 0, 0, "本表由系统导出", nullptr);
    lxw_worksheet* ws = workbook_add_worksheet(wb, "户籍");
    lxw_format* builtinDate = workbook_add_format(wb);
    format_set_num_format_index(builtinDate, 14);
    lxw_format* chineseDate = workbook_add_format(wb);
    format_set_num_format(chineseDate, "yyyy\"年\"m\"月\"d\"日\"");
    const char* header[] = {"所属派出所", "居委会", "户号",     "住址",     "身份证号码",
                            "姓名",       "性别",   "出生日期", "手机号码", "户主关系"};
    for (int c = 0; c < 10; ++c)
        worksheet_write_string(ws, 0, lxw_col_t(c), header[c], nullptr);
    const QStringList ids{idFor(QDate(1949, 12, 31), 11), idFor(QDate(1952, 3, 1), 22),
                          idFor(QDate(1980, 1, 15), 34)};
    const char* rows[3][7] = {{"东岗派出所", "东岗社区", "H1", "东岗路1号", "张伟", "男", "户主"},
                              {"东岗派出所", "东岗社区", "H1", "东岗路1号", "王芳", "女", "配偶"},
                              {"东岗派出所", "雁滩村", "H2", "雁滩村3组", "李娜", "女", "户主"}};
    for (int r = 0; r < 3; ++r) {
        const lxw_row_t row = lxw_row_t(r + 1);
        for (int c = 0; c < 4; ++c)
            worksheet_write_string(ws, row, lxw_col_t(c), rows[r][c], nullptr);
        worksheet_write_string(ws, row, 4, ids.at(r).toLatin1().constData(), nullptr);
        worksheet_write_string(ws, row, 5, rows[r][4], nullptr);
        worksheet_write_string(ws, row, 6, rows[r][5], nullptr);
        worksheet_write_string(ws, row, 9, rows[r][6], nullptr);
    }
    lxw_datetime first = {1949, 12, 31, 0, 0, 0};
    lxw_datetime second = {1952, 3, 1, 0, 0, 0};
    worksheet_write_datetime(ws, 1, 7, &first, builtinDate);
    worksheet_write_datetime(ws, 2, 7, &second, chineseDate);
    worksheet_write_string(ws, 3, 7, "19800115", nullptr);
    worksheet_write_number(ws, 1, 8, 13900000001.0, nullptr);
    worksheet_write_string(ws, 2, 8, "13900000002", nullptr);
    worksheet_write_string(ws, 4, 0, "合计", nullptr);
    worksheet_write_number(ws, 4, 5, 3, nullptr);
    QCOMPARE(workbook_close(wb), LXW_NO_ERROR);
}

// A zip of the given parts, as a hand-made (or hostile) workbook.
void writeZip(const QString& path, const QList<QPair<QString, QByteArray>>& parts)
{
    zipFile zip = zipOpen64(QFile::encodeName(path).constData(), APPEND_STATUS_CREATE);
    QVERIFY(zip);
    for (const auto& [name, data] : parts) {
        QCOMPARE(zipOpenNewFileInZip64(zip, name.toUtf8().constData(), nullptr, nullptr, 0, nullptr, 0,
                                       nullptr, Z_DEFLATED, Z_DEFAULT_COMPRESSION, 0),
                 ZIP_OK);
        QCOMPARE(zipWriteInFileInZip(zip, data.constData(), unsigned(data.size())), ZIP_OK);
        QCOMPARE(zipCloseFileInZip(zip), ZIP_OK);
    }
    QCOMPARE(zipClose(zip, nullptr), ZIP_OK);
}

const QByteArray kRels =
    "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/"
    "relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/"
    "2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/><Relationship Id=\"rId2\" "
    "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" "
    "Target=\"sharedStrings.xml\"/><Relationship Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/"
    "officeDocument/2006/relationships/styles\" Target=\"/xl/styles.xml\"/></Relationships>";
const QByteArray kWorkbook =
    "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
    "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>"
    "<sheet name=\"表一\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>";
const QByteArray kStyles =
    "<styleSheet><numFmts><numFmt numFmtId=\"164\" formatCode=\"yyyy/m/d\"/></numFmts><cellXfs>"
    "<xf numFmtId=\"0\"/><xf numFmtId=\"164\"/><xf numFmtId=\"49\"/></cellXfs></styleSheet>";
const QByteArray kStrings = "<sst><si><t>户号</t></si><si><r><t>张</t></r><r><t>伟</t></r>"
                            "<rPh><t>zhang wei</t></rPh></si></sst>";

QByteArray sheetXml(const QByteArray& rows)
{
    return "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>" +
           rows + "</sheetData></worksheet>";
}
} // namespace

class TestImportFormats : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        Clock::setInstance(std::make_unique<FixedClock>(QDateTime(QDate(2026, 6, 1), QTime(12, 0))));
    }
    void cleanupTestCase() { Clock::setInstance(nullptr); }

    void chineseDates_data();
    void chineseDates();
    void headerVariants_data();
    void headerVariants();
    void stationExport_data();
    void stationExport();
    void mappingNamesAColumn();
    void cliMapOption();
    void workbookLikeCsv();
    void workbookSheetChoice();
    void officerAndFieldSheetWorkbooks();
    void handMadeWorkbookCells();
    void hostileWorkbookRefused_data();
    void hostileWorkbookRefused();
    void inflationBound();
};

void TestImportFormats::chineseDates_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("expected"); // invalid: refused
    QTest::newRow("iso") << "1949-12-31" << QDate(1949, 12, 31);
    QTest::newRow("年月日") << "1949年12月31日" << QDate(1949, 12, 31);
    QTest::newRow("年月日, short") << " 1952年3月1日 " << QDate(1952, 3, 1);
    QTest::newRow("dots") << "1949.12.31" << QDate(1949, 12, 31);
    QTest::newRow("slashes") << "1949/12/31" << QDate(1949, 12, 31);
    QTest::newRow("digits") << "19491231" << QDate(1949, 12, 31);
    QTest::newRow("年月日, impossible") << "1949年2月30日" << QDate();
    QTest::newRow("年月, no day") << "1949年12月" << QDate();
    QTest::newRow("年月日, letters") << "1949年十二月31日" << QDate();
    QTest::newRow("two-digit year") << "49年12月31日" << QDate();
}

void TestImportFormats::chineseDates()
{
    QFETCH(QString, text);
    QFETCH(QDate, expected);
    QCOMPARE(parseDate(text), expected);
    QCOMPARE(parseDateTime(text + QStringLiteral(" 09:30")).date(), expected);
    QCOMPARE(parseDateTime(QStringLiteral("2026年3月10日9:05")),
             QDateTime(QDate(2026, 3, 10), QTime(9, 5), Qt::UTC));
    QCOMPARE(excelSerialText(43831, false), QStringLiteral("2020-01-01"));
    QCOMPARE(excelSerialText(43831.5, false), QStringLiteral("2020-01-01 12:00:00"));
    QCOMPARE(excelSerialText(1, false), QStringLiteral("1900-01-01"));
    QCOMPARE(excelSerialText(61, false), QStringLiteral("1900-03-01"));
    QCOMPARE(excelSerialText(0, true), QString());
    QCOMPARE(excelSerialText(42369, true), QStringLiteral("2020-01-01"));
}

void TestImportFormats::headerVariants_data()
{
    QTest::addColumn<QString>("header");
    QTest::addColumn<QString>("key"); // empty: not recognised
    QTest::newRow("所属派出所") << "所属派出所"
                                << "station";
    QTest::newRow("派出所名称") << "派出所名称"
                                << "station";
    QTest::newRow("居委会") << "居委会"
                            << "area";
    QTest::newRow("村委会") << "村委会"
                            << "area";
    QTest::newRow("社区（村）, full width") << "社区（村）"
                                            << "area";
    QTest::newRow("身份证号") << "身份证号"
                              << "id_number";
    QTest::newRow("证件号码") << "证件号码"
                              << "id_number";
    QTest::newRow("手机号码") << "手机号码"
                              << "phone";
    QTest::newRow("电话") << "电话"
                          << "phone";
    QTest::newRow("户主关系") << "户主关系"
                              << "relation";
    QTest::newRow("English, spaced") << " Household No "
                                     << "household_no";
    QTest::newRow("English, upper case") << "ID_NUMBER"
                                         << "id_number";
    QTest::newRow("unknown") << "籍贯"
                             << "";
}

void TestImportFormats::headerVariants()
{
    QFETCH(QString, header);
    QFETCH(QString, key);
    QList<ColumnSpec> spec = RegistryImporter::columns();
    for (ColumnSpec& c : spec)
        c.required = false;
    const auto map = HeaderMap::build({QStringLiteral("x"), header}, spec);
    QVERIFY(map.ok());
    QCOMPARE(map->detectedColumns().join(QLatin1Char(',')), key);
    if (!key.isEmpty())
        QCOMPARE(map->index(key.toLatin1().constData()), 1);
}

void TestImportFormats::stationExport_data()
{
    QTest::addColumn<bool>("gb18030");
    QTest::addColumn<bool>("crlf");
    QTest::addColumn<int>("trailingEmpty");
    QTest::newRow("UTF-8, LF") << false << false << 0;
    QTest::newRow("UTF-8, CRLF, trailing empty columns") << false << true << 3;
    QTest::newRow("GB18030, CRLF") << true << true << 0;
    QTest::newRow("GB18030, LF, trailing empty columns") << true << false << 2;
}

// A station's registry export is imported whole but for its totals row, rejected by number.
void TestImportFormats::stationExport()
{
    QFETCH(bool, gb18030);
    QFETCH(bool, crlf);
    QFETCH(int, trailingEmpty);
    const QString text = exportText(crlf ? QStringLiteral("\r\n") : QStringLiteral("\n"), trailingEmpty);
    QByteArray bytes = text.toUtf8();
    if (gb18030) {
        QStringEncoder encoder("GB18030");
        QVERIFY(encoder.isValid());
        bytes = encoder.encode(text);
    }
    TestDatabase t;
    const ImportReport r =
        RegistryImporter(t.db(), Actor::system()).run(t.writeFile(QStringLiteral("export.csv"), bytes));
    QVERIFY2(!r.fatal, r.fatal ? qPrintable(r.fatal->text()) : "");
    QCOMPARE(r.encoding, gb18030 ? QStringLiteral("GB18030") : QStringLiteral("UTF-8"));
    QCOMPARE(r.rows, 4);
    QVERIFY2(r.imported == 3, reasons(r).constData());
    QCOMPARE(r.rejected, 1);
    QCOMPARE(r.errors.at(0).row, 4);
    QVERIFY2(r.errors.at(0).reason.contains(QStringLiteral("合计")), qPrintable(r.errors.at(0).reason));
    QCOMPARE(cli::exitCodeFor(r), 3);
    QCOMPARE(t.scalar(QStringLiteral("SELECT count(*) FROM stations WHERE name = '东岗派出所'")).toInt(), 1);
    QCOMPARE(t.scalar(QStringLiteral("SELECT phone FROM persons WHERE name = '王芳'")).toString(),
             QStringLiteral("13900000002"));
    QCOMPARE(t.scalar(QStringLiteral("SELECT relation FROM persons WHERE name = '王芳'")).toString(),
             QStringLiteral("配偶"));
    QCOMPARE(t.scalar(QStringLiteral("SELECT count(*) FROM areas WHERE name = '雁滩村'")).toInt(), 1);
}

// A required column under a header nobody knows: refused, then read through a mapping; a
// mapping naming a field or a header that does not exist is refused naming it.
void TestImportFormats::mappingNamesAColumn()
{
    TestDatabase t;
    const QString f = t.writeFile(QStringLiteral("odd.csv"), unknownHeaders());
    ImportReport r = RegistryImporter(t.db(), Actor::system()).run(f);
    QVERIFY(r.fatal);
    QVERIFY2(r.fatal->message.contains(QStringLiteral("station")) &&
                 r.fatal->message.contains(QStringLiteral("area")),
             qPrintable(r.fatal->message));

    ImportOptions options;
    options.mapping = {{QStringLiteral("station"), QStringLiteral("单位")},
                       {QStringLiteral("area"), QStringLiteral(" 片区 ")}};
    const ImportPreview p = ImportPreview::read(ImportKind::Registry, f, 5, options);
    QVERIFY2(p.problem.isEmpty(), qPrintable(p.problem));
    QCOMPARE(p.columnKeys.at(0), QStringLiteral("station"));
    QCOMPARE(p.columnKeys.at(1), QStringLiteral("area"));
    QCOMPARE(p.headerKey, HeaderMap::headerKey({"单位", "片区", "户号", "住址", "身份证号", "姓名", ""}));
    QVERIFY(p.headerKey != HeaderMap::headerKey({"单位", "片区", "户号", "住址", "身份证号"}));
    r = RegistryImporter(t.db(), Actor::system()).run(f, options);
    QVERIFY2(!r.fatal, r.fatal ? qPrintable(r.fatal->text()) : "");
    QCOMPARE(r.imported, 1);
    QCOMPARE(t.scalar(QStringLiteral("SELECT name FROM stations")).toString(), QStringLiteral("东岗派出所"));

    options.mapping = {{QStringLiteral("precinct"), QStringLiteral("单位")}};
    r = RegistryImporter(t.db(), Actor::system()).run(f, options);
    QVERIFY(r.fatal);
    QVERIFY2(r.fatal->message.contains(QStringLiteral("precinct")), qPrintable(r.fatal->message));
    options.mapping = {{QStringLiteral("station"), QStringLiteral("所属单位")}};
    r = RegistryImporter(t.db(), Actor::system()).run(f, options);
    QVERIFY(r.fatal);
    QCOMPARE(cli::exitCodeFor(r), 2);
    QVERIFY2(r.fatal->message.contains(QStringLiteral("所属单位")), qPrintable(r.fatal->message));
    QVERIFY(!ImportPreview::read(ImportKind::Registry, f, 5, options).problem.isEmpty());
}

void TestImportFormats::cliMapOption()
{
    using namespace hc::test::cli;
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("t.db"));
    QVERIFY(init(db));
    const QString f = dir.filePath(QStringLiteral("odd.csv"));
    QFile file(f);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(unknownHeaders());
    file.close();
    const QStringList base{"import-registry", "--db", db, f};
    Run r = as(kAdmin, base);
    QCOMPARE(r.status, 2);
    r = as(kAdmin, base + QStringList{"--map", "precinct=单位", "--map", "area=片区"});
    QCOMPARE(r.status, 2);
    QVERIFY2(r.err.contains("precinct"), r.err.constData());
    r = as(kAdmin, base + QStringList{"--map", "station=所属单位", "--map", "area=片区"});
    QCOMPARE(r.status, 2);
    QVERIFY2((r.err + r.out).contains("所属单位"), r.err.constData());
    r = as(kAdmin, base + QStringList{"--map", "station"});
    QCOMPARE(r.status, 2);
    r = as(kAdmin, base + QStringList{"--map", "station=单位", "--map", "area=片区", "--json"});
    QCOMPARE(r.status, 0);
    QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("imported")).toInt(), 1);
    r = as(kAdmin, base + QStringList{"--sheet", "户籍"});
    QCOMPARE(r.status, 2);
    QVERIFY2(r.err.contains("workbook"), r.err.constData());
}

// The same export as a workbook: the same rows, rules, row numbers and JSON report as CSV.
void TestImportFormats::workbookLikeCsv()
{
    TestDatabase csvDb;
    const ImportReport fromCsv =
        RegistryImporter(csvDb.db(), Actor::system())
            .run(csvDb.writeFile(QStringLiteral("e.csv"), exportText(QStringLiteral("\n"), 0).toUtf8()));
    TestDatabase t;
    const QString book = t.dir() + QStringLiteral("/export.xlsx");
    writeStationWorkbook(book, true);
    const ImportReport r = RegistryImporter(t.db(), Actor::system()).run(book);
    QVERIFY2(!r.fatal, r.fatal ? qPrintable(r.fatal->text()) : "");
    QCOMPARE(r.encoding, QStringLiteral("XLSX (户籍)"));
    QCOMPARE(QJsonDocument(r.toJson()).toJson(), QJsonDocument(fromCsv.toJson()).toJson());
    QCOMPARE(r.imported, 3);
    QCOMPARE(r.errors.at(0).row, 4);
    QCOMPARE(cli::exitCodeFor(r), 3);
    QCOMPARE(t.scalar(QStringLiteral("SELECT phone FROM persons WHERE name = '张伟'")).toString(),
             QStringLiteral("13900000001"));
    QCOMPARE(t.scalar(QStringLiteral("SELECT birth_date FROM persons WHERE name = '王芳'")).toString(),
             QStringLiteral("1952-03-01"));

    const ImportPreview p = ImportPreview::read(ImportKind::Registry, book, 10);
    QVERIFY2(p.problem.isEmpty(), qPrintable(p.problem));
    QCOMPARE(p.sheets, QStringList{"户籍"});
    QCOMPARE(p.rows.size(), 4);
    QCOMPARE(p.rows.at(0).at(7), QStringLiteral("1949-12-31"));
}

void TestImportFormats::workbookSheetChoice()
{
    using namespace hc::test::cli;
    QTemporaryDir dir;
    const QString book = dir.filePath(QStringLiteral("two.xlsx"));
    writeStationWorkbook(book, false);
    QCOMPARE(*XlsxReader::sheetNames(book), (QStringList{"说明", "户籍"}));
    TestDatabase t;
    ImportReport r = RegistryImporter(t.db(), Actor::system()).run(book); // the first sheet
    QVERIFY(r.fatal);
    QVERIFY2(r.fatal->message.contains(QStringLiteral("station")), qPrintable(r.fatal->message));
    ImportOptions options;
    options.sheet = QStringLiteral("无此表");
    r = RegistryImporter(t.db(), Actor::system()).run(book, options);
    QVERIFY(r.fatal);
    QVERIFY2(r.fatal->message.contains(QStringLiteral("无此表")) &&
                 r.fatal->message.contains(QStringLiteral("户籍")),
             qPrintable(r.fatal->message));
    const QString db = dir.filePath(QStringLiteral("t.db"));
    QVERIFY(init(db));
    const Run run = as(kAdmin, {"import-registry", "--db", db, "--sheet", "户籍", "--json", book});
    QCOMPARE(run.status, 3);
    QCOMPARE(QJsonDocument::fromJson(run.out).object().value(QStringLiteral("imported")).toInt(), 3);
}

// The officer and field-sheet imports read workbooks through the same frame.
void TestImportFormats::officerAndFieldSheetWorkbooks()
{
    TestDatabase t;
    QCOMPARE(
        RegistryImporter(t.db(), Actor::system()).run(QStringLiteral(HC_TEST_DATA "/registry.csv")).imported,
        7);
    const QString officers = t.dir() + QStringLiteral("/officers.xlsx");
    lxw_workbook* wb = workbook_new(officers.toUtf8().constData());
    lxw_worksheet* ws = workbook_add_worksheet(wb, nullptr);
    const char* header[] = {"警号", "姓名", "所属派出所", "角色"};
    for (int c = 0; c < 4; ++c)
        worksheet_write_string(ws, 0, lxw_col_t(c), header[c], nullptr);
    worksheet_write_number(ws, 1, 0, 100001, nullptr); // a badge typed as a number
    worksheet_write_string(ws, 1, 1, "马警官", nullptr);
    worksheet_write_string(ws, 1, 2, "东岗派出所", nullptr);
    worksheet_write_string(ws, 1, 3, "民警", nullptr);
    QCOMPARE(workbook_close(wb), LXW_NO_ERROR);
    const ImportReport off = OfficerImporter(t.db(), Actor::system()).run(officers);
    QVERIFY2(!off.fatal, off.fatal ? qPrintable(off.fatal->text()) : "");
    QCOMPARE(off.imported, 1);
    QCOMPARE(off.newPasswords.value(0).first, QStringLiteral("100001"));

    QVERIFY(OperationService(t.db(), Actor::system())
                .create(QStringLiteral("春季行动"), QDate(2026, 3, 1), QDate(2026, 5, 29), {}, 5)
                .ok());
    const QString visits = t.dir() + QStringLiteral("/visits.xlsx");
    wb = workbook_new(visits.toUtf8().constData());
    ws = workbook_add_worksheet(wb, nullptr);
    lxw_format* when = workbook_add_format(wb);
    format_set_num_format(when, "yyyy-mm-dd hh:mm");
    const char* visitHeader[] = {"户号", "走访时间", "警号", "走访结果"};
    for (int c = 0; c < 4; ++c)
        worksheet_write_string(ws, 0, lxw_col_t(c), visitHeader[c], nullptr);
    lxw_datetime at = {2026, 3, 2, 10, 30, 0};
    worksheet_write_string(ws, 1, 0, "H001", nullptr);
    worksheet_write_datetime(ws, 1, 1, &at, when);
    worksheet_write_number(ws, 1, 2, 100001, nullptr);
    worksheet_write_string(ws, 1, 3, "no_answer", nullptr);
    QCOMPARE(workbook_close(wb), LXW_NO_ERROR);
    const ImportReport v = VisitImporter(t.db(), Actor::system()).run(QStringLiteral("春季行动"), visits);
    QVERIFY2(!v.fatal, v.fatal ? qPrintable(v.fatal->text()) : "");
    QVERIFY2(v.errors.isEmpty(), v.errors.isEmpty() ? "" : qPrintable(v.errors.at(0).reason));
    QCOMPARE(v.imported, 1);
    QCOMPARE(t.scalar(QStringLiteral("SELECT visited_at FROM visits")).toString(),
             QStringLiteral("2026-03-02T10:30:00"));
}

// Cells as Excel and other programs write them: shared strings with rich text and phonetic
// runs, inline strings, gaps between cells, booleans, numbers, dates by a custom format.
void TestImportFormats::handMadeWorkbookCells()
{
    QTemporaryDir dir;
    const QString book = dir.filePath(QStringLiteral("hand.xlsx"));
    writeZip(book,
             {{"xl/_rels/workbook.xml.rels", kRels},
              {"xl/workbook.xml", kWorkbook},
              {"xl/styles.xml", kStyles},
              {"xl/sharedStrings.xml", kStrings},
              {"xl/worksheets/sheet1.xml",
               sheetXml("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"C1\" t=\"inlineStr\"><is><t>"
                        "内联</t></is></c></row><row r=\"2\"/><row r=\"3\"><c r=\"A3\" t=\"s\"><v>1</v>"
                        "</c><c r=\"B3\" s=\"1\"><v>43831</v></c><c r=\"C3\" t=\"b\"><v>1</v></c>"
                        "<c r=\"D3\"><v>2.5</v></c><c r=\"E3\" s=\"2\"><v>7</v></c><c r=\"F3\" "
                        "t=\"str\"><f>A3</f><v>张伟</v></c></row>")}});
    XlsxReader reader(book);
    QVERIFY2(reader.open().ok(), qPrintable(reader.error().message));
    QCOMPARE(reader.encodingName(), QStringLiteral("XLSX (表一)"));
    QStringList row;
    QVERIFY(reader.next(row));
    QCOMPARE(row, (QStringList{"户号", "", "内联"}));
    QVERIFY(reader.next(row)); // the empty row 2 is skipped, as a blank CSV line
    QCOMPARE(row, (QStringList{"张伟", "2020-01-01", "TRUE", "2.5", "7", "张伟"}));
    QVERIFY(!reader.next(row));
    QVERIFY2(!reader.hasError(), qPrintable(reader.error().message));
    QCOMPARE(reader.bytesRead(), reader.totalBytes());
}

void TestImportFormats::hostileWorkbookRefused_data()
{
    QTest::addColumn<QByteArray>("kind");
    QTest::addColumn<QString>("says");
    QTest::newRow("not a zip") << QByteArray("text") << "not a zip";
    QTest::newRow("no workbook part") << QByteArray("no workbook") << "xl/workbook.xml";
    QTest::newRow("no sheet part") << QByteArray("no sheet") << "xl/worksheets/sheet1.xml";
    QTest::newRow("shared string out of range") << QByteArray("string index") << "shared string 9";
    QTest::newRow("broken XML") << QByteArray("cut") << "xl/worksheets/sheet1.xml";
}

// A broken or hostile workbook is refused whole, saying why, and nothing is written.
void TestImportFormats::hostileWorkbookRefused()
{
    QFETCH(QByteArray, kind);
    QFETCH(QString, says);
    TestDatabase t;
    const QString book = t.dir() + QStringLiteral("/bad.xlsx");
    if (kind == "text")
        t.writeFile(QStringLiteral("bad.xlsx"), "station,area\n");
    else if (kind == "no workbook")
        writeZip(book, {{"xl/_rels/workbook.xml.rels", kRels}});
    else if (kind == "no sheet")
        writeZip(book, {{"xl/_rels/workbook.xml.rels", kRels}, {"xl/workbook.xml", kWorkbook}});
    else if (kind == "string index")
        writeZip(book, {{"xl/_rels/workbook.xml.rels", kRels},
                        {"xl/workbook.xml", kWorkbook},
                        {"xl/sharedStrings.xml", kStrings},
                        {"xl/worksheets/sheet1.xml", sheetXml("<row><c t=\"s\"><v>9</v></c></row>")}});
    else
        writeZip(book,
                 {{"xl/_rels/workbook.xml.rels", kRels},
                  {"xl/workbook.xml", kWorkbook},
                  {"xl/worksheets/sheet1.xml", "<worksheet><sheetData><row><c t=\"inlineStr\"><is><t>站"}});
    const ImportReport r = RegistryImporter(t.db(), Actor::system()).run(book);
    QVERIFY(r.fatal);
    QCOMPARE(cli::exitCodeFor(r), 2);
    QVERIFY2(r.fatal->message.contains(says), qPrintable(r.fatal->message));
    QCOMPARE(t.count(QStringLiteral("persons")), 0);
    QVERIFY(!ImportPreview::read(ImportKind::Registry, book, 5).problem.isEmpty());
}

// A part that inflates past the bound is refused before it is read (a zip bomb); the same
// workbook reads under the default bound.
void TestImportFormats::inflationBound()
{
    QTemporaryDir dir;
    const QString book = dir.filePath(QStringLiteral("bomb.xlsx"));
    QByteArray rows;
    for (int i = 0; rows.size() < 4 * 1024 * 1024; ++i)
        rows += "<row><c><v>" + QByteArray::number(i) + "</v></c></row>" + QByteArray(200, ' ');
    writeZip(book, {{"xl/_rels/workbook.xml.rels", kRels},
                    {"xl/workbook.xml", kWorkbook},
                    {"xl/worksheets/sheet1.xml", sheetXml(rows)}});
    QVERIFY(QFileInfo(book).size() < 512 * 1024); // it compresses well, as a bomb does
    XlsxReader bounded(book, {}, 1024 * 1024);
    const Status s = bounded.open();
    QVERIFY(!s);
    QVERIFY2(s.error().message.contains(QStringLiteral("1048576")), qPrintable(s.error().message));
    XlsxReader whole(book);
    QVERIFY(whole.open().ok());
    qint64 n = 0;
    for (QStringList row; whole.next(row);)
        ++n;
    QVERIFY(!whole.hasError());
    QVERIFY(n > 15000);
}

QTEST_GUILESS_MAIN(TestImportFormats)
#include "tst_import_formats.moc"
