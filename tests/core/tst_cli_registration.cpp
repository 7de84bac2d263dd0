// homecoming-cli unregistered list|show|update (issue 13, outcome 1): an officer takes the file
// of a person found unregistered from referral to ID card; refused steps exit 2 (or 1 out of
// order) and write nothing; `stats --json` counts the registration and the card.
#include "tests/support/CliProcess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace hc::test::cli;

class TestCliRegistration : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void listShowUpdate();

private:
    QTemporaryDir m_dir;
    QString m_db;
    QString m_person;
    Run update(const QStringList& more)
    {
        return as(kOfficer, QStringList{"unregistered", "update", "--db", m_db, "--person", m_person} + more);
    }
    qint64 count(const char* sql) { return countRows(m_db, QLatin1String(sql)); }
};

void TestCliRegistration::initTestCase()
{
    m_db = m_dir.filePath("t.db");
    const QString failed = initWithFixture(m_db);
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    QCOMPARE(
        as(kAdmin, {"import-visits", "--db", m_db, "--operation", "春季行动", data("visits.csv")}).status, 3);
}

void TestCliRegistration::listShowUpdate()
{
    const Run list = as(kOfficer, {"unregistered", "list", "--db", m_db, "--json"});
    QCOMPARE(list.status, 0);
    const QJsonArray rows = QJsonDocument::fromJson(list.out).array();
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.at(0)["name"].toString(), QStringLiteral("小红"));
    QCOMPARE(rows.at(0)["stage"].toString(), QStringLiteral("found"));
    QVERIFY(rows.at(0)["stalled"].toBool()); // found in March, nothing since
    m_person = QString::number(rows.at(0)["person_id"].toInteger());

    QCOMPARE(as(kOfficer, {"unregistered", "list", "--db", m_db, "--stage", "bogus"}).status, 2);
    QCOMPARE(update({"--stage", "referred"}).status, 2);                         // no --date
    QCOMPARE(update({"--stage", "filed", "--date", "2026-03-12"}).status, 1);    // out of order
    QCOMPARE(update({"--stage", "referred", "--date", "2026-03-01"}).status, 2); // before found
    QCOMPARE(count("SELECT count(*) FROM registrations"), 0);
    QCOMPARE(update({"--stage", "referred", "--date", "2026-03-12"}).status, 0);
    QCOMPARE(
        update({"--stage", "documents", "--date", "2026-03-20", "--documents", "birth,certificate"}).status,
        0);
    QCOMPARE(update({"--stage", "filed", "--date", "2026-03-25"}).status, 0);
    Run bad = update({"--stage", "registered", "--date", "2026-04-10", "--id-number", "620102201805011234",
                      "--household", "H002"});
    QCOMPARE(bad.status, 2);
    QVERIFY2(bad.err.contains("id_number"), bad.err.constData());
    QCOMPARE(count("SELECT count(*) FROM persons WHERE registered = 0"), 1);
    const Run reg = update({"--stage", "registered", "--date", "2026-04-10", "--id-number",
                            "620102201805010025", "--household", "H002", "--json"});
    QCOMPARE(reg.status, 0);
    QCOMPARE(QJsonDocument::fromJson(reg.out).object()["id_number"].toString(),
             QStringLiteral("620102201805010025"));
    QCOMPARE(update({"--stage", "id_card", "--date", "2026-04-20"}).status, 0);

    const Run show = as(kOfficer, {"unregistered", "show", "--db", m_db, "--person", m_person, "--json"});
    QCOMPARE(show.status, 0);
    const QJsonObject file = QJsonDocument::fromJson(show.out).object();
    QCOMPARE(file["stage"].toString(), QStringLiteral("id_card"));
    QCOMPARE(file["officer"].toString(), QStringLiteral("100001"));
    QCOMPARE(file["timeline"].toArray().size(), 5);
    QCOMPARE(file["timeline"].toArray().at(1)["stage"].toString(), QStringLiteral("documents"));
    const Run text = as(kOfficer, {"unregistered", "show", "--db", m_db, "--person", m_person});
    QVERIFY2(text.out.contains("ID card issued"), text.out.constData());

    const Run st = as(kAdmin, {"stats", "--db", m_db, "--operation", "春季行动", "--json"});
    QCOMPARE(st.status, 0);
    const QJsonObject figures = QJsonDocument::fromJson(st.out).object();
    QCOMPARE(figures["unregistered_found"].toInt(), 1);
    QCOMPARE(figures["unregistered_registered"].toInt(), 1);
    QCOMPARE(figures["unregistered_id_cards"].toInt(), 1);
    const Run recount = as(kAdmin, {"stats", "--db", m_db, "--operation", "春季行动", "--json", "--recount"});
    QCOMPARE(QJsonDocument::fromJson(recount.out).object()["unregistered_id_cards"].toInt(), 1);
}

QTEST_GUILESS_MAIN(TestCliRegistration)
#include "tst_cli_registration.moc"
