#include "ui/overview/OverviewPage.h"

#include "core/registry/DomainCodes.h"
#include "core/registry/Vocabulary.h"
#include "core/search/SearchService.h"
#include "core/stats/FigureLabels.h"
#include "core/stats/StatsService.h"
#include "core/storage/Database.h"
#include "ui/common/BackgroundRunner.h"
#include "ui/common/RecordRows.h"
#include "ui/common/SessionContext.h"

#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSplitter>
#include <QTableWidget>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace hc {

namespace {
constexpr int kKindRole = Qt::UserRole + 1; // a search result's RecordKind
} // namespace

OverviewPage::OverviewPage(SessionContext& session, QWidget* parent)
    : QWidget(parent), m_session(session), m_runner(new BackgroundRunner(this))
{
    auto* left = new QGroupBox(tr("Operation figures"));
    auto* leftLayout = new QVBoxLayout(left);
    m_figures = new QTableWidget(0, 2);
    m_figures->setHorizontalHeaderLabels({tr("Figure"), tr("Value")});
    m_figures->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_figures->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_figures->verticalHeader()->hide();
    m_figures->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_figures->setSelectionBehavior(QAbstractItemView::SelectRows);
    leftLayout->addWidget(m_figures);

    auto* right = new QGroupBox(tr("Search people and households"));
    auto* rightLayout = new QVBoxLayout(right);
    m_search = new QLineEdit;
    m_search->setPlaceholderText(tr("Name, ID number, phone, household number or address"));
    m_search->setClearButtonEnabled(true);
    rightLayout->addWidget(m_search);
    m_searchMessage = new QLabel;
    m_searchMessage->setWordWrap(true);
    rightLayout->addWidget(m_searchMessage);
    m_results = new QTreeWidget;
    m_results->setRootIsDecorated(false);
    m_results->setHeaderLabels(
        {tr("Kind"), tr("Name / household"), tr("ID number / address"), tr("Household no."), tr("Address")});
    m_results->header()->setStretchLastSection(true);
    m_results->header()->setSectionResizeMode(QHeaderView::Interactive);
    for (int c = 0; c < 4; ++c)
        m_results->header()->resizeSection(c, c == 2 ? 170 : 110);
    rightLayout->addWidget(m_results);
    // A result opens its person or household (Enter, a double-click); the kind rides with the id.
    openRecordsOnActivate(m_results, m_session, [](const QModelIndex& index) -> std::optional<RecordRef> {
        const QModelIndex first = index.siblingAtColumn(0);
        return RecordRef{RecordKind(first.data(kKindRole).toInt()), rowId(index)};
    });

    auto* split = new QSplitter;
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);

    // Search as the user types, once typing pauses.
    auto* debounce = new QTimer(this);
    debounce->setSingleShot(true);
    debounce->setInterval(250);
    connect(m_search, &QLineEdit::textChanged, debounce, qOverload<>(&QTimer::start));
    connect(debounce, &QTimer::timeout, this, &OverviewPage::runSearch);
    connect(m_search, &QLineEdit::returnPressed, this, &OverviewPage::runSearch);
    connect(&m_session, &SessionContext::operationChanged, this, &OverviewPage::showFigures);
    connect(&m_session, &SessionContext::dataChanged, this, &OverviewPage::showFigures);
}

void OverviewPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_figuresDue)
        showFigures();
}

void OverviewPage::showFigures()
{
    // Computed when the page is seen, on a worker: at city scale the figures take a while.
    m_figuresDue = !isVisible();
    if (m_figuresDue)
        return;
    if (!m_session.operationId()) {
        m_runner->abandon();
        m_figures->setRowCount(0);
        return;
    }
    m_runner->start(
        m_session.db().address(),
        [operation = m_session.operationId()](Database& db) { return StatsService(db).compute(operation); },
        [this](const Result<OperationStats>& stats) {
            m_figures->setRowCount(0);
            if (stats)
                fillFigures(*stats);
        });
}

void OverviewPage::fillFigures(const OperationStats& s)
{
    using L = FigureLabels;
    QList<QPair<QString, qint64>> rows = {
        {L::label(Figure::HouseholdsInScope), s.householdsInScope},
        {L::label(Figure::HouseholdsVisited), s.householdsVisited},
        {L::label(Figure::HouseholdsCovered), s.householdsCovered},
        {L::label(Figure::RevisitsPending), s.revisitsPending},
        {L::label(Figure::PersonChecks), s.personChecks},
        {L::label(Figure::PersonsScreened), s.personsScreened},
        {L::label(Figure::WhereaboutsUnknownNow),
         s.personsByLatestStatus.value(codeOf(ScreeningStatus::WhereaboutsUnknown))},
        {L::label(Figure::UnregisteredFound), s.unregisteredFound},
        {L::label(Figure::UnregisteredRegistered), s.unregisteredRegistered},
        {L::label(Figure::UnregisteredIdCards), s.unregisteredIdCards},
        {L::label(Figure::CasesOpened), s.casesOpened},
        {L::label(Figure::FoundAlive), s.foundAlive},
        {L::label(Figure::Rescued), s.rescued},
        {L::label(Figure::FoundDeceased), s.foundDeceased},
        {L::label(Figure::FamiliesReunited), s.familiesReunited},
    };
    for (auto it = s.crimesUncovered.begin(); it != s.crimesUncovered.end(); ++it)
        rows.append({L::label(FigureBreakdown::CrimesByKind, it.key()), it.value()});
    m_figures->setRowCount(int(rows.size()));
    for (int i = 0; i < rows.size(); ++i) {
        m_figures->setItem(i, 0, new QTableWidgetItem(rows[i].first));
        auto* value = new QTableWidgetItem(QLocale().toString(rows[i].second));
        value->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_figures->setItem(i, 1, value);
    }
}

void OverviewPage::runSearch()
{
    m_results->clear();
    const QString text = m_search->text().trimmed();
    if (text.isEmpty()) {
        m_searchMessage->clear();
        return;
    }
    const auto hits = SearchService(m_session.db(), m_session.actor()).search(text, 200);
    if (!hits) {
        m_searchMessage->setText(hits.error().message);
        return;
    }
    m_searchMessage->setText(hits->isEmpty() ? tr("Nothing found for \"%1\".").arg(text)
                                             : tr("%n result(s).", nullptr, int(hits->size())));
    for (const SearchHit& h : *hits) {
        const bool person = h.kind == SearchHit::Kind::Person;
        auto* item = new QTreeWidgetItem(m_results, {person ? tr("Person") : tr("Household"), h.title,
                                                     h.detail, h.householdNo, h.address});
        item->setData(0, Qt::UserRole, h.id);
        item->setData(0, kKindRole, int(person ? RecordKind::Person : RecordKind::Household));
    }
    for (int c = 0; c < m_results->columnCount() - 1; ++c)
        m_results->resizeColumnToContents(c);
}

} // namespace hc
