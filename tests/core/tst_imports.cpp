// Imports: good rows, every rejection reason with its row number, encodings, quoting,
// Chinese headers, idempotent re-import, roll-back on failure, roles, audit.
#include "app/cli/ExitCode.h"
#include "core/common/Clock.h"
#include "core/imports/ImportPreview.h"
#include "core/imports/ImportRun.h"
#include "core/imports/OfficerImporter.h"
#include "core/imports/RegistryImporter.h"
#include "core/imports/VisitImporter.h"
#include "core/operations/OperationService.h"
#include "core/registry/IdNumber.h"
#include "tests/support/TestDatabase.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace hc;
using hc::test::TestDatabase;

namespace {
QString data(const char* name)
{
    return QStringLiteral(HC_TEST_DATA "/") + QLatin1String(name);
}

QString issueAt(const ImportReport& r, qint64 row)
{
    for (const ImportIssue& e : r.errors)
        if (e.row == row)
            return e.column;
    return QStringLiteral("<accepted>");
}

// The names and definitions of the explicit indexes, in name order.
QStringList indexes(TestDatabase& t)
{
    QSqlQuery q(t.db().sql());
    q.exec(t.isPostgres() ? QStringLiteral("SELECT indexname || ': ' || indexdef FROM pg_indexes "
                                           "WHERE schemaname = 'public' ORDER BY indexname")
                          : QStringLiteral("SELECT name || ': ' || sql FROM sqlite_master WHERE type = "
                                           "'index' AND sql IS NOT NULL ORDER BY name"));
    QStringList names;
    while (q.next())
        names << q.value(0).toString();
    return names;
}

QByteArray registryRow(int i, const QByteArray& address, const QByteArray& name, const QByteArray& remark)
{
    const QString id = IdNumber::make(QStringLiteral("620101"), QDate(1990, 1, 1), 100 + i);
    return "站,社区,H" + QByteArray::number(i) + "," + address + "," + id.toLatin1() + "," + name + "," +
           remark + "\n";
}

void setUpRegistryAndOfficers(TestDatabase& t)
{
    const ImportReport reg = RegistryImporter(t.db(), Actor::system()).run(data("registry.csv"));
    QCOMPARE(cli::exitCodeFor(reg), 3);
    const ImportReport off = OfficerImporter(t.db(), Actor::system()).run(data("officers.csv"));
    QCOMPARE(off.imported, 3);
    auto op = OperationService(t.db(), Actor::system())
                  .create(QStringLiteral("春季行动"), QDate(2026, 3, 1), QDate(2026, 5, 29), {}, 5);
    QVERIFY(op.ok());
}
} // namespace

class TestImports : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        HC_SKIP_WITHOUT_ENGINE();
        Clock::setInstance(std::make_unique<FixedClock>(QDateTime(QDate(2026, 6, 1), QTime(12, 0))));
    }
    void cleanupTestCase() { Clock::setInstance(nullptr); }

    void registryRowsAndRejections_data();
    void registryRowsAndRejections();
    void registryEncodingsAgree_data();
    void registryEncodingsAgree();
    void registryReimportChangesNothing();
    void registryUpdatesChangedRows();
    void missingColumnRefusesFile();
    void unreadableFile();
    void failureMidFileLeavesDatabaseUnchanged();
    void cancelRollsBack();
    void officerImport();
    void officerPasswordsMeetThePolicy();
    void visitRowsAndRejections();
    void visitReimportAddsNothing();
    void deniedImportsWriteNothing();
    void auditRecordsWritten();
    void dateTimeFormats_data();
    void dateTimeFormats();
    void unsafeFieldRejectsItsRow_data();
    void unsafeFieldRejectsItsRow();
    void visitNotesTooLong();
    void gb18030DetectedPastFirstChunk();
    void firstImportKeepsIndexesAndSearch();
    void firstImportFailureNamesItsRow_data();
    void firstImportFailureNamesItsRow();
    void preview_data();
    void preview();
};

void TestImports::dateTimeFormats_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected"); // empty: refused
    QTest::newRow("space") << "2026-03-10 09:30"
                           << "2026-03-10T09:30:00";
    QTest::newRow("seconds") << "2026-03-10 09:30:15"
                             << "2026-03-10T09:30:15";
    QTest::newRow("iso T") << "2026-03-10T09:30"
                           << "2026-03-10T09:30:00";
    QTest::newRow("slashes, short") << "2026/3/1 9:05"
                                    << "2026-03-01T09:05:00";
    QTest::newRow("padded") << "  2026/3/1 9:05 "
                            << "2026-03-01T09:05:00";
    QTest::newRow("one-digit minute") << "2026-03-10 9:3"
                                      << "";
    QTest::newRow("no time") << "2026-03-10"
                             << "";
    QTest::newRow("30 February") << "2026-02-30 10:00"
                                 << "";
    QTest::newRow("hour 25") << "2026-03-10 25:00"
                             << "";
    QTest::newRow("words") << "yesterday"
                           << "";
    QTest::newRow("two-digit year") << "26-03-10 10:00"
                                    << "";
}

void TestImports::dateTimeFormats()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    const QDateTime t = parseDateTime(text);
    QCOMPARE(t.isValid() ? t.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) : QString(), expected);
    QCOMPARE(parseDate(QStringLiteral("19900115")), QDate(1990, 1, 15));
    QCOMPARE(parseDate(QStringLiteral("1990.1.5")), QDate(1990, 1, 5));
    QVERIFY(!parseDate(QStringLiteral("1990-13-01")).isValid());
}

void TestImports::registryRowsAndRejections_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<QString>("column");
    for (int r : {1, 2, 3, 4, 5, 6, 12})
        QTest::addRow("row %d accepted", r) << r << QStringLiteral("<accepted>");
    QTest::newRow("7 empty name") << 7 << QStringLiteral("name");
    QTest::newRow("8 check character") << 8 << QStringLiteral("id_number");
    QTest::newRow("9 sex contradicts") << 9 << QStringLiteral("sex");
    QTest::newRow("10 birth date contradicts") << 10 << QStringLiteral("birth_date");
    QTest::newRow("11 duplicate in file") << 11 << QStringLiteral("id_number");
    QTest::newRow("13 bad length") << 13 << QStringLiteral("id_number");
    QTest::newRow("14 impossible date") << 14 << QStringLiteral("id_number");
    QTest::newRow("15 unknown sex") << 15 << QStringLiteral("sex");
}

void TestImports::registryRowsAndRejections()
{
    QFETCH(int, row);
    QFETCH(QString, column);
    TestDatabase t;
    const ImportReport r = RegistryImporter(t.db(), Actor::system()).run(data("registry.csv"));
    QVERIFY(!r.fatal);
    QStringList seen;
    for (const ImportIssue& e : r.errors)
        seen << QStringLiteral("%1:%2").arg(e.row).arg(e.column);
    QCOMPARE(r.rows, 15);
    QVERIFY2(r.imported == 7, qPrintable(seen.join(QLatin1Char(' '))));
    QCOMPARE(r.rejected, 8);
    QCOMPARE(cli::exitCodeFor(r), 3);
    QCOMPARE(issueAt(r, row), column);
}

void TestImports::registryEncodingsAgree_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("encoding");
    QTest::newRow("utf-8") << data("registry.csv") << QStringLiteral("UTF-8");
    QTest::newRow("utf-8 bom") << data("registry_bom.csv") << QStringLiteral("UTF-8 (BOM)");
    QTest::newRow("gb18030 chinese headers") << data("registry_zh_gb18030.csv") << QStringLiteral("GB18030");
}

void TestImports::registryEncodingsAgree()
{
    QFETCH(QString, file);
    QFETCH(QString, encoding);
    TestDatabase t;
    const ImportReport r = RegistryImporter(t.db(), Actor::system()).run(file);
    QCOMPARE(r.encoding, encoding);
    QCOMPARE(r.imported, 7);
    QCOMPARE(r.rejected, 8);
    QCOMPARE(t.count(QStringLiteral("stations")), 2);
    QCOMPARE(t.count(QStringLiteral("areas")), 3);
    QCOMPARE(t.count(QStringLiteral("households")), 4);
    QCOMPARE(t.count(QStringLiteral("persons")), 7);
    // Quoted comma, doubled quotes and a newline inside quotes survive.
    QCOMPARE(
        t.scalar(QStringLiteral("SELECT address FROM households WHERE household_no = 'H003'")).toString(),
        QStringLiteral("西湖路5号, 2单元 \"北楼\""));
    QCOMPARE(
        t.scalar(QStringLiteral("SELECT address FROM households WHERE household_no = 'H002'")).toString(),
        QStringLiteral("雁滩村\n3组8号"));
    QCOMPARE(t.scalar(QStringLiteral("SELECT name FROM persons WHERE id_number = '620104197506300667'"))
                 .toString(),
             QStringLiteral("Anna Müller"));
    // The 15-digit number was stored converted to 18, with its birth date and sex.
    QCOMPARE(t.scalar(QStringLiteral("SELECT birth_date || sex FROM persons WHERE name = '陈老'")).toString(),
             QStringLiteral("1965-02-03M"));
    QCOMPARE(t.scalar(QStringLiteral("SELECT length(id_number) FROM persons WHERE name = '陈老'")).toInt(),
             18);
}

void TestImports::registryReimportChangesNothing()
{
    TestDatabase t;
    QCOMPARE(RegistryImporter(t.db(), Actor::system()).run(data("registry.csv")).imported, 7);
    const qint64 audits = t.count(QStringLiteral("audit_log"));
    const ImportReport again = RegistryImporter(t.db(), Actor::system()).run(data("registry.csv"));
    QCOMPARE(again.imported, 0);
    QCOMPARE(again.updated, 0);
    QCOMPARE(again.unchanged, 7);
    QCOMPARE(again.rejected, 8);
    QCOMPARE(t.count(QStringLiteral("persons")), 7);
    QCOMPARE(t.count(QStringLiteral("households")), 4);
    // Only the import's own record is added.
    QCOMPARE(t.count(QStringLiteral("audit_log")), audits + 1);
}

void TestImports::registryUpdatesChangedRows()
{
    TestDatabase t;
    QCOMPARE(RegistryImporter(t.db(), Actor::system()).run(data("registry.csv")).imported, 7);
    const QString f =
        t.writeFile(QStringLiteral("moved.csv"),
                    "station,area,household_no,address,id_number,name,phone\n"
                    "西湖派出所,西湖社区,H003,西湖路5号 新楼,620104197506300667,Anna Müller,13800000000\n");
    const ImportReport r = RegistryImporter(t.db(), Actor::system()).run(f);
    QCOMPARE(r.updated, 1);
    QCOMPARE(t.scalar(QStringLiteral("SELECT phone FROM persons WHERE id_number = '620104197506300667'"))
                 .toString(),
             QStringLiteral("13800000000"));
    QCOMPARE(t.scalar(QStringLiteral(
                          "SELECT count(*) FROM audit_log WHERE action = 'update' AND entity = 'person'"))
                 .toInt(),
             1);
    QCOMPARE(t.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'update' AND entity = "
                                     "'household' AND before LIKE '%北楼%'"))
                 .toInt(),
             1);
}

void TestImports::missingColumnRefusesFile()
{
    TestDatabase t;
    const ImportReport r = RegistryImporter(t.db(), Actor::system()).run(data("registry_missing_column.csv"));
    QVERIFY(r.fatal);
    QCOMPARE(cli::exitCodeFor(r), 2);
    QVERIFY2(r.fatal->message.contains(QStringLiteral("address")), qPrintable(r.fatal->message));
    QCOMPARE(t.count(QStringLiteral("persons")), 0);
    QCOMPARE(t.count(QStringLiteral("stations")), 0);
}

void TestImports::unreadableFile()
{
    TestDatabase t;
    const ImportReport r =
        RegistryImporter(t.db(), Actor::system()).run(t.dir() + QStringLiteral("/nope.csv"));
    QCOMPARE(cli::exitCodeFor(r), 2);
    QVERIFY(r.fatal);
}

void TestImports::failureMidFileLeavesDatabaseUnchanged()
{
    TestDatabase t;
    QCOMPARE(RegistryImporter(t.db(), Actor::system()).run(data("registry.csv")).imported, 7);
    const qint64 persons = t.count(QStringLiteral("persons"));
    const qint64 audits = t.count(QStringLiteral("audit_log"));
    // A storage failure on the third row of a file whose first rows would be saved.
    QVERIFY(t.addFailingTrigger("boom", "INSERT", "persons", "NEW.name = '故障'", "disk trouble"));
    QByteArray csv = "station,area,household_no,address,id_number,name\n";
    const QStringList names = {"甲一", "乙二", "故障", "丁四"};
    for (int i = 0; i < names.size(); ++i)
        csv += QStringLiteral("新站,新社区,H100,新路1号,%1,%2\n")
                   .arg(IdNumber::make(QStringLiteral("620101"), QDate(1990, 1, 1), 11 + i), names.at(i))
                   .toUtf8();
    const QString f = t.writeFile(QStringLiteral("mid.csv"), csv);
    const ImportReport r = RegistryImporter(t.db(), Actor::system()).run(f);
    QVERIFY(r.fatal);
    QCOMPARE(cli::exitCodeFor(r), 2);
    QVERIFY2(r.fatal->message.contains(QStringLiteral("Row 3")), qPrintable(r.fatal->message));
    QCOMPARE(r.imported, 0);
    QCOMPARE(t.count(QStringLiteral("persons")), persons);
    QCOMPARE(t.scalar(QStringLiteral("SELECT count(*) FROM stations WHERE name = '新站'")).toInt(), 0);
    QCOMPARE(t.count(QStringLiteral("audit_log")), audits);
}

void TestImports::cancelRollsBack()
{
    TestDatabase t;
    const QString f = t.writeFile(QStringLiteral("big.csv"), test::largeRegistryCsv(5000));
    ImportOptions o;
    int calls = 0;
    o.progress = [&calls](qint64, qint64) { return ++calls < 2; };
    const ImportReport r = RegistryImporter(t.db(), Actor::system()).run(f, o);
    QVERIFY(r.fatal);
    QCOMPARE(r.fatal->kind, Error::Kind::Cancelled);
    QCOMPARE(t.count(QStringLiteral("persons")), 0);
    QCOMPARE(t.count(QStringLiteral("households")), 0);
    // The first import set the secondary indexes aside: the roll-back brought them back.
    TestDatabase fresh;
    QCOMPARE(indexes(t), indexes(fresh));
}

void TestImports::officerImport()
{
    TestDatabase t;
    QVERIFY(!RegistryImporter(t.db(), Actor::system()).run(data("registry.csv")).fatal);
    const ImportReport r = OfficerImporter(t.db(), Actor::system()).run(data("officers.csv"));
    QCOMPARE(r.rows, 6);
    QCOMPARE(r.imported, 3);
    QCOMPARE(issueAt(r, 4), QStringLiteral("station"));
    QCOMPARE(issueAt(r, 5), QStringLiteral("role"));
    QCOMPARE(issueAt(r, 6), QStringLiteral("badge"));
    QCOMPARE(r.newPasswords.size(), 1);
    QCOMPARE(r.newPasswords.first().first, QStringLiteral("100003"));
    QCOMPARE(t.scalar(QStringLiteral("SELECT role FROM users WHERE badge = '100002'")).toString(),
             QStringLiteral("supervisor"));
    QVERIFY(t.scalar(QStringLiteral("SELECT password_hash FROM users WHERE badge = '100001'"))
                .toString()
                .startsWith(QStringLiteral("$argon2id$")));
    const ImportReport again = OfficerImporter(t.db(), Actor::system()).run(data("officers.csv"));
    QCOMPARE(again.imported, 0);
    QCOMPARE(again.unchanged, 3);
    QVERIFY(again.newPasswords.isEmpty());
}

// A password given in the officer file meets the policy of every new password: a short or an
// easily guessed one rejects its row, naming the column and the reason; the other rows import.
void TestImports::officerPasswordsMeetThePolicy()
{
    TestDatabase t;
    QVERIFY(!RegistryImporter(t.db(), Actor::system()).run(data("registry.csv")).fatal);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("officers.csv"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("badge,name,station,role,password\n"
            "200001,短密码,东岗派出所,officer,pw-200001\n"
            "200002,弱密码,东岗派出所,officer,password1234\n"
            "200003,警号,东岗派出所,officer,200003200003\n"
            "200004,好密码,东岗派出所,officer,Harbour-Kite-200004\n");
    f.close();
    const ImportReport r = OfficerImporter(t.db(), Actor::system()).run(path);
    QVERIFY(!r.fatal);
    QCOMPARE(r.imported, 1);
    QCOMPARE(r.rejected, 3);
    for (qint64 row : {1, 2, 3})
        QCOMPARE(issueAt(r, row), QStringLiteral("password"));
    QVERIFY2(r.errors.first().reason.contains(QStringLiteral("at least 10")),
             qPrintable(r.errors.first().reason));
    QCOMPARE(t.scalar(QStringLiteral("SELECT count(*) FROM users WHERE badge LIKE '20000%'")).toInt(), 1);
}

void TestImports::visitRowsAndRejections()
{
    TestDatabase t;
    setUpRegistryAndOfficers(t);
    const ImportReport r =
        VisitImporter(t.db(), Actor::system()).run(QStringLiteral("春季行动"), data("visits.csv"));
    QVERIFY(!r.fatal);
    QCOMPARE(r.rows, 19);
    QCOMPARE(r.imported, 10);
    QCOMPARE(r.rejected, 9);
    const QList<QPair<int, const char*>> expected = {
        {9, "household_no"}, {10, "badge"},      {11, "outcome"},    {12, "status"},   {13, "id_number"},
        {14, "visited_at"},  {15, "visited_at"}, {16, "visited_at"}, {17, "id_number"}};
    for (const auto& [row, column] : expected)
        QCOMPARE(issueAt(r, row), QLatin1String(column));
    QCOMPARE(t.count(QStringLiteral("visits")), 6);
    QCOMPARE(t.count(QStringLiteral("screenings")), 8);
    // Rows 5-7 share household, badge and time (written three ways): one visit.
    QCOMPARE(
        t.scalar(QStringLiteral("SELECT count(*) FROM visits v JOIN households h ON h.id = v.household_id "
                                "WHERE h.household_no = 'H002' AND v.outcome = 'completed'"))
            .toInt(),
        1);
    // The unregistered child was created, attached to H002, without an ID number.
    QCOMPARE(
        t.scalar(QStringLiteral("SELECT registered FROM persons WHERE name = '小红' AND id_number IS NULL"))
            .toInt(),
        0);
    // An ID number not in the registry created a person at that household.
    QCOMPARE(t.scalar(QStringLiteral("SELECT h.household_no FROM persons p JOIN households h ON h.id = "
                                     "p.household_id WHERE p.id_number = '620105197001010775'"))
                 .toString(),
             QStringLiteral("H001"));
    QCOMPARE(
        t.scalar(QStringLiteral("SELECT verified_by FROM screenings s JOIN persons p ON p.id = s.person_id "
                                "WHERE p.name = '王芳'"))
            .toString(),
        QStringLiteral("phone"));
}

void TestImports::visitReimportAddsNothing()
{
    TestDatabase t;
    setUpRegistryAndOfficers(t);
    QCOMPARE(
        VisitImporter(t.db(), Actor::system()).run(QStringLiteral("春季行动"), data("visits.csv")).imported,
        10);
    const ImportReport again =
        VisitImporter(t.db(), Actor::system()).run(QStringLiteral("春季行动"), data("visits.csv"));
    QCOMPARE(again.imported, 0);
    QCOMPARE(again.updated, 0);
    QCOMPARE(again.unchanged, 10);
    QCOMPARE(t.count(QStringLiteral("visits")), 6);
    QCOMPARE(t.count(QStringLiteral("screenings")), 8);
    QCOMPARE(t.scalar(QStringLiteral("SELECT count(*) FROM persons WHERE name = '小红'")).toInt(), 1);
}

void TestImports::deniedImportsWriteNothing()
{
    TestDatabase t;
    const Actor officer{QStringLiteral("100001"), Role::Officer, 1, 1};
    const Actor investigator{QStringLiteral("100003"), Role::Investigator, 3, 1};
    ImportReport r = RegistryImporter(t.db(), officer).run(data("registry.csv"));
    QCOMPARE(r.fatal->kind, Error::Kind::Denied);
    QCOMPARE(cli::exitCodeFor(r), 2);
    r = OfficerImporter(t.db(), investigator).run(data("officers.csv"));
    QCOMPARE(r.fatal->kind, Error::Kind::Denied);
    r = VisitImporter(t.db(), officer).run(QStringLiteral("春季行动"), data("visits.csv"));
    QCOMPARE(r.fatal->kind, Error::Kind::Denied);
    QCOMPARE(t.count(QStringLiteral("persons")), 0);
    QCOMPARE(t.count(QStringLiteral("users")), 0);
    // Only the refusals are audited.
    QCOMPARE(t.count(QStringLiteral("audit_log WHERE action <> 'refused'")), 0);
    QCOMPARE(t.count(QStringLiteral("audit_log WHERE action = 'refused'")), 3);
}

void TestImports::auditRecordsWritten()
{
    TestDatabase t;
    setUpRegistryAndOfficers(t);
    QVERIFY(
        !VisitImporter(t.db(), Actor::system()).run(QStringLiteral("春季行动"), data("visits.csv")).fatal);
    const QString actor = Actor::system().name;
    for (const char* action : {"import-registry", "import-officers", "import-visits"}) {
        const QString after =
            t.scalar(QStringLiteral("SELECT after FROM audit_log WHERE action = '%1' AND actor = '%2'")
                         .arg(QLatin1String(action), actor))
                .toString();
        QVERIFY2(after.contains(QStringLiteral("\"rows\"")), action);
    }
    // Stations created by the registry import, each officer, the operation, the two people
    // created by the field sheet: one record each.
    QCOMPARE(t.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'station'")).toInt(), 2);
    QCOMPARE(t.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'user'")).toInt(), 3);
    QCOMPARE(t.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'operation'")).toInt(),
             1);
    QCOMPARE(t.scalar(QStringLiteral(
                          "SELECT count(*) FROM audit_log WHERE entity = 'person' AND action = 'create'"))
                 .toInt(),
             2);
    QCOMPARE(t.scalar(QStringLiteral("SELECT actor FROM audit_log LIMIT 1")).toString(),
             QStringLiteral("system"));
}

// A field with a control character, or too long for its column or for any column, rejects its
// row alone, naming the row and the column; the other rows are saved.
void TestImports::unsafeFieldRejectsItsRow_data()
{
    QTest::addColumn<QByteArray>("address");
    QTest::addColumn<QByteArray>("name");
    QTest::addColumn<QByteArray>("remark"); // a column the import does not read
    QTest::addColumn<QString>("column");
    QTest::addColumn<QString>("reason");
    QTest::newRow("NUL in the name") << QByteArray("路1号") << QByteArray("王\0芳", 7) << QByteArray()
                                     << "name"
                                     << "U+0000";
    QTest::newRow("escape in a quoted address")
        << QByteArray("\"路\x1B[2J1号\"") << QByteArray("王芳") << QByteArray() << "address"
        << "U+001B";
    QTest::newRow("bell in an unread column")
        << QByteArray("路1号") << QByteArray("王芳") << QByteArray("\x07") << "remark"
        << "U+0007";
    QTest::newRow("address of 8 MB") << QByteArray(8 * 1024 * 1024, 'x') << QByteArray("王芳") << QByteArray()
                                     << "address"
                                     << "too long";
    QTest::newRow("address over its column's limit")
        << QByteArray(501, 'x') << QByteArray("王芳") << QByteArray() << "address"
        << "too long";
    QTest::newRow("name over its column's limit")
        << QByteArray("路1号") << QString(101, QChar(0x738B)).toUtf8() << QByteArray() << "name"
        << "too long";
    QTest::newRow("tab and quoted line break are fine")
        << QByteArray("\"路\n1号\"") << QByteArray("王\t芳") << QByteArray() << "<accepted>"
        << "";
}

void TestImports::unsafeFieldRejectsItsRow()
{
    QFETCH(QByteArray, address);
    QFETCH(QByteArray, name);
    QFETCH(QByteArray, remark);
    QFETCH(QString, column);
    QFETCH(QString, reason);
    TestDatabase t;
    const QByteArray csv = "station,area,household_no,address,id_number,name,remark\n" +
                           registryRow(1, "路1号", "张伟", "") + registryRow(2, address, name, remark) +
                           registryRow(3, "路3号", "李娜", "");
    const ImportReport r =
        RegistryImporter(t.db(), Actor::system()).run(t.writeFile(QStringLiteral("unsafe.csv"), csv));
    QVERIFY(!r.fatal);
    QCOMPARE(r.rows, 3);
    QCOMPARE(issueAt(r, 1), QStringLiteral("<accepted>"));
    QCOMPARE(issueAt(r, 3), QStringLiteral("<accepted>"));
    QCOMPARE(issueAt(r, 2), column);
    if (column == u"<accepted>") {
        QCOMPARE(r.imported, 3);
        QCOMPARE(cli::exitCodeFor(r), 0);
        return;
    }
    QCOMPARE(r.imported, 2);
    QCOMPARE(r.rejected, 1);
    QCOMPARE(cli::exitCodeFor(r), 3);
    QVERIFY2(r.errors.first().reason.contains(reason), qPrintable(r.errors.first().reason));
    QCOMPARE(t.count(QStringLiteral("persons")), 2);
    QCOMPARE(t.scalar(QStringLiteral("SELECT max(length(address)) FROM households")).toInt(), 3);
}

void TestImports::visitNotesTooLong()
{
    TestDatabase t;
    setUpRegistryAndOfficers(t);
    const QByteArray csv = "household_no,visited_at,badge,outcome,id_number,name,status,notes\n"
                           "H001,2026-03-02 10:00,100001,completed,620102198005120117,张伟,present,ok\n"
                           "H001,2026-03-02 10:00,100001,completed,620102198203010226,王芳,present," +
                           QByteArray(2001, 'n') + "\n";
    const ImportReport r =
        VisitImporter(t.db(), Actor::system())
            .run(QStringLiteral("春季行动"), t.writeFile(QStringLiteral("notes.csv"), csv));
    QCOMPARE(r.imported, 1);
    QCOMPARE(issueAt(r, 2), QStringLiteral("notes"));
    QVERIFY(r.errors.first().reason.contains(QStringLiteral("too long")));
    QCOMPARE(t.count(QStringLiteral("screenings")), 1);
}

// The encoding is decided on the whole file: Chinese text after 64 KiB of ASCII in GB18030.
void TestImports::gb18030DetectedPastFirstChunk()
{
    TestDatabase t;
    QByteArray csv = "station,area,household_no,address,id_number,name\n";
    for (int i = 0; csv.size() < 100 * 1024; ++i)
        csv += "S,A,H" + QByteArray::number(i) + ",Road " + QByteArray::number(i) + "," +
               IdNumber::make(QStringLiteral("620101"), QDate(1990, 1, 1).addDays(i / 1000), i % 1000)
                   .toLatin1() +
               ",Li Wei\n";
    csv += "S,A,H999999,\xB6\xAB\xB8\xDA\xC2\xB7,620102198005120117,\xD5\xC5\xCE\xB0\n"; // 东岗路, 张伟
    const ImportReport r =
        RegistryImporter(t.db(), Actor::system()).run(t.writeFile(QStringLiteral("late-gb.csv"), csv));
    QVERIFY(!r.fatal);
    QCOMPARE(r.encoding, QStringLiteral("GB18030"));
    QCOMPARE(r.rejected, 0);
    QCOMPARE(t.scalar(QStringLiteral("SELECT name FROM persons WHERE id_number = '620102198005120117'"))
                 .toString(),
             QStringLiteral("张伟"));
    QCOMPARE(
        t.scalar(QStringLiteral("SELECT address FROM households WHERE household_no = 'H999999'")).toString(),
        QStringLiteral("东岗路"));
}

// A first import loads without the secondary indexes and builds them at its end: the same
// indexes afterwards, a sound file, and every person and household found by search.
void TestImports::firstImportKeepsIndexesAndSearch()
{
    TestDatabase t;
    const QStringList before = indexes(t);
    QVERIFY(before.size() > 3);
    QCOMPARE(RegistryImporter(t.db(), Actor::system()).run(data("registry.csv")).imported, 7);
    QCOMPARE(indexes(t), before);
    // A second import matches against what is there and leaves the indexes as they are.
    const ImportReport again = RegistryImporter(t.db(), Actor::system()).run(data("registry.csv"));
    QCOMPARE(again.unchanged, 7);
    QCOMPARE(indexes(t), before);
    if (t.isPostgres())
        QSKIP("SQLite's integrity check and FTS5 table (PostgreSQL searches through pg_trgm, tst_search)");
    QCOMPARE(t.scalar(QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
    QCOMPARE(t.scalar(QStringLiteral("SELECT count(*) FROM search_fts WHERE search_fts MATCH '\"620102\"'"))
                 .toInt(),
             4);
    QCOMPARE(t.scalar(QStringLiteral("SELECT count(*) FROM search_fts WHERE search_fts MATCH '\"东岗路\"'"))
                 .toInt(),
             1);
    QCOMPARE(t.scalar(QStringLiteral("SELECT count(*) FROM search_fts")).toInt(), 7 + 4);
}

// A first import writes people in batches; a failure still names its row and saves nothing.
void TestImports::firstImportFailureNamesItsRow_data()
{
    QTest::addColumn<int>("failing");
    QTest::newRow("in a full batch") << 150;
    QTest::newRow("in the last, partial batch") << 230;
    QTest::newRow("first row") << 1;
}

void TestImports::firstImportFailureNamesItsRow()
{
    QFETCH(int, failing);
    TestDatabase t;
    const QStringList before = indexes(t);
    QVERIFY(t.addFailingTrigger("boom", "INSERT", "persons", "NEW.name = '故障'", "disk trouble"));
    QByteArray csv = "station,area,household_no,address,id_number,name\n";
    for (int i = 1; i <= 250; ++i)
        csv += "站,社区,H" + QByteArray::number(i / 3) + ",路1号," +
               IdNumber::make(QStringLiteral("620101"), QDate(1990, 1, 1), i).toLatin1() + "," +
               (i == failing ? QByteArray("故障") : "人" + QByteArray::number(i)) + "\n";
    const ImportReport r =
        RegistryImporter(t.db(), Actor::system()).run(t.writeFile(QStringLiteral("batch.csv"), csv));
    QVERIFY(r.fatal);
    QCOMPARE(cli::exitCodeFor(r), 2);
    QVERIFY2(r.fatal->message.startsWith(QStringLiteral("Row %1:").arg(failing)),
             qPrintable(r.fatal->message));
    QVERIFY(r.fatal->message.contains(QStringLiteral("disk trouble")));
    QCOMPARE(t.count(QStringLiteral("persons")), 0);
    QCOMPARE(t.count(QStringLiteral("households")), 0);
    QCOMPARE(indexes(t), before);
}

void TestImports::preview_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<int>("detected");
    QTest::addColumn<QString>("missing");
    QTest::addColumn<int>("rows");
    QTest::newRow("registry") << data("registry.csv") << int(ImportKind::Registry) << "UTF-8" << 10 << ""
                              << 5;
    QTest::newRow("registry GB18030, Chinese headers")
        << data("registry_zh_gb18030.csv") << int(ImportKind::Registry) << "GB18030" << 10 << "" << 5;
    QTest::newRow("missing column") << data("registry_missing_column.csv") << int(ImportKind::Registry)
                                    << "UTF-8" << 9 << "address (住址)" << 3;
    QTest::newRow("officers") << data("officers.csv") << int(ImportKind::Officers) << "UTF-8" << 5 << "" << 5;
    QTest::newRow("visits as officers") << data("visits.csv") << int(ImportKind::Officers) << "UTF-8" << 2
                                        << "station (派出所), role (角色)" << 5;
}

void TestImports::preview()
{
    QFETCH(QString, file);
    QFETCH(int, kind);
    QFETCH(QString, encoding);
    QFETCH(int, detected);
    QFETCH(QString, missing);
    QFETCH(int, rows);
    const ImportPreview p = ImportPreview::read(ImportKind(kind), file, 5);
    QCOMPARE(p.encoding, encoding);
    QCOMPARE(p.detected().size(), detected);
    QCOMPARE(p.missing.join(QStringLiteral(", ")), missing);
    QCOMPARE(p.problem.isEmpty(), missing.isEmpty());
    QCOMPARE(p.rows.size(), rows);
    QCOMPARE(p.columnKeys.size(), p.header.size());
    QCOMPARE(p.headerOf(QStringLiteral("badge")),
             p.detected().contains(QStringLiteral("badge"))
                 ? p.header.at(p.columnKeys.indexOf(QStringLiteral("badge")))
                 : QStringLiteral("badge"));
}

QTEST_GUILESS_MAIN(TestImports)
#include "tst_imports.moc"
