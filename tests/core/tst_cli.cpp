// homecoming-cli end to end: JSON summaries, exit statuses, the stats table, Chinese labels,
// --help and --version, the CSV exports; and the one mapping from an error to an exit status.
#include "app/cli/ExitCode.h"
#include "core/auth/PasswordHasher.h"
#include "core/common/Version.h"
#include "core/imports/ImportTypes.h"
#include "tests/support/CliProcess.h"
#include "tests/support/TestDatabase.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>
#include <algorithm>

using namespace hc::test::cli;

class TestCli : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { HC_SKIP_WITHOUT_ENGINE(); }
    void importJsonAndExitStatuses();
    void missingColumnExitsTwo();
    void badArguments();
    void operationAndStats();
    void statsTableInChinese();
    void demoSmallScale();
    void casesAndFoundPersons();
    void investigatorsWork();
    void helpListsEveryCommand();
    void commandHelp();
    void version();
    void exitStatuses();
    void exitCodeMapping();
    void upgradeIsAnnounced();
    void exportsRoundTrip();
    void auditVerifyBackupAndRestore();
};

namespace {
// Every command and verb, as --help lists them.
const QStringList kCommands = {"init",
                               "users list",
                               "users add",
                               "users disable",
                               "users enable",
                               "users reset-password",
                               "passwd",
                               "import-registry",
                               "import-officers",
                               "import-visits",
                               "operation create",
                               "operation list",
                               "stats",
                               "search",
                               "demo",
                               "export-registry",
                               "export-visits",
                               "links cluster",
                               "links path",
                               "links central",
                               "links near",
                               "links add",
                               "links remove",
                               "duplicates",
                               "duplicates merge",
                               "duplicates dismiss",
                               "match",
                               "match confirm",
                               "match rule-out",
                               "bench search",
                               "bench stats",
                               "bench households",
                               "bench links",
                               "bench duplicates",
                               "bench dashboard",
                               "cases list",
                               "cases show",
                               "cases assign",
                               "actions list",
                               "actions raise",
                               "actions return",
                               "actions sign-off",
                               "unregistered list",
                               "unregistered show",
                               "unregistered update",
                               "found list",
                               "marks list",
                               "marks set",
                               "audit verify",
                               "backup",
                               "restore",
                               "report",
                               "sheets"};
} // namespace

void TestCli::importJsonAndExitStatuses()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("t.db"));
    QVERIFY(init(db));
    Run r = as(kAdmin, {QStringLiteral("import-registry"), QStringLiteral("--db"), db,
                        QStringLiteral("--json"), data("registry.csv")});
    QCOMPARE(r.status, 3);
    const QJsonObject j = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(j.value(QStringLiteral("rows")).toInt(), 15);
    QCOMPARE(j.value(QStringLiteral("imported")).toInt(), 7);
    QCOMPARE(j.value(QStringLiteral("updated")).toInt(), 0);
    QCOMPARE(j.value(QStringLiteral("unchanged")).toInt(), 0);
    QCOMPARE(j.value(QStringLiteral("rejected")).toInt(), 8);
    const QJsonArray errors = j.value(QStringLiteral("errors")).toArray();
    QCOMPARE(errors.size(), 8);
    QCOMPARE(errors.at(0).toObject().value(QStringLiteral("row")).toInt(), 7);
    QCOMPARE(errors.at(0).toObject().value(QStringLiteral("column")).toString(), QStringLiteral("name"));
    QVERIFY(!errors.at(0).toObject().value(QStringLiteral("reason")).toString().isEmpty());

    const QString good = dir.filePath(QStringLiteral("good.csv"));
    QFile f(good);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("派出所,社区,户号,住址,公民身份号码,姓名\n东岗派出所,东岗社区,H009,东岗路9号,620102198005120117,"
            "张伟\n");
    f.close();
    r = as(kAdmin, {QStringLiteral("import-registry"), QStringLiteral("--db"), db, good});
    QCOMPARE(r.status, 0);
    QVERIFY(r.out.contains("1 updated"));
}

void TestCli::missingColumnExitsTwo()
{
    QTemporaryDir dir;
    QVERIFY(init(dir.filePath(QStringLiteral("t.db"))));
    const Run r = as(kAdmin, {QStringLiteral("import-registry"), QStringLiteral("--db"),
                              dir.filePath(QStringLiteral("t.db")), QStringLiteral("--json"),
                              data("registry_missing_column.csv")});
    QCOMPARE(r.status, 2);
    const QJsonObject j = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(j.value(QStringLiteral("imported")).toInt(), 0);
    QCOMPARE(j.value(QStringLiteral("errors"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("column"))
                 .toString(),
             QStringLiteral("header"));
}

void TestCli::badArguments()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("t.db"));
    QVERIFY(init(db));
    QCOMPARE(cli({QStringLiteral("import-registry"), data("registry.csv")}).status, 2); // no --db
    QCOMPARE(cli({QStringLiteral("no-such-command")}).status, 2);
    const Run r =
        as(kAdmin, {QStringLiteral("operation"), QStringLiteral("create"), QStringLiteral("--db"), db,
                    QStringLiteral("--name"), QStringLiteral("x"), QStringLiteral("--start"),
                    QStringLiteral("2026-05-01"), QStringLiteral("--end"), QStringLiteral("2026-04-01")});
    QCOMPARE(r.status, 2);
    QVERIFY(r.err.contains("end"));
}

void TestCli::operationAndStats()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("t.db"));
    QVERIFY(init(db));
    QCOMPARE(as(kAdmin, {QStringLiteral("import-registry"), QStringLiteral("--db"), db, data("registry.csv")})
                 .status,
             3);
    QCOMPARE(as(kAdmin, {QStringLiteral("import-officers"), QStringLiteral("--db"), db, data("officers.csv")})
                 .status,
             3);
    QCOMPARE(as(kAdmin, {QStringLiteral("operation"), QStringLiteral("create"), QStringLiteral("--db"), db,
                         QStringLiteral("--name"), QStringLiteral("春季行动"), QStringLiteral("--start"),
                         QStringLiteral("2026-03-01"), QStringLiteral("--end"), QStringLiteral("2026-05-29"),
                         QStringLiteral("--stations"), QStringLiteral("东岗派出所,西湖派出所"),
                         QStringLiteral("--target-households"), QStringLiteral("4")})
                 .status,
             0);
    const Run imp = as(kAdmin, {QStringLiteral("import-visits"), QStringLiteral("--db"), db,
                                QStringLiteral("--operation"), QStringLiteral("春季行动"),
                                QStringLiteral("--json"), data("visits.csv")});
    QCOMPARE(imp.status, 3);
    QCOMPARE(QJsonDocument::fromJson(imp.out).object().value(QStringLiteral("imported")).toInt(), 10);
    const Run st =
        as(kAdmin, {QStringLiteral("stats"), QStringLiteral("--db"), db, QStringLiteral("--operation"),
                    QStringLiteral("春季行动"), QStringLiteral("--json")});
    QCOMPARE(st.status, 0);
    const QJsonObject j = QJsonDocument::fromJson(st.out).object();
    QCOMPARE(j.value(QStringLiteral("households_covered")).toInt(), 2);
    QCOMPARE(j.value(QStringLiteral("person_checks")).toInt(), 8);
    QCOMPARE(j.value(QStringLiteral("checks_by_status")).toObject().value(QStringLiteral("present")).toInt(),
             4);
    const Run table = as(kAdmin, {QStringLiteral("stats"), QStringLiteral("--db"), db,
                                  QStringLiteral("--operation"), QStringLiteral("春季行动")});
    QCOMPARE(table.status, 0);
    QVERIFY(table.out.contains("Households covered"));
    QCOMPARE(as(kAdmin, {QStringLiteral("stats"), QStringLiteral("--db"), db, QStringLiteral("--operation"),
                         QStringLiteral("无此行动")})
                 .status,
             1);
}

void TestCli::statsTableInChinese()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("t.db"));
    QVERIFY(init(db));
    QCOMPARE(as(kAdmin, {QStringLiteral("operation"), QStringLiteral("create"), QStringLiteral("--db"), db,
                         QStringLiteral("--name"), QStringLiteral("x"), QStringLiteral("--start"),
                         QStringLiteral("2026-03-01"), QStringLiteral("--end"), QStringLiteral("2026-05-29")})
                 .status,
             0);
    const Run r = as(kAdmin,
                     {QStringLiteral("stats"), QStringLiteral("--db"), db, QStringLiteral("--operation"),
                      QStringLiteral("x")},
                     QStringLiteral("zh_CN.UTF-8"));
    QCOMPARE(r.status, 0);
    const QString out = QString::fromUtf8(r.out);
    QVERIFY2(out.contains(QStringLiteral("已覆盖户数")), qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("下落不明")), qPrintable(out));
}

void TestCli::demoSmallScale()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("demo.db"));
    const Run r = cli({QStringLiteral("demo"), QStringLiteral("--db"), db, QStringLiteral("--scale"),
                       QStringLiteral("0.01"), QStringLiteral("--json")});
    QCOMPARE(r.status, 0);
    const QJsonObject j = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(j.value(QStringLiteral("stations")).toInt(), 60);
    const QString op = j.value(QStringLiteral("operation")).toString();
    const Run st = as(kDemoAdmin, {QStringLiteral("stats"), QStringLiteral("--db"), db,
                                   QStringLiteral("--operation"), op, QStringLiteral("--json")});
    QCOMPARE(st.status, 0);
    const Run rc =
        as(kDemoAdmin, {QStringLiteral("stats"), QStringLiteral("--db"), db, QStringLiteral("--operation"),
                        op, QStringLiteral("--json"), QStringLiteral("--recount")});
    QCOMPARE(QJsonDocument::fromJson(st.out).object(), QJsonDocument::fromJson(rc.out).object());
    QVERIFY(QJsonDocument::fromJson(st.out).object().value(QStringLiteral("households_covered")).toInt() > 0);
    // Link analysis over the demo's links: valid JSON; a malformed entity is a bad argument.
    const Run clusters = as(kDemoAdmin, {QStringLiteral("links"), QStringLiteral("cluster"),
                                         QStringLiteral("--db"), db, QStringLiteral("--json")});
    QCOMPARE(clusters.status, 0);
    QVERIFY(QJsonDocument::fromJson(clusters.out).object().contains(QStringLiteral("clusters")));
    QCOMPARE(as(kDemoAdmin, {QStringLiteral("links"), QStringLiteral("path"), QStringLiteral("--db"), db,
                             QStringLiteral("--from"), QStringLiteral("nonsense"), QStringLiteral("--to"),
                             QStringLiteral("case:1")})
                 .status,
             2);
    // Printed door-to-door sheets of the demo's first area: one PDF page per household.
    const QString pdf = dir.filePath(QStringLiteral("sheets.pdf"));
    const Run sheets =
        as(kDemoAdmin, {QStringLiteral("sheets"), QStringLiteral("--db"), db, QStringLiteral("--operation"),
                        op, QStringLiteral("--area"), QStringLiteral("1"), QStringLiteral("--pdf"), pdf,
                        QStringLiteral("--json")});
    QVERIFY2(sheets.status == 0, sheets.err.constData());
    const int households =
        QJsonDocument::fromJson(sheets.out).object().value(QStringLiteral("households")).toInt();
    QCOMPARE(households, countRows(db, QStringLiteral("SELECT count(*) FROM households WHERE area_id = 1")));
    QVERIFY(QFileInfo(pdf).size() > 1000);
    const Run noArea = as(kDemoAdmin, {QStringLiteral("sheets"), QStringLiteral("--db"), db,
                                       QStringLiteral("--operation"), op, QStringLiteral("--area"),
                                       QStringLiteral("没有这个社区"), QStringLiteral("--pdf"), pdf});
    QCOMPARE(noArea.status, 1);
    QVERIFY2(noArea.err.contains("没有这个社区"), noArea.err.constData());
    QCOMPARE(as(kDemoAdmin,
                {QStringLiteral("sheets"), QStringLiteral("--db"), db, QStringLiteral("--operation"), op})
                 .status,
             2);
    // A second demo into the same file is refused.
    QCOMPARE(cli({QStringLiteral("demo"), QStringLiteral("--db"), db, QStringLiteral("--scale"),
                  QStringLiteral("0.01")})
                 .status,
             1);
}

void TestCli::casesAndFoundPersons()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("demo.db"));
    QCOMPARE(cli({"demo", "--db", db, "--scale", "0.02"}).status, 0);
    qint64 cases = 0, found = 0, identified = 0;
    {
        auto open = hc::Database::open(db, hc::Database::Mode::OpenExisting);
        QVERIFY(open.ok());
        QSqlQuery q((*open)->sql());
        QVERIFY(q.exec("SELECT (SELECT count(*) FROM cases), (SELECT count(*) FROM found_persons), "
                       "(SELECT count(*) FROM found_persons WHERE status = 'identified')") &&
                q.next());
        cases = q.value(0).toLongLong();
        found = q.value(1).toLongLong();
        identified = q.value(2).toLongLong();
    }
    QVERIFY(cases > 10 && found > 0);
    const Run all = as(kDemoAdmin, {"cases", "list", "--db", db, "--json"});
    QCOMPARE(all.status, 0);
    const QJsonArray rows = QJsonDocument::fromJson(all.out).array();
    QCOMPARE(rows.size(), cases);
    const Run overdue = as(kDemoAdmin, {"cases", "list", "--db", db, "--overdue", "--json"});
    QCOMPARE(overdue.status, 0);
    for (const QJsonValue& v : QJsonDocument::fromJson(overdue.out).array())
        QVERIFY(v.toObject().value("overdue").toBool());
    const Run alive = as(kDemoAdmin, {"cases", "list", "--db", db, "--status", "found_alive", "--json"});
    const QJsonArray aliveRows = QJsonDocument::fromJson(alive.out).array();
    QVERIFY(!aliveRows.isEmpty());
    for (const QJsonValue& v : aliveRows)
        QCOMPARE(v.toObject().value("status").toString(), "found_alive");
    const QString station = rows.first().toObject().value("station").toString();
    const Run atStation = as(kDemoAdmin, {"cases", "list", "--db", db, "--station", station, "--json"});
    for (const QJsonValue& v : QJsonDocument::fromJson(atStation.out).array())
        QCOMPARE(v.toObject().value("station").toString(), station);
    QCOMPARE(as(kDemoAdmin, {"cases", "list", "--db", db, "--station", "没有这个派出所"}).status, 2);
    QCOMPARE(as(kDemoAdmin, {"cases", "list", "--db", db, "--status", "lost"}).status, 2);

    const QString caseNo = rows.first().toObject().value("case_no").toString();
    const Run show = as(kDemoAdmin, {"cases", "show", caseNo, "--db", db, "--json"});
    QCOMPARE(show.status, 0);
    const QJsonObject file = QJsonDocument::fromJson(show.out).object();
    QCOMPARE(file.value("case_no").toString(), caseNo);
    QVERIFY(!file.value("subject_name").toString().isEmpty());
    QVERIFY(!file.value("leads").toArray().isEmpty());
    QVERIFY(as(kDemoAdmin, {"cases", "show", caseNo, "--db", db}).out.contains(caseNo.toUtf8()));
    QCOMPARE(as(kDemoAdmin, {"cases", "show", "SZ1999-00001", "--db", db}).status, 1);

    const Run list = as(kDemoAdmin, {"found", "list", "--db", db, "--json"});
    QCOMPARE(list.status, 0);
    QCOMPARE(QJsonDocument::fromJson(list.out).array().size(), found);
    const QJsonArray ids =
        QJsonDocument::fromJson(
            as(kDemoAdmin, {"found", "list", "--db", db, "--status", "identified", "--json"}).out)
            .array();
    QCOMPARE(ids.size(), identified);
    for (const QJsonValue& v : ids)
        QVERIFY(v.toObject().value("matched_case").toString().startsWith("SZ2026-"));
}

// Issue 14 on a demo database: the officer in charge, an action through its states, a pair
// ruled out and a match confirmed, with their exit statuses.
void TestCli::investigatorsWork()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("demo.db"));
    QCOMPARE(cli({"demo", "--db", db, "--scale", "0.02"}).status, 0);
    QString caseNo, investigator, officer, found, unregistered;
    {
        auto open = hc::Database::open(db, hc::Database::Mode::OpenExisting);
        QVERIFY(open.ok());
        QSqlQuery q((*open)->sql());
        QVERIFY(
            q.exec("SELECT (SELECT case_no FROM cases WHERE status IN ('open', 'investigating') ORDER BY id "
                   "LIMIT 1), (SELECT badge FROM users WHERE role = 'investigator' AND active = 1 LIMIT 1), "
                   "(SELECT badge FROM users WHERE role = 'officer' AND active = 1 LIMIT 1), "
                   "'WM2026-90001'") &&
            q.next());
        caseNo = q.value(0).toString();
        investigator = q.value(1).toString();
        officer = q.value(2).toString();
        found = q.value(3).toString();
        // A person found living unregistered in the sweep (the demo has some).
        QVERIFY(q.exec("SELECT min(person_id) FROM screenings WHERE status = 'unregistered_found'") &&
                q.next());
        unregistered = q.value(0).toString();
        // A person found in a shelter, not identified yet (the small demo may have none open).
        QVERIFY(q.exec(
            "INSERT INTO found_persons(uuid, record_no, circumstance, sex, place_found, found_date, "
            "created_at) VALUES ('c14-found', 'WM2026-90001', 'shelter', NULL, '救助站', '2026-04-01', "
            "'2026-04-01T00:00:00')"));
    }
    QVERIFY(!caseNo.isEmpty() && !investigator.isEmpty() && !officer.isEmpty() && !found.isEmpty());

    // The officer in charge.
    QCOMPARE(as(kDemoAdmin, {"cases", "assign", "--db", db, "--case", caseNo}).status, 2);
    QCOMPARE(as(kDemoAdmin, {"cases", "assign", "--db", db, "--case", caseNo, "--officer", officer}).status,
             2);
    const Run assign = as(
        kDemoAdmin, {"cases", "assign", "--db", db, "--case", caseNo, "--officer", investigator, "--json"});
    QCOMPARE(assign.status, 0);
    QCOMPARE(QJsonDocument::fromJson(assign.out).object().value("officer_in_charge").toString(),
             investigator);
    const QJsonArray mine =
        QJsonDocument::fromJson(
            as(kDemoAdmin, {"cases", "list", "--db", db, "--officer", investigator, "--json"}).out)
            .array();
    QVERIFY(!mine.isEmpty());
    bool listed = false;
    for (const QJsonValue& v : mine)
        listed = listed || v.toObject().value("case_no").toString() == caseNo;
    QVERIFY(listed);
    QCOMPARE(as(kDemoAdmin, {"cases", "list", "--db", db, "--officer", "nobody"}).status, 2);

    // An action: raised, returned, sent back, returned, signed off.
    const QString due = QDate::currentDate().addDays(3).toString(Qt::ISODate);
    QCOMPARE(as(kDemoAdmin, {"actions", "raise", "--db", db, "--case", caseNo, "--officer", officer}).status,
             2);
    QCOMPARE(as(kDemoAdmin, {"actions", "raise", "--db", db, "--case", caseNo, "--officer", officer, "--due",
                             "soon", "--what", "x"})
                 .status,
             2);
    const Run raised = as(kDemoAdmin, {"actions", "raise", "--db", db, "--case", caseNo, "--officer", officer,
                                       "--due", due, "--what", "走访邻居", "--priority", "high", "--json"});
    QCOMPARE(raised.status, 0);
    const QJsonObject action = QJsonDocument::fromJson(raised.out).object();
    QCOMPARE(action.value("status").toString(), "allocated");
    QCOMPARE(action.value("allocated_to").toString(), officer);
    const QString number = action.value("number").toString();
    QVERIFY(number.startsWith('A'));
    QCOMPARE(as(kDemoAdmin, {"actions", "sign-off", "--db", db, "--action", number}).status,
             1); // not returned yet
    QCOMPARE(as(Who{officer, "demo"},
                {"actions", "return", "--db", db, "--action", number, "--result", "邻居说见过"})
                 .status,
             0);
    QCOMPARE(
        as(kDemoAdmin, {"actions", "sign-off", "--db", db, "--action", number, "--send-back", "问清时间"})
            .status,
        0);
    QCOMPARE(as(Who{officer, "demo"},
                {"actions", "return", "--db", db, "--action", number, "--result", "上午十点"})
                 .status,
             0);
    const Run signedOff = as(kDemoAdmin, {"actions", "sign-off", "--db", db, "--action", number, "--json"});
    QCOMPARE(signedOff.status, 0);
    QCOMPARE(QJsonDocument::fromJson(signedOff.out).object().value("status").toString(), "signed_off");
    QCOMPARE(
        as(Who{officer, "demo"}, {"actions", "return", "--db", db, "--action", "A999999", "--result", "x"})
            .status,
        1);
    const QJsonArray listedActions =
        QJsonDocument::fromJson(
            as(kDemoAdmin, {"actions", "list", "--db", db, "--case", caseNo, "--json"}).out)
            .array();
    // The demo city's own actions on the case are listed beside it.
    const auto raisedHere =
        std::find_if(listedActions.begin(), listedActions.end(),
                     [&](const QJsonValue& v) { return v.toObject().value("number").toString() == number; });
    QVERIFY(raisedHere != listedActions.end());
    QCOMPARE(raisedHere->toObject().value("result").toString(), "上午十点");
    QCOMPARE(as(kDemoAdmin, {"actions", "list", "--db", db, "--status", "done"}).status, 2);
    QVERIFY(
        as(kDemoAdmin, {"actions", "list", "--db", db, "--officer", officer}).out.contains(number.toUtf8()));
    QVERIFY(as(kDemoAdmin, {"cases", "show", caseNo, "--db", db, "--json"}).status == 0);

    // Missing vs found: rule out (a reason is needed), then confirm another pair.
    QCOMPARE(as(kDemoAdmin, {"match", "rule-out", "--db", db, "--case", caseNo, "--found", found}).status, 2);
    QCOMPARE(as(kDemoAdmin,
                {"match", "rule-out", "--db", db, "--case", caseNo, "--found", found, "--reason", "身高不符"})
                 .status,
             0);
    const QJsonArray ranked =
        QJsonDocument::fromJson(
            as(kDemoAdmin, {"match", "--db", db, "--case", caseNo, "--limit", "500", "--json"}).out)
            .object()
            .value("candidates")
            .toArray();
    for (const QJsonValue& v : ranked)
        QVERIFY(v.toObject().value("number").toString() != found);
    // A person found living unregistered is ruled out by --person (issue 14, outcome 3).
    QVERIFY(!unregistered.isEmpty());
    const QStringList byPerson{"match", "rule-out", "--db", db, "--case", caseNo, "--reason", "年龄不符"};
    QCOMPARE(as(kDemoAdmin, byPerson + QStringList{"--person", "x"}).status, 2);
    QCOMPARE(as(kDemoAdmin, byPerson + QStringList{"--person", unregistered, "--found", found}).status, 2);
    QCOMPARE(as(kDemoAdmin, byPerson + QStringList{"--person", "99999999"}).status, 1);
    const Run personOut = as(kDemoAdmin, byPerson + QStringList{"--person", unregistered, "--json"});
    QCOMPARE(personOut.status, 0);
    QCOMPARE(QJsonDocument::fromJson(personOut.out).object().value("person_id").toInteger(),
             unregistered.toLongLong());
    QCOMPARE(as(kDemoAdmin, byPerson + QStringList{"--person", unregistered}).status, 1); // already
    const QJsonObject rankedAfter =
        QJsonDocument::fromJson(as(kDemoAdmin, {"match", "--db", db, "--case", caseNo, "--json"}).out)
            .object();
    QCOMPARE(rankedAfter.value("ruled_out").toInt(), 2);
    for (const QJsonValue& v : rankedAfter.value("candidates").toArray())
        QVERIFY(v.toObject().value("kind").toString() != "unregistered_person" ||
                v.toObject().value("id").toInteger() != unregistered.toLongLong());
    const Run confirmed =
        as(kDemoAdmin, {"match", "confirm", "--db", db, "--case", caseNo, "--found", found, "--json"});
    QCOMPARE(confirmed.status, 0);
    QCOMPARE(QJsonDocument::fromJson(confirmed.out).object().value("outcome").toString(), "found_alive");
    QCOMPARE(as(kDemoAdmin, {"match", "confirm", "--db", db, "--case", caseNo, "--found", found}).status,
             1); // closed now
    const Run record = as(kDemoAdmin, {"found", "list", "--db", db, "--status", "identified", "--json"});
    bool identified = false;
    for (const QJsonValue& v : QJsonDocument::fromJson(record.out).array())
        identified = identified || v.toObject().value("record_no").toString() == found;
    QVERIFY(identified);
}

void TestCli::helpListsEveryCommand()
{
    const Run help = cli({"--help"});
    QCOMPARE(help.status, 0);
    const QString text = QString::fromUtf8(help.out);
    for (const QString& c : kCommands)
        QVERIFY2(text.contains("\n  " + c + " --db") || text.contains("\n  " + c + " E1") ||
                     text.contains("\n  " + c + " BADGE") || text.contains("\n  " + c + " ID") ||
                     text.contains("\n  " + c + " CASE_NO"),
                 qPrintable(c));
    QVERIFY(text.contains("Exit status"));
    QCOMPARE(cli({"help"}).out, help.out);
    QCOMPARE(cli({"-h"}).out, help.out);
    // Without a command: the same list on stderr, and a refusal.
    const Run none = cli({});
    QCOMPARE(none.status, 2);
    QCOMPARE(none.err, help.out);
    // `help COMMAND` is that command's help.
    const Run stats = cli({"help", "stats"});
    QCOMPARE(stats.status, 0);
    QVERIFY(stats.out.startsWith("Usage: homecoming-cli stats --db F"));
}

void TestCli::commandHelp()
{
    for (const QString& c : kCommands) {
        const Run r = cli(c.split(' ') + QStringList{"--help"});
        QCOMPARE(r.status, 0);
        QVERIFY2(r.out.startsWith("Usage: homecoming-cli " + c.toUtf8() + ' '), r.out.constData());
        QVERIFY2(r.out.contains("  -h, --help"), qPrintable(c));
        QVERIFY2(c == "report" || c.startsWith("bench") || c.startsWith("export") || r.out.contains("--json"),
                 qPrintable(c));
    }
    QVERIFY(cli({"cases", "list", "--help"}).out.contains("--overdue"));
    QVERIFY(cli({"links", "add", "--help"}).out.contains("--confidence <c>"));
    QVERIFY(cli({"search", "--help"}).out.contains("(default: 50)"));
    // A group without a verb: its verbs, on stdout with --help, else on stderr with a refusal.
    const Run cases = cli({"cases", "--help"});
    QCOMPARE(cases.status, 0);
    QVERIFY(cases.out.contains("homecoming-cli cases list") &&
            cases.out.contains("homecoming-cli cases show"));
    const Run bare = cli({"links"});
    QCOMPARE(bare.status, 2);
    QVERIFY(bare.err.contains("homecoming-cli links cluster") &&
            bare.err.contains("homecoming-cli links remove"));
    QCOMPARE(cli({"links", "frob", "--db", "x.db"}).status, 2);
}

void TestCli::version()
{
    const Run r = cli({"--version"});
    QCOMPARE(r.status, 0);
    QCOMPARE(QString::fromUtf8(r.out), "homecoming-cli " + hc::applicationVersion() + '\n');
    QVERIFY(QRegularExpression("^\\d+\\.\\d+\\.\\d+$").match(hc::applicationVersion()).hasMatch());
}

void TestCli::exitStatuses()
{
    QTemporaryDir dir;
    const QString db = dir.filePath("t.db");
    QVERIFY(init(db));
    const QString missing = dir.filePath("missing.db");
    QCOMPARE(as(kAdmin, {"operation", "create", "--db", db, "--name", "x", "--start", "2026-03-01", "--end",
                         "2026-05-29"})
                 .status,
             0);
    // Bad arguments: an unknown option, a missing value, a missing or extra unnamed argument.
    QCOMPARE(as(kAdmin, {"stats", "--db", db, "--operation", "x", "--no-such-option"}).status, 2);
    QCOMPARE(as(kAdmin, {"stats", "--db", db, "--operation"}).status, 2);
    QCOMPARE(as(kAdmin, {"stats", "--db", db, "--operation", "x", "extra"}).status, 2);
    QCOMPARE(as(kAdmin, {"cases", "show", "--db", db}).status, 2);
    QCOMPARE(as(kAdmin, {"export-registry", "--db", db, "--json", dir.filePath("r.csv")}).status, 2);
    const Run unknown = cli({"no-such-command"});
    QCOMPARE(unknown.status, 2);
    QVERIFY(unknown.err.contains("Unknown command: no-such-command"));
    // A --db file that cannot be opened, for a command that reads: refused, and not created.
    const Run noFile = as(kAdmin, {"cases", "list", "--db", missing});
    QCOMPARE(noFile.status, 2);
    QVERIFY(noFile.err.contains("does not exist"));
    QVERIFY(!QFileInfo::exists(missing));
    QCOMPARE(cli({"demo", "--db", missing, "--scale", "0"}).status, 2);
    QVERIFY(!QFileInfo::exists(missing));
    // Refused by core (invalid input): 2, the error's field first.
    const Run self = as(kAdmin, {"duplicates", "merge", "--db", db, "--keep", "1", "--drop", "1"});
    QCOMPARE(self.status, 2);
    QVERIFY(self.err.startsWith("drop:"));
    QCOMPARE(as(kAdmin, {"operation", "create", "--db", db, "--name", "y", "--start", "2026-05-01", "--end",
                         "2026-04-01"})
                 .status,
             2);
    // Ran and failed: not found, conflict.
    QCOMPARE(as(kAdmin, {"stats", "--db", db, "--operation", "nope"}).status, 1);
    QCOMPARE(as(kAdmin, {"duplicates", "merge", "--db", db, "--keep", "1", "--drop", "2"}).status, 1);
    QCOMPARE(as(kAdmin, {"operation", "create", "--db", db, "--name", "x", "--start", "2026-03-01", "--end",
                         "2026-05-29"})
                 .status,
             1);
    QCOMPARE(
        as(kAdmin, {"export-visits", "--db", db, "--operation", "x", dir.filePath("no/such/dir.csv")}).status,
        1);
}

void TestCli::exitCodeMapping()
{
    using hc::Error;
    using namespace hc::cli;
    QCOMPARE(exitCodeFor(Error::Kind::Invalid), kRefused);
    QCOMPARE(exitCodeFor(Error::Kind::Denied), kRefused);
    QCOMPARE(exitCodeFor(Error::Kind::NotFound), kFailed);
    QCOMPARE(exitCodeFor(Error::Kind::Conflict), kFailed);
    QCOMPARE(exitCodeFor(Error::Kind::Storage), kFailed);
    QCOMPARE(exitCodeFor(Error::Kind::Io), kFailed);
    QCOMPARE(exitCodeFor(Error::Kind::Cancelled), kFailed);
    QCOMPARE(kDone, 0);
    QCOMPARE(kFailed, 1);
    QCOMPARE(kRefused, 2);
    QCOMPARE(kSomeRejected, 3);
    hc::ImportReport r;
    QCOMPARE(exitCodeFor(r), kDone);
    r.rejected = 2;
    QCOMPARE(exitCodeFor(r), kSomeRejected);
    // An import that saved nothing is refused, whatever the reason (unreadable file included).
    r.fatal = Error{{}, "x", Error::Kind::Io};
    QCOMPARE(exitCodeFor(r), kRefused);
}

void TestCli::upgradeIsAnnounced()
{
    QTemporaryDir dir;
    const QString db = dir.filePath("old.db");
    const QStringList all = hc::Database::builtinMigrations();
    QVERIFY(all.size() >= 2);
    {
        // An administrator, as an older version's officers import made them.
        auto old = hc::Database::open(db, hc::Database::Mode::CreateIfMissing, all.mid(0, all.size() - 1));
        QVERIFY(old.ok());
        QSqlQuery q((*old)->sql());
        QVERIFY(q.prepare("INSERT INTO users(badge, name, role, password_hash, created_at) "
                          "VALUES (?, 'x', 'admin', ?, '2026-01-01')"));
        q.addBindValue(kAdmin.badge);
        q.addBindValue(hc::PasswordHasher::hash(kAdmin.password));
        QVERIFY(q.exec());
    }
    const Run r = as(kAdmin, {"operation", "list", "--db", db, "--json"});
    QCOMPARE(r.status, 0);
    QVERIFY2(r.err.contains(QStringLiteral("Upgrading the database from schema %1 to schema %2")
                                .arg(all.size() - 1)
                                .arg(all.size())
                                .toUtf8()),
             r.err.constData());
    QCOMPARE(QJsonDocument::fromJson(r.out).array().size(), 0);
    // Up to date: nothing said.
    QVERIFY(as(kAdmin, {"operation", "list", "--db", db}).err.isEmpty());
}

void TestCli::exportsRoundTrip()
{
    QTemporaryDir dir;
    const QString db = dir.filePath("t.db");
    QVERIFY(init(db));
    QCOMPARE(as(kAdmin, {"import-registry", "--db", db, data("registry.csv")}).status, 3);
    QCOMPARE(as(kAdmin, {"import-officers", "--db", db, data("officers.csv")}).status, 3);
    QCOMPARE(as(kAdmin, {"operation", "create", "--db", db, "--name", "春季行动", "--start", "2026-03-01",
                         "--end", "2026-05-29"})
                 .status,
             0);
    QCOMPARE(as(kAdmin, {"import-visits", "--db", db, "--operation", "春季行动", data("visits.csv")}).status,
             3);
    const QString registry = dir.filePath("registry.csv"), visits = dir.filePath("visits.csv");
    const Run reg = as(kAdmin, {"export-registry", "--db", db, registry});
    QCOMPARE(reg.status, 0);
    QFile f(registry);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray text = f.readAll();
    QVERIFY(text.startsWith(
        "station,area,household_no,address,id_number,name,sex,birth_date,phone,relation\r\n"));
    const qint64 people = text.count("\r\n") - 1; // addresses may hold a line break
    QVERIFY(people >= 7);
    // "%n row(s) written": "rows" from the English plural forms ("row(s)" before they are filled).
    const auto rowsWritten = [](const QByteArray& out, qint64 rows) {
        return QRegularExpression(QStringLiteral("^%1 row(s|\\(s\\)) written to ").arg(rows))
            .match(QString::fromUtf8(out))
            .hasMatch();
    };
    QVERIFY2(rowsWritten(reg.out, people), reg.out.constData());
    const Run vis = as(kAdmin, {"export-visits", "--db", db, "--operation", "春季行动", visits});
    QCOMPARE(vis.status, 0);
    QFile v(visits);
    QVERIFY(v.open(QIODevice::ReadOnly));
    const QByteArray sheets = v.readAll();
    QVERIFY(sheets.startsWith(
        "household_no,visited_at,badge,outcome,id_number,name,status,whereabouts,verified_by,notes\r\n"));
    QVERIFY(sheets.count("\r\n") > 10);
    QVERIFY2(rowsWritten(vis.out, sheets.count("\r\n") - 1), vis.out.constData());
    // What was exported loads into a new database without a rejection.
    QVERIFY(init(dir.filePath("copy.db")));
    const Run again = as(kAdmin, {"import-registry", "--db", dir.filePath("copy.db"), "--json", registry});
    QCOMPARE(again.status, 0);
    QCOMPARE(QJsonDocument::fromJson(again.out).object().value("imported").toInt(), people);
}

void TestCli::auditVerifyBackupAndRestore()
{
    QTemporaryDir dir;
    const QString db = dir.filePath("t.db");
    QVERIFY(init(db));
    QCOMPARE(as(kAdmin, {"operation", "create", "--db", db, "--name", "x", "--start", "2026-03-01", "--end",
                         "2026-05-29"})
                 .status,
             0);
    Run v = as(kAdmin, {"audit", "verify", "--db", db, "--json"});
    QCOMPARE(v.status, 0);
    QJsonObject j = QJsonDocument::fromJson(v.out).object();
    QCOMPARE(j.value("intact").toBool(), true);
    // init's account, then each command's sign-in and the operation.
    QCOMPARE(j.value("records").toInt(), countRows(db, "SELECT count(*) FROM audit_log"));
    QCOMPARE(countRows(db, "SELECT count(*) FROM audit_log WHERE action = 'sign_in' AND actor = 'A0001'"), 2);
    QCOMPARE(j.value("head_hash").toString().size(), 64);

    const QString copy = dir.filePath("copy.db");
    QCOMPARE(as(kAdmin, {"backup", "--db", db, copy}).status, 0);
    QCOMPARE(as(kAdmin, {"backup", copy}).status, 2); // no --db
    QCOMPARE(as(kAdmin, {"operation", "create", "--db", db, "--name", "y", "--start", "2026-06-01", "--end",
                         "2026-06-30"})
                 .status,
             0);
    QCOMPARE(as(kAdmin, {"restore", "--db", db, copy}).status, 0);
    const Run list = as(kAdmin, {"operation", "list", "--db", db, "--json"});
    QCOMPARE(QJsonDocument::fromJson(list.out).array().size(), 1);
    QCOMPARE(as(kAdmin, {"restore", "--db", db, dir.filePath("none.db")}).status, 1);

    // A record changed behind the program's back: exit 1, naming it.
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase("QSQLITE", "raw");
        raw.setDatabaseName(db);
        QVERIFY(raw.open());
        QSqlQuery q(raw);
        QVERIFY(q.exec("DROP TRIGGER audit_log_append_only_update"));
        QVERIFY(q.exec("UPDATE audit_log SET actor = 'someone' WHERE id = 1"));
        raw.close();
    }
    QSqlDatabase::removeDatabase("raw");
    v = as(kAdmin, {"audit", "verify", "--db", db});
    QCOMPARE(v.status, 1);
    QVERIFY2(v.err.contains("record 1"), v.err.constData());
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
