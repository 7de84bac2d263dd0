// Link analysis on small graphs whose answers are worked out by hand, the graph built from the
// links table with the links implied by cases, households, phone numbers and ID numbers, the
// investigator's typed links (validation per field, rights, audit), entity labels, and the
// force-directed layout.
#include "app/cli/CommandLine.h"
#include "core/links/EntityDirectory.h"
#include "core/links/GraphLayout.h"
#include "core/links/LinkGraph.h"
#include "core/links/LinkService.h"
#include "core/links/RelatedCases.h"
#include "tests/support/Fixture.h"
#include "tests/support/TestDatabase.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineF>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <cmath>
#include <limits>

using namespace hc;
using hc::test::TestDatabase;

namespace {
//   0 --0.9-- 1        4 --1.0-- 5      6 (alone)
//    \       /
//    0.5   0.9
//      \   /
//        2 --0.8-- 3
LinkGraph handGraph()
{
    QList<EntityRef> v;
    for (int i = 0; i < 7; ++i)
        v << EntityRef{QStringLiteral("person"), QString::number(i)};
    const auto e = [](int a, int b, double c) { return GraphEdge{a, b, QStringLiteral("kin"), c, false}; };
    return LinkGraph(v, {e(0, 1, 0.9), e(1, 2, 0.9), e(0, 2, 0.5), e(2, 3, 0.8), e(4, 5, 1.0)});
}
} // namespace

class TestLinks : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { HC_SKIP_WITHOUT_ENGINE(); }
    void clusters();
    void relatedCases();
    void strongestPath();
    void keyConnectors();
    void neighbourhood();
    void entityParsing();
    void loadFromDatabase();
    void impliedSamePhone();
    void impliedSameIdNumber();
    void edgeSources();
    void addValidation_data();
    void addValidation();
    void addNormalisesAndAudits();
    void duplicateRefused();
    void permissions();
    void labels();
    void layout();
    void layoutCancel();
    void layoutFewHundred();
    void cliAddRemove();
};

void TestLinks::clusters()
{
    const auto c = handGraph().clusters();
    QCOMPARE(c.size(), 3);
    QCOMPARE(c.at(0), (QList<int>{0, 1, 2, 3}));
    QCOMPARE(c.at(1), (QList<int>{4, 5}));
    QCOMPARE(c.at(2), (QList<int>{6}));
}

void TestLinks::relatedCases()
{
    // case0 - person1 - case2 - phone3 | case4 - person5 | case6 - case7 - case8 | case9
    const QStringList kinds = {"case",   "person", "case", "phone", "case",
                               "person", "case",   "case", "case",  "case"};
    QList<EntityRef> v;
    for (int i = 0; i < kinds.size(); ++i)
        v << EntityRef{kinds.at(i), QString::number(i)};
    const auto e = [](int a, int b) { return GraphEdge{a, b, QStringLiteral("witness"), 0.8, false}; };
    const LinkGraph g(v, {e(0, 1), e(1, 2), e(2, 3), e(4, 5), e(6, 7), e(7, 8)});
    const QList<RelatedCaseCluster> related = hc::relatedCases(g);
    QCOMPARE(related.size(), 2); // one case alone, or with a person only, relates to nothing
    QCOMPARE(related.at(0).members, (QList<int>{0, 1, 2, 3}));
    QCOMPARE(related.at(0).cases, (QList<int>{0, 2}));
    QCOMPARE(related.at(1).members, (QList<int>{6, 7, 8}));
    QCOMPARE(related.at(1).cases, (QList<int>{6, 7, 8}));
    QVERIFY(hc::relatedCases(handGraph()).isEmpty());
}

void TestLinks::strongestPath()
{
    const LinkGraph g = handGraph();
    // 0-2 directly is 0.5; through 1 it is 0.9 x 0.9 = 0.81: the chain through 1 is stronger.
    auto p = g.strongestPath(0, 2);
    QVERIFY(p);
    QCOMPARE(p->size(), 2);
    QCOMPARE(p->at(0).from, 0);
    QCOMPARE(p->at(0).to, 1);
    QCOMPARE(p->at(1).to, 2);
    QCOMPARE(p->at(1).edge.confidence, 0.9);
    auto longer = g.strongestPath(0, 3);
    QCOMPARE(longer->size(), 3);
    QCOMPARE(longer->last().edge.confidence, 0.8);
    QVERIFY(!g.strongestPath(0, 4)); // another cluster
    QVERIFY(!g.strongestPath(0, 6));
    QVERIFY(g.strongestPath(3, 3)->isEmpty());
}

void TestLinks::keyConnectors()
{
    const LinkGraph g = handGraph();
    // In {0,1,2,3} every path to 3 passes 2; nothing passes 0 or 1.
    const auto top = g.keyConnectors(g.clusters().first(), 2);
    QCOMPARE(top.size(), 2);
    QCOMPARE(top.first().first, 2);
    QVERIFY(top.first().second > 0);
    QCOMPARE(top.at(1).second, 0.0);
    // A star: the centre connects everyone.
    QList<EntityRef> v;
    for (int i = 0; i < 5; ++i)
        v << EntityRef{QStringLiteral("phone"), QString::number(i)};
    QList<GraphEdge> star;
    for (int i = 1; i < 5; ++i)
        star << GraphEdge{0, i, QStringLiteral("same_phone"), 1.0, false};
    const LinkGraph s(v, star);
    QCOMPARE(s.keyConnectors({0, 1, 2, 3, 4}, 1).first().first, 0);
}

void TestLinks::neighbourhood()
{
    const LinkGraph g = handGraph();
    QCOMPARE(g.neighbourhood(3, 0), QList<int>{3});
    QCOMPARE(g.neighbourhood(3, 1), (QList<int>{3, 2}));
    QList<int> two = g.neighbourhood(3, 2);
    std::sort(two.begin(), two.end());
    QCOMPARE(two, (QList<int>{0, 1, 2, 3}));
    QCOMPARE(g.neighbourhood(6, 3), QList<int>{6});
}

void TestLinks::entityParsing()
{
    QCOMPARE(EntityRef::parse(QStringLiteral("person:42"))->key, QStringLiteral("42"));
    QCOMPARE(EntityRef::parse(QStringLiteral("phone:13900000001"))->kind, QStringLiteral("phone"));
    QVERIFY(!EntityRef::parse(QStringLiteral("planet:3")));
    QVERIFY(!EntityRef::parse(QStringLiteral("person:")));
    QVERIFY(!EntityRef::parse(QStringLiteral("42")));
}

void TestLinks::loadFromDatabase()
{
    TestDatabase t;
    QSqlQuery q(t.db().sql());
    QVERIFY(q.exec(QStringLiteral("INSERT INTO stations(id, name) VALUES (1, 's')")));
    QVERIFY(
        q.exec(QStringLiteral("INSERT INTO areas(id, station_id, name) VALUES (1, 1, 'a'), (2, 1, 'b')")));
    QVERIFY(q.exec(QStringLiteral("INSERT INTO households(id, household_no, area_id, address) VALUES "
                                  "(1, 'H1', 1, 'x'), (2, 'H2', 2, 'y')")));
    QVERIFY(q.exec(
        QStringLiteral("INSERT INTO persons(id, name, household_id) VALUES (1, '甲', 1), (2, '乙', 1), "
                       "(3, '丙', 2)")));
    QVERIFY(q.exec(
        QStringLiteral("INSERT INTO cases(id, uuid, case_no, subject_person_id, source, opened_at) VALUES "
                       "(1, 'c1', 'SZ-1', 1, 'screening', '2026-03-01'), "
                       "(2, 'c2', 'SZ-2', 3, 'public_report', '2026-03-02')")));
    QVERIFY(q.exec(QStringLiteral(
        "INSERT INTO links(uuid, a_kind, a_key, b_kind, b_key, kind, confidence, created_at) VALUES "
        "('l1', 'person', '2', 'phone', '13900000001', 'same_phone', 0.9, 'x'), "
        "('l2', 'person', '3', 'phone', '13900000001', 'same_phone', 0.6, 'x'), "
        "('l3', 'case', '1', 'case', '2', 'related_case', 0.3, 'x')")));
    auto g = LinkGraph::load(t.db(), Actor::system(), {});
    QVERIFY(g.ok());
    // case:1 - person:1 - household:1 - person:2 - phone - person:3 - case:2, plus household:2.
    const int case1 = g->indexOf({QStringLiteral("case"), QStringLiteral("1")});
    const int case2 = g->indexOf({QStringLiteral("case"), QStringLiteral("2")});
    QVERIFY(case1 >= 0 && case2 >= 0);
    QCOMPARE(g->clusters().size(), 1);
    // The strongest chain avoids the weak related_case link (0.3) for 0.9 x 0.6 = 0.54.
    auto path = g->strongestPath(case1, case2);
    QVERIFY(path);
    QCOMPARE(path->size(), 6);
    QCOMPARE(path->at(1).edge.kind, QStringLiteral("member"));
    QVERIFY(path->at(1).edge.implied);
    // Without weak links, the cases are still joined through the people.
    auto strong = LinkGraph::load(t.db(), Actor::system(), LinkFilter{{}, 0.5});
    QCOMPARE(strong->clusters().size(), 1);
    auto onlyPhones = LinkGraph::load(t.db(), Actor::system(), LinkFilter{{QStringLiteral("same_phone")}, 0});
    QCOMPARE(onlyPhones->vertexCount(), 3);
}

namespace {
// Hand-built rows for the implied-link tests: two households, five people, two cases.
void seed(TestDatabase& t)
{
    QSqlQuery q(t.db().sql());
    for (const char* sql :
         {"INSERT INTO stations(id, name) VALUES (1, 's')",
          "INSERT INTO areas(id, station_id, name) VALUES (1, 1, 'a')",
          "INSERT INTO households(id, household_no, area_id, address) VALUES (1, 'H1', 1, 'x'), (2, 'H2', 1, "
          "'y')",
          // 1 and 4: one man, his 18-digit number and the 15-digit first-generation form.
          // 2 and 5: one woman, upper- and lower-case check character x.
          "INSERT INTO persons(id, name, id_number, phone, household_id) VALUES "
          "(1, '陈老', '620102196502030316', '139-0000-0001', 1), (2, '王芳', '62010219720201006X', NULL, "
          "1), "
          "(3, '李强', NULL, '13900000003', NULL), (4, '陈老', '620102650203031', NULL, 2), "
          "(5, '王芳', '62010219720201006x', NULL, NULL), (6, '路人', NULL, '13900000009', NULL)",
          "INSERT INTO cases(id, uuid, case_no, subject_person_id, source, opened_at, reporter_phone) VALUES "
          "(1, 'c1', 'SZ-1', 1, 'screening', '2026-03-01', NULL), "
          "(2, 'c2', 'SZ-2', NULL, 'public_report', '2026-03-02', '13900000001'), "
          "(3, 'c3', 'SZ-3', NULL, 'public_report', '2026-03-03', '13700000000')",
          "INSERT INTO users(id, badge, name, role, password_hash, created_at) VALUES "
          "(7, '0123', '王强', 'investigator', 'x', '2026-01-01')",
          "INSERT INTO links(id, uuid, a_kind, a_key, b_kind, b_key, kind, confidence, created_by, "
          "created_at) "
          "VALUES (1, 'l1', 'person', '2', 'case', '1', 'witness', 0.7, 7, '2026-03-05T10:00:00'), "
          "(2, 'l2', 'phone', '13900000003', 'case', '1', 'same_phone', 0.6, NULL, '2026-03-06T10:00:00')"})
        QVERIFY2(q.exec(QString::fromUtf8(sql)), qPrintable(q.lastError().text()));
    QVERIFY(t.syncIdentities());
}

const GraphEdge* edgeBetween(const LinkGraph& g, const EntityRef& a, const EntityRef& b)
{
    const int va = g.indexOf(a), vb = g.indexOf(b);
    for (const GraphEdge& e : g.edges())
        if ((e.a == va && e.b == vb) || (e.a == vb && e.b == va))
            return &e;
    return nullptr;
}

EntityRef ref(const char* kind, const char* key)
{
    return EntityRef{QString::fromLatin1(kind), QString::fromUtf8(key)};
}
} // namespace

void TestLinks::impliedSamePhone()
{
    TestDatabase t;
    seed(t);
    auto g = LinkGraph::load(t.db(), Actor::system(), {});
    QVERIFY(g.ok());
    // Person 1's phone (written with dashes) is case 2's reporter phone: joined through the phone.
    const EntityRef phone1 = ref("phone", "13900000001");
    const GraphEdge* p = edgeBetween(*g, ref("person", "1"), phone1);
    QVERIFY(p);
    QVERIFY(p->implied);
    QCOMPARE(p->kind, QStringLiteral("same_phone"));
    QCOMPARE(p->rule, QStringLiteral("person_phone"));
    const GraphEdge* c = edgeBetween(*g, ref("case", "2"), phone1);
    QVERIFY(c);
    QCOMPARE(c->rule, QStringLiteral("reporter_phone"));
    // A phone only one record carries makes no vertex; person 6 is not in the graph at all.
    QCOMPARE(g->indexOf(ref("phone", "13700000000")), -1);
    QCOMPARE(g->indexOf(ref("case", "3")), -1);
    QCOMPARE(g->indexOf(ref("person", "6")), -1);
    // Case 2 reaches case 1 only through the implied links.
    const auto path = g->strongestPath(g->indexOf(ref("case", "2")), g->indexOf(ref("case", "1")));
    QVERIFY(path);
    QCOMPARE(path->size(), 3); // case 2 - phone - person 1 - case 1
    // Filtered to typed kinds only, the implied phone link disappears.
    auto typed = LinkGraph::load(t.db(), Actor::system(), LinkFilter{{QStringLiteral("witness")}, 0});
    QCOMPARE(typed->indexOf(ref("case", "2")), -1);
}

void TestLinks::impliedSameIdNumber()
{
    TestDatabase t;
    seed(t);
    auto g = LinkGraph::load(t.db(), Actor::system(), {});
    QVERIFY(g.ok());
    // 620102650203031 is 620102196502030316 in its first-generation form.
    const GraphEdge* same = edgeBetween(*g, ref("person", "1"), ref("person", "4"));
    QVERIFY(same);
    QVERIFY(same->implied);
    QCOMPARE(same->kind, QStringLiteral("same_id_number"));
    QCOMPARE(same->rule, QStringLiteral("id_number"));
    // ...and person 4 brings its own household along.
    QVERIFY(edgeBetween(*g, ref("person", "4"), ref("household", "2")));
    // Upper- and lower-case x.
    QVERIFY(edgeBetween(*g, ref("person", "2"), ref("person", "5")));
    int sameId = 0;
    for (const GraphEdge& e : g->edges())
        sameId += e.kind == u"same_id_number";
    QCOMPARE(sameId, 2); // each pair once
    auto without = LinkGraph::load(t.db(), Actor::system(),
                                   LinkFilter{{QStringLiteral("witness"), QStringLiteral("subject")}, 0});
    QVERIFY(!edgeBetween(*without, ref("person", "1"), ref("person", "4")));
    // Both rows already in the graph: still one same-ID link, one membership each.
    QVERIFY(LinkService(t.db(), Actor::system())
                .add(LinkInput{ref("person", "4"), ref("case", "3"), QStringLiteral("witness"), 0.5, {}})
                .ok());
    auto both = LinkGraph::load(t.db(), Actor::system(), {});
    int pairs = 0, memberships = 0;
    const int p1 = both->indexOf(ref("person", "1")), p4 = both->indexOf(ref("person", "4"));
    for (const GraphEdge& e : both->edges()) {
        pairs += e.kind == u"same_id_number" && ((e.a == p1 && e.b == p4) || (e.a == p4 && e.b == p1));
        memberships += e.kind == u"member" && (e.a == p4 || e.a == p1);
    }
    QCOMPARE(pairs, 1);
    QCOMPARE(memberships, 2);
}

void TestLinks::edgeSources()
{
    TestDatabase t;
    seed(t);
    auto g = LinkGraph::load(t.db(), Actor::system(), {});
    const GraphEdge* typed = edgeBetween(*g, ref("person", "2"), ref("case", "1"));
    QVERIFY(typed);
    QCOMPARE(typed->linkId, 1);
    QCOMPARE(LinkGraph::sourceText(*typed), QStringLiteral("Link 1, added by 王强 (0123) on 2026-03-05"));
    const GraphEdge* cli = edgeBetween(*g, ref("phone", "13900000003"), ref("case", "1"));
    QCOMPARE(LinkGraph::sourceText(*cli), QStringLiteral("Link 2, added on 2026-03-06 (command line)"));
    const GraphEdge* subject = edgeBetween(*g, ref("person", "1"), ref("case", "1"));
    QCOMPARE(LinkGraph::sourceText(*subject), QStringLiteral("Implied: the case's subject"));
    QVERIFY(LinkGraph::sourceText(*edgeBetween(*g, ref("person", "1"), ref("person", "4")))
                .contains(u"ID number"));
}

void TestLinks::addValidation_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<double>("confidence");
    QTest::addColumn<QString>("note");
    QTest::addColumn<QString>("field"); // empty: accepted
    const double nan = std::numeric_limits<double>::quiet_NaN();
    QTest::newRow("ok") << "person:1"
                        << "phone:13900000009"
                        << "kin" << 0.5 << ""
                        << "";
    QTest::newRow("person missing") << "person:999"
                                    << "phone:13900000009"
                                    << "kin" << 0.5 << ""
                                    << "a";
    QTest::newRow("bad ID number") << "person:620102196502030317"
                                   << "phone:13900000009"
                                   << "kin" << 0.5 << ""
                                   << "a";
    QTest::newRow("case missing") << "person:1"
                                  << "case:SZ-404"
                                  << "kin" << 0.5 << ""
                                  << "b";
    QTest::newRow("household missing") << "household:H9"
                                       << "person:1"
                                       << "kin" << 0.5 << ""
                                       << "a";
    QTest::newRow("phone short") << "person:1"
                                 << "phone:12345"
                                 << "kin" << 0.5 << ""
                                 << "b";
    QTest::newRow("phone letters") << "person:1"
                                   << "phone:139abc00001"
                                   << "kin" << 0.5 << ""
                                   << "b";
    QTest::newRow("phone long") << "person:1"
                                << "phone:123456789012345678901"
                                << "kin" << 0.5 << ""
                                << "b";
    QTest::newRow("plate empty") << "person:1"
                                 << "vehicle: "
                                 << "kin" << 0.5 << ""
                                 << "b";
    QTest::newRow("address blank") << "address:   "
                                   << "person:1"
                                   << "kin" << 0.5 << ""
                                   << "a";
    QTest::newRow("self") << "phone:139 0000 0009"
                          << "phone:13900000009"
                          << "kin" << 0.5 << ""
                          << "b";
    QTest::newRow("self by ID number") << "person:1"
                                       << "person:620102196502030316"
                                       << "kin" << 0.5 << ""
                                       << "b";
    QTest::newRow("kind") << "person:1"
                          << "person:2"
                          << "friend" << 0.5 << ""
                          << "kind";
    QTest::newRow("implied kind") << "person:1"
                                  << "person:2"
                                  << "member" << 0.5 << ""
                                  << "kind";
    QTest::newRow("confidence high") << "person:1"
                                     << "person:2"
                                     << "kin" << 1.5 << ""
                                     << "confidence";
    QTest::newRow("confidence low") << "person:1"
                                    << "person:2"
                                    << "kin" << -0.1 << ""
                                    << "confidence";
    QTest::newRow("confidence nan") << "person:1"
                                    << "person:2"
                                    << "kin" << nan << ""
                                    << "confidence";
    QTest::newRow("note") << "person:1"
                          << "person:2"
                          << "kin" << 0.5 << QString(1001, u'x') << "note";
}

void TestLinks::addValidation()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(QString, kind);
    QFETCH(double, confidence);
    QFETCH(QString, note);
    QFETCH(QString, field);
    TestDatabase t;
    seed(t);
    const qint64 before = t.count(QStringLiteral("links"));
    const auto id = LinkService(t.db(), Actor::system())
                        .add(LinkInput{*EntityRef::parse(a), *EntityRef::parse(b), kind, confidence, note});
    if (field.isEmpty()) {
        QVERIFY2(id.ok(), qPrintable(id.ok() ? QString() : id.error().text()));
        QCOMPARE(t.count(QStringLiteral("links")), before + 1);
        return;
    }
    QVERIFY(!id.ok());
    QCOMPARE(id.error().field, field);
    QVERIFY(!id.error().message.isEmpty());
    QCOMPARE(t.count(QStringLiteral("links")), before);
}

void TestLinks::addNormalisesAndAudits()
{
    TestDatabase t;
    seed(t);
    const qint64 audits = t.count(QStringLiteral("audit_log"));
    LinkService links(t.db(), Actor{QStringLiteral("0123"), Role::Investigator, 7, 1});
    // Values are stored normalised; person by ID number, case by case number.
    auto id =
        links.add(LinkInput{ref("vehicle", " 甘a·123 45 "), ref("case", "sz-2"), QStringLiteral("sighting"),
                            0.4, QStringLiteral("  seen at the station  ")});
    QVERIFY2(id.ok(), qPrintable(id.ok() ? QString() : id.error().text()));
    auto id2 = links.add(LinkInput{ref("person", "620102196502030316"),
                                   ref("phone", "+86 (139) 0000-0009"),
                                   QStringLiteral("same_phone"),
                                   1.0,
                                   {}});
    QVERIFY(id2.ok());
    const auto row = links.find(*id);
    QCOMPARE(row->a, ref("vehicle", "甘A12345"));
    QCOMPARE(row->b, ref("case", "2"));
    QCOMPARE(row->note, QStringLiteral("seen at the station"));
    QCOMPARE(row->createdBy, QStringLiteral("王强 (0123)"));
    QCOMPARE(links.find(*id2)->b, ref("phone", "8613900000009"));
    QCOMPARE(links.find(*id2)->a, ref("person", "1"));
    // Listed from either end.
    QCOMPARE(links.linksOf(ref("case", "SZ-2"))->size(), 1);
    QCOMPARE(links.linksOf(ref("vehicle", "甘A 12345"))->first().id, *id);
    QCOMPARE(t.count(QStringLiteral("audit_log")), audits + 2);
    QCOMPARE(t.scalar(QStringLiteral(
                          "SELECT action || ' ' || entity || ' ' || entity_id || ' ' || actor FROM audit_log "
                          "ORDER BY id DESC LIMIT 1"))
                 .toString(),
             QStringLiteral("add link %1 0123").arg(*id2));
    // Remove: gone, audited with what it was.
    QVERIFY(links.remove(*id).ok());
    QCOMPARE(t.scalar(QStringLiteral("SELECT count(*) FROM links WHERE id = %1").arg(*id)).toInt(), 0);
    QCOMPARE(
        t.scalar(QStringLiteral("SELECT before FROM audit_log ORDER BY id DESC LIMIT 1")).toString(),
        QStringLiteral(
            R"({"a":"vehicle:甘A12345","b":"case:2","confidence":0.4,"kind":"sighting","note":"seen at the station"})"));
    QCOMPARE(links.remove(*id).error().kind, Error::Kind::NotFound);
}

void TestLinks::duplicateRefused()
{
    TestDatabase t;
    seed(t);
    LinkService links(t.db(), Actor::system());
    QVERIFY(
        links.add(LinkInput{ref("person", "1"), ref("person", "3"), QStringLiteral("kin"), 0.9, {}}).ok());
    // The same two the other way round, same kind: refused.
    auto again = links.add(LinkInput{ref("person", "3"), ref("person", "1"), QStringLiteral("kin"), 0.5, {}});
    QVERIFY(!again.ok());
    QCOMPARE(again.error().kind, Error::Kind::Conflict);
    QCOMPARE(again.error().field, QStringLiteral("kind"));
    // Another kind between the same two is another link.
    QVERIFY(
        links.add(LinkInput{ref("person", "3"), ref("person", "1"), QStringLiteral("co_traveller"), 0.5, {}})
            .ok());
}

void TestLinks::permissions()
{
    TestDatabase t;
    seed(t);
    const qint64 links = t.count(QStringLiteral("links")), audits = t.count(QStringLiteral("audit_log"));
    LinkService officer(t.db(), Actor{QStringLiteral("0001"), Role::Officer, 0, 1});
    auto id = officer.add(LinkInput{ref("person", "1"), ref("person", "3"), QStringLiteral("kin"), 0.9, {}});
    QVERIFY(!id.ok());
    QCOMPARE(id.error().kind, Error::Kind::Denied);
    QCOMPARE(officer.remove(1).error().kind, Error::Kind::Denied);
    QCOMPARE(t.count(QStringLiteral("links")), links);
    QCOMPARE(t.count(QStringLiteral("audit_log")), audits + 2); // the two refusals
    QCOMPARE(t.count(QStringLiteral("audit_log WHERE action = 'refused'")), 2);
    for (Role r : {Role::Investigator, Role::Supervisor, Role::Admin})
        QVERIFY((Actor{QStringLiteral("x"), r, 0, 0}.can(Right::EditCases)));
}

void TestLinks::labels()
{
    TestDatabase t;
    seed(t);
    auto l = EntityDirectory(t.db()).labels({ref("person", "1"), ref("person", "3"), ref("case", "1"),
                                             ref("case", "2"), ref("household", "2"),
                                             ref("phone", "13900000001"), ref("person", "77")});
    QVERIFY(l.ok());
    QCOMPARE(l->value(QStringLiteral("person:1")), QStringLiteral("陈老 (…0316)"));
    QCOMPARE(l->value(QStringLiteral("person:3")), QStringLiteral("李强 (no. 3)"));
    QCOMPARE(l->value(QStringLiteral("case:1")), QStringLiteral("SZ-1 陈老"));
    QCOMPARE(l->value(QStringLiteral("case:2")), QStringLiteral("SZ-2"));
    QCOMPARE(l->value(QStringLiteral("household:2")), QStringLiteral("H2 y"));
    QCOMPARE(l->value(QStringLiteral("phone:13900000001")), QStringLiteral("13900000001"));
    QVERIFY(l->value(QStringLiteral("person:77")).contains(u"no longer on record"));
}

void TestLinks::layout()
{
    // Two triangles joined by an edge, a pair, and a lone vertex.
    const QList<QPair<int, int>> edges = {{0, 1}, {1, 2}, {2, 0}, {3, 4}, {4, 5}, {5, 3}, {2, 3}, {6, 7}};
    const auto p = GraphLayout::compute(9, edges, LayoutOptions{7, 100, 80});
    QVERIFY(p);
    QCOMPARE(p->size(), 9);
    for (int i = 0; i < 9; ++i) {
        QVERIFY(std::isfinite(p->at(i).x()) && std::isfinite(p->at(i).y()));
        for (int j = 0; j < i; ++j)
            QVERIFY2(QLineF(p->at(i), p->at(j)).length() > 5,
                     qPrintable(QStringLiteral("%1 %2").arg(i).arg(j)));
    }
    // Neighbours end up nearer than the parts are to each other.
    QVERIFY(QLineF(p->at(0), p->at(1)).length() < QLineF(p->at(0), p->at(8)).length());
    // Deterministic for a seed.
    QCOMPARE(*GraphLayout::compute(9, edges, LayoutOptions{7, 100, 80}), *p);
    QVERIFY(*GraphLayout::compute(9, edges, LayoutOptions{8, 100, 80}) != *p);
    QVERIFY(GraphLayout::compute(0, {})->isEmpty());
}

void TestLinks::layoutCancel()
{
    QList<QPair<int, int>> ring;
    for (int i = 0; i < 50; ++i)
        ring << qMakePair(i, (i + 1) % 50);
    int calls = 0;
    int lastDone = 0, lastTotal = 0;
    const auto p = GraphLayout::compute(
        50, ring, {}, [&] { return ++calls > 10; },
        [&](int done, int total) {
            lastDone = done;
            lastTotal = total;
        });
    QVERIFY(!p);
    QCOMPARE(calls, 11);
    QCOMPARE(lastDone, 10);
    QCOMPARE(lastTotal, 151);
}

void TestLinks::layoutFewHundred()
{
    // 400 vertices in parts of 100 (rings with chords) and 50 loners: what the Links screen
    // lays out at most, in well under the second the worker may take.
    QList<QPair<int, int>> edges;
    for (int part = 0; part < 350; part += 100)
        for (int i = 0; i < 100; ++i) {
            edges << qMakePair(part + i, part + (i + 1) % 100);
            if (i % 7 == 0)
                edges << qMakePair(part + i, part + (i * 13) % 100);
        }
    QElapsedTimer timer;
    timer.start();
    const auto p = GraphLayout::compute(400, edges);
    const qint64 ms = timer.elapsed();
    qInfo("layout of 400 vertices: %lld ms", ms);
    QVERIFY(p);
    QVERIFY(ms < 3000);
    QSet<QPair<int, int>> cells; // no two vertices on the same spot
    for (const QPointF& pt : *p) {
        QVERIFY(std::isfinite(pt.x()) && std::isfinite(pt.y()));
        cells.insert(qMakePair(qRound(pt.x()), qRound(pt.y())));
    }
    QCOMPARE(cells.size(), 400);
}

void TestLinks::cliAddRemove()
{
    TestDatabase t;
    seed(t);
    const QString db = t.path();
    const QString admin = hc::test::cliAdmin(t.db());
    t.reopen();
    auto cli = [&](QStringList args, QString* outText = nullptr, QString* errText = nullptr) {
        QString out, err;
        QTextStream o(&out), e(&err);
        args = QStringList{QStringLiteral("homecoming-cli"), QStringLiteral("links")} + args;
        args << QStringLiteral("--db") << db << QStringLiteral("--user") << admin;
        const int status = hc::cli::CommandLine(o, e).run(args);
        o.flush();
        e.flush();
        if (outText)
            *outText = out;
        if (errText)
            *errText = err;
        return status;
    };
    QString out, err;
    QCOMPARE(cli({QStringLiteral("add"), QStringLiteral("case:SZ-3"), QStringLiteral("person:3"),
                  QStringLiteral("--kind"), QStringLiteral("证人"), QStringLiteral("--confidence"),
                  QStringLiteral("0.6"), QStringLiteral("--note"), QStringLiteral("called in"),
                  QStringLiteral("--json")},
                 &out),
             0);
    const qint64 id = QJsonDocument::fromJson(out.toUtf8()).object().value(QStringLiteral("id")).toInteger();
    QVERIFY(id > 0);
    t.reopen();
    QCOMPARE(
        t.scalar(
             QStringLiteral(
                 "SELECT a_kind || ':' || a_key || ' ' || b_kind || ':' || b_key || ' ' || kind || ' ' || "
                 "note FROM links WHERE id = %1")
                 .arg(id))
            .toString(),
        QStringLiteral("case:3 person:3 witness called in"));
    // The path between the two cases now runs through the new link, with its source.
    QCOMPARE(cli({QStringLiteral("path"), QStringLiteral("--from"), QStringLiteral("case:3"),
                  QStringLiteral("--to"), QStringLiteral("case:1"), QStringLiteral("--json")},
                 &out),
             0);
    QVERIFY2(out.contains(QStringLiteral("added on")), qPrintable(out));
    // Refusals: bad confidence, a duplicate, unknown ids.
    QCOMPARE(cli({QStringLiteral("add"), QStringLiteral("case:3"), QStringLiteral("person:3"),
                  QStringLiteral("--kind"), QStringLiteral("witness"), QStringLiteral("--confidence"),
                  QStringLiteral("2")},
                 nullptr, &err),
             2);
    QVERIFY(err.startsWith(QStringLiteral("confidence:")));
    QCOMPARE(cli({QStringLiteral("add"), QStringLiteral("person:3"), QStringLiteral("case:3"),
                  QStringLiteral("--kind"), QStringLiteral("witness"), QStringLiteral("--confidence"),
                  QStringLiteral("0.5")},
                 nullptr, &err),
             1);
    QVERIFY(err.contains(QStringLiteral("already linked")));
    QCOMPARE(cli({QStringLiteral("add"), QStringLiteral("person:3")}), 2);
    QCOMPARE(cli({QStringLiteral("remove"), QString::number(id)}, &out), 0);
    QCOMPARE(cli({QStringLiteral("remove"), QString::number(id)}, nullptr, &err), 1);
    QCOMPARE(cli({QStringLiteral("remove"), QStringLiteral("x")}), 2);
    t.reopen();
    QCOMPARE(t.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'link'")).toInt(), 2);
}

QTEST_GUILESS_MAIN(TestLinks)
#include "tst_links.moc"
