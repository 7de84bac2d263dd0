#pragma once
// The Households screen: a filter bar (area, coverage status, search) over the lazily loaded
// households of the user's station (every station for those who may view all), a running
// count, the household detail on double-click or Enter, and a request to record a visit to
// the current household (Ctrl+Enter) that the main window routes to the visit form.
//
// No station filter yet: core has no call that lists stations by name, so users who may view
// every station see all of them, narrowed by area.

#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace hc {

class HouseholdTableModel;
class SessionContext;

class HouseholdsPage : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kSearchDelayMs = 300;
    static constexpr int kMinSearchLength = 2;

    explicit HouseholdsPage(SessionContext& session, QWidget* parent = nullptr);

    // The household of the current row; 0 when none.
    qint64 currentHouseholdId() const;
    void openDetail(qint64 householdId);

    // For tests.
    HouseholdTableModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QComboBox* areaBox() const { return m_area; }
    QComboBox* stationBox() const { return m_station; }
    QComboBox* statusBox() const { return m_status; }
    QLineEdit* searchEdit() const { return m_search; }
    QLabel* searchMessage() const { return m_searchMessage; }
    QLabel* countLabel() const { return m_count; }
    QPushButton* visitButton() const { return m_visitButton; }

signals:
    void visitRequested(qint64 householdId);
    void correctionRequested(qint64 visitId);

private:
    qint64 stationScope() const;
    void reloadAreas();
    void searchEdited();
    // Rebuilds the filter from the bar and reloads, keeping the current household and as many
    // rows as were loaded when `keepPlace` (a refresh rather than a new filter).
    void applyFilter(bool keepPlace);
    void updateCount();
    void updateActions();
    void requestVisit();

    SessionContext& m_session;
    HouseholdTableModel* m_model = nullptr;
    QComboBox* m_station = nullptr; // only for users who see every station
    QComboBox* m_area = nullptr;
    QComboBox* m_status = nullptr;
    QLineEdit* m_search = nullptr;
    QTimer* m_searchTimer = nullptr;
    QString m_activeSearch;
    QLabel* m_searchMessage = nullptr;
    QLabel* m_error = nullptr;
    QLabel* m_count = nullptr;
    QTableView* m_table = nullptr;
    QPushButton* m_detailButton = nullptr;
    QPushButton* m_visitButton = nullptr;
    QAction* m_visitAction = nullptr;
};

} // namespace hc
