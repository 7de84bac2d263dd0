// Storage: connection set-up, migrations (a v1 file opens after an upgrade step, a newer
// file is refused), operations and roles (denied calls write nothing), audit.
#include "core/auth/PasswordHasher.h"
#include "core/operations/OperationService.h"
#include "core/stats/FilterStore.h"
#include "core/storage/Backup.h"
#include "core/storage/Database.h"
#include "core/storage/FileAccess.h"
#include "core/storage/Transaction.h"
#include "tests/support/TestDatabase.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <sys/stat.h>

using namespace hc;
using hc::test::TestDatabase;

class TestStorage : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { HC_SKIP_WITHOUT_ENGINE(); }
    void pragmasAreSet();
    void serverAddresses();
    void freshDatabaseHasLatestSchema();
    void figuresReadIndexesAlone();
    void upgradeStepRunsOnOpen();
    void failedUpgradeLeavesFileAsItWas();
    void newerDatabaseRefused();
    void notADatabaseRefused();
    void operationCreateAndFind();
    void operationValidation_data();
    void operationValidation();
    void officerCannotCreateOperation();
    void passwordHashing();
    void newFilesAreForTheOwnerOnly();
    void openToOthersIsReportedAndRestricted();
    void writeTransactionTakesTheLockAtBegin();
    void failedCommitKeepsTheGuardAndRollsBack();
    void backupCopiesAndRestores();
    void backupRefusesWhatIsNotOurs();
    void quickCheckFindsDamage();
    void dailyCopiesRotate();
};

namespace {
mode_t modeOf(const QString& path)
{
    struct stat st;
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? (st.st_mode & 0777) : 0;
}
} // namespace

// The start dialog's "Connect to a server…" builds the URI from host, port and database; the
// recent list and the status bar name it without user or password.
void TestStorage::serverAddresses()
{
    QCOMPARE(Database::serverUri(QStringLiteral(" db.city.gov "), 5432, QStringLiteral("homecoming")),
             QStringLiteral("postgresql://db.city.gov/homecoming"));
    QCOMPARE(Database::serverUri(QStringLiteral("10.0.0.5"), 5433, QStringLiteral("lanzhou")),
             QStringLiteral("postgresql://10.0.0.5:5433/lanzhou"));
    const QString socket = Database::serverUri(QStringLiteral("/tmp/hc-pg.x1"), 5433, QStringLiteral("city"));
    QCOMPARE(socket, QStringLiteral("postgresql:///city?host=/tmp/hc-pg.x1&port=5433"));
    QVERIFY(Database::isServerUri(socket));
    QCOMPARE(Database::serverDatabaseName(socket), QStringLiteral("city"));
    QCOMPARE(Database::displayName(socket), QStringLiteral("city on /tmp/hc-pg.x1:5433"));
    QCOMPARE(Database::displayName(QStringLiteral("postgresql://owner:secret@db.city.gov/homecoming")),
             QStringLiteral("homecoming on db.city.gov"));
    QCOMPARE(Database::displayName(QStringLiteral("/home/desk/sweep.db")), QStringLiteral("sweep.db"));
    // A second connection of a file session opens the same file, with no credentials.
    TestDatabase t;
    const Database::Address a = t.db().address();
    QCOMPARE(a.location, t.path());
    QVERIFY(!a.who);
    auto again = a.open();
    QVERIFY2(again.ok(), qPrintable(again ? QString() : again.error().text()));
    QCOMPARE(again.value()->schemaVersion(), Database::latestVersion());
}

void TestStorage::pragmasAreSet()
{
    TestDatabase t;
    if (t.isPostgres())
        QSKIP("SQLite pragmas (WAL, foreign keys, busy timeout)");
    QCOMPARE(t.scalar(QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
    QCOMPARE(t.scalar(QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
    QCOMPARE(t.scalar(QStringLiteral("PRAGMA busy_timeout")).toInt(), 5000);
}

void TestStorage::freshDatabaseHasLatestSchema()
{
    TestDatabase t;
    QCOMPARE(t.db().schemaVersion(), Database::latestVersion());
    QVERIFY(Database::latestVersion() >= 1);
    for (const char* table : {"stations", "areas", "users", "operations", "households", "persons", "visits",
                              "screenings", "cases", "leads", "links", "audit_log", "search_fts"})
        QVERIFY2(t.db().tables().contains(QLatin1String(table)) ||
                     (t.isPostgres() && qstrcmp(table, "search_fts") == 0), // pg_trgm indexes there
                 table);
}

// Schema 23: the checks of an operation by status, and whether a person has a case, are read
// from the indexes alone (no table row per check) by the figures that look them up: people
// traced without a case and the registration figures. SQLite's plan; the server plans its own.
void TestStorage::figuresReadIndexesAlone()
{
    TestDatabase t;
    if (t.isPostgres())
        QSKIP("SQLite's query plan");
    DashboardFilter f;
    f.operationId = 1;
    const QString traced = filtersql::scope() + filtersql::tracedWithoutCase();
    const QString registered = QStringLiteral(
        "SELECT count(*) FROM registrations WHERE person_id IN (SELECT person_id FROM screenings "
        "WHERE operation_id = :op AND status = 'unregistered_found')");
    QStringList plan;
    for (const QString& text : {traced, registered}) {
        QSqlQuery q(t.db().sql());
        QVERIFY(q.prepare(QStringLiteral("EXPLAIN QUERY PLAN ") + text));
        for (const sql::Bind& b : filtersql::binds(text, f))
            q.bindValue(b.name, b.value);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        while (q.next())
            plan << q.value(QStringLiteral("detail")).toString();
    }
    int checks = 0;
    int cases = 0;
    for (const QString& step : plan) {
        const bool screenings = step.contains(QStringLiteral("INDEX screenings_"));
        const bool subject = step.contains(QStringLiteral("INDEX cases_subject"));
        QVERIFY2(!(screenings || subject) || step.contains(QStringLiteral("COVERING INDEX")),
                 qPrintable(step));
        checks += screenings ? 1 : 0;
        cases += subject ? 1 : 0;
    }
    QVERIFY2(checks >= 3 && cases == 1, qPrintable(plan.join('\n')));
}

void TestStorage::upgradeStepRunsOnOpen()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.homecoming"));
    const QStringList v1 = Database::builtinMigrations().mid(0, 1);
    {
        auto db = Database::open(path, Database::Mode::CreateIfMissing, v1);
        QVERIFY(db.ok());
        QCOMPARE((*db)->schemaVersion(), 1);
        QSqlQuery q((*db)->sql());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO stations(name) VALUES ('东岗派出所')")));
    }
    // A program one schema step newer opens the v1 file, upgrades it and keeps the data.
    const QStringList v2 = v1 + QStringList{QStringLiteral("ALTER TABLE stations ADD COLUMN phone TEXT;"
                                                           "UPDATE stations SET phone = '0931-110';")};
    auto db = Database::open(path, Database::Mode::OpenExisting, v2);
    QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().text()));
    QCOMPARE((*db)->schemaVersion(), 2);
    QSqlQuery q((*db)->sql());
    QVERIFY(q.exec(QStringLiteral("SELECT name, phone FROM stations")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("东岗派出所"));
    QCOMPARE(q.value(1).toString(), QStringLiteral("0931-110"));
}

void TestStorage::failedUpgradeLeavesFileAsItWas()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.homecoming"));
    const QStringList v1 = Database::builtinMigrations().mid(0, 1);
    QVERIFY(Database::open(path, Database::Mode::CreateIfMissing, v1).ok());
    const QStringList broken = v1 +
                               QStringList{QStringLiteral("ALTER TABLE stations ADD COLUMN phone TEXT;")} +
                               QStringList{QStringLiteral("ALTER TABLE no_such_table ADD COLUMN x TEXT;")};
    auto failed = Database::open(path, Database::Mode::OpenExisting, broken);
    QVERIFY(!failed.ok());
    QVERIFY2(failed.error().message.contains(QStringLiteral("from schema 1 to 3")),
             qPrintable(failed.error().message));
    auto db = Database::open(path, Database::Mode::OpenExisting, v1);
    QVERIFY(db.ok());
    QCOMPARE((*db)->schemaVersion(), 1);
    QSqlQuery q((*db)->sql());
    QVERIFY(!q.exec(QStringLiteral("SELECT phone FROM stations"))); // step 2 was undone too
}

void TestStorage::newerDatabaseRefused()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("new.homecoming"));
    {
        auto db = Database::open(path);
        QVERIFY(db.ok());
        QSqlQuery q((*db)->sql());
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = %1").arg(Database::latestVersion() + 5)));
    }
    auto db = Database::open(path, Database::Mode::OpenExisting);
    QVERIFY(!db.ok());
    QCOMPARE(db.error().kind, Error::Kind::Conflict);
    QVERIFY2(db.error().message.contains(QStringLiteral("newer version")), qPrintable(db.error().message));
}

void TestStorage::notADatabaseRefused()
{
    TestDatabase t;
    const QString junk = t.writeFile(QStringLiteral("junk.homecoming"), QByteArray(4096, 'x'));
    auto db = Database::open(junk, Database::Mode::OpenExisting);
    QVERIFY(!db.ok());
    auto missing =
        Database::open(t.dir() + QStringLiteral("/missing.homecoming"), Database::Mode::OpenExisting);
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().kind, Error::Kind::NotFound);
}

void TestStorage::operationCreateAndFind()
{
    TestDatabase t;
    QSqlQuery q(t.db().sql());
    QVERIFY(q.exec(QStringLiteral("INSERT INTO stations(name) VALUES ('甲所'), ('乙所')")));
    OperationService ops(t.db(), Actor::system());
    auto op = ops.create(QStringLiteral("行动一"), QDate(2026, 3, 1), QDate(2026, 5, 29),
                         {QStringLiteral("乙所")}, 1000);
    QVERIFY(op.ok());
    QCOMPARE(op->stationIds.size(), 1);
    auto found = ops.find(QStringLiteral("行动一"));
    QVERIFY(found.ok());
    QCOMPARE(found->end, QDate(2026, 5, 29));
    QCOMPARE(found->targetHouseholds.value_or(0), 1000);
    QVERIFY(!found->allStations);
    auto all = ops.create(QStringLiteral("行动二"), QDate(2026, 6, 1), QDate(2026, 6, 30), {}, std::nullopt);
    QVERIFY(all.ok() && all->allStations);
    QCOMPARE(ops.list().size(), 2);
    QCOMPARE(t.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'operation'")).toInt(),
             2);
}

void TestStorage::operationValidation_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QDate>("start");
    QTest::addColumn<QDate>("end");
    QTest::addColumn<QStringList>("stations");
    QTest::addColumn<QString>("field");
    QTest::newRow("empty name") << QString() << QDate(2026, 1, 1) << QDate(2026, 2, 1) << QStringList()
                                << "name";
    QTest::newRow("no start") << "x" << QDate() << QDate(2026, 2, 1) << QStringList() << "start";
    QTest::newRow("end before start")
        << "x" << QDate(2026, 2, 1) << QDate(2026, 1, 1) << QStringList() << "end";
    QTest::newRow("unknown station") << "x" << QDate(2026, 1, 1) << QDate(2026, 2, 1) << QStringList{"无此所"}
                                     << "stations";
    QTest::newRow("duplicate name") << "已有" << QDate(2026, 1, 1) << QDate(2026, 2, 1) << QStringList()
                                    << "name";
}

void TestStorage::operationValidation()
{
    QFETCH(QString, name);
    QFETCH(QDate, start);
    QFETCH(QDate, end);
    QFETCH(QStringList, stations);
    QFETCH(QString, field);
    TestDatabase t;
    OperationService ops(t.db(), Actor::system());
    QVERIFY(ops.create(QStringLiteral("已有"), QDate(2026, 1, 1), QDate(2026, 1, 2), {}, std::nullopt).ok());
    auto r = ops.create(name, start, end, stations, std::nullopt);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().field, field);
    QVERIFY(!r.error().message.isEmpty());
    QCOMPARE(t.count(QStringLiteral("operations")), 1);
}

void TestStorage::officerCannotCreateOperation()
{
    TestDatabase t;
    for (Role role : {Role::Officer, Role::Investigator}) {
        const Actor a{QStringLiteral("100001"), role, 1, 0};
        auto r = OperationService(t.db(), a).create(QStringLiteral("x"), QDate(2026, 1, 1), QDate(2026, 2, 1),
                                                    {}, 1);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, Error::Kind::Denied);
    }
    QCOMPARE(t.count(QStringLiteral("operations")), 0);
    // Only the refusals are audited.
    QCOMPARE(t.count(QStringLiteral("audit_log WHERE action <> 'refused'")), 0);
    QCOMPARE(t.count(QStringLiteral("audit_log WHERE action = 'refused'")), 2);
    const Actor supervisor{QStringLiteral("100002"), Role::Supervisor, 2, 0};
    QVERIFY(OperationService(t.db(), supervisor)
                .create(QStringLiteral("x"), QDate(2026, 1, 1), QDate(2026, 2, 1), {}, 1)
                .ok());
    QCOMPARE(t.scalar(QStringLiteral("SELECT actor FROM audit_log WHERE action = 'create'")).toString(),
             QStringLiteral("100002"));
}

void TestStorage::passwordHashing()
{
    const QString h = PasswordHasher::hash(QStringLiteral("秘密 pass"));
    QVERIFY(h.startsWith(QStringLiteral("$argon2id$")));
    QVERIFY(PasswordHasher::verify(h, QStringLiteral("秘密 pass")));
    QVERIFY(!PasswordHasher::verify(h, QStringLiteral("秘密 pasS")));
    QVERIFY(PasswordHasher::hash(QStringLiteral("a")) != PasswordHasher::hash(QStringLiteral("a"))); // salted
    QCOMPARE(PasswordHasher::generate(12).size(), 12);
}

void TestStorage::newFilesAreForTheOwnerOnly()
{
    FileAccess::restrictNewFilesToOwner();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("city.db"));
    auto db = Database::open(path);
    QVERIFY(db.ok());
    QSqlQuery q((*db)->sql());
    QVERIFY(q.exec(QStringLiteral("INSERT INTO stations(name) VALUES ('东岗派出所')")));
    QCOMPARE(modeOf(path), mode_t(0600));
    QCOMPARE(modeOf(path + QStringLiteral("-wal")), mode_t(0600));
    QCOMPARE(modeOf(path + QStringLiteral("-shm")), mode_t(0600));
    QVERIFY(FileAccess::openToOthers(path).isEmpty());
}

void TestStorage::openToOthersIsReportedAndRestricted()
{
    TestDatabase t;
    if (t.isPostgres())
        QSKIP("the file modes of an SQLite file");
    QVERIFY(::chmod(QFile::encodeName(t.path()).constData(), 0644) == 0);
    QCOMPARE(FileAccess::openToOthers(t.path()), QStringList{t.path()});
    QVERIFY(FileAccess::restrictToOwner(t.path()).ok());
    QVERIFY(FileAccess::openToOthers(t.path()).isEmpty());
    QCOMPARE(modeOf(t.path()), mode_t(0600));
}

void TestStorage::writeTransactionTakesTheLockAtBegin()
{
    TestDatabase t;
    if (t.isPostgres())
        QSKIP("SQLite's database-wide write lock at BEGIN IMMEDIATE");
    QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
    {
        other.setDatabaseName(t.path());
        QVERIFY(other.open());
        QSqlQuery q(other);
        QVERIFY(q.exec(QStringLiteral("PRAGMA busy_timeout = 0")));
        Transaction tx(t.db().sql());
        QVERIFY(tx.active());
        // A deferred BEGIN would take no lock yet; IMMEDIATE holds the write lock from BEGIN.
        QVERIFY(!q.exec(QStringLiteral("INSERT INTO stations(name) VALUES ('西站派出所')")));
        tx.rollback();
        QVERIFY(q.exec(QStringLiteral("INSERT INTO stations(name) VALUES ('西站派出所')")));
    }
    other.close();
    other = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("other"));
}

void TestStorage::failedCommitKeepsTheGuardAndRollsBack()
{
    TestDatabase t;
    const qint64 before = t.count(QStringLiteral("areas"));
    {
        QSqlQuery q(t.db().sql());
        // PostgreSQL: a deferred constraint trigger that refuses every new area at COMMIT.
        if (t.isPostgres())
            QVERIFY(
                t.db()
                    .execScript(QStringLiteral(
                        "CREATE FUNCTION refuse_at_commit() RETURNS trigger LANGUAGE plpgsql AS "
                        "$$BEGIN RAISE EXCEPTION 'refused at commit'; END$$; "
                        "CREATE CONSTRAINT TRIGGER refuse_at_commit AFTER INSERT ON areas "
                        "DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION refuse_at_commit();"))
                    .ok());
        Transaction tx(t.db().sql());
        if (!t.isPostgres())
            QVERIFY(q.exec(QStringLiteral("PRAGMA defer_foreign_keys = ON")));
        // An area of a station that does not exist (PostgreSQL: any area): refused only at COMMIT.
        if (t.isPostgres())
            QVERIFY(q.exec(QStringLiteral("INSERT INTO stations(name) VALUES ('x')")) &&
                    q.exec(QStringLiteral(
                        "INSERT INTO areas(station_id, name) SELECT max(id), 'x' FROM stations")));
        else
            QVERIFY(q.exec(QStringLiteral("INSERT INTO areas(station_id, name) VALUES (987654, 'x')")));
        QVERIFY(!tx.commit());
        QVERIFY(tx.active());
        QCOMPARE(tx.error().kind, Error::Kind::Storage);
    }
    QCOMPARE(t.count(QStringLiteral("areas")), before);
    // The connection is usable again: the guard rolled back.
    Transaction tx(t.db().sql());
    QVERIFY(tx.active());
    QVERIFY(tx.commit());
}

void TestStorage::backupCopiesAndRestores()
{
    FileAccess::restrictNewFilesToOwner();
    TestDatabase t;
    if (t.isPostgres())
        QSKIP("SQLite's backup API (a server is backed up with pg_dump)");
    QSqlQuery q(t.db().sql());
    QVERIFY(q.exec(QStringLiteral("INSERT INTO stations(name) VALUES ('东岗派出所')")));
    const QString copy = t.dir() + QStringLiteral("/copy.db");
    int calls = 0;
    QVERIFY(Backup::copy(t.path(), copy, [&](int done, int total) {
                ++calls;
                return done <= total;
            }).ok());
    QVERIFY(calls > 0);
    QVERIFY(!QFileInfo::exists(copy + QStringLiteral(".part")));
    QCOMPARE(Backup::quickCheck(copy).value(), QStringList());
    QCOMPARE(modeOf(copy) & 077, mode_t(0));

    QVERIFY(q.exec(QStringLiteral("INSERT INTO stations(name) VALUES ('西站派出所')")));
    QCOMPARE(t.count(QStringLiteral("stations")), 2);
    QVERIFY(Backup::restore(copy, t.path()).ok());
    t.reopen();
    QCOMPARE(t.count(QStringLiteral("stations")), 1);
}

void TestStorage::backupRefusesWhatIsNotOurs()
{
    TestDatabase t;
    const QString other = t.dir() + QStringLiteral("/other.db");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("plain"));
        db.setDatabaseName(other);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE t(x)")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("plain"));
    const auto r = Backup::restore(other, t.path());
    QVERIFY(!r.ok());
    QVERIFY2(r.error().message.contains(QStringLiteral("not a Homecoming database")),
             qPrintable(r.error().message));
    QVERIFY(!Backup::copy(t.dir() + QStringLiteral("/missing.db"), other).ok());
}

void TestStorage::quickCheckFindsDamage()
{
    TestDatabase t;
    if (t.isPostgres())
        QSKIP("SQLite's backup API and quick check");
    const QString copy = t.dir() + QStringLiteral("/damaged.db");
    QVERIFY(Backup::copy(t.path(), copy).ok());
    QFile f(copy);
    QVERIFY(f.open(QIODevice::ReadWrite));
    const qint64 size = f.size();
    QVERIFY(size > 8192);
    f.seek(size / 3); // the middle third: b-tree pages of the schema's tables and indexes
    f.write(QByteArray(int(size / 3), '\xA5'));
    f.close();
    const auto problems = Backup::quickCheck(copy);
    QVERIFY(problems.ok());
    QVERIFY(!problems->isEmpty());
    QVERIFY(!Backup::restore(copy, t.path()).ok());
}

void TestStorage::dailyCopiesRotate()
{
    TestDatabase t;
    if (t.isPostgres())
        QSKIP("SQLite's backup API (daily copies of a file)");
    const QDate today(2026, 4, 10);
    const QString folder = Backup::rotationFolder(t.path());
    QVERIFY(QDir().mkpath(folder));
    const QString stem = QFileInfo(t.path()).completeBaseName();
    for (int daysAgo : {3, 7, 12}) {
        QFile old(QDir(folder).filePath(
            QStringLiteral("%1-%2.db").arg(stem, today.addDays(-daysAgo).toString(Qt::ISODate))));
        QVERIFY(old.open(QIODevice::WriteOnly));
    }
    const auto todays = Backup::rotate(t.path(), today);
    QVERIFY(todays.ok());
    QVERIFY(QFileInfo::exists(todays.value()));
    const QStringList copies = Backup::rotatedCopies(t.path());
    QCOMPARE(copies.size(), 2); // today and 3 days ago; 7 and 12 days ago are past the week
    QCOMPARE(copies.first(), todays.value());
    const QDateTime made = QFileInfo(todays.value()).lastModified();
    QVERIFY(Backup::rotate(t.path(), today).ok()); // once a day
    QCOMPARE(QFileInfo(todays.value()).lastModified(), made);
}

QTEST_GUILESS_MAIN(TestStorage)
#include "tst_storage.moc"
