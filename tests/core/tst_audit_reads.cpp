// Audited reads (issue 12, outcome 2): searches with their text, household, visit and case
// views, exports with what and how many rows, and refusals are written to the audit log by
// the services; the administrator's viewer query (AuditStore::find through AuditLog::records)
// filters by user, action and days, pages back by id, and is refused to everyone else.
#include "core/audit/AuditLog.h"
#include "core/auth/UserService.h"
#include "core/cases/CaseService.h"
#include "core/common/Clock.h"
#include "core/exports/ExportService.h"
#include "core/households/HouseholdService.h"
#include "core/search/SearchService.h"
#include "core/storage/Database.h"
#include "core/visits/FollowUpService.h"
#include "core/visits/VisitService.h"
#include "tests/support/Fixture.h"
#include "tests/support/TestDatabase.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTest>

using namespace hc;

// QVERIFY2 builds its message even when the check passes: no error() of a good result.
#define VERIFY_OK(r) QVERIFY2((r).ok(), (r).ok() ? "" : qPrintable((r).error().text()))
using hc::test::TestDatabase;

class TestAuditReads : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { HC_SKIP_WITHOUT_ENGINE(); }
    void init();
    void cleanup() { Clock::setInstance(nullptr); }
    void searchesAreAudited();
    void viewsAreAudited();
    void exportsAreAudited();
    void refusalsAreAudited();
    void viewerFilters();
    void viewerIsForAdministrators();

private:
    Actor actor(const char* badge) { return UserService(m_t->db()).find(QLatin1String(badge))->actor(); }
    // The newest audit record: action, entity, entity id and its `after` JSON.
    struct Last
    {
        QString actor, action, entity, entityId;
        QJsonObject after;
    };
    Last last()
    {
        QSqlQuery q(m_t->db().sql());
        q.exec(QStringLiteral("SELECT actor, action, entity, coalesce(entity_id, ''), coalesce(after, '{}') "
                              "FROM audit_log ORDER BY id DESC LIMIT 1"));
        q.next();
        return {q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                QJsonDocument::fromJson(q.value(4).toString().toUtf8()).object()};
    }
    qint64 records() { return m_t->count(QStringLiteral("audit_log")); }
    qint64 id(const QString& sql) { return m_t->scalar(sql).toLongLong(); }

    std::unique_ptr<TestDatabase> m_t;
    qint64 m_op = 0;
};

void TestAuditReads::init()
{
    Clock::setInstance(std::make_unique<FixedClock>(QDateTime(QDate(2026, 4, 3), QTime(12, 0))));
    m_t = std::make_unique<TestDatabase>();
    m_op = test::loadFixture(*m_t);
}

void TestAuditReads::searchesAreAudited()
{
    const qint64 before = records();
    const auto hits = SearchService(m_t->db(), actor("100001")).search(QStringLiteral("  张伟 "));
    QCOMPARE(hits->size(), 1);
    QCOMPARE(records(), before + 1);
    Last l = last();
    QCOMPARE(l.actor, QStringLiteral("100001"));
    QCOMPARE(l.action, QStringLiteral("search"));
    QCOMPARE(l.after.value("query").toString(), QStringLiteral("张伟")); // as searched
    QCOMPARE(l.after.value("hits").toInt(), 1);
    // A too short query is no search: nothing to audit.
    QVERIFY(!SearchService(m_t->db(), actor("100001")).search(QStringLiteral("张")).ok());
    QCOMPARE(records(), before + 1);
    // The exact ID number lookup of visit entry too.
    QVERIFY(
        VisitService(m_t->db(), actor("100001")).findRegistered(QStringLiteral("620104197506300667")).ok());
    l = last();
    QCOMPARE(l.action, QStringLiteral("search"));
    QCOMPARE(l.after.value("id_number").toString(), QStringLiteral("620104197506300667"));
}

void TestAuditReads::viewsAreAudited()
{
    const qint64 h001 = id(QStringLiteral("SELECT id FROM households WHERE household_no = 'H001'"));
    QVERIFY(HouseholdService(m_t->db(), actor("100001")).detail(h001, m_op).ok());
    Last l = last();
    QCOMPARE(l.action, QStringLiteral("view"));
    QCOMPARE(l.entity, QStringLiteral("household"));
    QCOMPARE(l.entityId, QString::number(h001));
    QCOMPARE(l.after.value("household_no").toString(), QStringLiteral("H001"));

    const qint64 visit = id(QStringLiteral("SELECT min(id) FROM visits WHERE household_id = %1").arg(h001));
    QVERIFY(VisitService(m_t->db(), actor("100001")).load(visit).ok());
    l = last();
    QCOMPARE(l.action, QStringLiteral("view"));
    QCOMPARE(l.entity, QStringLiteral("visit"));
    QCOMPARE(l.entityId, QString::number(visit));

    const qint64 screening =
        id(QStringLiteral("SELECT s.id FROM screenings s JOIN persons p ON p.id = s.person_id "
                          "WHERE p.name = '张小明' AND s.status = 'whereabouts_unknown'"));
    const auto caseNo = CaseService(m_t->db(), actor("100001")).openFromScreening(screening);
    VERIFY_OK(caseNo);
    const qint64 caseId = *CaseService(m_t->db(), actor("100003")).findByNumber(*caseNo);
    const qint64 before = records();
    QVERIFY(CaseService(m_t->db(), actor("100003")).load(caseId).ok());
    QCOMPARE(records(), before + 1);
    l = last();
    QCOMPARE(l.actor, QStringLiteral("100003"));
    QCOMPARE(l.entity, QStringLiteral("case"));
    QCOMPARE(l.after.value("case_no").toString(), *caseNo);
    // A write that reads the file first records the write only.
    LeadDraft lead{
        QDateTime(QDate(2026, 4, 2), QTime(9, 0)), QStringLiteral("tip"), QStringLiteral("线索"), {}};
    QVERIFY(CaseService(m_t->db(), actor("100003")).addLead(caseId, lead).ok());
    QCOMPARE(records(), before + 2);
    QCOMPARE(last().action, QStringLiteral("add_lead"));
}

void TestAuditReads::exportsAreAudited()
{
    const QString registry = m_t->dir() + QStringLiteral("/registry.csv");
    const auto rows = ExportService(m_t->db(), actor("100002")).exportRegistry(registry);
    QVERIFY(rows.ok());
    Last l = last();
    QCOMPARE(l.actor, QStringLiteral("100002"));
    QCOMPARE(l.action, QStringLiteral("export"));
    QCOMPARE(l.entity, QStringLiteral("registry"));
    QCOMPARE(l.after.value("rows").toInteger(), *rows);
    QCOMPARE(l.after.value("path").toString(), registry);

    const auto list = ExportService(m_t->db(), actor("100001"))
                          .exportList(QStringLiteral("hc::CasesPage"), m_t->dir() + QStringLiteral("/l.csv"),
                                      {"a", "b"}, {{"1", "2"}, {"3", "4"}, {"5", "6"}});
    QCOMPARE(*list, 3);
    l = last();
    QCOMPARE(l.entity, QStringLiteral("hc::CasesPage"));
    QCOMPARE(l.after.value("rows").toInt(), 3);

    QCOMPARE(*FollowUpService(m_t->db(), actor("100001"))
                  .exportUnregisteredCsv(m_op, 0, m_t->dir() + QStringLiteral("/u.csv")),
             1);
    l = last();
    QCOMPARE(l.entity, QStringLiteral("unregistered"));
    QCOMPARE(l.after.value("rows").toInt(), 1);

    // A failed export is not recorded as one.
    const qint64 before = records();
    QVERIFY(
        !ExportService(m_t->db(), actor("100001"))
             .exportList(QStringLiteral("list"), m_t->dir() + QStringLiteral("/no/such/dir.csv"), {"a"}, {})
             .ok());
    QCOMPARE(records(), before);
}

void TestAuditReads::refusalsAreAudited()
{
    const qint64 h003 = id(QStringLiteral("SELECT id FROM households WHERE household_no = 'H003'"));
    const qint64 before = records();
    const auto d = HouseholdService(m_t->db(), actor("100001")).detail(h003, m_op);
    QCOMPARE(d.error().kind, Error::Kind::Denied);
    QCOMPARE(records(), before + 1);
    Last l = last();
    QCOMPARE(l.action, QStringLiteral("refused"));
    QCOMPARE(l.entity, QStringLiteral("household"));
    QCOMPARE(l.after.value("reason").toString(), d.error().message);
    QCOMPARE(l.after.value("role").toString(), QStringLiteral("officer"));

    // A right the role lacks.
    const auto e =
        ExportService(m_t->db(), actor("100001")).exportRegistry(m_t->dir() + QStringLiteral("/r.csv"));
    QCOMPARE(e.error().kind, Error::Kind::Denied);
    l = last();
    QCOMPARE(l.action, QStringLiteral("refused"));
    QCOMPARE(l.entity, QStringLiteral("registry"));
    QVERIFY(AuditLog::verify(m_t->db().sql())->intact);
}

void TestAuditReads::viewerFilters()
{
    // A log of its own: three users over three days.
    TestDatabase t;
    AuditLog log(t.db().sql());
    const QList<std::tuple<int, const char*, const char*>> rows = {
        {1, "100001", "search"},   {1, "100002", "view"},   {2, "100001", "view"},
        {2, "cli:root", "create"}, {3, "100001", "export"}, {3, "100002", "search"}};
    for (const auto& [day, who, action] : rows) {
        test::ClockGuard clock(QDateTime(QDate(2026, 4, day), QTime(9, 0)));
        QVERIFY(log.append(Actor{QLatin1String(who), Role::Officer, 0, 0}, QLatin1String(action),
                           QStringLiteral("household"), QStringLiteral("1"))
                    .ok());
    }
    AuditStore store(t.db().sql());
    auto actors = [&store](const AuditFilter& f) {
        QStringList out;
        const auto rows = store.find(f);
        for (const AuditRecord& r : *rows)
            out << r.actor + QLatin1Char('/') + r.action;
        return out;
    };
    QCOMPARE(actors({}), QStringList({"100002/search", "100001/export", "cli:root/create", "100001/view",
                                      "100002/view", "100001/search"})); // newest first
    QCOMPARE(actors({"100001", {}, {}, {}, 0, 100}),
             QStringList({"100001/export", "100001/view", "100001/search"}));
    QCOMPARE(actors({"cli:", {}, {}, {}, 0, 100}), QStringList({"cli:root/create"}));
    QCOMPARE(actors({{}, "search", {}, {}, 0, 100}), QStringList({"100002/search", "100001/search"}));
    QCOMPARE(actors({{}, {}, QDate(2026, 4, 2), QDate(2026, 4, 2), 0, 100}),
             QStringList({"cli:root/create", "100001/view"}));
    QCOMPARE(actors({{}, {}, QDate(2026, 4, 2), {}, 0, 100}).size(), 4);
    QCOMPARE(actors({{}, {}, {}, QDate(2026, 4, 1), 0, 100}).size(), 2);
    QCOMPARE(actors({"100001", "view", QDate(2026, 4, 1), QDate(2026, 4, 3), 0, 100}),
             QStringList({"100001/view"}));
    // Limit and paging back by id.
    const auto first = store.find({{}, {}, {}, {}, 0, 2});
    QCOMPARE(first->size(), 2);
    const auto next = store.find({{}, {}, {}, {}, first->last().id, 2});
    QCOMPARE(next->size(), 2);
    QCOMPARE(next->first().id, first->last().id - 1);
    QCOMPARE(*store.actions(), QStringList({"create", "export", "search", "view"}));
}

void TestAuditReads::viewerIsForAdministrators()
{
    const Actor admin{QStringLiteral("100009"), Role::Admin, 0, 0};
    const qint64 before = records();
    AuditLog log(m_t->db().sql());
    const auto rows = log.records(admin, {});
    QVERIFY(rows.ok());
    QCOMPARE(rows->size(), int(before));
    // Looking is audited: the first page of a filter, not the pages behind it.
    QCOMPARE(records(), before + 1);
    QCOMPARE(last().entity, QStringLiteral("audit_log"));
    QCOMPARE(last().after.value("rows").toInt(), int(before));
    QVERIFY(log.records(admin, {{}, {}, {}, {}, rows->last().id, 10}).ok());
    QCOMPARE(records(), before + 1);
    // The count behind "N records, M shown": the filter's records, its limit aside.
    QCOMPARE(*log.count(admin, {{}, {}, {}, {}, 0, 2}), before + 1);
    QCOMPARE(*log.count(admin, {{}, {}, {}, {}, rows->last().id + 1, 2}), 1);
    QCOMPARE(*log.count(admin, {{}, QStringLiteral("view"), {}, {}, 0, 1}), 1);
    QCOMPARE(records(), before + 1); // counting is not another look
    QVERIFY(log.actions(admin)->contains(QStringLiteral("import-registry")));

    for (const char* badge : {"100001", "100002", "100003"}) {
        const auto refused = log.records(actor(badge), {});
        QCOMPARE(refused.error().kind, Error::Kind::Denied);
        QCOMPARE(last().action, QStringLiteral("refused"));
        QCOMPARE(log.actions(actor(badge)).error().kind, Error::Kind::Denied);
        QCOMPARE(log.count(actor(badge), {}).error().kind, Error::Kind::Denied);
    }
    QVERIFY(AuditLog::verify(m_t->db().sql())->intact);
}

QTEST_GUILESS_MAIN(TestAuditReads)
#include "tst_audit_reads.moc"
