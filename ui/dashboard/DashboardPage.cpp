#include "ui/dashboard/DashboardPage.h"

#include "core/auth/Scope.h"
#include "core/common/Clock.h"
#include "core/common/DateText.h"
#include "core/households/HouseholdService.h"
#include "core/operations/OperationService.h"
#include "core/registry/Vocabulary.h"
#include "core/stats/FigureLabels.h"
#include "core/storage/Database.h"
#include "ui/charts/OperationCharts.h"
#include "ui/common/BackgroundRunner.h"
#include "ui/common/ExportNames.h"
#include "ui/common/RecordRows.h"
#include "ui/common/SessionContext.h"
#include "ui/common/TableExportDialog.h"
#include "ui/dashboard/DrillDownDialog.h"
#include "ui/dashboard/LeagueTab.h"
#include "ui/report/ReportDialog.h"

#include <QAction>
#include <QBarSeries>
#include <QBarSet>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QMessageBox>
#include <QPieSeries>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>
#include <memory>

namespace hc {

// Headline tiles: caption above a large figure, in two rows; the coverage bar below.
QGridLayout* DashboardPage::buildTiles()
{
    const QList<Figure> figures = {Figure::HouseholdsInScope,
                                   Figure::HouseholdsVisited,
                                   Figure::HouseholdsCovered,
                                   Figure::PersonChecks,
                                   Figure::WhereaboutsUnknownNow,
                                   Figure::CasesOpen,
                                   Figure::FoundAlive,
                                   Figure::Rescued,
                                   Figure::CrimesUncovered,
                                   Figure::FamiliesReunited,
                                   Figure::UnregisteredFound,
                                   Figure::UnregisteredRegistered,
                                   Figure::UnregisteredIdCards};
    Q_ASSERT(figures.size() == TileCount);
    constexpr int kPerRow = 7;
    auto* tiles = new QGridLayout;
    for (int i = 0; i < figures.size(); ++i) {
        auto* caption = new QLabel(FigureLabels::label(figures.at(i)));
        caption->setWordWrap(true); // "Whereabouts unknown now" on two lines rather than into its neighbour
        caption->setAlignment(Qt::AlignLeft | Qt::AlignBottom);
        auto* value = new QLabel(QStringLiteral("–"));
        QFont f = value->font();
        f.setPointSizeF(f.pointSizeF() * 1.6);
        f.setBold(true);
        value->setFont(f);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        tiles->addWidget(caption, 2 * (i / kPerRow), i % kPerRow);
        tiles->addWidget(value, 2 * (i / kPerRow) + 1, i % kPerRow);
        m_tiles << value;
    }
    // The families reunited open the reunions behind them (a click, or Tab and Enter).
    QLabel* families = m_tiles.at(FamiliesTile);
    families->setTextFormat(Qt::RichText);
    families->setTextInteractionFlags(Qt::TextBrowserInteraction);
    families->setToolTip(tr("Click to list the reunions behind this figure."));
    connect(families, &QLabel::linkActivated, this, [this] {
        const DashboardFilter f = filter();
        openDrillDown(FigureLabels::label(Figure::FamiliesReunited), RecordKind::Case, QString(),
                      [f](DashboardService& s) { return s.reunions(f); });
    });
    m_progress = new QProgressBar;
    m_progress->setTextVisible(true);
    const int rows = (int(figures.size()) + kPerRow - 1) / kPerRow;
    tiles->addWidget(m_progress, 2 * rows, 0, 1, kPerRow);
    return tiles;
}

// The five charts, each with "Save chart as PNG…" in its context menu.
QGridLayout* DashboardPage::buildCharts()
{
    auto* charts = new QGridLayout;
    for (int i = 0; i < ChartCount; ++i) {
        auto* view = new QChartView;
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumHeight(i == CoverageChart ? 420 : 300);
        view->setContextMenuPolicy(Qt::ActionsContextMenu);
        auto* save = new QAction(tr("Save chart as PNG…"), view);
        connect(save, &QAction::triggered, this, [this, i] { exportChart(ChartIndex(i)); });
        view->addAction(save);
        m_charts[i] = view;
    }
    charts->addWidget(m_charts[CumulativeChart], 0, 0);
    charts->addWidget(m_charts[VisitsChart], 0, 1);
    charts->addWidget(m_charts[CoverageChart], 1, 0, 1, 2);
    charts->addWidget(m_charts[StatusChart], 2, 0);
    charts->addWidget(m_charts[CasesChart], 2, 1);
    return charts;
}

// The tables' tabs (rows open what they name); returns the button exporting the current one.
QPushButton* DashboardPage::buildTables()
{
    m_tableTabs = new QTabWidget;
    const QStringList tableNames = {tr("Officer productivity"), tr("Revisit backlog"), tr("Overdue cases")};
    for (int i = 0; i < TableCount; ++i) {
        auto* t = new QTableWidget;
        t->setEditTriggers(QAbstractItemView::NoEditTriggers);
        t->setSelectionBehavior(QAbstractItemView::SelectRows);
        t->verticalHeader()->hide();
        t->setSortingEnabled(true);
        t->setMinimumHeight(260);
        t->setContextMenuPolicy(Qt::ActionsContextMenu);
        auto* save = new QAction(tr("Export table…"), t);
        connect(save, &QAction::triggered, this, [this, i] { exportTable(TableIndex(i)); });
        t->addAction(save);
        m_tables[i] = t;
        m_tableTabs->addTab(t, tableNames.at(i));
    }
    auto* exportTableButton = new QPushButton(tr("Export table…"));
    connect(exportTableButton, &QPushButton::clicked, this,
            [this] { exportTable(TableIndex(m_tableTabs->currentIndex())); });
    // An overdue case opens its case file (Enter or a double-click).
    openRecordsOnActivate(m_tables[OverdueTable], m_session, [](const QModelIndex& index) {
        return std::optional<RecordRef>(RecordRef{RecordKind::Case, rowId(index)});
    });
    // Enter or a double-click on an area in the backlog lists its households still pending.
    connect(m_tables[BacklogTable], &QTableWidget::cellActivated, this, [this](int row, int) {
        const QTableWidgetItem* item = m_tables[BacklogTable]->item(row, 0);
        if (!item)
            return;
        DashboardFilter f = filter();
        f.areaId = item->data(Qt::UserRole).toLongLong();
        openDrillDown(tr("Households pending in %1").arg(item->text()), RecordKind::Household, item->text(),
                      [f](DashboardService& s) { return s.pendingHouseholds(f); });
    });
    return exportTableButton;
}

DashboardPage::DashboardPage(SessionContext& session, QWidget* parent)
    : QWidget(parent), m_session(session), m_refreshRunner(new BackgroundRunner(this)),
      m_drillRunner(new BackgroundRunner(this))
{
    auto* bar = new QHBoxLayout;
    buildFilterBar(bar);

    m_title = new QLabel;
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_title->setFont(big);

    QGridLayout* tiles = buildTiles();
    QGridLayout* charts = buildCharts();
    QPushButton* exportTableButton = buildTables();

    auto* content = new QWidget;
    auto* contentLayout = new QVBoxLayout(content);
    contentLayout->addWidget(m_title);
    contentLayout->addLayout(tiles);
    contentLayout->addLayout(charts);
    contentLayout->addWidget(m_tableTabs);
    contentLayout->addWidget(exportTableButton, 0, Qt::AlignRight);
    auto* scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setWidget(content);

    // The overview (filter bar, figures, charts, tables) and the station league, one tab each.
    auto* overview = new QWidget;
    auto* overviewLayout = new QVBoxLayout(overview);
    overviewLayout->setContentsMargins(0, 0, 0, 0);
    overviewLayout->addLayout(bar);
    overviewLayout->addWidget(m_error);
    overviewLayout->addWidget(scroll);
    m_league = new LeagueTab(session);
    m_pages = new QTabWidget;
    m_pages->addTab(overview, tr("&Overview"));
    m_pages->addTab(m_league, tr("&League"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_pages);

    for (BackgroundRunner* runner : {m_refreshRunner, m_drillRunner})
        connect(runner, &BackgroundRunner::runningChanged, this, [this] { m_busy->setVisible(isBusy()); });
    connect(&m_session, &SessionContext::operationChanged, this, &DashboardPage::operationChanged);
    connect(&m_session, &SessionContext::dataChanged, this, [this] {
        if (isVisible())
            refresh();
    });
    operationChanged();
}

void DashboardPage::buildFilterBar(QHBoxLayout* bar)
{
    m_subBureau = new QComboBox;
    m_station = new QComboBox;
    m_area = new QComboBox;
    m_wholeOperation = new QCheckBox(tr("&Whole operation"));
    m_wholeOperation->setChecked(true);
    m_from = new QDateEdit;
    m_to = new QDateEdit;
    for (QDateEdit* e : {m_from, m_to}) {
        e->setCalendarPopup(true);
        e->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        e->setEnabled(false);
    }
    m_refresh = new QPushButton(tr("&Refresh"));
    m_refresh->setShortcut(QKeySequence::Refresh);
    m_busy = new QProgressBar;
    m_busy->setRange(0, 0); // busy indicator
    m_busy->setMaximumWidth(120);
    m_busy->hide();
    m_error = new QLabel;
    m_error->setWordWrap(true);
    QPalette p = m_error->palette();
    p.setColor(QPalette::WindowText, QColor(0xb0, 0x00, 0x20));
    m_error->setPalette(p);
    m_error->hide();

    auto* subLabel = new QLabel(tr("S&ub-bureau:"));
    subLabel->setBuddy(m_subBureau);
    auto* stationLabel = new QLabel(tr("&Station:"));
    stationLabel->setBuddy(m_station);
    auto* areaLabel = new QLabel(tr("&Area:"));
    areaLabel->setBuddy(m_area);
    bar->addWidget(subLabel);
    bar->addWidget(m_subBureau);
    bar->addWidget(stationLabel);
    bar->addWidget(m_station);
    bar->addWidget(areaLabel);
    bar->addWidget(m_area);
    bar->addWidget(m_wholeOperation);
    bar->addWidget(m_from);
    bar->addWidget(new QLabel(QStringLiteral("–")));
    bar->addWidget(m_to);
    bar->addWidget(m_refresh);
    bar->addWidget(m_busy);
    bar->addStretch();
    // The operation report for what the dashboard shows (File > Operation report is the whole
    // operation's): the same filter, so its figures are the tiles'.
    m_report = new QPushButton(tr("Re&port for this filter…"));
    m_report->setToolTip(tr("The operation report narrowed to the dashboard's filter"));
    bar->addWidget(m_report);
    connect(m_report, &QPushButton::clicked, this, &DashboardPage::openReport);

    connect(m_subBureau, &QComboBox::currentIndexChanged, this, [this] {
        if (m_loading)
            return;
        reloadStations();
        refresh();
    });
    connect(m_station, &QComboBox::currentIndexChanged, this, [this] {
        if (m_loading)
            return;
        reloadAreas();
        refresh();
    });
    connect(m_area, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_loading)
            refresh();
    });
    connect(m_wholeOperation, &QCheckBox::toggled, this, [this](bool whole) {
        m_from->setEnabled(!whole);
        m_to->setEnabled(!whole);
        refresh();
    });
    connect(m_from, &QDateEdit::dateChanged, this, [this] {
        if (!m_loading && !m_wholeOperation->isChecked())
            refresh();
    });
    connect(m_to, &QDateEdit::dateChanged, this, [this] {
        if (!m_loading && !m_wholeOperation->isChecked())
            refresh();
    });
    connect(m_refresh, &QPushButton::clicked, this, &DashboardPage::refresh);
    reloadSubBureaus();
}

void DashboardPage::reloadSubBureaus()
{
    m_loading = true;
    m_subBureau->clear();
    m_subBureau->addItem(tr("All sub-bureaus"), 0);
    for (const Place& p : DashboardService(m_session.db(), m_session.actor()).subBureaus())
        m_subBureau->addItem(p.name, p.id);
    // An officer sees their own station only (core narrows it anyway).
    const bool all = !Scope::bound(m_session.actor());
    m_subBureau->setEnabled(all);
    m_loading = false;
    reloadStations();
}

void DashboardPage::reloadStations()
{
    m_loading = true;
    m_station->clear();
    const bool all = !Scope::bound(m_session.actor());
    if (all) {
        m_station->addItem(tr("All stations"), 0);
        for (const Place& p : DashboardService(m_session.db(), m_session.actor())
                                  .stations(m_subBureau->currentData().toLongLong()))
            m_station->addItem(p.name, p.id);
    } else {
        m_station->addItem(m_session.user().stationName, m_session.defaultStationId());
    }
    m_station->setEnabled(all);
    m_loading = false;
    reloadAreas();
}

void DashboardPage::reloadAreas()
{
    m_loading = true;
    m_area->clear();
    m_area->addItem(tr("All areas"), 0);
    const qint64 station = m_station->currentData().toLongLong();
    if (station)
        for (const AreaRow& a : HouseholdService(m_session.db(), m_session.actor()).areas(station))
            m_area->addItem(a.name, a.id);
    m_area->setEnabled(station != 0);
    m_loading = false;
}

void DashboardPage::operationChanged()
{
    const auto op = OperationService(m_session.db(), m_session.actor()).find(m_session.operationId());
    m_loading = true;
    if (op) {
        for (QDateEdit* e : {m_from, m_to})
            e->setDateRange(op->start, op->end);
        m_from->setDate(op->start);
        m_to->setDate(op->end);
    }
    m_loading = false;
    if (m_shownOnce || isVisible())
        refresh();
}

void DashboardPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (!m_shownOnce) {
        m_shownOnce = true;
        refresh();
    }
}

void DashboardPage::openReport()
{
    auto* dialog = new ReportDialog(m_session, this, filter());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

DashboardFilter DashboardPage::filter() const
{
    DashboardFilter f;
    f.operationId = m_session.operationId();
    f.subBureauId = m_subBureau->currentData().toLongLong();
    f.stationId = m_station->currentData().toLongLong();
    f.areaId = m_area->currentData().toLongLong();
    if (!m_wholeOperation->isChecked()) {
        f.from = m_from->date();
        f.to = m_to->date();
    }
    return f;
}

bool DashboardPage::isBusy() const
{
    return m_refreshRunner->isRunning() || m_drillRunner->isRunning();
}

void DashboardPage::refresh()
{
    const DashboardFilter f = filter();
    if (!f.operationId) {
        m_error->setText(tr("Choose an operation to see its dashboard."));
        m_error->show();
        return;
    }
    if (f.from.isValid() && f.to.isValid() && f.from > f.to) {
        m_error->setText(tr("The first day is after the last day."));
        m_error->show();
        return;
    }
    const QDate today = Clock::instance().now().date();
    // A newer refresh supersedes a running one: its result is dropped.
    m_refreshRunner->start(
        m_session.db().address(),
        [f, today, actor = m_session.actor()](Database& db) {
            return DashboardService(db, actor).refresh(f, today);
        },
        [this](Result<DashboardData> result) {
            if (!result) {
                m_error->setText(result.error().text());
                m_error->show();
                return;
            }
            m_error->hide();
            m_data = std::move(result).value();
            showData(m_data);
            emit refreshed();
        });
}

void DashboardPage::showData(const DashboardData& d)
{
    m_title->setText(tr("%1: %2 to %3").arg(d.operationName, dateText(d.start), dateText(d.end)));
    showTiles(d);
    showCharts(d);
    showTables(d);
}

void DashboardPage::showTiles(const DashboardData& d)
{
    const DashboardHeadline& h = d.headline;
    const QList<qint64> values = {
        h.householdsInScope,  h.householdsVisited, h.householdsCovered, h.personChecks,
        h.whereaboutsUnknown, h.casesOpen,         h.foundAlive,        h.rescued,
        h.crimesUncovered(),  h.familiesReunited,  h.unregisteredFound, h.unregisteredRegistered,
        h.unregisteredIdCards};
    for (int i = 0; i < values.size(); ++i)
        m_tiles[i]->setText(locale().toString(values.at(i)));
    m_tiles.at(FamiliesTile)
        ->setText(QStringLiteral("<a href=\"reunions\">%1</a>").arg(locale().toString(h.familiesReunited)));
    // The crimes as the bureau reports them: "2 homicides, 5 kidnappings".
    QStringList kinds;
    for (auto it = h.crimesByKind.cbegin(); it != h.crimesByKind.cend(); ++it)
        if (it.value() > 0)
            kinds << tr("%1: %2").arg(Vocabulary::label(Vocabulary::Kind::CrimeKind, it.key()),
                                      locale().toString(it.value()));
    m_tiles.at(CrimesTile)
        ->setToolTip(kinds.isEmpty() ? tr("No crime uncovered within this filter.")
                                     : kinds.join(QLatin1Char('\n')));
    // Against the target for the whole operation; against the households in scope otherwise.
    const qint64 goal = h.target.value_or(h.householdsInScope);
    m_progress->setRange(0, int(std::max<qint64>(1, goal)));
    m_progress->setValue(int(std::min(h.householdsCovered, std::max<qint64>(1, goal))));
    m_progress->setFormat(
        h.target ? tr("%1 of the target of %2 households covered (%3%)")
                       .arg(locale().toString(h.householdsCovered), locale().toString(goal))
                       .arg(goal ? 100.0 * double(h.householdsCovered) / double(goal) : 0.0, 0, 'f', 1)
                 : tr("%1 of %2 households in scope covered (%3%)")
                       .arg(locale().toString(h.householdsCovered), locale().toString(goal))
                       .arg(goal ? 100.0 * double(h.householdsCovered) / double(goal) : 0.0, 0, 'f', 1));
}

void DashboardPage::showCharts(const DashboardData& d)
{
    auto replace = [this](ChartIndex i, QChart* chart) {
        QChart* old = m_charts[i]->chart();
        m_charts[i]->setChart(chart);
        delete old;
    };
    replace(CumulativeChart, charts::cumulativeCoverage(d.days, d.headline.target));
    replace(VisitsChart, charts::visitsPerDay(d.days));
    // As tall as its rows need, no taller: spare height would fatten each bar.
    m_charts[CoverageChart]->setFixedHeight(charts::coverageBarsHeight(d.coverage.size()));
    replace(CoverageChart, charts::coverageBars(d.coverage, d.coverageByArea ? tr("Coverage per area")
                                                                             : tr("Coverage per station")));
    replace(StatusChart, charts::latestStatusDonut(d.latestStatus));
    replace(CasesChart, charts::caseOutcomes(d.caseDays, d.start, d.end));
    connectDrillDowns();
}

void DashboardPage::connectDrillDowns()
{
    const DashboardFilter f = filter();
    // A day's bar: that day's visits.
    if (auto* series = qobject_cast<QBarSeries*>(m_charts[VisitsChart]->chart()->series().value(0)))
        for (QBarSet* set : series->barSets())
            connect(set, &QBarSet::clicked, this, [this, f](int index) {
                if (index < 0 || index >= m_data.days.size())
                    return;
                const QDate day = m_data.days.at(index).day;
                openDrillDown(tr("Visits on %1").arg(dateText(day)), RecordKind::Visit,
                              day.toString(Qt::ISODate),
                              [f, day](DashboardService& s) { return s.visitsOnDay(f, day); });
            });
    // A station's bar narrows the dashboard to it; an area's bar lists its pending households.
    if (auto* series =
            qobject_cast<QHorizontalBarSeries*>(m_charts[CoverageChart]->chart()->series().value(0)))
        for (QBarSet* set : series->barSets())
            connect(set, &QBarSet::clicked, this, [this, f](int index) {
                const qsizetype row = charts::coverageRowOfBar(index, m_data.coverage.size());
                if (row < 0 || row >= m_data.coverage.size())
                    return;
                const CoverageRow& r = m_data.coverage.at(row);
                if (!m_data.coverageByArea) {
                    const int at = m_station->findData(r.id);
                    if (at >= 0)
                        m_station->setCurrentIndex(at); // reloads the areas and refreshes
                    return;
                }
                DashboardFilter area = f;
                area.areaId = r.id;
                openDrillDown(tr("Households pending in %1").arg(r.name), RecordKind::Household, r.name,
                              [area](DashboardService& s) { return s.pendingHouseholds(area); });
            });
    // A status slice: the people whose latest status it is.
    if (auto* series = qobject_cast<QPieSeries*>(m_charts[StatusChart]->chart()->series().value(0)))
        connect(series, &QPieSeries::clicked, this, [this, f](QPieSlice* slice) {
            const QString status = slice->property("status").toString();
            openDrillDown(tr("Persons now: %1").arg(Vocabulary::label(Vocabulary::Kind::Status, status)),
                          RecordKind::Person, status,
                          [f, status](DashboardService& s) { return s.personsWithStatus(f, status); });
        });
}

void DashboardPage::openDrillDown(const QString& title, RecordKind kind, const QString& subject,
                                  std::function<Result<DrillRows>(DashboardService&)> query)
{
    const QString what = kind == RecordKind::Visit    ? QStringLiteral("visits")
                         : kind == RecordKind::Person ? QStringLiteral("persons")
                         : kind == RecordKind::Case   ? QStringLiteral("reunions")
                                                      : QStringLiteral("households-pending");
    const QString fileName =
        exportFileName(what, QStringList{subject} + filterParts(), QStringLiteral("csv"));
    m_drillRunner->start(
        m_session.db().address(),
        [query = std::move(query), actor = m_session.actor()](Database& db) {
            DashboardService service(db, actor);
            return query(service);
        },
        [this, title, kind, fileName](Result<DrillRows> result) {
            if (!result) {
                m_error->setText(result.error().text());
                m_error->show();
                return;
            }
            auto* dialog = new DrillDownDialog(m_session, title, kind, std::move(result).value(), this);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->setExportName(fileName);
            dialog->setExportFilters(filterText() + QStringLiteral("; ") + title);
            m_lastDrill = dialog;
            dialog->show();
            emit drillDownOpened(dialog);
        });
}

namespace {
QTableWidgetItem* textItem(const QString& text)
{
    return new QTableWidgetItem(text);
}

QTableWidgetItem* numberItem(const QVariant& value)
{
    auto* item = new QTableWidgetItem;
    item->setData(Qt::DisplayRole, value);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

void fill(QTableWidget* t, const QStringList& headers, const QList<QList<QTableWidgetItem*>>& rows)
{
    t->setSortingEnabled(false);
    t->clear();
    t->setColumnCount(int(headers.size()));
    t->setHorizontalHeaderLabels(headers);
    t->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r)
        for (int c = 0; c < rows.at(r).size(); ++c)
            t->setItem(r, c, rows.at(r).at(c));
    t->resizeColumnsToContents();
    t->setSortingEnabled(true);
}
} // namespace

void DashboardPage::showTables(const DashboardData& d)
{
    QList<QList<QTableWidgetItem*>> rows;
    for (const OfficerRow& o : d.officers)
        rows << QList<QTableWidgetItem*>{textItem(o.name),
                                         textItem(o.station),
                                         numberItem(o.visits),
                                         numberItem(o.householdsCovered),
                                         numberItem(o.personChecks),
                                         numberItem(o.activeDays),
                                         numberItem(std::round(o.visitsPerDay() * 10.0) / 10.0)};
    fill(m_tables[OfficersTable],
         {tr("Officer"), tr("Station"), tr("Visits"), tr("Households covered"), tr("Person-checks"),
          tr("Active days"), tr("Visits per day")},
         rows);
    rows.clear();
    for (const CoverageRow& b : d.backlog) {
        QTableWidgetItem* area = textItem(b.name);
        area->setData(Qt::UserRole, b.id);
        rows << QList<QTableWidgetItem*>{area, numberItem(b.visited)};
    }
    fill(m_tables[BacklogTable], {tr("Area"), tr("Households to revisit")}, rows);
    rows.clear();
    for (const OverdueCase& c : d.overdue) {
        QTableWidgetItem* caseNo = textItem(c.caseNo);
        caseNo->setData(Qt::UserRole, c.id);
        rows << QList<QTableWidgetItem*>{
            caseNo, textItem(c.subject),
            textItem(Vocabulary::label(Vocabulary::Kind::RiskLevel, c.riskLevel)),
            textItem(storedTimeText(c.lastActivity)), numberItem(c.daysSilent)};
    }
    fill(m_tables[OverdueTable],
         {tr("Case"), tr("Subject"), tr("Risk"), tr("Last activity"), tr("Days silent")}, rows);
}

DrillDownDialog* DashboardPage::lastDrillDown() const
{
    return m_lastDrill;
}

bool DashboardPage::saveChartPng(ChartIndex i, const QString& path) const
{
    return m_charts[i]->grab().save(path, "PNG");
}

bool DashboardPage::saveTableCsv(TableIndex i, const QString& path) const
{
    const QTableWidget* t = m_tables[i];
    QStringList headers;
    for (int c = 0; c < t->columnCount(); ++c)
        headers << (t->horizontalHeaderItem(c) ? t->horizontalHeaderItem(c)->text() : QString());
    QList<QStringList> rows;
    for (int r = 0; r < t->rowCount(); ++r) {
        QStringList row;
        for (int c = 0; c < t->columnCount(); ++c)
            row << (t->item(r, c) ? t->item(r, c)->text() : QString());
        rows << row;
    }
    return writeCsvFile(m_session, QStringLiteral("dashboard_table"), path, headers, rows, nullptr,
                        filterText());
}

QString DashboardPage::filterText() const
{
    QStringList parts;
    for (const QComboBox* box : {m_subBureau, m_station, m_area})
        if (box->currentData().toLongLong() > 0)
            parts << box->currentText();
    parts << (m_wholeOperation->isChecked()
                  ? tr("whole operation")
                  : tr("%1 to %2").arg(dateText(m_from->date()), dateText(m_to->date())));
    return parts.join(QStringLiteral("; "));
}

QStringList DashboardPage::filterParts() const
{
    QStringList parts;
    for (const QComboBox* box : {m_subBureau, m_station, m_area})
        if (box->currentData().toLongLong() > 0)
            parts << box->currentText();
    // A date range names itself; the whole operation is named by the day it was exported.
    if (m_wholeOperation->isChecked())
        parts << Clock::instance().now().date().toString(Qt::ISODate);
    else
        parts << dateRangePart(m_from->date(), m_to->date());
    return parts;
}

QString DashboardPage::exportName(ChartIndex i) const
{
    static const char* const kWhat[ChartCount] = {"households-covered", "visits-per-day",
                                                  "coverage-by-station", "latest-status", "cases-over-time"};
    return exportFileName(QString::fromLatin1(kWhat[i]), filterParts(), QStringLiteral("png"));
}

QString DashboardPage::exportName(TableIndex i) const
{
    static const char* const kWhat[TableCount] = {"officer-productivity", "revisit-backlog", "overdue-cases"};
    return exportFileName(QString::fromLatin1(kWhat[i]), filterParts(), QStringLiteral("csv"));
}

void DashboardPage::exportChart(ChartIndex i)
{
    const QString name = exportName(i);
    const QString path = QFileDialog::getSaveFileName(this, tr("Save chart"), name, tr("PNG images (*.png)"));
    if (!path.isEmpty() && !saveChartPng(i, path))
        QMessageBox::warning(this, tr("Save chart"), tr("Could not write %1.").arg(path));
}

void DashboardPage::exportTable(TableIndex i)
{
    const QString name = exportName(i);
    const QString path = TableExportDialog::choose(this, tr("Export table"), name);
    if (!path.isEmpty() && !saveTableCsv(i, path))
        QMessageBox::warning(this, tr("Export table"), tr("Could not write %1.").arg(path));
}

} // namespace hc
