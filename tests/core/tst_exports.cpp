// core/exports: the registry and field sheets in the import formats, lists with a BOM, rights,
// and a file written whole or not at all.
#include "core/exports/ExportService.h"
#include "core/imports/RegistryImporter.h"
#include "core/imports/VisitImporter.h"
#include "tests/support/Fixture.h"

#include <QFile>
#include <QTest>

using namespace hc;
using hc::test::TestDatabase;

namespace {
QByteArray read(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
} // namespace

class TestExports : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { HC_SKIP_WITHOUT_ENGINE(); }
    void registryRoundTrip();
    void registryAsWorkbook();
    void visits();
    void visitsAsWorkbook();
    void rights();
    void list();
    void listWithFilters();
    void unwritableFile();
};

void TestExports::registryRoundTrip()
{
    TestDatabase t;
    test::loadFixture(t, false);
    const QString path = t.dir() + "/registry.csv";
    const auto n = ExportService(t.db(), Actor::system()).exportRegistry(path);
    QVERIFY(n.ok());
    const QByteArray text = read(path);
    QVERIFY(!text.startsWith("\xEF\xBB\xBF")); // the import format: no BOM
    QVERIFY(text.startsWith(
        "station,area,household_no,address,id_number,name,sex,birth_date,phone,relation\r\n"));
    QCOMPARE(text.count("\r\n"), *n + 1); // a field may hold a line break
    QCOMPARE(
        *n,
        t.scalar("SELECT count(*) FROM persons WHERE id_number IS NOT NULL AND registered = 1").toLongLong());
    // It loads into an empty database as it stands.
    TestDatabase other;
    const ImportReport r = RegistryImporter(other.db(), Actor::system()).run(path);
    QVERIFY(!r.fatal);
    QCOMPARE(r.rejected, 0);
    QCOMPARE(qint64(r.imported), *n);
}

// export-registry out.xlsx writes a workbook (not CSV bytes under that name) that the registry
// import reads back whole.
void TestExports::registryAsWorkbook()
{
    TestDatabase t;
    test::loadFixture(t, false);
    const QString path = t.dir() + "/registry.xlsx";
    const auto n = ExportService(t.db(), Actor::system()).exportRegistry(path);
    QVERIFY(n.ok());
    QVERIFY(read(path).startsWith("PK")); // a zip container
    TestDatabase other;
    const ImportReport r = RegistryImporter(other.db(), Actor::system()).run(path);
    QVERIFY(!r.fatal);
    QCOMPARE(r.rejected, 0);
    QCOMPARE(qint64(r.imported), *n);
    QCOMPARE(other.count("persons"), t.scalar("SELECT count(*) FROM persons WHERE id_number IS NOT NULL AND "
                                              "registered = 1")
                                         .toLongLong());
}

void TestExports::visits()
{
    TestDatabase t;
    test::loadFixture(t, true);
    const QString path = t.dir() + "/visits.csv";
    const auto n = ExportService(t.db(), Actor::system()).exportVisits(test::kFixtureOperation, path);
    QVERIFY(n.ok());
    QVERIFY(*n >= t.count("screenings"));
    const QByteArray text = read(path);
    QVERIFY(text.startsWith(
        "household_no,visited_at,badge,outcome,id_number,name,status,whereabouts,verified_by,notes\r\n"));
    QCOMPARE(text.count("\r\n"), *n + 1); // a field may hold a line break
    const auto none = ExportService(t.db(), Actor::system()).exportVisits("无此行动", t.dir() + "/x.csv");
    QCOMPARE(none.error().kind, Error::Kind::NotFound);
    QVERIFY(!QFile::exists(t.dir() + "/x.csv"));
}

// The field sheets as a workbook (streamed, the visit time as an Excel date, badges as text) read
// back by the visits import as the same visits: nothing new, nothing changed, nothing rejected.
void TestExports::visitsAsWorkbook()
{
    TestDatabase t;
    test::loadFixture(t, true);
    const QString path = t.dir() + "/visits.xlsx";
    const auto n = ExportService(t.db(), Actor::system()).exportVisits(test::kFixtureOperation, path);
    QVERIFY(n.ok());
    QVERIFY(*n >= t.count("screenings"));
    QVERIFY(read(path).startsWith("PK"));
    const ImportReport again = VisitImporter(t.db(), Actor::system()).run(test::kFixtureOperation, path);
    QVERIFY2(!again.fatal, again.fatal ? qPrintable(again.fatal->text()) : "");
    QCOMPARE(again.rejected, 0);
    QCOMPARE(again.imported, 0);
    QCOMPARE(again.updated, 0);
    // As many unchanged as the same visits read back from CSV.
    const QString csv = t.dir() + "/visits.csv";
    QVERIFY(ExportService(t.db(), Actor::system()).exportVisits(test::kFixtureOperation, csv).ok());
    const ImportReport fromCsv = VisitImporter(t.db(), Actor::system()).run(test::kFixtureOperation, csv);
    QCOMPARE(fromCsv.imported + fromCsv.updated + fromCsv.rejected, 0);
    QVERIFY(again.unchanged > 0);
    QCOMPARE(again.unchanged, fromCsv.unchanged);
}

void TestExports::rights()
{
    TestDatabase t;
    test::loadFixture(t, false);
    const Actor officer{"100001", Role::Officer, 1, 1};
    const QString path = t.dir() + "/r.csv";
    QCOMPARE(ExportService(t.db(), officer).exportRegistry(path).error().kind, Error::Kind::Denied);
    QCOMPARE(ExportService(t.db(), officer).exportVisits(test::kFixtureOperation, path).error().kind,
             Error::Kind::Denied);
    QVERIFY(!QFile::exists(path));
}

void TestExports::list()
{
    TestDatabase t;
    const QString path = t.dir() + "/list.csv";
    const auto n =
        ExportService(t.db(), Actor::system())
            .exportList("list", path, {"派出所", "count"}, {{"东岗派出所", "3"}, {"a,b", "say \"hi\""}});
    QVERIFY(n.ok());
    QCOMPARE(*n, 2);
    QCOMPARE(read(path),
             QByteArray("\xEF\xBB\xBF派出所,count\r\n东岗派出所,3\r\n\"a,b\",\"say \"\"hi\"\"\"\r\n"));
}

// The filters a list was made with: a first line above the header.
void TestExports::listWithFilters()
{
    TestDatabase t;
    const QString path = t.dir() + "/list.csv";
    QVERIFY(ExportService(t.db(), Actor::system())
                .exportList("list", path, {"派出所", "count"}, {{"东岗派出所", "3"}},
                            "Station: 东岗派出所; Status: Covered")
                .ok());
    QCOMPARE(read(path), QByteArray("\xEF\xBB\xBF"
                                    "Filters: Station: 东岗派出所; Status: Covered\r\n派出所,count\r\n"
                                    "东岗派出所,3\r\n"));
}

void TestExports::unwritableFile()
{
    TestDatabase t;
    const auto r = ExportService(t.db(), Actor::system())
                       .exportList("list", t.dir() + "/no/such/folder/x.csv", {"a"}, {{"1"}});
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, Error::Kind::Io);
    QCOMPARE(r.error().field, QString("file"));
}

QTEST_GUILESS_MAIN(TestExports)
#include "tst_exports.moc"
