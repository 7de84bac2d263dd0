#pragma once
// The overview screen: the chosen operation's headline figures and a search over people and
// households (the supervisor's dashboard with charts replaces the figures table later).

#include <QWidget>

class QLineEdit;
class QTableWidget;
class QTreeWidget;
class QLabel;

namespace hc {

class SessionContext;

class OverviewPage : public QWidget
{
    Q_OBJECT
public:
    explicit OverviewPage(SessionContext& session, QWidget* parent = nullptr);

    // For tests.
    QTableWidget* figuresTable() const { return m_figures; }
    QLineEdit* searchEdit() const { return m_search; }
    QTreeWidget* searchResults() const { return m_results; }

private:
    void showFigures();
    void runSearch();

    SessionContext& m_session;
    QTableWidget* m_figures = nullptr;
    QLineEdit* m_search = nullptr;
    QTreeWidget* m_results = nullptr;
    QLabel* m_searchMessage = nullptr;
};

} // namespace hc
