#pragma once
// The investigator's duplicate people screen: runs detection off the GUI thread (progress bar,
// Cancel), lists the possible pairs with the rule and the reasons, compares the two records
// side by side, and merges (the user chooses which record to keep, then confirms) or dismisses
// the pair. A second tab finds the candidates for a missing person's case or a found person
// (MissingFoundPanel). Offered to roles with MergePeople; the second tab needs EditCases.
// The first tab is the ListPage frame's content; detection runs on its runner when asked.

#include "core/matching/DuplicateFinder.h"
#include "ui/common/ListPage.h"

#include <functional>

class QComboBox;
class QProgressBar;
class QSpinBox;
class QTabWidget;
class QTableWidget;

namespace hc {

class MissingFoundPanel;

class DuplicatesPage : public ListPage
{
    Q_OBJECT
public:
    explicit DuplicatesPage(SessionContext& session, QWidget* parent = nullptr);

    void runDetection();
    void cancelDetection();
    // Merges the selected pair keeping side 0 (the first person) or 1; asks first.
    bool mergeSelected(int keepSide);
    bool dismissSelected();

    // Test hook: answers the confirmation questions instead of a message box.
    void setConfirm(std::function<bool(const QString& question)> confirm) { m_confirm = std::move(confirm); }

    // For tests.
    bool isRunning() const { return runner()->isRunning(); }
    QAbstractItemModel* model() const { return m_model; }
    QTableWidget* comparison() const { return m_compare; }
    QPushButton* runButton() const { return m_run; }
    // The filters of the list: the lowest score listed, and the rule a pair was found by (any).
    QSpinBox* minScoreBox() const { return m_minScore; }
    QComboBox* ruleBox() const { return m_rule; }
    QPushButton* keepFirstButton() const { return m_keepA; }
    QPushButton* keepSecondButton() const { return m_keepB; }
    QPushButton* dismissButton() const { return m_dismiss; }
    QProgressBar* progressBar() const { return m_progress; }
    QTabWidget* tabs() const { return m_tabs; }
    MissingFoundPanel* missingFoundPanel() const { return m_missingFound; }

signals:
    void detectionFinished();
    void pairResolved(qint64 keptOrFirst, qint64 droppedOrSecond);

protected:
    void startLoad() override {} // detection runs when asked, not when shown

private:
    void buildDuplicatesTab();
    void addFilters();
    QWidget* buildComparePanel();
    void showScan(const Result<DuplicateScan>& scan);
    void showSelected();
    void setRunning(bool running);
    void removePairsOf(qint64 personA, qint64 personB, bool bothOnly);
    bool confirm(const QString& question);
    const DuplicatePair* selectedPair() const;

    std::function<bool(const QString&)> m_confirm;
    QTabWidget* m_tabs = nullptr;
    MissingFoundPanel* m_missingFound = nullptr;
    RowsModel<DuplicatePair>* m_model = nullptr;
    QTableWidget* m_compare = nullptr;
    QLabel* m_why = nullptr;
    QPushButton* m_run = nullptr;
    QPushButton* m_cancel = nullptr;
    QPushButton* m_keepA = nullptr;
    QPushButton* m_keepB = nullptr;
    QPushButton* m_dismiss = nullptr;
    QProgressBar* m_progress = nullptr;
    QSpinBox* m_minScore = nullptr;
    QComboBox* m_rule = nullptr;
    bool m_scanned = false; // a list is shown: a changed filter runs detection again
};

} // namespace hc
