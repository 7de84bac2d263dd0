// Tests for hc::CsvReader (encoding detection, RFC 4180 parsing, streaming across chunk
// boundaries, errors) and hc::CsvWriter (round trip through the reader).

#include "core/imports/CsvReader.h"
#include "core/imports/CsvWriter.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <cstring>
#include <sys/resource.h>

using hc::CsvReader;
using hc::CsvWriter;
using Problem = CsvReader::FieldProblem;

namespace {

// Known GB18030 encodings (independent of the decoder under test).
struct Glyph
{
    const char16_t* text;
    const char* gb18030;
};
const Glyph kGlyphs[] = {
    {u"王", "\xCD\xF5"},         {u"芳", "\xB7\xBC"}, {u"张", "\xD5\xC5"},        {u"伟", "\xCE\xB0"},
    {u"李", "\xC0\xEE"},         {u"娜", "\xC4\xC8"}, {u"北", "\xB1\xB1"},        {u"京", "\xBE\xA9"},
    {u"市", "\xCA\xD0"},         {u"朝", "\xB3\xAF"}, {u"阳", "\xD1\xF4"},        {u"区", "\xC7\xF8"},
    {u"€", "\xA2\xE3"},          {u"·", "\xA1\xA4"},  {u"😀", "\x94\x39\xFC\x36"}, // 4 bytes in both
    {u"𠀀", "\x95\x32\x82\x36"},
};
constexpr int kGlyphCount = int(std::size(kGlyphs));

// The same CSV text built in parallel as a QString and as GB18030 bytes.
struct Both
{
    QString text;
    QByteArray gb;
    void ascii(const char* s)
    {
        text += QLatin1String(s);
        gb += s;
    }
    void ascii(const QByteArray& s)
    {
        text += QLatin1String(s);
        gb += s;
    }
    void glyph(int i)
    {
        text += QString::fromUtf16(kGlyphs[i].text);
        gb += kGlyphs[i].gb18030;
    }
};

QString u8(const char* s)
{
    return QString::fromUtf8(s);
}

// True when one of the 64 KiB chunk boundaries falls inside a multibyte character.
bool utf8SplitsAtBoundary(const QByteArray& bytes, qsizetype boundary)
{
    return boundary < bytes.size() && (uchar(bytes.at(boundary)) & 0xC0) == 0x80;
}
bool gbSplitsAtBoundary(const QByteArray& bytes, qsizetype boundary)
{
    qsizetype i = 0;
    while (i < boundary) {
        const uchar b = uchar(bytes.at(i));
        if (b < 0x80)
            i += 1;
        else if (i + 1 < bytes.size() && uchar(bytes.at(i + 1)) >= 0x30 && uchar(bytes.at(i + 1)) <= 0x39)
            i += 4;
        else
            i += 2;
    }
    return i != boundary;
}

} // namespace

class TestCsvReader : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString writeFile(const QString& name, const QByteArray& bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(bytes) != bytes.size())
            qFatal("cannot write fixture");
        return path;
    }

    // Reads every record; fails the test on an open or parse error.
    static QList<QStringList> readAll(CsvReader& reader)
    {
        QList<QStringList> rows;
        QStringList row;
        while (reader.next(row))
            rows << row;
        return rows;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void plainUtf8()
    {
        CsvReader r(writeFile(QStringLiteral("plain.csv"),
                              QByteArray("name,city\n") + u8("王芳,北京\n").toUtf8() + "Li,Shanghai"));
        QVERIFY(r.open());
        QCOMPARE(r.encoding(), CsvReader::Encoding::Utf8);
        QCOMPARE(r.encodingName(), QStringLiteral("UTF-8"));
        QStringList row;
        QVERIFY(r.next(row));
        QCOMPARE(row, QStringList({QStringLiteral("name"), QStringLiteral("city")}));
        QCOMPARE(r.recordNumber(), 1);
        QVERIFY(r.next(row));
        QCOMPARE(row, QStringList({u8("王芳"), u8("北京")}));
        QCOMPARE(r.recordNumber(), 2);
        QVERIFY(r.next(row)); // last line without a newline
        QCOMPARE(row, QStringList({QStringLiteral("Li"), QStringLiteral("Shanghai")}));
        QCOMPARE(r.recordNumber(), 3);
        QVERIFY(!r.next(row));
        QVERIFY(!r.hasError());
        QVERIFY(!r.next(row));
        QCOMPARE(r.bytesRead(), r.totalBytes());
    }

    void utf8Bom()
    {
        CsvReader r(writeFile(QStringLiteral("bom.csv"),
                              QByteArray("\xEF\xBB\xBF") + u8("姓名,城市\r\n王芳,北京\r\n").toUtf8()));
        QVERIFY(r.open());
        QCOMPARE(r.encoding(), CsvReader::Encoding::Utf8Bom);
        QCOMPARE(r.encodingName(), QStringLiteral("UTF-8 (BOM)"));
        const auto rows = readAll(r);
        QVERIFY(!r.hasError());
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows[0].first(), u8("姓名")); // BOM stripped
        QCOMPARE(rows[0].first().size(), 2);
        QCOMPARE(rows[1], QStringList({u8("王芳"), u8("北京")}));
        QCOMPARE(r.totalBytes(), qint64(3 + u8("姓名,城市\r\n王芳,北京\r\n").toUtf8().size()));
    }

    void gb18030()
    {
        Both csv;
        csv.ascii("id,name,city\r\n1,");
        csv.glyph(0); // 王
        csv.glyph(1); // 芳
        csv.ascii(",");
        csv.glyph(6); // 北
        csv.glyph(7); // 京
        csv.ascii("\r\n2,\"");
        csv.glyph(14); // 😀 (four bytes)
        csv.ascii(", ");
        csv.glyph(12); // €
        csv.ascii("\",x\r\n");
        QVERIFY(csv.gb.startsWith("id,name,city\r\n1,\xCD\xF5\xB7\xBC"));

        CsvReader r(writeFile(QStringLiteral("gb.csv"), csv.gb));
        QVERIFY(r.open());
        QCOMPARE(r.encoding(), CsvReader::Encoding::Gb18030);
        QCOMPARE(r.encodingName(), QStringLiteral("GB18030"));
        const auto rows = readAll(r);
        QVERIFY(!r.hasError());
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows[1], QStringList({QStringLiteral("1"), u8("王芳"), u8("北京")}));
        QCOMPARE(rows[2], QStringList({QStringLiteral("2"), u8("😀, €"), QStringLiteral("x")}));
    }

    void quoting()
    {
        const QByteArray bytes = "a,\"b,c\",\"say \"\"hi\"\"\"\r\n"
                                 "\"line1\nline2\",\"crlf\r\ninside\",\"\"\r\n"
                                 "\"\"\"\",plain\r\n";
        CsvReader r(writeFile(QStringLiteral("quoting.csv"), bytes));
        QVERIFY(r.open());
        const auto rows = readAll(r);
        QVERIFY2(!r.hasError(), qPrintable(r.error().message));
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows[0],
                 QStringList({QStringLiteral("a"), QStringLiteral("b,c"), QStringLiteral("say \"hi\"")}));
        QCOMPARE(rows[1],
                 QStringList({QStringLiteral("line1\nline2"), QStringLiteral("crlf\r\ninside"), QString()}));
        QCOMPARE(rows[2], QStringList({QStringLiteral("\""), QStringLiteral("plain")}));
        QCOMPARE(r.recordNumber(), 3);
    }

    void emptyFields()
    {
        CsvReader r(writeFile(QStringLiteral("empty.csv"), ",\na,,b\n,,\n\"\",x,\n"));
        QVERIFY(r.open());
        const auto rows = readAll(r);
        QVERIFY(!r.hasError());
        QCOMPARE(rows.size(), 4);
        QCOMPARE(rows[0], QStringList({QString(), QString()}));
        QCOMPARE(rows[1], QStringList({QStringLiteral("a"), QString(), QStringLiteral("b")}));
        QCOMPARE(rows[2], QStringList({QString(), QString(), QString()}));
        QCOMPARE(rows[3], QStringList({QString(), QStringLiteral("x"), QString()}));
        for (const auto& row : rows)
            for (const auto& f : row)
                QVERIFY(!f.isNull()); // empty, not null
    }

    void blankLinesSkipped()
    {
        CsvReader r(writeFile(QStringLiteral("blank.csv"), "\n\r\nh1,h2\n\n\r\n\r\n1,2\n\n\n3,4\r\n\r\n"));
        QVERIFY(r.open());
        QStringList row;
        QVERIFY(r.next(row));
        QCOMPARE(row, QStringList({QStringLiteral("h1"), QStringLiteral("h2")}));
        QCOMPARE(r.recordNumber(), 1);
        QVERIFY(r.next(row));
        QCOMPARE(row, QStringList({QStringLiteral("1"), QStringLiteral("2")}));
        QCOMPARE(r.recordNumber(), 2);
        QVERIFY(r.next(row));
        QCOMPARE(row, QStringList({QStringLiteral("3"), QStringLiteral("4")}));
        QCOMPARE(r.recordNumber(), 3);
        QVERIFY(!r.next(row));
        QVERIFY(!r.hasError());
    }

    void whitespaceKept()
    {
        CsvReader r(writeFile(QStringLiteral("spaces.csv"), " a , b\t,\" c \"\n"));
        QVERIFY(r.open());
        const auto rows = readAll(r);
        QVERIFY(!r.hasError());
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows[0],
                 QStringList({QStringLiteral(" a "), QStringLiteral(" b\t"), QStringLiteral(" c ")}));
    }

    void emptyFile()
    {
        CsvReader r(writeFile(QStringLiteral("nothing.csv"), QByteArray()));
        QVERIFY(r.open());
        QCOMPARE(r.encoding(), CsvReader::Encoding::Utf8);
        QStringList row;
        QVERIFY(!r.next(row));
        QVERIFY(!r.hasError());
        QCOMPARE(r.recordNumber(), 0);

        CsvReader bomOnly(writeFile(QStringLiteral("bomonly.csv"), QByteArray("\xEF\xBB\xBF")));
        QVERIFY(bomOnly.open());
        QCOMPARE(bomOnly.encoding(), CsvReader::Encoding::Utf8Bom);
        QVERIFY(!bomOnly.next(row));
        QVERIFY(!bomOnly.hasError());
    }

    void largeFile_data()
    {
        QTest::addColumn<bool>("gb");
        QTest::newRow("UTF-8") << false;
        QTest::newRow("GB18030") << true;
    }

    void largeFile()
    {
        QFETCH(bool, gb);
        constexpr int kRows = 9000;
        constexpr qsizetype kChunk = 64 * 1024;

        Both csv;
        QList<QStringList> expected;
        expected << QStringList(); // header, filled in below
        for (int i = 0; i < kRows; ++i) {
            csv.ascii(QByteArray::number(i) + ',');
            const qsizetype nameStart = csv.text.size();
            for (int k = 0; k < 2 + i % 5; ++k)
                csv.glyph((i * 7 + k * 3) % kGlyphCount);
            const QString name = csv.text.mid(nameStart);
            csv.ascii(",\"");
            const qsizetype addrStart = csv.text.size();
            for (int k = 0; k < 1 + i % 9; ++k)
                csv.glyph((i + k) % kGlyphCount);
            QString address = csv.text.mid(addrStart);
            if (i % 4 == 0) {
                csv.ascii(", \"\"x\"\"\n2");
                address += QStringLiteral(", \"x\"\n2");
            }
            csv.ascii("\",");
            QString note;
            if (i % 3 == 0) {
                csv.glyph(i % kGlyphCount);
                note = QString::fromUtf16(kGlyphs[i % kGlyphCount].text);
            }
            csv.ascii(i % 2 ? "\r\n" : "\n");
            if (i % 100 == 0)
                csv.ascii("\n"); // blank line
            expected << QStringList({QString::number(i), name, address, note});
        }
        const QByteArray body = gb ? csv.gb : csv.text.toUtf8();
        // Pad the header (its spaces are kept) so that the detection sample ends inside a character
        // and as many later chunk boundaries as possible do too.
        auto splitsAt = [gb](const QByteArray& bytes, qsizetype at) {
            return gb ? gbSplitsAtBoundary(bytes, at) : utf8SplitsAtBoundary(bytes, at);
        };
        auto countSplits = [&](const QByteArray& bytes) {
            int splits = 0;
            for (qsizetype at = kChunk; at < bytes.size(); at += kChunk)
                splits += splitsAt(bytes, at);
            return splits;
        };
        int bestPad = -1;
        int bestSplits = 0;
        for (int pad = 0; pad < 64; ++pad) {
            const QByteArray candidate = "id,name,address,note" + QByteArray(pad, ' ') + '\n' + body;
            if (splitsAt(candidate, kChunk) && countSplits(candidate) > bestSplits) {
                bestPad = pad;
                bestSplits = countSplits(candidate);
            }
        }
        QVERIFY(bestPad >= 0);
        const QByteArray header = "id,name,address,note" + QByteArray(bestPad, ' ');
        const QByteArray bytes = header + '\n' + body;
        expected[0] = QStringList({QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("address"),
                                   QString::fromLatin1(header.mid(16))});
        QVERIFY(bytes.size() > 3 * kChunk);
        QVERIFY(bytes.size() > 200 * 1024);
        QVERIFY(splitsAt(bytes, kChunk)); // the detection sample ends inside a character
        QVERIFY2(countSplits(bytes) >= 3, "chunk boundaries must fall inside multibyte characters");

        CsvReader r(writeFile(gb ? QStringLiteral("large-gb.csv") : QStringLiteral("large-utf8.csv"), bytes));
        QVERIFY(r.open());
        QCOMPARE(r.encoding(), gb ? CsvReader::Encoding::Gb18030 : CsvReader::Encoding::Utf8);
        QCOMPARE(r.totalBytes(), qint64(bytes.size()));
        QStringList row;
        qint64 n = 0;
        qint64 lastBytes = 0;
        while (r.next(row)) {
            QVERIFY(n < expected.size());
            if (row != expected.at(n))
                QCOMPARE(row, expected.at(n)); // only reports on mismatch: keeps the test fast
            ++n;
            QCOMPARE(r.recordNumber(), n);
            QVERIFY(r.bytesRead() >= lastBytes && r.bytesRead() <= r.totalBytes());
            lastBytes = r.bytesRead();
        }
        QVERIFY2(!r.hasError(), qPrintable(r.error().message));
        QCOMPARE(n, qint64(expected.size()));
        QCOMPARE(r.recordNumber(), qint64(kRows + 1));
        QCOMPARE(r.bytesRead(), r.totalBytes());
    }

    // The encoding is decided on the whole file, not on its first chunk.
    void encodingFromWholeFile_data()
    {
        QTest::addColumn<QByteArray>("tail");
        QTest::addColumn<QString>("encoding");
        QTest::addColumn<QString>("lastName");
        QTest::newRow("GB18030 after 64 KiB of ASCII")
            << QByteArray("\xCD\xF5\xB7\xBC") << "GB18030" << u8("王芳");
        QTest::newRow("UTF-8 after 64 KiB of ASCII") << u8("王芳").toUtf8() << "UTF-8" << u8("王芳");
        QTest::newRow("GB18030 in the very last bytes") << QByteArray("\xB1\xB1") << "GB18030" << u8("北");
    }

    void encodingFromWholeFile()
    {
        QFETCH(QByteArray, tail);
        QFETCH(QString, encoding);
        QFETCH(QString, lastName);
        QByteArray bytes = "id,name\n";
        for (int i = 0; bytes.size() < 3 * 64 * 1024; ++i)
            bytes += QByteArray::number(i) + ",Li Wei\n";
        bytes += "last," + tail;
        CsvReader r(writeFile(QStringLiteral("late.csv"), bytes));
        QVERIFY(r.open());
        QCOMPARE(r.encodingName(), encoding);
        const auto rows = readAll(r);
        QVERIFY2(!r.hasError(), qPrintable(r.error().message));
        QCOMPARE(rows.last(), QStringList({QStringLiteral("last"), lastName}));
        QCOMPARE(r.bytesRead(), r.totalBytes());
    }

    void bomButNotUtf8()
    {
        QByteArray bytes = "\xEF\xBB\xBFid,name\n";
        for (int i = 0; bytes.size() < 100 * 1024; ++i)
            bytes += QByteArray::number(i) + ",Li Wei\n";
        const qsizetype bad = bytes.size() + 3;
        bytes += "99,\xCD\xF5\n";
        CsvReader r(writeFile(QStringLiteral("badbom.csv"), bytes));
        const hc::Status s = r.open();
        QVERIFY(!s);
        QCOMPARE(s.error().kind, hc::Error::Kind::Invalid);
        QVERIFY2(s.error().message.contains(QString::number(bad + 1)), qPrintable(s.error().message));
    }

    // A control character rejects its record only: the reader names the field and goes on.
    void controlCharacters_data()
    {
        QTest::addColumn<QByteArray>("record");
        QTest::addColumn<int>("field"); // -1: no problem
        QTest::addColumn<uint>("character");
        QTest::newRow("NUL") << QByteArray("a,b\0c,d", 7) << 1 << 0u;
        QTest::newRow("SOH in a quoted field") << QByteArray("a,b,\"x\x01y\"") << 2 << 1u;
        QTest::newRow("escape") << QByteArray("\x1B[31m,b,c") << 0 << 0x1Bu;
        QTest::newRow("DEL") << QByteArray("a,\x7F,c") << 1 << 0x7Fu;
        QTest::newRow("C1 next line") << QByteArray("a,b,x\xC2\x85y") << 2 << 0x85u;
        QTest::newRow("two: the first counts") << QByteArray("a,\x02,\x03") << 1 << 2u;
        QTest::newRow("tab allowed") << QByteArray("a\tb,c,d") << -1 << 0u;
        QTest::newRow("line breaks in quotes allowed") << QByteArray("\"a\nb\",\"c\r\nd\",e") << -1 << 0u;
        QTest::newRow("Chinese and emoji allowed") << u8("王芳,北京,😀").toUtf8() << -1 << 0u;
    }

    void controlCharacters()
    {
        QFETCH(QByteArray, record);
        QFETCH(int, field);
        QFETCH(uint, character);
        CsvReader r(writeFile(QStringLiteral("control.csv"), "h1,h2,h3\n" + record + "\nlast,row,ok\n"));
        QVERIFY(r.open());
        QStringList row;
        QVERIFY(r.next(row));
        QCOMPARE(r.problem().kind, Problem::Kind::None);
        QVERIFY(r.next(row));
        QCOMPARE(row.size(), 3);
        if (field < 0) {
            QCOMPARE(r.problem().kind, Problem::Kind::None);
        } else {
            QCOMPARE(r.problem().kind, Problem::Kind::ControlCharacter);
            QCOMPARE(r.problem().field, field);
            QCOMPARE(uint(r.problem().character), character);
        }
        QVERIFY(r.next(row));
        QCOMPARE(row, QStringList({QStringLiteral("last"), QStringLiteral("row"), QStringLiteral("ok")}));
        QCOMPARE(r.problem().kind, Problem::Kind::None);
        QVERIFY(!r.next(row));
        QVERIFY(!r.hasError());
    }

    // A field over the limit is dropped and reported; the records around it are read.
    void oversizedField_data()
    {
        QTest::addColumn<bool>("quoted");
        QTest::addColumn<bool>("gb");
        QTest::addColumn<qint64>("size");
        QTest::newRow("8 MB unquoted") << false << false << qint64(8 * 1024 * 1024);
        QTest::newRow("8 MB quoted with quotes inside") << true << false << qint64(8 * 1024 * 1024);
        QTest::newRow("just over the limit") << false << false << CsvReader::kMaxFieldBytes + 1;
        QTest::newRow("3 MB GB18030") << true << true << qint64(3 * 1024 * 1024);
    }

    void oversizedField()
    {
        QFETCH(bool, quoted);
        QFETCH(bool, gb);
        QFETCH(qint64, size);
        const QByteArray glyph = gb ? QByteArray("\xB1\xB1") : QByteArray("x");
        QByteArray big(size / glyph.size() * glyph.size(), 'x');
        for (qsizetype i = 0; i < big.size(); i += glyph.size())
            std::memcpy(big.data() + i, glyph.constData(), size_t(glyph.size()));
        if (quoted)
            big = "\"" + big + "\"\"end\"";
        QByteArray bytes = "id,address,note\n1,short,a\n2," + big + ",b\n3,after,c\n";
        if (gb)
            bytes += "4,\xB1\xB1,d\n";
        CsvReader r(writeFile(QStringLiteral("big-field.csv"), bytes));
        QVERIFY(r.open());
        QCOMPARE(r.encoding(), gb ? CsvReader::Encoding::Gb18030 : CsvReader::Encoding::Utf8);
        QStringList row;
        QVERIFY(r.next(row));
        QVERIFY(r.next(row));
        QCOMPARE(row, QStringList({QStringLiteral("1"), QStringLiteral("short"), QStringLiteral("a")}));
        QCOMPARE(r.problem().kind, Problem::Kind::None);
        QVERIFY(r.next(row));
        QCOMPARE(row, QStringList({QStringLiteral("2"), QString(), QStringLiteral("b")}));
        QCOMPARE(r.problem().kind, Problem::Kind::TooLong);
        QCOMPARE(r.problem().field, 1);
        QVERIFY(r.problem().bytes > CsvReader::kMaxFieldBytes);
        QVERIFY(r.next(row));
        QCOMPARE(row, QStringList({QStringLiteral("3"), QStringLiteral("after"), QStringLiteral("c")}));
        QCOMPARE(r.problem().kind, Problem::Kind::None);
        if (gb) {
            QVERIFY(r.next(row));
            QCOMPARE(row.at(1), u8("北"));
        }
        QVERIFY(!r.next(row));
        QVERIFY2(!r.hasError(), qPrintable(r.error().message));
    }

    void unterminatedQuote()
    {
        CsvReader r(writeFile(QStringLiteral("open.csv"), "a,b\n1,\"never closed\n2,3\n4,5\n"));
        QVERIFY(r.open());
        QStringList row;
        QVERIFY(r.next(row)); // the records before the bad one are still delivered
        QCOMPARE(row, QStringList({QStringLiteral("a"), QStringLiteral("b")}));
        QVERIFY(!r.hasError());
        QVERIFY(!r.next(row));
        QVERIFY(r.hasError());
        QCOMPARE(r.error().kind, hc::Error::Kind::Invalid);
        QVERIFY2(r.error().message.contains(QStringLiteral("Record 2")), qPrintable(r.error().message));
        QVERIFY(!r.next(row));
    }

    void malformedQuote_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("where");
        QTest::addColumn<int>("goodRows");
        QTest::newRow("quote in unquoted field")
            << QByteArray("h1,h2\nok,ok\n1,ab\"c\n") << QStringLiteral("Record 3 (line 3)") << 2;
        QTest::newRow("text after closing quote")
            << QByteArray("h1,h2\n\"ab\"c,d\n") << QStringLiteral("Record 2 (line 2)") << 1;
        QTest::newRow("space after closing quote")
            << QByteArray("h1,h2\n\"x\ny\",z\n\"a\" ,b\n") << QStringLiteral("Record 3 (line 4)") << 2;
    }

    void malformedQuote()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, where);
        QFETCH(int, goodRows);
        CsvReader r(writeFile(QStringLiteral("malformed.csv"), bytes));
        QVERIFY(r.open());
        const auto rows = readAll(r);
        QVERIFY(r.hasError());
        QCOMPARE(rows.size(), goodRows);
        QCOMPARE(r.error().kind, hc::Error::Kind::Invalid);
        QVERIFY2(r.error().message.startsWith(where), qPrintable(r.error().message));
    }

    void missingFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("does-not-exist.csv"));
        CsvReader r(path);
        const hc::Status s = r.open();
        QVERIFY(!s);
        QCOMPARE(s.error().kind, hc::Error::Kind::Io);
        QVERIFY(s.error().message.contains(QStringLiteral("does-not-exist.csv")));
        QVERIFY(r.hasError());
        QStringList row;
        QVERIFY(!r.next(row));

        CsvReader dir(m_dir.path());
        const hc::Status sd = dir.open();
        QVERIFY(!sd);
        QCOMPARE(sd.error().kind, hc::Error::Kind::Io);
    }

    void utf16Rejected()
    {
        CsvReader r(writeFile(QStringLiteral("utf16.csv"), QByteArray("\xFF\xFE"
                                                                      "a\0,\0b\0",
                                                                      8)));
        const hc::Status s = r.open();
        QVERIFY(!s);
        QCOMPARE(s.error().kind, hc::Error::Kind::Invalid);
    }

    void writerQuote()
    {
        QCOMPARE(CsvWriter::quote(QStringLiteral("plain")), QStringLiteral("plain"));
        QCOMPARE(CsvWriter::quote(QString()), QString());
        QCOMPARE(CsvWriter::quote(QStringLiteral("a,b")), QStringLiteral("\"a,b\""));
        QCOMPARE(CsvWriter::quote(QStringLiteral("say \"hi\"")), QStringLiteral("\"say \"\"hi\"\"\""));
        QCOMPARE(CsvWriter::quote(QStringLiteral("a\nb")), QStringLiteral("\"a\nb\""));
        QCOMPARE(CsvWriter::quote(QStringLiteral("a\rb")), QStringLiteral("\"a\rb\""));
        QCOMPARE(CsvWriter::quote(QStringLiteral(" padded")), QStringLiteral("\" padded\""));
        QCOMPARE(CsvWriter::quote(u8("王芳")), u8("王芳"));
    }

    void writerRoundTrip_data()
    {
        QTest::addColumn<bool>("bom");
        QTest::newRow("with BOM") << true;
        QTest::newRow("without BOM") << false;
    }

    void writerRoundTrip()
    {
        QFETCH(bool, bom);
        const QList<QStringList> rows = {
            {u8("姓名"), u8("地址"), u8("备注")},
            {u8("王芳"), u8("北京市, 朝阳区"), u8("她说\"回家\"")},
            {QStringLiteral("multi\nline"), QStringLiteral("crlf\r\nline"), QString()},
            {QString(), QString(), QString()},
            {QStringLiteral(" lead"), QStringLiteral("trail "), QStringLiteral("\"")},
            {QString()},
            {u8("😀"), QStringLiteral(",,,"), QStringLiteral("\"\"")},
        };
        const QString path = m_dir.filePath(bom ? QStringLiteral("out-bom.csv") : QStringLiteral("out.csv"));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            CsvWriter w(&f, bom);
            for (const auto& row : rows)
                w.writeRow(row);
        }
        QFile check(path);
        QVERIFY(check.open(QIODevice::ReadOnly));
        const QByteArray written = check.readAll();
        QCOMPARE(written.startsWith("\xEF\xBB\xBF"), bom);
        QVERIFY(written.endsWith("\r\n"));

        CsvReader r(path);
        QVERIFY(r.open());
        QCOMPARE(r.encoding(), bom ? CsvReader::Encoding::Utf8Bom : CsvReader::Encoding::Utf8);
        const auto read = readAll(r);
        QVERIFY2(!r.hasError(), qPrintable(r.error().message));
        QCOMPARE(read, rows);
    }

    // Cells a spreadsheet would run as formulas are written as text.
    void writerNeutralizes_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("written");
        QTest::newRow("formula") << "=HYPERLINK(\"x\")"
                                 << "\"'=HYPERLINK(\"\"x\"\")\"";
        QTest::newRow("plus") << "+86 138"
                              << "'+86 138";
        QTest::newRow("minus") << "-5"
                               << "'-5";
        QTest::newRow("at") << "@SUM(A1)"
                            << "'@SUM(A1)";
        QTest::newRow("tab") << "\tx"
                             << "'\tx";
        QTest::newRow("carriage return") << "\rx"
                                         << "\"'\rx\"";
        QTest::newRow("inside is fine") << "a=b-c"
                                        << "a=b-c";
        QTest::newRow("apostrophe already") << "'=1"
                                            << "'=1";
        QTest::newRow("empty") << ""
                               << "";
        QTest::newRow("Chinese") << u8("王芳") << u8("王芳");
    }

    void writerNeutralizes()
    {
        QFETCH(QString, field);
        QFETCH(QString, written);
        QCOMPARE(CsvWriter::cell(field), written);
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        CsvWriter w(&buffer, false);
        QVERIFY(w.writeRow({field, QStringLiteral("=x")}));
        QCOMPARE(QString::fromUtf8(buffer.data()), written + QStringLiteral(",'=x\r\n"));
    }

    void writeFileReplacesOnlyWhenComplete()
    {
        const QList<QStringList> rows = {{u8("姓名"), u8("电话")}, {u8("王芳"), QStringLiteral("+86 138")}};
        const QString path = m_dir.filePath(QStringLiteral("export.csv"));
        QVERIFY(CsvWriter::writeFile(path, rows));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("\xEF\xBB\xBF") + u8("姓名,电话\r\n王芳,'+86 138\r\n").toUtf8());

        const hc::Status missingDir =
            CsvWriter::writeFile(m_dir.filePath(QStringLiteral("no-such-dir/x.csv")), rows);
        QVERIFY(!missingDir);
        QCOMPARE(missingDir.error().kind, hc::Error::Kind::Io);
        QVERIFY(missingDir.error().message.contains(QStringLiteral("x.csv")));
    }

    // Disk full (a file size limit stands in for it): an error naming the file, the old file
    // left as it was, no partial or temporary file behind.
    void writeFileDiskFull()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("full.csv"));
        {
            QFile old(path);
            QVERIFY(old.open(QIODevice::WriteOnly));
            old.write("old,content\r\n");
        }
        QList<QStringList> rows;
        for (int i = 0; i < 20000; ++i)
            rows << QStringList({QString::number(i), u8("甘肃省兰州市城关区某某路"), QStringLiteral("note")});

        rlimit saved{};
        QCOMPARE(getrlimit(RLIMIT_FSIZE, &saved), 0);
        auto* previous = std::signal(SIGXFSZ, SIG_IGN);
        rlimit small = saved;
        small.rlim_cur = 64 * 1024;
        QCOMPARE(setrlimit(RLIMIT_FSIZE, &small), 0);
        const hc::Status s = CsvWriter::writeFile(path, rows);
        setrlimit(RLIMIT_FSIZE, &saved);
        std::signal(SIGXFSZ, previous);

        QVERIFY(!s);
        QCOMPARE(s.error().kind, hc::Error::Kind::Io);
        QVERIFY2(s.error().message.contains(QStringLiteral("full.csv")), qPrintable(s.error().message));
        QFile old(path);
        QVERIFY(old.open(QIODevice::ReadOnly));
        QCOMPARE(old.readAll(), QByteArray("old,content\r\n"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
                 QStringList({QStringLiteral("full.csv")}));
    }

    void writerReportsFailedWrite()
    {
        QFile full(QStringLiteral("/dev/full"));
        if (!full.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
            QSKIP("no /dev/full here");
        CsvWriter w(&full, true);
        QVERIFY(!w.writeRow({QStringLiteral("a"), QStringLiteral("b")}));
        QVERIFY(!w.status());
        QCOMPARE(w.status().error().kind, hc::Error::Kind::Io);
        QVERIFY(!w.writeRow({QStringLiteral("c")}));
    }

    void writerToBuffer()
    {
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        CsvWriter w(&buffer, false);
        w.writeRow({QStringLiteral("a"), QStringLiteral("b,c")});
        w.writeRow({QStringLiteral("1"), QString()});
        QCOMPARE(buffer.data(), QByteArray("a,\"b,c\"\r\n1,\r\n"));
    }
};

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
