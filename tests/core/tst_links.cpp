// Link analysis on small graphs whose answers are worked out by hand, and the graph built
// from the links table with the links implied by cases and households.
#include "TestDatabase.h"
#include "links/LinkGraph.h"

#include <QSqlQuery>
#include <QTest>

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
    void clusters();
    void strongestPath();
    void keyConnectors();
    void neighbourhood();
    void entityParsing();
    void loadFromDatabase();
};

void TestLinks::clusters()
{
    const auto c = handGraph().clusters();
    QCOMPARE(c.size(), 3);
    QCOMPARE(c.at(0), (QList<int>{0, 1, 2, 3}));
    QCOMPARE(c.at(1), (QList<int>{4, 5}));
    QCOMPARE(c.at(2), (QList<int>{6}));
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
    auto g = LinkGraph::load(t.db(), {});
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
    auto strong = LinkGraph::load(t.db(), LinkFilter{{}, 0.5});
    QCOMPARE(strong->clusters().size(), 1);
    auto onlyPhones = LinkGraph::load(t.db(), LinkFilter{{QStringLiteral("same_phone")}, 0});
    QCOMPARE(onlyPhones->vertexCount(), 3);
}

QTEST_GUILESS_MAIN(TestLinks)
#include "tst_links.moc"
