#pragma once
// The dashboard's League tab (issue 13, outcome 6): the session operation's stations ranked,
// for the whole operation or one week (week N: the Nth span of 7 days from its first day). The
// weights are shown above the table; an administrator changes them in LeagueWeightsDialog. The
// table shows every measure, the score and the rank; the bottom three are highlighted and a
// station last in two successive weeks is flagged (its tooltip names the weeks). Exports as CSV
// (the file's first line names the operation, the span and the weights). The table is computed
// on a BackgroundRunner; a newer request drops an older one's result.

#include "core/league/LeagueTypes.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace hc {

class BackgroundRunner;
class LeagueWeightsDialog;
class SessionContext;

class LeagueTab : public QWidget
{
    Q_OBJECT
public:
    explicit LeagueTab(SessionContext& session, QWidget* parent = nullptr);

    void refresh();
    bool isBusy() const;
    const LeagueTable& table() const { return m_table; }
    QComboBox* weekBox() const { return m_week; }
    QTableWidget* tableWidget() const { return m_view; }
    QLabel* weightsLabel() const { return m_weights; }
    QPushButton* weightsButton() const { return m_editWeights; }
    // Opens the weights dialog (window-modal) for an administrator; null for anyone else.
    LeagueWeightsDialog* editWeights();
    // "station-league-春季行动-week-3.csv"
    QString exportName() const;
    bool saveCsv(const QString& path, QString* error = nullptr) const;

signals:
    void refreshed();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void operationChanged();
    void showTable(const LeagueTable& t);
    void fillRow(int row, const LeagueRow& r);
    void exportCsv();

    SessionContext& m_session;
    BackgroundRunner* m_runner = nullptr;
    QComboBox* m_week = nullptr;
    QPushButton* m_refresh = nullptr;
    QPushButton* m_export = nullptr;
    QPushButton* m_editWeights = nullptr;
    QProgressBar* m_busy = nullptr;
    QLabel* m_weights = nullptr;
    QLabel* m_error = nullptr;
    QTableWidget* m_view = nullptr;
    LeagueTable m_table;
    bool m_loading = false; // the week box being refilled
};

} // namespace hc
