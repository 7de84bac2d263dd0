#include "ui/links/LinksPage.h"

#include "core/links/LinkService.h"
#include "core/links/LinkVocabulary.h"
#include "core/storage/Database.h"
#include "ui/common/BackgroundRunner.h"
#include "ui/common/InlineError.h"
#include "ui/common/RecordRows.h"
#include "ui/common/SessionContext.h"
#include "ui/links/EntityIcons.h"
#include "ui/links/EntityPicker.h"
#include "ui/links/GraphView.h"
#include "ui/links/LinkDialog.h"

#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace hc {

LinksPage::LinksPage(SessionContext& session, QWidget* parent)
    : QWidget(parent), m_session(session), m_runner(new BackgroundRunner(this))
{
    m_first = new EntityPicker(session);
    m_second = new EntityPicker(session);
    m_first->setToolTip(tr("The entity to analyse; selecting a node in the graph puts it here."));
    m_second->setToolTip(tr("The other end, for Find path."));
    auto* pickers = new QFormLayout;
    pickers->addRow(tr("Entity:"), m_first);
    pickers->addRow(tr("Path to:"), m_second);

    m_error = makeErrorLabel();
    m_summary = new QLabel;
    m_summary->setWordWrap(true);
    m_table = new QTableWidget;
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_view = new GraphView;
    auto* graphSide = new QWidget;
    auto* graphLayout = new QVBoxLayout(graphSide);
    graphLayout->setContentsMargins(0, 0, 0, 0);
    graphLayout->addWidget(m_view, 1);
    graphLayout->addWidget(new GraphLegend);
    auto* listSide = new QWidget;
    auto* listLayout = new QVBoxLayout(listSide);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(m_summary);
    listLayout->addWidget(m_table, 1);
    auto* splitter = new QSplitter;
    splitter->addWidget(listSide);
    splitter->addWidget(graphSide);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({440, 760});

    m_progress = new QProgressBar;
    m_progress->setMaximumWidth(240);
    m_progress->hide();
    m_status = new QLabel;
    m_cancel = new QPushButton(tr("Cancel"));
    m_cancel->setEnabled(false);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_progress);
    bottom->addWidget(m_status, 1);
    bottom->addWidget(m_cancel);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(pickers);
    layout->addWidget(buildToolbar());
    layout->addWidget(m_error);
    layout->addWidget(splitter, 1);
    layout->addLayout(bottom);

    connect(m_cancel, &QPushButton::clicked, this, &LinksPage::cancel);
    connect(m_runner, &BackgroundRunner::progressed, this, &LinksPage::onProgress);
    connect(m_first, &EntityPicker::entityChosen, this, &LinksPage::showNeighbourhood);
    connect(m_second, &EntityPicker::entityChosen, this, &LinksPage::findPath);
    // One click (or the arrow keys) on a row selects it: a cluster is drawn, an entity becomes
    // the one analysed; Enter or a double-click opens the record the row names.
    connect(m_table, &QTableWidget::currentCellChanged, this, [this](int row, int, int previous, int) {
        if (row >= 0 && row != previous)
            onTableSelected(row);
    });
    openRecordsOnActivate(m_table, session, [this](const QModelIndex& index) -> std::optional<RecordRef> {
        const auto entity = entityOfRow(index.row());
        return entity ? recordOfEntity(entity->kind, entity->key) : std::nullopt;
    });
    connect(m_view, &GraphView::entityActivated, this, &LinksPage::entityActivated);
    // A case opens its file, a household (or a person's household) its detail.
    connect(this, &LinksPage::entityActivated, this, [this](const EntityRef& e) {
        if (const auto record = recordOfEntity(e.kind, e.key))
            m_session.requestOpen(*record, this);
    });
    connect(m_view, &GraphView::nodeSelected, this, &LinksPage::onNodeSelected);
    connect(m_view, &GraphView::edgeSelected, this, &LinksPage::updateButtons);
    // Another screen changed data (a case, a person): redo the current analysis when next shown.
    connect(&session, &SessionContext::dataChanged, this, [this] { m_stale = !isVisible() && m_shownOnce; });
    updateButtons();
}

bool LinksPage::isRunning() const
{
    return m_runner->isRunning();
}

QWidget* LinksPage::buildToolbar()
{
    auto* bar = new QWidget;
    auto* row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);

    m_kinds = new QToolButton;
    m_kinds->setText(tr("Link kinds"));
    m_kinds->setPopupMode(QToolButton::InstantPopup);
    auto* menu = new QMenu(m_kinds);
    for (const QStringList* kinds : {&LinkVocabulary::linkKinds(), &LinkVocabulary::impliedKinds()}) {
        for (const QString& kind : *kinds) {
            QAction* a = menu->addAction(LinkVocabulary::linkLabel(kind));
            a->setCheckable(true);
            a->setChecked(true);
            a->setData(kind);
            m_kindActions << a;
        }
        menu->addSeparator();
    }
    m_kinds->setMenu(menu);
    m_minConfidence = new QDoubleSpinBox;
    m_minConfidence->setRange(0, 1);
    m_minConfidence->setSingleStep(0.1);
    m_minConfidence->setDecimals(2);
    m_minConfidence->setToolTip(tr("Leave out links less certain than this."));
    m_hops = new QSpinBox;
    m_hops->setRange(1, 6);
    m_hops->setValue(2);
    m_hops->setSuffix(tr(" links"));
    m_top = new QSpinBox;
    m_top->setRange(1, 100);
    m_top->setValue(10);
    m_top->setPrefix(tr("top "));

    auto button = [&](const QString& text, void (LinksPage::*slot)()) {
        auto* b = new QPushButton(text);
        connect(b, &QPushButton::clicked, this, slot);
        return b;
    };
    row->addWidget(m_kinds);
    row->addWidget(new QLabel(tr("Min. confidence:")));
    row->addWidget(m_minConfidence);
    row->addSpacing(12);
    row->addWidget(button(tr("Related cases"), &LinksPage::showRelatedCases));
    row->addWidget(button(tr("Neighbourhood"), &LinksPage::showNeighbourhood));
    row->addWidget(m_hops);
    row->addWidget(button(tr("Find path"), &LinksPage::findPath));
    row->addWidget(button(tr("Key connectors"), &LinksPage::showConnectors));
    row->addWidget(m_top);
    row->addSpacing(12);
    row->addWidget(button(tr("Add link…"), &LinksPage::addLink));
    m_removeButton = button(tr("Remove link"), &LinksPage::removeSelectedLink);
    m_removeButton->setToolTip(
        tr("Select a typed link in the graph first; implied links cannot be removed."));
    row->addWidget(m_removeButton);
    row->addStretch(1);
    auto* fit = new QToolButton;
    fit->setText(tr("Fit"));
    connect(fit, &QToolButton::clicked, m_view, &GraphView::fitAll);
    auto* exportButton = new QToolButton;
    exportButton->setText(tr("Export"));
    exportButton->setPopupMode(QToolButton::InstantPopup);
    auto* exportMenu = new QMenu(exportButton);
    connect(exportMenu->addAction(tr("As PNG image…")), &QAction::triggered, this,
            [this] { exportAs(false); });
    connect(exportMenu->addAction(tr("As SVG drawing…")), &QAction::triggered, this,
            [this] { exportAs(true); });
    exportButton->setMenu(exportMenu);
    row->addWidget(fit);
    row->addWidget(exportButton);
    return bar;
}

void LinksPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (!m_shownOnce) {
        m_shownOnce = true;
        showRelatedCases(); // what an investigator opens this screen for
    } else if (m_stale && !isRunning()) {
        m_stale = false;
        run(m_last);
    }
}

LinkFilter LinksPage::filter() const
{
    LinkFilter f;
    bool all = true;
    for (const QAction* a : m_kindActions) {
        if (a->isChecked())
            f.kinds << a->data().toString();
        all = all && a->isChecked();
    }
    if (all)
        f.kinds.clear();
    else if (f.kinds.isEmpty())
        f.kinds << QStringLiteral("-"); // nothing chosen: no link at all
    f.minConfidence = m_minConfidence->value();
    return f;
}

void LinksPage::showError(const QString& message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void LinksPage::showRelatedCases()
{
    LinkRequest r;
    r.action = LinkRequest::Action::RelatedCases;
    run(r);
}

void LinksPage::showCluster(const EntityRef& entity)
{
    LinkRequest r;
    r.action = LinkRequest::Action::Cluster;
    r.entity = entity;
    run(r);
}

void LinksPage::showNeighbourhood()
{
    const auto e = m_first->entity(QStringLiteral("entity"));
    if (!e)
        return showError(e.error().message);
    LinkRequest r;
    r.action = LinkRequest::Action::Neighbourhood;
    r.entity = *e;
    r.hops = m_hops->value();
    run(r);
}

void LinksPage::findPath()
{
    const auto from = m_first->entity(QStringLiteral("entity"));
    if (!from)
        return showError(from.error().message);
    const auto to = m_second->entity(QStringLiteral("target"));
    if (!to)
        return showError(m_second->isEmpty() ? tr("Choose the other end of the path under \"Path to\".")
                                             : to.error().message);
    LinkRequest r;
    r.action = LinkRequest::Action::Path;
    r.entity = *from;
    r.target = *to;
    run(r);
}

void LinksPage::showConnectors()
{
    const auto e = m_first->entity(QStringLiteral("entity"));
    if (!e)
        return showError(e.error().message);
    LinkRequest r;
    r.action = LinkRequest::Action::Connectors;
    r.entity = *e;
    r.top = m_top->value();
    run(r);
}

void LinksPage::run(LinkRequest request)
{
    showError({});
    request.filter = filter();
    request.actor = m_session.actor();
    if (request.action != LinkRequest::Action::Cluster)
        m_keepRelated = false;
    m_last = request;
    // A newer question replaces the running one.
    m_cancelAsked = false;
    m_runner->start(
        m_session.db().address(),
        [request](Database& db, const BackgroundRunner::Progress& progress) {
            int percent = -1;
            QString stage;
            return Result<LinkResult>(LinkJob::compute(
                db, request, [&] { return !progress(percent, stage); },
                [&](const QString& now, int done, int total) {
                    percent = total > 0 ? done * 100 / total : -1;
                    stage = now;
                    progress(percent, stage);
                }));
        },
        [this, request](Result<LinkResult> result) {
            if (result)
                return onFinished(*result);
            LinkResult failed; // the file could not be opened
            failed.request = request;
            failed.error = result.error().text();
            onFinished(failed);
        });
    m_progress->setRange(0, 0);
    m_progress->show();
    m_cancel->setEnabled(true);
    m_status->setText(tr("Working…"));
}

void LinksPage::cancel()
{
    if (!isRunning())
        return;
    m_cancelAsked = true;
    m_runner->cancel();
    m_cancel->setEnabled(false);
    m_status->setText(tr("Cancelling…"));
}

void LinksPage::onProgress(int percent, const QString& stage)
{
    // No count yet (loading, analysing): a busy bar.
    m_progress->setRange(0, percent < 0 ? 0 : 100);
    m_progress->setValue(std::max(percent, 0));
    m_status->setText(stage);
}

void LinksPage::onFinished(const LinkResult& result)
{
    m_progress->hide();
    m_cancel->setEnabled(false);
    // A job that finished just as Cancel was pressed is dropped too: the user asked to keep
    // the drawing on screen.
    if (result.cancelled || m_cancelAsked) {
        m_cancelAsked = false;
        m_status->setText(tr("Cancelled."));
        emit resultShown();
        return;
    }
    if (!result.error.isEmpty()) {
        m_status->clear();
        showError(result.error);
        emit resultShown();
        return;
    }
    const QList<RelatedCluster> related = m_result.related;
    m_result = result;
    m_view->setGraph(result.view);
    m_view->setHighlight(result.highlightEdges, result.highlightNodes);
    if (m_keepRelated) { // a cluster picked from the related cases: keep the list
        m_result.related = related;
        m_result.request.action = LinkRequest::Action::RelatedCases;
    } else {
        fillTable(result);
    }
    m_status->setText(result.truncated ? tr("Showing the nearest %n entities; the rest are left out.",
                                            nullptr, int(result.view.nodes.size()))
                                       : tr("%n entities shown.", nullptr, int(result.view.nodes.size())));
    updateButtons();
    emit resultShown();
}

void LinksPage::fillTable(const LinkResult& r)
{
    const QSignalBlocker quiet(m_table); // filling selects nothing
    m_table->clear();
    m_table->setRowCount(0);
    auto set = [this](int row, int col, const QString& text) {
        m_table->setItem(row, col, new QTableWidgetItem(text));
    };
    using Action = LinkRequest::Action;
    switch (r.request.action) {
    case Action::RelatedCases:
        m_summary->setText(
            r.related.isEmpty()
                ? tr("No cluster of links holds two cases or more.")
                : tr("%n cluster(s) hold two cases or more; the first is drawn. Activate a row to "
                     "draw another.",
                     nullptr, int(r.related.size())));
        m_table->setColumnCount(3);
        m_table->setHorizontalHeaderLabels({tr("Cases"), tr("Entities"), tr("Case files")});
        m_table->setRowCount(int(r.related.size()));
        for (int i = 0; i < r.related.size(); ++i) {
            set(i, 0, QString::number(r.related.at(i).cases));
            set(i, 1, QString::number(r.related.at(i).size));
            set(i, 2, r.related.at(i).casesText);
        }
        break;
    case Action::Path:
        m_summary->setText(
            tr("The strongest chain: %n link(s), strength %1 (the product of the confidences).", nullptr,
               int(r.path.size()))
                .arg(r.strength, 0, 'f', 3));
        m_table->setColumnCount(5);
        m_table->setHorizontalHeaderLabels(
            {tr("From"), tr("To"), tr("Link"), tr("Confidence"), tr("Source")});
        m_table->setRowCount(int(r.path.size()));
        for (int i = 0; i < r.path.size(); ++i) {
            const PathStepRow& s = r.path.at(i);
            set(i, 0, s.from);
            set(i, 1, s.to);
            set(i, 2, s.kind);
            set(i, 3, QString::number(s.confidence, 'f', 2));
            set(i, 4, s.source);
        }
        break;
    case Action::Connectors:
        m_summary->setText(
            tr("Key connectors of a cluster of %n entities (betweenness: how many shortest chains "
               "pass through).",
               nullptr, r.clusterSize));
        m_table->setColumnCount(3);
        m_table->setHorizontalHeaderLabels({tr("Entity"), tr("Kind"), tr("Betweenness")});
        m_table->setRowCount(int(r.connectors.size()));
        for (int i = 0; i < r.connectors.size(); ++i) {
            set(i, 0, r.connectors.at(i).label);
            set(i, 1, LinkVocabulary::entityLabel(r.connectors.at(i).entity.kind));
            set(i, 2, QString::number(r.connectors.at(i).betweenness, 'f', 1));
        }
        break;
    case Action::Neighbourhood:
    case Action::Cluster:
        m_summary->setText(r.request.action == Action::Neighbourhood
                               ? tr("Everything within %n link(s), nearest first.", nullptr, r.request.hops)
                               : tr("The cluster, %n entities.", nullptr, r.clusterSize));
        m_table->setColumnCount(2);
        m_table->setHorizontalHeaderLabels({tr("Entity"), tr("Kind")});
        m_table->setRowCount(int(r.view.nodes.size()));
        for (int i = 0; i < r.view.nodes.size(); ++i) {
            set(i, 0, r.view.labels.value(i));
            set(i, 1, LinkVocabulary::entityLabel(r.view.nodes.at(i).kind));
        }
        break;
    }
    m_table->resizeColumnsToContents();
}

std::optional<EntityRef> LinksPage::entityOfRow(int row) const
{
    using Action = LinkRequest::Action;
    const Action action = m_result.request.action;
    if (row < 0)
        return std::nullopt;
    if (action == Action::RelatedCases && row < m_result.related.size())
        return m_result.related.at(row).first;
    if (action == Action::Connectors && row < m_result.connectors.size())
        return m_result.connectors.at(row).entity;
    if ((action == Action::Neighbourhood || action == Action::Cluster) && row < m_result.view.nodes.size())
        return m_result.view.nodes.at(row);
    return std::nullopt;
}

void LinksPage::onTableSelected(int row)
{
    using Action = LinkRequest::Action;
    if (m_result.request.action == Action::RelatedCases && row < m_result.related.size()) {
        // Draw that cluster; the list stays on screen (see onFinished).
        LinkRequest r;
        r.action = Action::Cluster;
        r.entity = m_result.related.at(row).first;
        m_keepRelated = true;
        run(r);
    } else if (m_result.request.action == Action::Connectors && row < m_result.connectors.size()) {
        m_first->setEntity(m_result.connectors.at(row).entity, m_result.connectors.at(row).label);
    } else if (row < m_result.view.nodes.size() && (m_result.request.action == Action::Neighbourhood ||
                                                    m_result.request.action == Action::Cluster)) {
        m_first->setEntity(m_result.view.nodes.at(row), m_result.view.labels.value(row));
    }
}

void LinksPage::onNodeSelected(int node)
{
    const GraphViewData& d = m_view->data();
    if (node >= 0 && node < d.nodes.size())
        m_first->setEntity(d.nodes.at(node), d.labels.value(node));
    updateButtons();
}

void LinksPage::updateButtons()
{
    const int e = m_view->selectedEdge();
    m_removeButton->setEnabled(e >= 0 && !m_view->data().edges.at(e).implied &&
                               m_session.actor().can(Right::EditCases));
}

void LinksPage::addLink()
{
    LinkDialog dialog(m_session, this);
    if (const auto a = m_first->entity(QStringLiteral("a")))
        dialog.setFirst(*a, m_first->textEdit()->text());
    if (const auto b = m_second->entity(QStringLiteral("b")))
        dialog.setSecond(*b, m_second->textEdit()->text());
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_status->setText(tr("Link %1 added.").arg(dialog.linkId()));
    m_session.notifyDataChanged();
    run(m_last);
}

void LinksPage::removeSelectedLink()
{
    const int e = m_view->selectedEdge();
    if (e < 0 || m_view->data().edges.at(e).implied)
        return;
    const GraphEdge edge = m_view->data().edges.at(e);
    const GraphViewData& d = m_view->data();
    if (QMessageBox::question(this, tr("Remove link"),
                              tr("Remove the link \"%1\" between %2 and %3?")
                                  .arg(LinkVocabulary::linkLabel(edge.kind), d.labels.value(edge.a),
                                       d.labels.value(edge.b))) != QMessageBox::Yes)
        return;
    const Status s = LinkService(m_session.db(), m_session.actor()).remove(edge.linkId);
    if (!s)
        return showError(s.error().message);
    m_status->setText(tr("Link %1 removed.").arg(edge.linkId));
    m_session.notifyDataChanged();
    run(m_last);
}

void LinksPage::exportAs(bool svg)
{
    if (m_view->nodeCount() == 0)
        return showError(tr("Nothing to export yet."));
    const QString path =
        QFileDialog::getSaveFileName(this, svg ? tr("Export as SVG") : tr("Export as PNG"), QString(),
                                     svg ? tr("SVG drawings (*.svg)") : tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    const bool ok = svg ? m_view->exportSvg(path) : m_view->exportPng(path);
    if (!ok)
        return showError(tr("Could not write %1.").arg(path));
    m_status->setText(tr("Saved %1.").arg(path));
}

} // namespace hc
