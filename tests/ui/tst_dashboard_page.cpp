// The dashboard page on the fixture operation (offscreen): the series and bar/slice counts
// drawn from the figures, drill-down from a station's bar to its areas, from an area's bar to
// its pending households, from a donut slice and a day's bar to their lists; stale refreshes
// dropped; chart PNG and table CSV export (BOM + header).
#include "core/auth/UserService.h"
#include "core/cases/CaseService.h"
#include "core/crimes/CrimeService.h"
#include "core/crimes/ReunionService.h"
#include "core/registry/Vocabulary.h"
#include "core/stats/StatsService.h"
#include "tests/support/Fixture.h"
#include "ui/charts/OperationCharts.h"
#include "ui/common/SessionContext.h"
#include "ui/common/TableExportDialog.h"
#include "ui/dashboard/DashboardPage.h"
#include "ui/dashboard/DrillDownDialog.h"
#include "ui/report/ReportDialog.h"

#include <QApplication>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QGraphicsScene>
#include <QGraphicsTextItem>
#include <QHorizontalBarSeries>
#include <QImage>
#include <QLabel>
#include <QLegendMarker>
#include <QPieSeries>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QValueAxis>

using namespace hc;
using hc::test::TestDatabase;

class TestDashboardPage : public QObject
{
    Q_OBJECT
private slots:
    void exportSuffixFollowsTheFormat();
    void initTestCase();
    void cleanupTestCase();
    void rendersSeries();
    void drillDowns();
    void staleRefreshDropped();
    void exports();
    void exportNamesSayWhatAndFilter();
    void dayLabelsBarValuesAndLegend();
    void percentScaleWholeWhenNarrow();
    void drillDownCountsTheTotal();
    void reportForTheFilter();
    void familiesTileOpensReunions();

private:
    std::unique_ptr<test::ClockGuard> m_clock;
    std::unique_ptr<TestDatabase> m_t;
    std::unique_ptr<SessionContext> m_session;
    std::unique_ptr<DashboardPage> m_page;
    qint64 m_op = 0;
};

namespace {
QChart* chartOf(DashboardPage& page, DashboardPage::ChartIndex i)
{
    return page.chartView(i)->chart();
}
} // namespace

void TestDashboardPage::initTestCase()
{
    m_clock = std::make_unique<test::ClockGuard>(QDateTime(QDate(2026, 6, 1), QTime(12, 0)));
    m_t = std::make_unique<TestDatabase>();
    m_op = test::loadFixture(*m_t);
    auto user = UserService(m_t->db()).find(QStringLiteral("100002")); // supervisor
    QVERIFY(user.ok());
    m_session = std::make_unique<SessionContext>(m_t->db(), *user);
    m_session->setOperation(m_op);
    m_page = std::make_unique<DashboardPage>(*m_session);
    QSignalSpy refreshed(m_page.get(), &DashboardPage::refreshed);
    m_page->resize(1400, 1000);
    m_page->show();
    QTRY_VERIFY(refreshed.count() >= 1);
    QTRY_VERIFY(!m_page->isBusy());
}

void TestDashboardPage::cleanupTestCase()
{
    m_page.reset();
    m_session.reset();
    m_t.reset();
    m_clock.reset();
}

void TestDashboardPage::rendersSeries()
{
    DashboardPage& page = *m_page;
    QCOMPARE(page.tile(0)->text(), QStringLiteral("4")); // households in scope
    QCOMPARE(page.tile(2)->text(), QStringLiteral("2")); // covered
    // The registration tiles beside the unregistered found (小红, no registration file yet), with
    // their captions, as `stats` counts them for the page's filter.
    QCOMPARE(page.tile(DashboardPage::UnregisteredFoundTile)->text(), QStringLiteral("1"));
    QCOMPARE(page.tile(DashboardPage::RegisteredTile)->text(), QStringLiteral("0"));
    QCOMPARE(page.tile(DashboardPage::IdCardsTile)->text(), QStringLiteral("0"));
    const auto stats = StatsService(m_t->db()).compute(page.filter(), Actor::system());
    QVERIFY(stats.ok());
    QCOMPARE(page.data().headline.unregisteredFound, stats->unregisteredFound);
    QCOMPARE(page.data().headline.unregisteredRegistered, stats->unregisteredRegistered);
    QCOMPARE(page.data().headline.unregisteredIdCards, stats->unregisteredIdCards);
    QCOMPARE(page.coverageProgress()->value(), 2);
    QCOMPARE(page.coverageProgress()->maximum(), 4); // the target

    QCOMPARE(chartOf(page, DashboardPage::CumulativeChart)->series().size(), 2); // covered + target
    auto* visits = qobject_cast<QBarSeries*>(chartOf(page, DashboardPage::VisitsChart)->series().value(0));
    QVERIFY(visits);
    QCOMPARE(visits->barSets().size(), 1);
    QCOMPARE(visits->barSets().first()->count(), 90); // one bar per day of the operation
    qreal total = 0;
    for (int i = 0; i < 90; ++i)
        total += visits->barSets().first()->at(i);
    QCOMPARE(total, 6.0);

    auto* coverage =
        qobject_cast<QHorizontalBarSeries*>(chartOf(page, DashboardPage::CoverageChart)->series().value(0));
    QVERIFY(coverage);
    QCOMPARE(coverage->barSets().first()->count(), 2);   // two stations
    QCOMPARE(coverage->barSets().first()->at(1), 100.0); // 东岗 on top: all covered
    QCOMPARE(coverage->barSets().first()->at(0), 0.0);   // 西湖
    // Two stations: a short chart, not two bars stretched over the height made for sixty.
    QCOMPARE(page.chartView(DashboardPage::CoverageChart)->height(), charts::coverageBarsHeight(2));
    QVERIFY(charts::coverageBarsHeight(2) < charts::coverageBarsHeight(60));
    auto* donut = qobject_cast<QPieSeries*>(chartOf(page, DashboardPage::StatusChart)->series().value(0));
    QVERIFY(donut);
    QCOMPARE(donut->count(), 4); // present, away verified, away unverified, unregistered found
    QCOMPARE(donut->sum(), 7.0);
    QCOMPARE(chartOf(page, DashboardPage::CasesChart)->series().size(), 4);

    QCOMPARE(page.table(DashboardPage::OfficersTable)->rowCount(), 2);
    QCOMPARE(page.table(DashboardPage::BacklogTable)->rowCount(), 1);
    QCOMPARE(page.table(DashboardPage::BacklogTable)->item(0, 0)->text(), QStringLiteral("西湖社区"));
}

void TestDashboardPage::drillDowns()
{
    DashboardPage& page = *m_page;
    QSignalSpy refreshed(&page, &DashboardPage::refreshed);
    QSignalSpy opened(&page, &DashboardPage::drillDownOpened);
    // 西湖's bar (the second row, drawn at the bottom) narrows the dashboard to its areas.
    auto* coverage =
        qobject_cast<QHorizontalBarSeries*>(chartOf(page, DashboardPage::CoverageChart)->series().value(0));
    emit coverage->barSets().first()->clicked(int(charts::coverageRowOfBar(1, 2)));
    QCOMPARE(page.stationBox()->currentText(), QStringLiteral("西湖派出所"));
    QTRY_VERIFY(refreshed.count() >= 1 && !page.isBusy());
    QVERIFY(page.data().coverageByArea);
    QCOMPARE(page.data().coverage.size(), 1);
    QCOMPARE(page.data().headline.householdsInScope, 2);

    // The area's bar: its households still pending.
    coverage =
        qobject_cast<QHorizontalBarSeries*>(chartOf(page, DashboardPage::CoverageChart)->series().value(0));
    QCOMPARE(coverage->barSets().first()->count(), 1);
    emit coverage->barSets().first()->clicked(0);
    QTRY_COMPARE(opened.count(), 1);
    DrillDownDialog* d = page.lastDrillDown();
    QVERIFY(d);
    QCOMPARE(d->table()->rowCount(), 2);
    QCOMPARE(d->table()->item(0, 0)->text(), QStringLiteral("H003"));
    QCOMPARE(d->table()->item(1, 0)->text(), QStringLiteral("H004"));
    d->close();

    // A day's bar in 西湖: 4 March, the refusal at H003.
    auto* visits = qobject_cast<QBarSeries*>(chartOf(page, DashboardPage::VisitsChart)->series().value(0));
    emit visits->barSets().first()->clicked(3);
    QTRY_COMPARE(opened.count(), 2);
    QCOMPARE(page.lastDrillDown()->table()->rowCount(), 1);
    QCOMPARE(page.lastDrillDown()->table()->item(0, 1)->text(), QStringLiteral("H003"));
    page.lastDrillDown()->close();

    // Back to every station; the unregistered-found slice lists 小红.
    refreshed.clear();
    page.stationBox()->setCurrentIndex(0);
    QTRY_VERIFY(refreshed.count() >= 1 && !page.isBusy());
    auto* donut = qobject_cast<QPieSeries*>(chartOf(page, DashboardPage::StatusChart)->series().value(0));
    QPieSlice* unregistered = nullptr;
    for (QPieSlice* s : donut->slices())
        if (s->property("status").toString() == QStringLiteral("unregistered_found"))
            unregistered = s;
    QVERIFY(unregistered);
    emit donut->clicked(unregistered);
    QTRY_COMPARE(opened.count(), 3);
    QCOMPARE(page.lastDrillDown()->table()->rowCount(), 1);
    QCOMPARE(page.lastDrillDown()->table()->item(0, 0)->text(), QStringLiteral("小红"));
    page.lastDrillDown()->close();
}

void TestDashboardPage::staleRefreshDropped()
{
    QSignalSpy refreshed(m_page.get(), &DashboardPage::refreshed);
    m_page->refresh();
    m_page->refresh();
    QTRY_VERIFY(!m_page->isBusy());
    QTest::qWait(50);
    QCOMPARE(refreshed.count(), 1); // the first result arrived after the second was asked for
}

void TestDashboardPage::exports()
{
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("officers.csv"));
    QVERIFY(m_page->saveTableCsv(DashboardPage::OfficersTable, csv));
    QFile f(csv);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const QList<QByteArray> lines = bytes.mid(3).split('\n');
    // The filter it was made with first, then the header.
    QVERIFY2(lines.first().startsWith("Filters: whole operation"), lines.first().constData());
    QVERIFY(lines.at(1).startsWith("Officer,Station,Visits,Households covered,Person-checks"));
    QCOMPARE(lines.size(), 5); // filters, header, two officers, the empty tail after the last CRLF
    QVERIFY(bytes.contains("100001"));

    const QString png = dir.filePath(QStringLiteral("coverage.png"));
    QVERIFY(m_page->saveChartPng(DashboardPage::CoverageChart, png));
    QImage image(png);
    QVERIFY(!image.isNull());
    QVERIFY(image.width() > 100);
}

// Default export names: what the file holds, then the filter (station, date range; the export
// day for the whole operation).
void TestDashboardPage::exportNamesSayWhatAndFilter()
{
    m_page->wholeOperationBox()->setChecked(true);
    QTRY_VERIFY(!m_page->isBusy());
    QCOMPARE(m_page->exportName(DashboardPage::CoverageChart),
             QStringLiteral("coverage-by-station-2026-06-01.png"));
    QCOMPARE(m_page->exportName(DashboardPage::OverdueTable), QStringLiteral("overdue-cases-2026-06-01.csv"));

    m_page->wholeOperationBox()->setChecked(false);
    m_page->fromEdit()->setDate(QDate(2026, 3, 1));
    m_page->toEdit()->setDate(QDate(2026, 5, 29));
    m_page->stationBox()->setCurrentIndex(m_page->stationBox()->findText(QStringLiteral("东岗派出所")));
    QTRY_VERIFY(!m_page->isBusy());
    QCOMPARE(m_page->exportName(DashboardPage::CoverageChart),
             QStringLiteral("coverage-by-station-东岗派出所-2026-03-01_2026-05-29.png"));
    QCOMPARE(m_page->exportName(DashboardPage::OfficersTable),
             QStringLiteral("officer-productivity-东岗派出所-2026-03-01_2026-05-29.csv"));

    m_page->stationBox()->setCurrentIndex(0);
    m_page->wholeOperationBox()->setChecked(true);
    QTRY_VERIFY(!m_page->isBusy());
}

// Every table export offers CSV and Excel; the Excel filter gives the name its .xlsx suffix
// (core writes the format by the suffix: tst_xlsx).
void TestDashboardPage::exportSuffixFollowsTheFormat()
{
    QCOMPARE(TableExportDialog::withSuffix("coverage-by-station.csv", true), "coverage-by-station.xlsx");
    QCOMPARE(TableExportDialog::withSuffix("coverage-by-station.csv", false), "coverage-by-station.csv");
    QCOMPARE(TableExportDialog::withSuffix("list.XLSX", true), "list.XLSX");
    QCOMPARE(TableExportDialog::withSuffix("list", true), "list.xlsx");
    QCOMPARE(TableExportDialog::withSuffix("list.xlsx", false), "list.csv");
}

// The charts on their own: day labels on their bars with a step that keeps them apart, the
// first and last day always labelled; bars with their values; the station chart's scale at
// top and bottom; the donut's legend "label (count)".
void TestDashboardPage::dayLabelsBarValuesAndLegend()
{
    const QDate start(2026, 3, 1);
    // Days: expected labelled indexes.
    const QList<QPair<int, QList<int>>> cases = {
        {1, {0}}, {30, {0, 3, 6, 9, 12, 15, 18, 21, 24, 29}}, {90, {0, 14, 28, 42, 56, 70, 89}}};
    for (const auto& [count, expected] : cases) {
        QList<DayRow> days;
        for (int i = 0; i < count; ++i) {
            DayRow d;
            d.day = start.addDays(i);
            d.visits = i % 7;
            days << d;
        }
        QCOMPARE(charts::dayLabelIndexes(count), expected);
        std::unique_ptr<QChart> chart(charts::visitsPerDay(days));
        QCategoryAxis* x = nullptr;
        for (QAbstractAxis* a : chart->axes(Qt::Horizontal))
            x = x ? x : qobject_cast<QCategoryAxis*>(a);
        QVERIFY2(x, "visits per day: no day axis");
        const QStringList labels = x->categoriesLabels();
        QCOMPARE(labels.size(), expected.size());
        QVERIFY(labels.size() <= charts::kMaxDayLabels);
        QCOMPARE(labels.first(), start.toString("MM-dd"));
        QCOMPARE(labels.last(), start.addDays(count - 1).toString("MM-dd"));
        QCOMPARE(x->labelsPosition(), QCategoryAxis::AxisLabelsPositionOnValue);
        for (qsizetype i = 0; i < labels.size(); ++i) // each label at its bar (bar i at x = i)
            QCOMPARE(x->endValue(labels.at(i)), qreal(expected.at(i)));
        QVERIFY(x->min() < 0 && x->max() > count - 1); // the first and last bars whole
        auto* series = qobject_cast<QBarSeries*>(chart->series().value(0));
        QVERIFY(series);
        // Values over the bars while they fit; over a whole operation they would overlap.
        QCOMPARE(series->isLabelsVisible(), count <= charts::kMaxBarValues);
    }

    const QList<CoverageRow> rows = {{1, QStringLiteral("东岗派出所"), 4, 4, 4},
                                     {2, QStringLiteral("西湖派出所"), 4, 1, 1}};
    std::unique_ptr<QChart> bars(charts::coverageBars(rows, QStringLiteral("Coverage")));
    auto* h = qobject_cast<QHorizontalBarSeries*>(bars->series().value(0));
    QVERIFY(h && h->isLabelsVisible());
    QList<Qt::Alignment> scales;
    for (QAbstractAxis* a : bars->axes(Qt::Horizontal))
        if (qobject_cast<QValueAxis*>(a))
            scales << a->alignment();
    QVERIFY(scales.contains(Qt::AlignTop) && scales.contains(Qt::AlignBottom));

    std::unique_ptr<QChart> donut(
        charts::latestStatusDonut({{QStringLiteral("present"), 12}, {QStringLiteral("away_verified"), 3}}));
    const QList<QLegendMarker*> markers = donut->legend()->markers();
    QCOMPARE(markers.size(), 2);
    QVERIFY2(markers.at(0)->label().endsWith(" (12)"), qPrintable(markers.at(0)->label()));
    QVERIFY2(markers.at(1)->label().endsWith(" (3)"), qPrintable(markers.at(1)->label()));
}

// The station chart's percent scale at 500 px wide: fewer steps, every label drawn whole ("100%"
// at both ends, none elided); wide, a step every 10%.
void TestDashboardPage::percentScaleWholeWhenNarrow()
{
    // Shares that no scale label reads (33.3%, 28.6%), so the bars' own labels are told apart.
    const QList<CoverageRow> rows = {{1, QStringLiteral("东岗派出所"), 3, 1, 1},
                                     {2, QStringLiteral("西湖派出所"), 7, 2, 2},
                                     {3, QStringLiteral("雁滩派出所"), 3, 1, 1}};
    const QStringList scaleLabels = {"0%",  "10%", "20%", "25%", "30%", "40%", "50%",
                                     "60%", "70%", "75%", "80%", "90%", "100%"};
    for (const int width : {500, 1400}) {
        QChartView view(charts::coverageBars(rows, QStringLiteral("Coverage per station")));
        view.resize(width, charts::coverageBarsHeight(rows.size()));
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QApplication::processEvents();
        QStringList drawn;
        const auto collect = [&] {
            drawn.clear();
            for (QGraphicsItem* item : view.scene()->items())
                if (auto* text = dynamic_cast<QGraphicsTextItem*>(item); text && text->isVisible())
                    drawn << text->toPlainText();
        };
        QTRY_VERIFY((collect(), drawn.count(QStringLiteral("100%")) == 2));
        int scale = 0;
        for (const QString& t : drawn) {
            QVERIFY2(!t.contains(u'…') && !t.contains(QStringLiteral("...")), qPrintable(t));
            scale += scaleLabels.contains(t) ? 1 : 0;
        }
        auto* x = qobject_cast<QValueAxis*>(view.chart()->axes(Qt::Horizontal).value(0));
        QVERIFY(x);
        QCOMPARE(scale, 2 * x->tickCount()); // every tick labelled, top and bottom
        if (width == 500)
            QVERIFY2(x->tickCount() < 11, qPrintable(QString::number(x->tickCount())));
        else
            QCOMPARE(x->tickCount(), 11);
    }
    const QFont font;
    QCOMPARE(charts::percentTickCount(2000, font), 11);
    QVERIFY(charts::percentTickCount(200, font) < charts::percentTickCount(400, font));
    QCOMPARE(charts::percentTickCount(1, font), 2); // 0% and 100% at the least
}

// A drill-down's count line: the rows there are, and how many are shown when not all.
void TestDashboardPage::drillDownCountsTheTotal()
{
    DrillRows rows;
    rows.headers = QStringList{"A"};
    rows.rows = {QStringList{"a"}, QStringList{"b"}};
    rows.ids = {1, 2};
    rows.total = 2;
    QCOMPARE(DrillDownDialog::countText(RecordKind::Household, rows),
             DrillDownDialog::tr("%Ln household(s)", nullptr, 2));
    rows.truncated = true;
    rows.total = 1680;
    const QString text = DrillDownDialog::countText(RecordKind::Visit, rows);
    QVERIFY2(text.startsWith(DrillDownDialog::tr("%Ln visit(s)", nullptr, 1680) + ", "), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("2 shown")), qPrintable(text));
}

// "Report for this filter": the report is built for the dashboard's filter, says so in its
// title, and its headline is the tiles' figures.
void TestDashboardPage::reportForTheFilter()
{
    m_page->stationBox()->setCurrentIndex(m_page->stationBox()->findText(QStringLiteral("东岗派出所")));
    QTRY_VERIFY(!m_page->isBusy());
    QTest::mouseClick(m_page->reportButton(), Qt::LeftButton);
    auto* dialog = m_page->findChild<ReportDialog*>();
    QVERIFY(dialog);
    QSignalSpy ready(dialog, &ReportDialog::reportReady);
    QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 1, 20000);
    const OperationReport& report = dialog->report();
    QCOMPARE(report.filter.stationId, m_page->filter().stationId);
    QVERIFY(report.filter.stationId > 0);
    QVERIFY2(report.title.narrowedTo.contains(QStringLiteral("东岗派出所")),
             qPrintable(report.title.narrowedTo));
    QCOMPARE(report.headline.householdsVisited, m_page->data().headline.householdsVisited);
    QCOMPARE(report.headline.householdsCovered, m_page->data().headline.householdsCovered);
    QCOMPARE(report.headline.personChecks, m_page->data().headline.personChecks);
    dialog->close();
    m_page->stationBox()->setCurrentIndex(0);
    QTRY_VERIFY(!m_page->isBusy());
}

// The families-reunited tile lists the reunions behind it (issue 16: every figure opens its rows).
void TestDashboardPage::familiesTileOpensReunions()
{
    CaseService cases(m_t->db(), Actor::system());
    PublicReport r;
    r.reporterName = QStringLiteral("王大妈");
    r.reporterPhone = QStringLiteral("13900001234");
    r.subjectName = QStringLiteral("刘明");
    r.lastSeenPlace = QStringLiteral("车站");
    r.reportText = QStringLiteral("未归");
    r.risk = QStringLiteral("high");
    r.stationId = m_t->scalar("SELECT id FROM stations WHERE name = '东岗派出所'").toLongLong();
    const qint64 id = *cases.findByNumber(*cases.openFromPublicReport(r));
    // Reported after the operation's end (the clock's day): put it in the operation.
    m_t->scalar(QStringLiteral("UPDATE cases SET operation_id = %1 WHERE id = %2").arg(m_op).arg(id));
    QVERIFY(cases.setOutcome(id, {QStringLiteral("found_alive"), QDate(2026, 6, 1), {}}).ok());
    QVERIFY(ReunionService(m_t->db(), Actor::system())
                .record(id, {QDate(2026, 6, 1), QStringLiteral("in_person"), {}, {}})
                .ok());
    // The crimes tile: how many crimes, and per kind in its tooltip.
    QLabel* crimes = m_page->tile(8);
    QCOMPARE(crimes->text(), QStringLiteral("0"));
    CrimeDraft kidnapping{
        QStringLiteral("kidnapping"), QDate(2026, 6, 1), QStringLiteral("A2026-1"), true, {}};
    QVERIFY(CrimeService(m_t->db(), Actor::system()).create(id, kidnapping).ok());
    QSignalSpy refreshed(m_page.get(), &DashboardPage::refreshed);
    m_page->refresh();
    QTRY_VERIFY(refreshed.count() >= 1 && !m_page->isBusy());
    QCOMPARE(crimes->text(), QStringLiteral("1"));
    QVERIFY(crimes->toolTip().contains(
        Vocabulary::label(Vocabulary::Kind::CrimeKind, QStringLiteral("kidnapping"))));
    QLabel* families = m_page->tile(9);
    QVERIFY(families->text().contains(QStringLiteral(">1</a>")));
    QSignalSpy opened(m_page.get(), &DashboardPage::drillDownOpened);
    emit families->linkActivated(QStringLiteral("reunions"));
    QTRY_COMPARE(opened.count(), 1);
    DrillDownDialog* d = m_page->lastDrillDown();
    QCOMPARE(d->table()->rowCount(), 1);
    QCOMPARE(d->table()->item(0, 1)->text(), QStringLiteral("刘明"));
    QVERIFY(d->exportName().startsWith(QStringLiteral("reunions-")));
    d->close();
}

QTEST_MAIN(TestDashboardPage)
#include "tst_dashboard_page.moc"
