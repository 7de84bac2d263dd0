// Excel out (issue 15 outcome 4): typed cells, a frozen bold header, fitted widths, Chinese
// text, formula-looking text kept as text, and no partial file after a failed write. The
// workbook is read back with unzip (the XML of the sheet and of the shared strings).
#include "core/exports/ExportService.h"
#include "core/exports/XlsxWriter.h"
#include "tests/support/TestDatabase.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace hc;

class TestXlsx : public QObject
{
    Q_OBJECT

private:
    static QByteArray part(const QString& xlsx, const QString& member)
    {
        QProcess unzip;
        unzip.start(QStringLiteral("unzip"), {QStringLiteral("-p"), xlsx, member});
        if (!unzip.waitForFinished(10000) || unzip.exitCode() != 0)
            return {};
        return unzip.readAllStandardOutput();
    }

private slots:
    void kinds()
    {
        const QList<QStringList> rows{
            {QStringLiteral("东岗派出所"), QStringLiteral("1680"), QStringLiteral("87.5%"),
             QStringLiteral("2026-03-01"), QStringLiteral("2026-03-01 14:05"), QStringLiteral("101000216"),
             QStringLiteral("13900000002"), QStringLiteral("0931")},
            {QStringLiteral("西湖派出所"), QString(), QStringLiteral("100.0%"), QStringLiteral("2026-05-29"),
             QStringLiteral("2026-05-29T08:00:00"), QStringLiteral("101000217"),
             QStringLiteral("13900000003"), QStringLiteral("0932")},
        };
        using K = XlsxWriter::Kind;
        // Identifiers stay text: household numbers (9 digits), phones, codes with a leading zero.
        QCOMPARE(XlsxWriter::kindsOf(rows, 8),
                 (QList<K>{K::Text, K::Number, K::Percent, K::Date, K::DateTime, K::Text, K::Text, K::Text}));
        QCOMPARE(XlsxWriter::kindsOf({{QStringLiteral("3")}, {QStringLiteral("x")}}, 1), QList<K>{K::Text});
        QVERIFY(XlsxWriter::widthOf(QStringLiteral("东岗派出所")) >
                XlsxWriter::widthOf(QStringLiteral("Donggang")));
    }

    void writesTypedSheet()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("coverage.xlsx"));
        const QStringList headers{QStringLiteral("派出所"), QStringLiteral("Households"),
                                  QStringLiteral("Coverage"), QStringLiteral("Day"), QStringLiteral("Note")};
        const QList<QStringList> rows{
            {QStringLiteral("东岗派出所"), QStringLiteral("1680"), QStringLiteral("87.5%"),
             QStringLiteral("2026-03-01"), QStringLiteral("=HYPERLINK(\"http://x\")")},
            {QStringLiteral("西湖派出所"), QStringLiteral("12"), QStringLiteral("100.0%"),
             QStringLiteral("2026-03-02"), QStringLiteral("+1")},
        };
        const auto written = XlsxWriter::write(path, QStringLiteral("Coverage by station"), headers, rows);
        QVERIFY2(written.ok(), qPrintable(written ? QString() : written.error().text()));
        QCOMPARE(*written, 2);
        QVERIFY(!QFile::exists(path + QStringLiteral(".part")));

        const QByteArray sheet = part(path, QStringLiteral("xl/worksheets/sheet1.xml"));
        QVERIFY2(!sheet.isEmpty(), "unzip could not read the sheet");
        // The header row is frozen.
        QVERIFY(sheet.contains("ySplit=\"1\""));
        QVERIFY(sheet.contains("state=\"frozen\""));
        // 1680 is a number cell (no t="s"), 87.5% is 0.875, the date is Excel's serial day 46082.
        QVERIFY(QRegularExpression(QStringLiteral("<c r=\"B2\"[^>]*><v>1680</v>"))
                    .match(QString::fromUtf8(sheet))
                    .hasMatch());
        QVERIFY(sheet.contains("<v>0.875</v>"));
        QVERIFY(QRegularExpression(QStringLiteral("<c r=\"D2\"[^>]*><v>46082</v>"))
                    .match(QString::fromUtf8(sheet))
                    .hasMatch());
        // No formula anywhere: the formula-looking note is a shared string.
        QVERIFY(!sheet.contains("<f>"));
        const QByteArray strings = part(path, QStringLiteral("xl/sharedStrings.xml"));
        QVERIFY(strings.contains("=HYPERLINK(&quot;http://x&quot;)") ||
                strings.contains("=HYPERLINK(\"http://x\")"));
        QVERIFY(strings.contains(QStringLiteral("东岗派出所").toUtf8()));
        // Column widths were set (Chinese first column wider than the 6-character minimum).
        QVERIFY(sheet.contains("<cols>"));
        QVERIFY(part(path, QStringLiteral("xl/workbook.xml")).contains("Coverage by station"));
    }

    // The one entry both front ends export lists through picks the format by the file's suffix.
    void exportListBySuffix()
    {
        QTemporaryDir dir;
        test::TestDatabase t;
        const QStringList headers{QStringLiteral("a"), QStringLiteral("b")};
        const QList<QStringList> rows{{QStringLiteral("x"), QStringLiteral("1")}};
        QVERIFY(
            ExportService(t.db(), Actor::system())
                .exportList(QStringLiteral("list"), dir.filePath(QStringLiteral("list.XLSX")), headers, rows)
                .ok());
        QFile xlsx(dir.filePath(QStringLiteral("list.XLSX")));
        QVERIFY(xlsx.open(QIODevice::ReadOnly));
        QCOMPARE(xlsx.read(2), QByteArray("PK"));
        QVERIFY(
            ExportService(t.db(), Actor::system())
                .exportList(QStringLiteral("list"), dir.filePath(QStringLiteral("list.csv")), headers, rows)
                .ok());
        QFile csv(dir.filePath(QStringLiteral("list.csv")));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QCOMPARE(csv.readAll(), QByteArray("\xEF\xBB\xBF"
                                           "a,b\r\nx,1\r\n"));
    }

    // A streamed table (the registry's export) that outgrows a sheet goes on to the next, each
    // with the note and the header; the cells are written inline (constant-memory mode), typed by
    // the kinds given, and the widths still fit the text.
    void streamContinuesOnNewSheets()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("registry.xlsx"));
        XlsxWriter::Stream s{QStringLiteral("registry"),
                             {QStringLiteral("name"), QStringLiteral("birth_date")},
                             {XlsxWriter::Kind::Text, XlsxWriter::Kind::Date},
                             QStringLiteral("Filters: none"),
                             3};
        const auto written = XlsxWriter::write(path, s, [](const XlsxWriter::RowSink& sink) {
            for (int i = 1; i <= 7; ++i)
                sink({QStringLiteral("居民%1").arg(i), QStringLiteral("1980-01-0%1").arg(i)});
            return Result<qint64>(7);
        });
        QVERIFY2(written.ok(), qPrintable(written ? QString() : written.error().text()));
        QCOMPARE(*written, 7);
        const QByteArray book = part(path, QStringLiteral("xl/workbook.xml"));
        QVERIFY(book.contains("name=\"registry\""));
        QVERIFY(book.contains("name=\"registry (2)\""));
        QVERIFY(book.contains("name=\"registry (3)\""));
        QVERIFY(!book.contains("registry (4)"));
        // Rows 1-3, 4-6 and 7, each sheet under its note (row 1) and header (row 2, frozen).
        const QList<QPair<QString, QStringList>> expected{
            {QStringLiteral("sheet1"), {QStringLiteral("居民1"), QStringLiteral("居民3")}},
            {QStringLiteral("sheet2"), {QStringLiteral("居民4"), QStringLiteral("居民6")}},
            {QStringLiteral("sheet3"), {QStringLiteral("居民7")}}};
        for (const auto& [name, residents] : expected) {
            const QString sheet =
                QString::fromUtf8(part(path, QStringLiteral("xl/worksheets/%1.xml").arg(name)));
            QVERIFY2(sheet.contains(QStringLiteral("Filters: none")), qPrintable(name));
            QVERIFY2(sheet.contains(QStringLiteral("birth_date")), qPrintable(name));
            QVERIFY2(sheet.contains(QStringLiteral("ySplit=\"2\"")), qPrintable(name));
            QVERIFY2(sheet.contains(QStringLiteral("<cols>")), qPrintable(name));
            QVERIFY2(!sheet.contains(QStringLiteral("<f>")), qPrintable(name));
            for (const QString& r : residents)
                QVERIFY2(sheet.contains(r), qPrintable(name + QLatin1Char(' ') + r));
            QVERIFY2(
                QRegularExpression(QStringLiteral("<c r=\"B3\"[^>]*><v>\\d+</v>")).match(sheet).hasMatch(),
                qPrintable(name)); // a date cell, not text
        }
        QVERIFY(!part(path, QStringLiteral("xl/worksheets/sheet1.xml")).contains("居民4"));
        QVERIFY(!QFile::exists(path + QStringLiteral(".part")));
    }

    // The rows' source fails half-way (the database went away): no workbook, no part file.
    void streamSourceErrorLeavesNothing()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("visits.xlsx"));
        const auto written =
            XlsxWriter::write(path, {QStringLiteral("visits"), {QStringLiteral("a")}, {}, {}, 0},
                              [](const XlsxWriter::RowSink& sink) -> Result<qint64> {
                                  sink({QStringLiteral("1")});
                                  return storageError(QStringLiteral("connection lost"));
                              });
        QVERIFY(!written);
        QCOMPARE(written.error().message, QStringLiteral("connection lost"));
        QVERIFY(!QFile::exists(path));
        QVERIFY(!QFile::exists(path + QStringLiteral(".part")));
    }

    void failedWriteLeavesNothing()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("missing-folder/out.xlsx"));
        const auto written =
            XlsxWriter::write(path, QStringLiteral("x"), {QStringLiteral("a")}, {{QStringLiteral("1")}});
        QVERIFY(!written);
        QVERIFY(written.error().message.contains(QStringLiteral("out.xlsx")));
        QVERIFY(!QFile::exists(path));
        QVERIFY(!QFile::exists(path + QStringLiteral(".part")));
    }
};

QTEST_GUILESS_MAIN(TestXlsx)
#include "tst_xlsx.moc"
