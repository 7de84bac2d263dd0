// ReadAheadReader: the records a CSV reader gives, handed over from the read-ahead thread in
// file order with their field problems, bytes read, prepared values and final error.
#include "core/imports/CsvReader.h"
#include "core/imports/ReadAheadReader.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using hc::CsvReader;
using Problem = CsvReader::FieldProblem;

class TestReadAhead : public QObject
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

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    // The read-ahead thread hands over exactly what the reader gives: rows, each row's field
    // problem and bytes read, in order across many batches, and the error that ends the file.
    void readAheadGivesTheSameRows()
    {
        QByteArray bytes = "name,address\n";
        for (int i = 0; i < 20000; ++i) {
            bytes += "person" + QByteArray::number(i) + ",";
            bytes += i % 997 == 5 ? QByteArray("bad\x01") : "street " + QByteArray::number(i % 50);
            bytes += "\n";
        }
        bytes += "last,\"never closed\n";
        const QString path = writeFile(QStringLiteral("ahead.csv"), bytes);
        CsvReader direct(path);
        hc::ReadAheadReader ahead(std::make_unique<CsvReader>(path));
        QVERIFY(direct.open());
        QVERIFY(ahead.open());
        // Work prepared on the read-ahead thread comes back with its record (not the header's).
        ahead.setPrepare([](const QStringList& f, const Problem& p, qint64 bytes) {
            return std::any(f.value(0) + QString::number(int(p.kind)) + u':' + QString::number(bytes));
        });
        QCOMPARE(ahead.encodingName(), direct.encodingName());
        QCOMPARE(ahead.totalBytes(), direct.totalBytes());
        QStringList a, b;
        int rows = 0, flagged = 0;
        while (direct.next(a)) {
            QVERIFY2(ahead.next(b), qPrintable(QString::number(rows)));
            QCOMPARE(b, a);
            QCOMPARE(ahead.problem().kind, direct.problem().kind);
            QCOMPARE(ahead.problem().field, direct.problem().field);
            QCOMPARE(ahead.bytesRead(), direct.bytesRead());
            QVERIFY(!ahead.hasError());
            const std::any prepared = ahead.takePrepared();
            if (rows == 0)
                QVERIFY(!prepared.has_value());
            else
                QCOMPARE(std::any_cast<QString>(prepared), a.value(0) +
                                                               QString::number(int(direct.problem().kind)) +
                                                               u':' + QString::number(direct.bytesRead()));
            flagged += direct.problem().kind != Problem::Kind::None;
            ++rows;
        }
        QCOMPARE(rows, 20001);
        QCOMPARE(flagged, 21);
        QVERIFY(!ahead.next(b));
        QVERIFY(direct.hasError());
        QVERIFY(ahead.hasError());
        QCOMPARE(ahead.error().message, direct.error().message);
        QVERIFY(!ahead.next(b));
    }

    // Given up after a few rows (a cancelled import): the thread stops, nothing hangs.
    void readAheadStopsWhenLeftEarly()
    {
        QByteArray bytes = "a,b\n";
        for (int i = 0; i < 50000; ++i)
            bytes += QByteArray::number(i) + ",x\n";
        const QString path = writeFile(QStringLiteral("left.csv"), bytes);
        for (int taken : {0, 1, 3, 5000}) {
            hc::ReadAheadReader ahead(std::make_unique<CsvReader>(path));
            QVERIFY(ahead.open());
            QStringList row;
            for (int i = 0; i < taken; ++i)
                QVERIFY(ahead.next(row));
        }
        hc::ReadAheadReader missing(std::make_unique<CsvReader>(m_dir.filePath(QStringLiteral("none.csv"))));
        QVERIFY(!missing.open());
        QStringList row;
        QVERIFY(!missing.next(row));
    }
};

QTEST_GUILESS_MAIN(TestReadAhead)
#include "tst_readahead.moc"
