#pragma once
// The overview screen: the chosen operation's headline figures and a search over people and
// households (the supervisor's dashboard with charts replaces the figures table later). The
// figures are computed on a worker when the screen is shown.

#include <QWidget>

class QLineEdit;
class QTableWidget;
class QTreeWidget;
class QLabel;

namespace hc {

class BackgroundRunner;
class SessionContext;
struct OperationStats;

class OverviewPage : public QWidget
{
    Q_OBJECT
public:
    explicit OverviewPage(SessionContext& session, QWidget* parent = nullptr);

    // For tests.
    QTableWidget* figuresTable() const { return m_figures; }
    QLineEdit* searchEdit() const { return m_search; }
    QTreeWidget* searchResults() const { return m_results; }

protected:
    void showEvent(QShowEvent* event) override;

private:
    void showFigures();
    void fillFigures(const OperationStats& stats);
    void runSearch();

    SessionContext& m_session;
    BackgroundRunner* m_runner = nullptr;
    bool m_figuresDue = true;
    QTableWidget* m_figures = nullptr;
    QLineEdit* m_search = nullptr;
    QTreeWidget* m_results = nullptr;
    QLabel* m_searchMessage = nullptr;
};

} // namespace hc
