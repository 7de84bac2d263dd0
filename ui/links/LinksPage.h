#pragma once
// The investigator's link analysis screen: pick an entity (and a second one for a path), filter
// by link kinds and minimum confidence, then list related cases (clusters holding 2+ cases),
// the neighbourhood within N links, the strongest chain between two entities step by step, or
// the key connectors of a cluster; the result is drawn in the graph view. Adds and removes
// typed links. Loading, analysis and layout run as a LinkJob on the page's BackgroundRunner
// with progress and cancel; a newer question drops the answer to an older one.

#include "ui/links/LinkJob.h"

#include <QWidget>

class QAction;
class QDoubleSpinBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QToolButton;

namespace hc {

class BackgroundRunner;
class EntityPicker;
class GraphView;
class SessionContext;

class LinksPage : public QWidget
{
    Q_OBJECT
public:
    explicit LinksPage(SessionContext& session, QWidget* parent = nullptr);

    void showRelatedCases();
    void showCluster(const EntityRef& entity);
    void showNeighbourhood();
    void findPath();
    void showConnectors();
    void addLink();
    void removeSelectedLink();
    void cancel();

    bool isRunning() const;
    const LinkResult& result() const { return m_result; }

    // For tests.
    EntityPicker* firstPicker() const { return m_first; }
    EntityPicker* secondPicker() const { return m_second; }
    GraphView* graphView() const { return m_view; }
    QTableWidget* resultsTable() const { return m_table; }
    QLabel* errorLabel() const { return m_error; }
    QDoubleSpinBox* minConfidenceBox() const { return m_minConfidence; }
    QSpinBox* hopsBox() const { return m_hops; }

signals:
    void entityActivated(const hc::EntityRef& entity);
    void resultShown(); // a job's result is on screen (or its error)

protected:
    void showEvent(QShowEvent* event) override;

private:
    QWidget* buildToolbar();
    LinkFilter filter() const;
    void run(LinkRequest request);
    void onProgress(int percent, const QString& stage);
    void onFinished(const LinkResult& result);
    void fillTable(const LinkResult& result);
    void onTableSelected(int row);
    std::optional<EntityRef> entityOfRow(int row) const;
    void onNodeSelected(int node);
    void updateButtons();
    void exportAs(bool svg);
    void showError(const QString& message);

    SessionContext& m_session;
    EntityPicker* m_first = nullptr;
    EntityPicker* m_second = nullptr;
    QToolButton* m_kinds = nullptr;
    QList<QAction*> m_kindActions;
    QDoubleSpinBox* m_minConfidence = nullptr;
    QSpinBox* m_hops = nullptr;
    QSpinBox* m_top = nullptr;
    QPushButton* m_removeButton = nullptr;
    QLabel* m_error = nullptr;
    QLabel* m_summary = nullptr;
    QTableWidget* m_table = nullptr;
    GraphView* m_view = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_cancel = nullptr;

    BackgroundRunner* m_runner = nullptr;
    bool m_shownOnce = false;
    bool m_stale = false;       // data changed elsewhere while hidden
    bool m_keepRelated = false; // the running Cluster job was asked for from the related-cases list
    bool m_cancelAsked = false; // Cancel was pressed: whatever the job still returns is not shown
    LinkRequest m_last;
    LinkResult m_result;
};

} // namespace hc
