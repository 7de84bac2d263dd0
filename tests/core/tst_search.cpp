// Search: the FTS5 trigram path (3+ characters, Chinese and Latin, ID numbers, phones,
// addresses, household numbers), the 2-character name path, and the index kept in step.
#include "core/imports/RegistryImporter.h"
#include "core/search/SearchService.h"
#include "tests/support/TestDatabase.h"

#include <QSqlQuery>
#include <QTest>

using namespace hc;
using hc::test::TestDatabase;

namespace {
QString data(const char* name)
{
    return QStringLiteral(HC_TEST_DATA "/") + QLatin1String(name);
}

QStringList titles(const QList<SearchHit>& hits)
{
    QStringList t;
    for (const SearchHit& h : hits)
        t << h.title;
    t.sort();
    return t;
}
} // namespace

class TestSearch : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void finds_data();
    void finds();
    void tooShort();
    void indexFollowsUpdatesAndDeletes();
    void bulkLoadsGatherTermsInMemory();

private:
    std::unique_ptr<TestDatabase> m_t;
};

void TestSearch::initTestCase()
{
    HC_SKIP_WITHOUT_ENGINE();
    m_t = std::make_unique<TestDatabase>();
    QVERIFY(!RegistryImporter(m_t->db(), Actor::system()).run(data("registry.csv")).fatal);
}

void TestSearch::finds_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("expected"); // titles: person names or household numbers
    QTest::newRow("2-char full name") << "王芳" << QStringList{"王芳"};
    QTest::newRow("2-char name prefix") << "张小" << QStringList{"张小明"};
    QTest::newRow("2-char names of one family") << "李娜" << QStringList{"李娜"};
    QTest::newRow("3-char name") << "张小明" << QStringList{"张小明"};
    QTest::newRow("latin, any case") << "müller" << QStringList{"Anna Müller"};
    QTest::newRow("latin part") << "Anna" << QStringList{"Anna Müller"};
    QTest::newRow("ID number part") << "19820301" << QStringList{"王芳"};
    QTest::newRow("full-width digits") << QString::fromUtf8("１９８２０３０１") << QStringList{"王芳"};
    QTest::newRow("phone tail") << "0000004" << QStringList{"李娜"};
    QTest::newRow("address") << "东岗路" << QStringList{"H001"};
    QTest::newRow("address with comma") << "2单元" << QStringList{"H003"};
    QTest::newRow("household number") << "H004" << QStringList{"H004"};
    QTest::newRow("nothing") << "不存在的人" << QStringList{};
}

void TestSearch::finds()
{
    QFETCH(QString, query);
    QFETCH(QStringList, expected);
    const auto r = SearchService(m_t->db(), Actor::system()).search(query);
    QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().text()));
    QCOMPARE(titles(*r), expected);
    for (const SearchHit& h : *r)
        QVERIFY(!h.householdNo.isEmpty()); // every hit says where the person lives
}

void TestSearch::tooShort()
{
    const auto r = SearchService(m_t->db(), Actor::system()).search(QStringLiteral("王"));
    QVERIFY(!r.ok());
    QCOMPARE(r.error().field, QStringLiteral("query"));
}

void TestSearch::indexFollowsUpdatesAndDeletes()
{
    QSqlQuery q(m_t->db().sql());
    QVERIFY(q.exec(
        QStringLiteral("UPDATE persons SET name = '王芳芳', phone = '18612345678' WHERE name = '王芳'")));
    QCOMPARE(titles(*SearchService(m_t->db(), Actor::system()).search(QStringLiteral("王芳芳"))),
             QStringList{"王芳芳"});
    QCOMPARE(titles(*SearchService(m_t->db(), Actor::system()).search(QStringLiteral("12345678"))),
             QStringList{"王芳芳"});
    QVERIFY(SearchService(m_t->db(), Actor::system()).search(QStringLiteral("13900000002"))->isEmpty());
    QVERIFY(
        q.exec(QStringLiteral("UPDATE households SET address = '滨河路9号' WHERE household_no = 'H004'")));
    QCOMPARE(titles(*SearchService(m_t->db(), Actor::system()).search(QStringLiteral("滨河路"))),
             QStringList{"H004"});
    QVERIFY(q.exec(QStringLiteral("DELETE FROM persons WHERE name = '陈老'")));
    QVERIFY(SearchService(m_t->db(), Actor::system()).search(QStringLiteral("196502"))->isEmpty());
}

QTEST_GUILESS_MAIN(TestSearch)
// Schema 22: FTS5 writes a segment per 16 MiB of new terms, not per 1 MiB, so the registry's
// bulk load writes a few large segments (2.9 s -> 1.3 s for the seed registry's index).
void TestSearch::bulkLoadsGatherTermsInMemory()
{
    if (m_t->db().engine() == hc::Database::Engine::Postgres)
        QSKIP("The server's pg_trgm indexes have no FTS5 term buffer.");
    QCOMPARE(m_t->scalar(QStringLiteral("SELECT v FROM search_fts_config WHERE k = 'hashsize'")).toLongLong(),
             16LL * 1024 * 1024);
}

#include "tst_search.moc"
