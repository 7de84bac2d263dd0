// The link graph view and the Links screen (offscreen platform): the view lays out and renders
// a graph with one item per node and edge, highlights a path, exports PNG and SVG, and emits
// the entity on double-click; the Links screen loads the fixture and lists related cases
// (clusters holding two cases or more), finds the strongest path step by step off the GUI
// thread, and the link dialog shows core's refusal next to the field.
#include "core/auth/UserService.h"
#include "core/links/GraphLayout.h"
#include "core/links/LinkService.h"
#include "tests/support/Fixture.h"
#include "tests/support/TestDatabase.h"
#include "ui/common/SessionContext.h"
#include "ui/links/EntityPicker.h"
#include "ui/links/GraphView.h"
#include "ui/links/LinkDialog.h"
#include "ui/links/LinksPage.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFileInfo>
#include <QGraphicsItem>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTest>

using namespace hc;
using hc::test::TestDatabase;

namespace {
GraphViewData sampleGraph()
{
    GraphViewData d;
    const char* kinds[] = {"case", "person", "household", "person", "case", "phone", "vehicle", "address"};
    for (int i = 0; i < 8; ++i) {
        d.nodes << EntityRef{QString::fromLatin1(kinds[i]), QString::number(i + 1)};
        d.labels << QStringLiteral("节点 %1").arg(i);
    }
    d.edges << GraphEdge::derived(0, 1, QStringLiteral("subject"), QStringLiteral("subject"))
            << GraphEdge::derived(1, 2, QStringLiteral("member"), QStringLiteral("member"))
            << GraphEdge::derived(3, 2, QStringLiteral("member"), QStringLiteral("member"))
            << GraphEdge::derived(4, 3, QStringLiteral("subject"), QStringLiteral("subject"))
            << GraphEdge(3, 5, QStringLiteral("same_phone"), 0.7)
            << GraphEdge(1, 3, QStringLiteral("kin"), 0.4)
            << GraphEdge(1, 3, QStringLiteral("co_traveller"), 0.9)
            << GraphEdge(6, 7, QStringLiteral("sighting"), 0.5);
    QList<QPair<int, int>> pairs;
    for (const GraphEdge& e : d.edges)
        pairs << qMakePair(e.a, e.b);
    d.positions = *GraphLayout::compute(int(d.nodes.size()), pairs);
    return d;
}

bool hasInk(const QImage& image)
{
    for (int y = 0; y < image.height(); y += 2)
        for (int x = 0; x < image.width(); x += 2)
            if (image.pixel(x, y) != qRgb(255, 255, 255) && qAlpha(image.pixel(x, y)) > 0)
                return true;
    return false;
}
} // namespace

class TestGraphView : public QObject
{
    Q_OBJECT
private slots:
    void rendersAndExports();
    void doubleClickEmitsEntity();
    void dragNodeEdgesFollow();
    void labelsPlacedApartAndWhole();
    void linksPageRelatedCasesAndPath();
    void clusterRowsSelectOnClickOpenOnEnter();
    void linkDialogInlineErrors();

private:
    std::unique_ptr<TestDatabase> fixture();
    std::unique_ptr<SessionContext> session(TestDatabase& t, const char* badge)
    {
        auto user = UserService(t.db()).find(QLatin1String(badge));
        return user ? std::make_unique<SessionContext>(t.db(), *user) : nullptr;
    }
};

void TestGraphView::rendersAndExports()
{
    GraphView view;
    view.resize(800, 600);
    view.setGraph(sampleGraph());
    QCOMPARE(view.nodeCount(), 8);
    QCOMPARE(view.edgeCount(), 8);
    QCOMPARE(view.scene()->items().size(), 16);
    // The path case 1 - person 1 - household - person 3 - case 2.
    view.setHighlight({0, 1, 2, 3}, {0, 1, 2, 3, 4});
    QCOMPARE(view.highlightedEdges(), (QList<int>{0, 1, 2, 3}));
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QVERIFY(hasInk(view.grab().toImage()));

    QTemporaryDir dir;
    const QString png = dir.filePath(QStringLiteral("graph.png")),
                  svg = dir.filePath(QStringLiteral("graph.svg"));
    QVERIFY(view.exportPng(png));
    QVERIFY(view.exportSvg(svg));
    QImage image(png);
    QVERIFY(!image.isNull());
    QVERIFY(image.width() > 100 && image.height() > 50);
    QVERIFY(hasInk(image));
    QFile f(svg);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray text = f.readAll();
    QVERIFY(text.contains("<svg"));
    QVERIFY(text.size() > 2000);
    // Empty view: nothing to export.
    GraphView empty;
    QVERIFY(!empty.exportPng(dir.filePath(QStringLiteral("none.png"))));
}

void TestGraphView::doubleClickEmitsEntity()
{
    GraphView view;
    view.resize(800, 600);
    view.setGraph(sampleGraph());
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QSignalSpy spy(&view, &GraphView::entityActivated);
    const QPoint at = view.mapFromScene(view.nodePosition(5));
    QTest::mouseDClick(view.viewport(), Qt::LeftButton, {}, at);
    QVERIFY(spy.count() >= 1);
    QCOMPARE(spy.first().first().value<EntityRef>(),
             (EntityRef{QStringLiteral("phone"), QStringLiteral("6")}));
    // Double-clicking the background activates nothing.
    spy.clear();
    QTest::mouseDClick(view.viewport(), Qt::LeftButton, {}, QPoint(2, 2));
    QCOMPARE(spy.count(), 0);
}

void TestGraphView::dragNodeEdgesFollow()
{
    GraphView view;
    view.setGraph(sampleGraph());
    // Moving node 7 (address) moves the edge drawn to it.
    QGraphicsItem* edge = nullptr;
    QGraphicsItem* node = nullptr;
    for (QGraphicsItem* item : view.scene()->items()) {
        if (item->flags() & QGraphicsItem::ItemIsMovable) {
            if (item->pos() == view.nodePosition(7))
                node = item;
        } else if (item->boundingRect().contains(view.nodePosition(7)) &&
                   item->boundingRect().contains(view.nodePosition(6))) {
            edge = item;
        }
    }
    QVERIFY(node && edge);
    const QRectF before = edge->boundingRect();
    node->setPos(node->pos() + QPointF(500, 300));
    QVERIFY(edge->boundingRect() != before);
    QVERIFY(edge->boundingRect().contains(node->pos()));
}

// Labels (nodes' and edges') are placed where no two meet, an edge's left out where it finds no place; a long
// label is shortened in the middle, a number in it never (the label is widened instead); the tooltip holds
// the full text.
void TestGraphView::labelsPlacedApartAndWhole()
{
    GraphViewData d = sampleGraph();
    const QString household = QStringLiteral("104000216 东岗路 12 号 3 单元 501 室, 张伟户, 常住人口四人");
    const QString longName =
        QStringLiteral("A very long name of an address somewhere in the old town quarter");
    d.labels[2] = household;
    d.labels[7] = longName;
    d.labels[5] = QStringLiteral("139 0000 0002");
    GraphView view;
    view.resize(800, 600);
    view.setGraph(d);
    const QList<QRectF> rects = view.labelRects();
    // Every node's label; the edges' where they find a free place (most of them here).
    QVERIFY2(rects.size() > view.nodeCount() + view.edgeCount() / 2,
             qPrintable(QString::number(rects.size())));
    QVERIFY(rects.size() <= view.nodeCount() + view.edgeCount());
    for (qsizetype i = 0; i < rects.size(); ++i)
        for (qsizetype j = i + 1; j < rects.size(); ++j)
            QVERIFY2(!rects.at(i).intersects(rects.at(j)),
                     qPrintable(QStringLiteral("labels %1 and %2 overlap").arg(i).arg(j)));
    // No node label over another node's icon.
    for (int n = 0; n < view.nodeCount(); ++n)
        for (int m = 0; m < view.nodeCount(); ++m)
            QVERIFY(!rects.at(n).contains(view.nodePosition(m)));
    QVERIFY2(view.nodeLabel(2).startsWith(QStringLiteral("104000216")), qPrintable(view.nodeLabel(2)));
    QCOMPARE(view.nodeLabel(5), QStringLiteral("139 0000 0002"));
    const QString shortened = view.nodeLabel(7);
    QVERIFY2(shortened.size() < longName.size() && shortened.contains(QChar(0x2026)), qPrintable(shortened));
    QVERIFY(shortened.startsWith(QStringLiteral("A very")) && shortened.endsWith(QStringLiteral("quarter")));
    QStringList tips;
    for (QGraphicsItem* item : view.scene()->items())
        tips << item->toolTip();
    QVERIFY(tips.contains(household) && tips.contains(longName));
}

std::unique_ptr<TestDatabase> TestGraphView::fixture()
{
    auto t = std::make_unique<TestDatabase>();
    test::loadFixture(*t, false);
    QSqlQuery q(t->db().sql());
    // SZ-1 and SZ-2: 张伟 and 王芳, one household. SZ-3: 李娜, whose case has a witness calling from
    // 王芳's phone (13900000002): joined through the phone. SZ-4: Anna Müller, alone.
    const bool ok = q.exec(QStringLiteral(
        "INSERT INTO cases(id, uuid, case_no, subject_person_id, source, opened_at) "
        "SELECT 1, 'c1', 'SZ-1', id, 'screening', '2026-03-02' FROM persons WHERE name = '张伟' UNION ALL "
        "SELECT 2, 'c2', 'SZ-2', id, 'screening', '2026-03-03' FROM persons WHERE name = '王芳' UNION ALL "
        "SELECT 3, 'c3', 'SZ-3', id, 'screening', '2026-03-04' FROM persons WHERE name = '李娜' UNION ALL "
        "SELECT 4, 'c4', 'SZ-4', id, 'screening', '2026-03-05' FROM persons WHERE name = 'Anna Müller'"));
    if (!ok)
        qFatal("cases: %s", qPrintable(q.lastError().text()));
    const auto id = LinkService(t->db(), Actor::system())
                        .add(LinkInput{EntityRef{QStringLiteral("phone"), QStringLiteral("139 0000 0002")},
                                       EntityRef{QStringLiteral("case"), QStringLiteral("SZ-3")},
                                       QStringLiteral("witness"), 0.6, QStringLiteral("caller")});
    if (!id)
        qFatal("link: %s", qPrintable(id.error().text()));
    return t;
}

void TestGraphView::linksPageRelatedCasesAndPath()
{
    auto t = fixture();
    auto s = session(*t, "100003"); // the investigator
    QVERIFY(s);
    LinksPage page(*s);
    page.resize(1200, 800);
    QSignalSpy shown(&page, &LinksPage::resultShown);
    page.show(); // related cases on first show, off the GUI thread
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QTRY_COMPARE(shown.count(), 1);
    QVERIFY(!page.isRunning());
    QVERIFY2(page.errorLabel()->isHidden(), qPrintable(page.errorLabel()->text()));
    QTableWidget* table = page.resultsTable();
    QCOMPARE(table->rowCount(), 1); // one cluster with SZ-1, SZ-2 and SZ-3; SZ-4 is alone
    QCOMPARE(table->item(0, 0)->text(), QStringLiteral("3"));
    const QString cases = table->item(0, 2)->text();
    QVERIFY2(cases.contains(u"SZ-1 张伟") && cases.contains(u"SZ-2 王芳") && cases.contains(u"SZ-3 李娜"),
             qPrintable(cases));
    QVERIFY(!cases.contains(u"SZ-4"));
    // The drawn cluster: 3 cases, 3 people, 2 households, the phone.
    QCOMPARE(page.graphView()->nodeCount(), 9);

    // The strongest chain from SZ-1 to SZ-3, step by step with the sources.
    page.firstPicker()->kindBox()->setCurrentIndex(
        page.firstPicker()->kindBox()->findData(QStringLiteral("case")));
    page.firstPicker()->textEdit()->setText(QStringLiteral("SZ-1"));
    page.secondPicker()->kindBox()->setCurrentIndex(
        page.secondPicker()->kindBox()->findData(QStringLiteral("case")));
    page.secondPicker()->textEdit()->setText(QStringLiteral("sz-3"));
    page.findPath();
    QTRY_COMPARE(shown.count(), 2);
    QVERIFY2(page.errorLabel()->isHidden(), qPrintable(page.errorLabel()->text()));
    // SZ-1 - 张伟 - H001 - 王芳 - phone - SZ-3
    QCOMPARE(table->rowCount(), 5);
    QCOMPARE(table->item(0, 0)->text(), QStringLiteral("SZ-1 张伟"));
    QCOMPARE(table->item(4, 1)->text(), QStringLiteral("SZ-3 李娜"));
    QCOMPARE(table->item(4, 3)->text(), QStringLiteral("0.60"));
    QVERIFY(table->item(4, 4)->text().contains(u"command line"));
    QVERIFY(table->item(3, 4)->text().contains(u"phone number on record"));
    QCOMPARE(page.graphView()->highlightedEdges().size(), 5);

    // Filtered to typed links only, the cases are not joined.
    page.minConfidenceBox()->setValue(0.7);
    page.findPath();
    QTRY_COMPARE(shown.count(), 3);
    QVERIFY(page.errorLabel()->isVisible());

    // A person with no links: the neighbourhood says so inline.
    page.minConfidenceBox()->setValue(0);
    page.firstPicker()->kindBox()->setCurrentIndex(
        page.firstPicker()->kindBox()->findData(QStringLiteral("phone")));
    page.firstPicker()->textEdit()->setText(QStringLiteral("12"));
    page.showNeighbourhood();
    QVERIFY(page.errorLabel()->text().contains(u"7 to 20 digits"));

    // The neighbourhood of 王芳's phone within one link: the phone, 王芳 and SZ-3.
    page.firstPicker()->textEdit()->setText(QStringLiteral("13900000002"));
    page.hopsBox()->setValue(1);
    page.showNeighbourhood();
    QTRY_COMPARE(shown.count(), 4);
    QCOMPARE(page.graphView()->nodeCount(), 3);
    QCOMPARE(table->rowCount(), 3);
    QCOMPARE(table->item(0, 0)->text(), QStringLiteral("13900000002"));

    // Cancel: the job stops at its next check and the previous drawing stays.
    page.hopsBox()->setValue(3);
    page.showNeighbourhood();
    QVERIFY(page.isRunning());
    page.cancel();
    QTRY_COMPARE(shown.count(), 5);
    QVERIFY(!page.isRunning());
    QCOMPARE(page.graphView()->nodeCount(), 3);
}

// A cluster row: one click selects it (the cluster is drawn), Enter or a double-click opens the
// case it is shown by; an entity row opens its record the same way.
void TestGraphView::clusterRowsSelectOnClickOpenOnEnter()
{
    auto t = fixture();
    auto s = session(*t, "100003");
    LinksPage page(*s);
    page.resize(1200, 800);
    QSignalSpy shown(&page, &LinksPage::resultShown);
    QSignalSpy opened(s.get(), &SessionContext::openRequested);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QTRY_COMPARE(shown.count(), 1);
    QTableWidget* table = page.resultsTable();
    QCOMPARE(table->rowCount(), 1);

    // One click: the cluster is drawn again (a job runs), nothing opens.
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                      table->visualItemRect(table->item(0, 2)).center());
    QTRY_COMPARE(shown.count(), 2);
    QCOMPARE(opened.size(), 0);
    QCOMPARE(table->rowCount(), 1); // the list of clusters stays
    // Enter: the cluster's case opens.
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Return);
    QCOMPARE(opened.size(), 1);
    const auto first = opened.at(0).at(0).value<RecordRef>();
    QCOMPARE(first.kind, RecordKind::Case);
    QVERIFY2(first.id >= 1 && first.id <= 3, qPrintable(QString::number(first.id)));

    // The neighbourhood of 王芳's phone: a double-click on the case's row opens SZ-3 (id 3).
    page.firstPicker()->kindBox()->setCurrentIndex(
        page.firstPicker()->kindBox()->findData(QStringLiteral("phone")));
    page.firstPicker()->textEdit()->setText(QStringLiteral("13900000002"));
    page.hopsBox()->setValue(1);
    page.showNeighbourhood();
    QTRY_COMPARE(shown.count(), 3);
    int caseRow = -1;
    for (int r = 0; r < table->rowCount(); ++r)
        if (table->item(r, 0)->text().startsWith(u"SZ-3"))
            caseRow = r;
    QVERIFY(caseRow >= 0);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                      table->visualItemRect(table->item(caseRow, 0)).center());
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {},
                       table->visualItemRect(table->item(caseRow, 0)).center());
    QTRY_COMPARE(opened.size(), 2);
    QCOMPARE(opened.at(1).at(0).value<RecordRef>(), (RecordRef{RecordKind::Case, 3}));
}

void TestGraphView::linkDialogInlineErrors()
{
    auto t = fixture();
    auto s = session(*t, "100003");
    LinkDialog dialog(*s);
    dialog.setFirst(EntityRef{QStringLiteral("case"), QStringLiteral("4")}, QStringLiteral("SZ-4"));
    EntityPicker* b = dialog.secondPicker();
    b->kindBox()->setCurrentIndex(b->kindBox()->findData(QStringLiteral("vehicle")));
    dialog.accept();
    QVERIFY(!dialog.errorLabel(QStringLiteral("b"))->isHidden());
    QVERIFY(dialog.errorLabel(QStringLiteral("b"))->text().contains(u"plate"));
    QVERIFY(dialog.errorLabel(QStringLiteral("a"))->isHidden());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    const qint64 links = t->count(QStringLiteral("links"));
    QTest::keyClicks(b->textEdit(), QStringLiteral("gan a 12345"));
    QVERIFY(dialog.errorLabel(QStringLiteral("b"))->isHidden()); // editing clears it
    dialog.kindBox()->setCurrentIndex(dialog.kindBox()->findData(QStringLiteral("sighting")));
    dialog.confidenceBox()->setValue(0.5);
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(t->count(QStringLiteral("links")), links + 1);
    QCOMPARE(
        t->scalar(QStringLiteral("SELECT b_key FROM links WHERE id = %1").arg(dialog.linkId())).toString(),
        QStringLiteral("GANA12345"));
    // The same link again: refused next to the kind.
    LinkDialog again(*s);
    again.setFirst(EntityRef{QStringLiteral("case"), QStringLiteral("4")}, QStringLiteral("SZ-4"));
    again.setSecond(EntityRef{QStringLiteral("vehicle"), QStringLiteral("GANA12345")},
                    QStringLiteral("GANA12345"));
    again.kindBox()->setCurrentIndex(again.kindBox()->findData(QStringLiteral("sighting")));
    again.accept();
    QVERIFY(!again.errorLabel(QStringLiteral("kind"))->isHidden());
    QCOMPARE(t->count(QStringLiteral("links")), links + 1);
    // An officer may not link.
    auto officer = session(*t, "100001");
    LinkDialog denied(*officer);
    denied.setFirst(EntityRef{QStringLiteral("case"), QStringLiteral("4")}, QStringLiteral("SZ-4"));
    denied.setSecond(EntityRef{QStringLiteral("case"), QStringLiteral("1")}, QStringLiteral("SZ-1"));
    denied.accept();
    QVERIFY(!denied.errorLabel(QString())->isHidden());
    QCOMPARE(t->count(QStringLiteral("links")), links + 1);
}

QTEST_MAIN(TestGraphView)
#include "tst_graph_view.moc"
