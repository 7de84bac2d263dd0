#pragma once
// The supervisor's dashboard, in two tabs: the overview and the station league (LeagueTab). The
// overview has a filter bar (the session's operation, sub-bureau, station,
// area, date range), headline tiles with progress against the target, the charts of
// ui/charts, and the tables (officer productivity, revisit backlog, overdue cases). Refreshes
// run on a BackgroundRunner (a connection of their own, off the GUI thread); a newer refresh
// drops an older one's result. Clicking a bar or a slice opens the matching list (DrillDownDialog) or, for a
// station's bar, narrows the dashboard to that station. Charts export as PNG, tables as CSV.

#include "core/stats/DashboardService.h"
#include "ui/common/RecordRef.h"

#include <QPointer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QGridLayout;
class QHBoxLayout;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;
class QTabWidget;
QT_BEGIN_NAMESPACE
class QChartView;
QT_END_NAMESPACE

namespace hc {

class BackgroundRunner;
class DrillDownDialog;
class LeagueTab;
class SessionContext;

class DashboardPage : public QWidget
{
    Q_OBJECT
public:
    enum ChartIndex
    {
        CumulativeChart,
        VisitsChart,
        CoverageChart,
        StatusChart,
        CasesChart,
        ChartCount
    };
    // The headline tiles, in their order on the page (tile(i)).
    enum TileIndex
    {
        InScopeTile,
        VisitedTile,
        CoveredTile,
        PersonChecksTile,
        WhereaboutsUnknownTile,
        CasesOpenTile,
        FoundAliveTile,
        RescuedTile,
        CrimesTile,
        FamiliesTile,
        UnregisteredFoundTile,
        RegisteredTile,
        IdCardsTile,
        TileCount
    };
    enum TableIndex
    {
        OfficersTable,
        BacklogTable,
        OverdueTable,
        TableCount
    };

    explicit DashboardPage(SessionContext& session, QWidget* parent = nullptr);

    DashboardFilter filter() const;
    void refresh();
    bool isBusy() const;
    const DashboardData& data() const { return m_data; }

    // For tests and the context menus.
    QChartView* chartView(ChartIndex i) const { return m_charts[i]; }
    QTableWidget* table(TableIndex i) const { return m_tables[i]; }
    // The default file names of the exports: what they hold and the filter they were made with
    // ("coverage-by-station-东岗派出所-2026-03-01_2026-05-29.png").
    QString exportName(ChartIndex i) const;
    QString exportName(TableIndex i) const;
    QComboBox* subBureauBox() const { return m_subBureau; }
    QPushButton* reportButton() const { return m_report; }
    QComboBox* stationBox() const { return m_station; }
    QComboBox* areaBox() const { return m_area; }
    QCheckBox* wholeOperationBox() const { return m_wholeOperation; }
    QDateEdit* fromEdit() const { return m_from; }
    QDateEdit* toEdit() const { return m_to; }
    QLabel* tile(int i) const { return m_tiles.value(i); }
    QProgressBar* coverageProgress() const { return m_progress; }
    DrillDownDialog* lastDrillDown() const;
    // The two tabs: the overview (everything above) and the station league.
    QTabWidget* pages() const { return m_pages; }
    LeagueTab* leagueTab() const { return m_league; }
    bool saveChartPng(ChartIndex i, const QString& path) const;
    bool saveTableCsv(TableIndex i, const QString& path) const;

signals:
    void refreshed();
    void drillDownOpened(hc::DrillDownDialog* dialog);

protected:
    void showEvent(QShowEvent* event) override;

private:
    QGridLayout* buildTiles();
    QGridLayout* buildCharts();
    QPushButton* buildTables();
    void buildFilterBar(QHBoxLayout* bar);
    void openReport();
    void reloadSubBureaus();
    void reloadStations();
    void reloadAreas();
    void operationChanged();
    void showData(const DashboardData& d);
    void showTiles(const DashboardData& d);
    void showCharts(const DashboardData& d);
    void showTables(const DashboardData& d);
    void connectDrillDowns();
    // Runs `query` off the GUI thread and opens its rows in a DrillDownDialog.
    QStringList filterParts() const;
    // The filter in words, the first line of an exported table or list.
    QString filterText() const;
    void openDrillDown(const QString& title, RecordKind kind, const QString& subject,
                       std::function<Result<DrillRows>(DashboardService&)> query);
    void exportChart(ChartIndex i);
    void exportTable(TableIndex i);

    SessionContext& m_session;
    BackgroundRunner* m_refreshRunner = nullptr;
    BackgroundRunner* m_drillRunner = nullptr; // drill-down lists
    QComboBox* m_subBureau = nullptr;
    QComboBox* m_station = nullptr;
    QComboBox* m_area = nullptr;
    QCheckBox* m_wholeOperation = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QPushButton* m_refresh = nullptr;
    QPushButton* m_report = nullptr;
    QProgressBar* m_busy = nullptr;
    QLabel* m_error = nullptr;
    QLabel* m_title = nullptr;
    QList<QLabel*> m_tiles;
    QProgressBar* m_progress = nullptr;
    QChartView* m_charts[ChartCount] = {};
    QTableWidget* m_tables[TableCount] = {};
    QTabWidget* m_tableTabs = nullptr;
    QTabWidget* m_pages = nullptr;
    LeagueTab* m_league = nullptr;
    DashboardData m_data;
    bool m_loading = false; // filter boxes being refilled: no refresh per change
    bool m_shownOnce = false;
    QPointer<DrillDownDialog> m_lastDrill;
};

} // namespace hc
