#include "ui/dashboard/LeagueTab.h"

#include "core/common/DateText.h"
#include "core/league/LeagueRanking.h"
#include "core/league/LeagueService.h"
#include "core/league/LeagueText.h"
#include "core/operations/OperationService.h"
#include "core/storage/Database.h"
#include "ui/common/BackgroundRunner.h"
#include "ui/common/ExportNames.h"
#include "ui/common/InlineError.h"
#include "ui/common/SessionContext.h"
#include "ui/common/TableExportDialog.h"
#include "ui/dashboard/DrillDownDialog.h"
#include "ui/dashboard/LeagueWeightsDialog.h"

#include <QColor>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace hc {

namespace {
const QColor kBottomThree(0xfd, 0xe2, 0xe1); // a pale red behind the bottom three's rows

bool isNumberColumn(int column)
{
    return column == LeagueText::RankColumn ||
           (column >= LeagueText::FirstMeasureColumn && column <= LeagueText::ScoreColumn);
}
} // namespace

LeagueTab::LeagueTab(SessionContext& session, QWidget* parent)
    : QWidget(parent), m_session(session), m_runner(new BackgroundRunner(this))
{
    m_week = new QComboBox;
    m_refresh = new QPushButton(tr("Re&fresh"));
    m_export = new QPushButton(tr("Export CSV…"));
    m_editWeights = new QPushButton(tr("Set wei&ghts…"));
    m_editWeights->setVisible(LeagueService(m_session.db(), m_session.actor()).maySetWeights());
    m_busy = new QProgressBar;
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(120);
    m_busy->hide();
    auto* bar = new QHBoxLayout;
    auto* weekLabel = new QLabel(tr("&Week:"));
    weekLabel->setBuddy(m_week);
    bar->addWidget(weekLabel);
    bar->addWidget(m_week);
    bar->addWidget(m_refresh);
    bar->addWidget(m_busy);
    bar->addStretch();
    bar->addWidget(m_export);

    m_weights = new QLabel;
    m_weights->setWordWrap(true);
    auto* weightsRow = new QHBoxLayout;
    weightsRow->addWidget(m_weights, 1);
    weightsRow->addWidget(m_editWeights);
    m_error = makeErrorLabel();

    m_view = new QTableWidget(0, LeagueText::ColumnCount);
    m_view->setHorizontalHeaderLabels(LeagueText::header());
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->verticalHeader()->hide();
    auto* legend = new QLabel(tr("Highlighted: the bottom three. Week N is the Nth span of 7 days from the "
                                 "operation's first day."));
    legend->setWordWrap(true);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addLayout(weightsRow);
    layout->addWidget(m_error);
    layout->addWidget(m_view, 1);
    layout->addWidget(legend);

    connect(m_runner, &BackgroundRunner::runningChanged, this,
            [this](bool running) { m_busy->setVisible(running); });
    connect(m_refresh, &QPushButton::clicked, this, &LeagueTab::refresh);
    connect(m_export, &QPushButton::clicked, this, &LeagueTab::exportCsv);
    connect(m_editWeights, &QPushButton::clicked, this, [this] { editWeights(); });
    connect(m_week, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_loading)
            refresh();
    });
    connect(&m_session, &SessionContext::operationChanged, this, &LeagueTab::operationChanged);
    connect(&m_session, &SessionContext::dataChanged, this, [this] {
        if (isVisible())
            refresh();
    });
    operationChanged();
}

bool LeagueTab::isBusy() const
{
    return m_runner->isRunning();
}

void LeagueTab::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    refresh();
}

// The week box: the whole operation, then each week with its days.
void LeagueTab::operationChanged()
{
    m_loading = true;
    m_week->clear();
    m_week->addItem(tr("Whole operation"), 0);
    const auto op = OperationService(m_session.db(), m_session.actor()).find(m_session.operationId());
    if (op) {
        const int weeks = LeagueRanking::weekCount(op->start, op->end);
        for (int w = 1; w <= weeks; ++w)
            m_week->addItem(tr("Week %1 (%2 – %3)")
                                .arg(w)
                                .arg(dateText(LeagueRanking::weekStart(op->start, w)),
                                     dateText(LeagueRanking::weekEnd(op->start, op->end, w))),
                            w);
    }
    m_loading = false;
    if (isVisible())
        refresh();
}

void LeagueTab::refresh()
{
    const qint64 operationId = m_session.operationId();
    if (!operationId) {
        m_error->setText(tr("Choose an operation to see its station league."));
        m_error->show();
        return;
    }
    const int week = m_week->currentData().toInt();
    m_runner->start(
        m_session.db().address(),
        [operationId, week, actor = m_session.actor()](Database& db) {
            return LeagueService(db, actor).table(operationId, week);
        },
        [this](Result<LeagueTable> result) {
            if (!result) {
                m_error->setText(result.error().text());
                m_error->show();
                return;
            }
            m_error->hide();
            m_table = std::move(result).value();
            showTable(m_table);
            emit refreshed();
        });
}

void LeagueTab::showTable(const LeagueTable& t)
{
    m_weights->setText(tr("Weights: %1").arg(LeagueService::weightsText(t.weights)));
    m_view->setRowCount(int(t.rows.size()));
    for (int r = 0; r < t.rows.size(); ++r)
        fillRow(r, t.rows.at(r));
    m_view->resizeColumnsToContents();
}

void LeagueTab::fillRow(int row, const LeagueRow& r)
{
    const QStringList cells = LeagueText::cells(r);
    for (int c = 0; c < cells.size(); ++c) {
        auto* item = new QTableWidgetItem(cells.at(c));
        if (isNumberColumn(c))
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        if (r.bottomThree)
            item->setBackground(kBottomThree);
        if (c == LeagueText::StationColumn || c == LeagueText::LastTwiceColumn)
            item->setToolTip(LeagueText::lastWeeksText(r));
        if (c == LeagueText::LastTwiceColumn && r.lastTwice)
            item->setText(tr("⚑ last twice"));
        m_view->setItem(row, c, item);
    }
}

LeagueWeightsDialog* LeagueTab::editWeights()
{
    const qint64 operationId = m_session.operationId();
    LeagueService league(m_session.db(), m_session.actor());
    if (!operationId || !league.maySetWeights())
        return nullptr;
    const auto current = league.weights(operationId);
    auto* dialog = new LeagueWeightsDialog(
        current ? *current : LeagueWeights{},
        [this, operationId](const LeagueWeights& w) {
            return LeagueService(m_session.db(), m_session.actor()).setWeights(operationId, w);
        },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, &LeagueTab::refresh);
    dialog->open();
    return dialog;
}

QString LeagueTab::exportName() const
{
    const QString span = m_table.week ? QStringLiteral("week-%1").arg(m_table.week) : QStringLiteral("whole");
    return exportFileName(QStringLiteral("station-league"), {m_table.operationName, span},
                          QStringLiteral("csv"));
}

bool LeagueTab::saveCsv(const QString& path, QString* error) const
{
    QList<QStringList> rows;
    for (const LeagueRow& r : m_table.rows)
        rows << LeagueText::cells(r);
    return writeCsvFile(m_session, QStringLiteral("station_league"), path, LeagueText::header(), rows, error,
                        LeagueText::caption(m_table));
}

void LeagueTab::exportCsv()
{
    if (m_table.operationName.isEmpty())
        return;
    const QString path = TableExportDialog::choose(this, tr("Export the station league"), exportName());
    QString error;
    if (!path.isEmpty() && !saveCsv(path, &error))
        QMessageBox::warning(this, tr("Export the station league"),
                             tr("Could not write %1: %2").arg(path, error));
}

} // namespace hc
