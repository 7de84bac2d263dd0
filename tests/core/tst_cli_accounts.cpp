// homecoming-cli acts as a person (issue 12 outcomes 4 and 5): nothing runs without --user but
// init and demo, a wrong password or a missing right is refused with nothing written, init makes
// a first administrator, and accounts are managed from the command line.
#include "tests/support/CliProcess.h"
#include "tests/support/TestDatabase.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace hc::test::cli;

class TestCliAccounts : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { HC_SKIP_WITHOUT_ENGINE(); }
    void noUserRefused();
    void wrongPasswordRefused();
    void officerLacksRight();
    void initMakesAFirstAdministrator();
    void databaseWithoutAccounts();
    void usersAndPasswd();
};

void TestCliAccounts::noUserRefused()
{
    QTemporaryDir dir;
    const QString db = dir.filePath("t.db");
    QVERIFY(init(db));
    const qint64 audit = countRows(db, "SELECT count(*) FROM audit_log");
    const Run r = cli(
        {"operation", "create", "--db", db, "--name", "x", "--start", "2026-03-01", "--end", "2026-05-29"},
        "C.UTF-8", {qMakePair(kPasswordVar, kAdmin.password)});
    QCOMPARE(r.status, 2);
    QVERIFY2(r.err.contains("operation create needs --user BADGE"), r.err.constData());
    QCOMPARE(countRows(db, "SELECT count(*) FROM operations"), 0);
    QCOMPARE(countRows(db, "SELECT count(*) FROM audit_log"), audit);
    // Not even a file is made for a command that would have created one before.
    const QString none = dir.filePath("none.db");
    QCOMPARE(cli({"import-registry", "--db", none, data("registry.csv")}).status, 2);
    QVERIFY(!QFileInfo::exists(none));
    QCOMPARE(as(kAdmin, {"import-registry", "--db", none, data("registry.csv")}).status, 2);
    QVERIFY(!QFileInfo::exists(none));
    // init, demo, --help and --version need nobody.
    QCOMPARE(cli({"stats", "--help"}).status, 0);
    QCOMPARE(cli({"--version"}).status, 0);
}

void TestCliAccounts::wrongPasswordRefused()
{
    QTemporaryDir dir;
    const QString db = dir.filePath("t.db");
    QVERIFY(init(db));
    const Run wrong = as({kAdmin.badge, "Kestrel-Harbour-2025"}, {"operation", "list", "--db", db});
    QCOMPARE(wrong.status, 2);
    QVERIFY2(wrong.err.contains("Wrong badge number or password."), wrong.err.constData());
    QVERIFY(wrong.out.isEmpty());
    // An unknown badge: the same answer.
    const Run unknown = as({"999999", kAdmin.password}, {"operation", "list", "--db", db});
    QCOMPARE(unknown.status, 2);
    QCOMPARE(unknown.err, wrong.err);
    // No password at all (no variable, stdin not a terminal): refused, not left waiting.
    const Run none = cli({"operation", "list", "--db", db, "--user", kAdmin.badge});
    QCOMPARE(none.status, 2);
    QVERIFY2(none.err.contains("HOMECOMING_PASSWORD"), none.err.constData());
    // Both failures are audited with the badge tried, and counted for the badge.
    QCOMPARE(countRows(db, "SELECT count(*) FROM audit_log WHERE action = 'sign_in_failed'"), 2);
    QCOMPARE(
        countRows(db, "SELECT count(*) FROM audit_log WHERE action = 'sign_in_failed' AND actor = '999999'"),
        1);
    QCOMPARE(countRows(db, "SELECT failures FROM sign_in_failures WHERE scope = 'badge' AND key = 'A0001'"),
             1);
    QCOMPARE(as(kAdmin, {"operation", "list", "--db", db}).status, 0);
}

void TestCliAccounts::officerLacksRight()
{
    QTemporaryDir dir;
    const QString db = dir.filePath("t.db");
    QVERIFY(init(db));
    QCOMPARE(as(kAdmin, {"import-registry", "--db", db, data("registry.csv")}).status, 3);
    QCOMPARE(as(kAdmin, {"import-officers", "--db", db, data("officers.csv")}).status, 3);
    const Run op = as(kOfficer, {"operation", "create", "--db", db, "--name", "x", "--start", "2026-03-01",
                                 "--end", "2026-05-29"});
    QCOMPARE(op.status, 2);
    QVERIFY2(op.err.contains("100001 (Officer) may not"), op.err.constData());
    QCOMPARE(countRows(db, "SELECT count(*) FROM operations"), 0);
    QCOMPARE(as(kOfficer, {"import-officers", "--db", db, data("officers.csv")}).status, 2);
    QCOMPARE(as(kOfficer, {"users", "list", "--db", db}).status, 2);
    QCOMPARE(as(kOfficer, {"backup", "--db", db, dir.filePath("copy.db")}).status, 2);
    QVERIFY(!QFileInfo::exists(dir.filePath("copy.db")));
    // The audit names the officer, not the administrator nor the operating-system user.
    QCOMPARE(countRows(db, "SELECT count(*) FROM audit_log WHERE action = 'sign_in' AND actor = '100001'"),
             4);
}

void TestCliAccounts::initMakesAFirstAdministrator()
{
    QTemporaryDir dir;
    const QString db = dir.filePath("t.db");
    // A weak password, or none: refused, and no file made.
    const QStringList args{"init", "--db", db, "--admin-badge", kAdmin.badge, "--admin-name", "管理员"};
    const Run weak = cli(args, "C.UTF-8", {qMakePair(kPasswordVar, QStringLiteral("password123"))});
    QCOMPARE(weak.status, 2);
    QVERIFY2(weak.err.contains("too easy to guess"), weak.err.constData());
    QCOMPARE(cli(args).status, 2);
    QCOMPARE(cli({"init", "--db", db, "--admin-badge", kAdmin.badge}, "C.UTF-8",
                 {qMakePair(kPasswordVar, kAdmin.password)})
                 .status,
             2);
    QVERIFY(!QFileInfo::exists(db));

    QVERIFY(init(db));
    QCOMPARE(countRows(db, "SELECT count(*) FROM users WHERE role = 'admin' AND badge = 'A0001'"), 1);
    QCOMPARE(as(kAdmin, {"operation", "create", "--db", db, "--name", "x", "--start", "2026-03-01", "--end",
                         "2026-05-29"})
                 .status,
             0);
    const Run st = as(kAdmin, {"stats", "--db", db, "--operation", "x", "--json"});
    QCOMPARE(st.status, 0);
    QVERIFY(QJsonDocument::fromJson(st.out).object().contains("households_covered"));
    // A database with accounts is refused; so is a file that is no database, left as it was.
    const Run again = cli({"init", "--db", db, "--admin-badge", "B2", "--admin-name", "x"}, "C.UTF-8",
                          {qMakePair(kPasswordVar, kAdmin.password)});
    QCOMPARE(again.status, 2);
    QVERIFY2(again.err.contains("already has accounts"), again.err.constData());
    QCOMPARE(countRows(db, "SELECT count(*) FROM users"), 1);
    QFile text(dir.filePath("notes.csv"));
    QVERIFY(text.open(QIODevice::WriteOnly));
    text.write("a,b\n1,2\n");
    text.close();
    QCOMPARE(cli({"init", "--db", text.fileName(), "--admin-badge", "B2", "--admin-name", "x"}, "C.UTF-8",
                 {qMakePair(kPasswordVar, kAdmin.password)})
                 .status,
             2);
    QVERIFY(text.open(QIODevice::ReadOnly));
    QCOMPARE(text.readAll(), QByteArray("a,b\n1,2\n"));
}

void TestCliAccounts::databaseWithoutAccounts()
{
    QTemporaryDir dir;
    const QString db = dir.filePath("old.db");
    QVERIFY(hc::Database::open(db, hc::Database::Mode::CreateIfMissing).ok());
    const Run r = as(kAdmin, {"operation", "list", "--db", db});
    QCOMPARE(r.status, 2);
    QVERIFY2(r.err.contains("This database has no accounts yet: run homecoming-cli init"), r.err.constData());
    // init takes such a file (made before accounts were needed) and gives it its administrator.
    QVERIFY(init(db));
    QCOMPARE(as(kAdmin, {"operation", "list", "--db", db}).status, 0);
}

void TestCliAccounts::usersAndPasswd()
{
    QTemporaryDir dir;
    const QString db = dir.filePath("t.db");
    QVERIFY(init(db));
    QCOMPARE(as(kAdmin, {"import-registry", "--db", db, data("registry.csv")}).status, 3);
    const Who kim{"200001", "Lantern-Otter-Moss-77"};
    const Env newPassword{qMakePair(kNewPasswordVar, kim.password)};
    // Weak or short: refused with the reason; a station that does not exist: refused.
    const QStringList add{"users",  "add",    "--db", db,          "--badge",    kim.badge, "--name",
                          "金警官", "--role", "民警", "--station", "东岗派出所", "--json"};
    const Run weak = as(kAdmin, add, "C.UTF-8", {qMakePair(kNewPasswordVar, QStringLiteral("qwertyuiop"))});
    QCOMPARE(weak.status, 2);
    QVERIFY2(weak.err.contains("too easy to guess"), weak.err.constData());
    QCOMPARE(as(kAdmin, add.mid(0, 11) + QStringList{"无此派出所"}, "C.UTF-8", newPassword).status, 2);
    const Run added = as(kAdmin, add, "C.UTF-8", newPassword);
    QCOMPARE(added.status, 0);
    QCOMPARE(QJsonDocument::fromJson(added.out).object().value("station").toString(), "东岗派出所");
    QCOMPARE(as(kAdmin, add, "C.UTF-8", newPassword).status, 1); // the badge is taken
    // The administrator chose kim's first password: kim sets their own before anything else.
    QVERIFY(QJsonDocument::fromJson(added.out).object().value("must_change_password").toBool());
    QCOMPARE(as(kim, {"operation", "list", "--db", db}).status, 2);
    const Who kimFirst{kim.badge, "Juniper-Anvil-Harp-52"};
    QCOMPARE(
        as(kim, {"passwd", "--db", db}, "C.UTF-8", {qMakePair(kNewPasswordVar, kimFirst.password)}).status,
        0);
    QCOMPARE(as(kimFirst, {"operation", "list", "--db", db}).status, 0);

    QCOMPARE(as(kAdmin, {"users", "disable", kim.badge, "--db", db}).status, 0);
    const Run disabled = as(kimFirst, {"operation", "list", "--db", db});
    QCOMPARE(disabled.status, 2);
    QVERIFY2(disabled.err.contains("disabled"), disabled.err.constData());
    QCOMPARE(as(kAdmin, {"users", "disable", kAdmin.badge, "--db", db}).status, 2); // not oneself
    QCOMPARE(as(kAdmin, {"users", "enable", kim.badge, "--db", db}).status, 0);
    QCOMPARE(as(kimFirst, {"operation", "list", "--db", db}).status, 0);

    const Run list = as(kAdmin, {"users", "list", "--db", db, "--json"});
    QCOMPARE(list.status, 0);
    QCOMPARE(QJsonDocument::fromJson(list.out).array().size(), 2);

    const Run reset = as(kAdmin, {"users", "reset-password", kim.badge, "--db", db, "--generate", "--json"});
    QCOMPARE(reset.status, 0);
    const Who kimReset{kim.badge, QJsonDocument::fromJson(reset.out).object().value("password").toString()};
    QCOMPARE(kimReset.password.size(), 14);
    QCOMPARE(as(kimFirst, {"operation", "list", "--db", db}).status, 2);
    // The reset password is a temporary one: it signs in, but every command but passwd refuses.
    const Run due = as(kimReset, {"operation", "list", "--db", db});
    QCOMPARE(due.status, 2);
    QVERIFY2(due.err.contains("must set a new password first: homecoming-cli passwd --db"),
             due.err.constData());
    QVERIFY(due.out.isEmpty());
    const Run listed = as(kAdmin, {"users", "list", "--db", db, "--json"});
    for (const auto& u : QJsonDocument::fromJson(listed.out).array())
        QCOMPARE(u.toObject().value("must_change_password").toBool(),
                 u.toObject().value("badge") == kim.badge);
    QCOMPARE(as(kimReset, {"passwd", "--db", db}, "C.UTF-8", {qMakePair(kNewPasswordVar, kimReset.password)})
                 .status,
             2); // the same one again is no new password

    // passwd: the current password signs in, the new one comes from HOMECOMING_NEW_PASSWORD.
    const Who kimOwn{kim.badge, "Saffron-Glacier-Tuba-31"};
    QCOMPARE(
        as(kimReset, {"passwd", "--db", db}, "C.UTF-8", {qMakePair(kNewPasswordVar, kimOwn.password)}).status,
        0);
    QCOMPARE(as(kimOwn, {"operation", "list", "--db", db}).status, 0);
    QCOMPARE(as(kimReset, {"operation", "list", "--db", db}).status, 2);
    QCOMPARE(countRows(db, "SELECT must_change_password FROM users WHERE badge = '200001'"), 0);
    QCOMPARE(countRows(db,
                       "SELECT count(*) FROM audit_log WHERE action IN ('create', 'disable', 'enable', "
                       "'reset_password', 'change_password') AND entity = 'user' AND entity_id = '200001'"),
             6);
}

QTEST_GUILESS_MAIN(TestCliAccounts)
#include "tst_cli_accounts.moc"
