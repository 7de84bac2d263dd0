#pragma once
// The Households screen: a filter bar (area, coverage status, search) over the lazily loaded
// households of the user's station (every station for those who may view all), a running
// count, the household detail on double-click or Enter, and a request to record a visit to
// the current household (Ctrl+Enter) that the main window routes to the visit form. A
// ListPage: the first page loads when the screen is first shown, on a worker.

#include "ui/common/ListPage.h"

class QAction;
class QComboBox;
class QLineEdit;

namespace hc {

class HouseholdTableModel;

class HouseholdsPage : public ListPage
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
    QComboBox* areaBox() const { return m_area; }
    QComboBox* stationBox() const { return m_station; }
    QComboBox* statusBox() const { return m_status; }
    QLineEdit* searchEdit() const { return m_search; }
    QLabel* searchMessage() const { return m_searchMessage; }
    QLabel* countLabel() const { return summaryLabel(); }
    QPushButton* visitButton() const { return m_visitButton; }
    QPushButton* sheetsButton() const { return m_sheetsButton; }

signals:
    void visitRequested(qint64 householdId);
    void correctionRequested(qint64 visitId);

protected:
    void startLoad() override;
    void beforeExport(std::function<void()> ready) override;

private:
    void buildFilterBar();
    qint64 stationScope() const;
    void reloadAreas();
    void searchEdited();
    // A new filter starts from the top; a refresh (data changed elsewhere) reloads as many rows
    // as were loaded, so the user's place in a long list survives it.
    void applyFilter(bool keepPlace);
    void updateCount();
    void updateActions();
    void requestVisit();
    void printSheets();

    HouseholdTableModel* m_model = nullptr;
    QComboBox* m_station = nullptr; // only for users who see every station
    QComboBox* m_area = nullptr;
    QComboBox* m_status = nullptr;
    QLineEdit* m_search = nullptr;
    QTimer* m_searchTimer = nullptr;
    QString m_activeSearch;
    QLabel* m_searchMessage = nullptr;
    QPushButton* m_detailButton = nullptr;
    QPushButton* m_visitButton = nullptr;
    QPushButton* m_sheetsButton = nullptr;
    QAction* m_visitAction = nullptr;
    bool m_newFilter = false; // since the last load began: the next one starts from the top
    bool m_areasDue = true;   // the area list is read when the page is first shown
    quint64 m_load = 0;       // the frame's load the model is reading for
};

} // namespace hc
