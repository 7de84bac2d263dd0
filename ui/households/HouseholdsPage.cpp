#include "ui/households/HouseholdsPage.h"

#include "core/households/HouseholdService.h"
#include "ui/common/SessionContext.h"
#include "ui/households/HouseholdDetailDialog.h"
#include "ui/households/HouseholdTableModel.h"

#include "ui/common/InlineError.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace hc {

HouseholdsPage::HouseholdsPage(SessionContext& session, QWidget* parent)
    : QWidget(parent), m_session(session), m_model(new HouseholdTableModel(session.db(), this))
{
    m_area = new QComboBox;
    m_area->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_area->setMinimumContentsLength(8);
    m_status = new QComboBox;
    m_status->addItem(tr("All statuses"), int(Coverage::Any));
    m_status->addItem(HouseholdTableModel::coverageLabel(Coverage::NotVisited), int(Coverage::NotVisited));
    m_status->addItem(HouseholdTableModel::coverageLabel(Coverage::Revisit), int(Coverage::Revisit));
    m_status->addItem(HouseholdTableModel::coverageLabel(Coverage::Covered), int(Coverage::Covered));
    m_search = new QLineEdit;
    m_search->setPlaceholderText(tr("Search name, ID number, phone, household no. or address"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(260);
    m_count = new QLabel;

    auto* bar = new QHBoxLayout;
    if (m_session.actor().can(Right::ViewAllStations)) {
        m_station = new QComboBox;
        m_station->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        m_station->addItem(tr("All stations"), qint64(0));
        for (const StationRow& st : HouseholdService(m_session.db()).stations())
            m_station->addItem(st.name, st.id);
        auto* stationLabel = new QLabel(tr("Stati&on:"));
        stationLabel->setBuddy(m_station);
        bar->addWidget(stationLabel);
        bar->addWidget(m_station);
        bar->addSpacing(8);
        connect(m_station, &QComboBox::currentIndexChanged, this, [this] {
            reloadAreas();
            applyFilter(false);
        });
    }
    auto* areaLabel = new QLabel(tr("&Area:"));
    areaLabel->setBuddy(m_area);
    auto* statusLabel = new QLabel(tr("S&tatus:"));
    statusLabel->setBuddy(m_status);
    bar->addWidget(areaLabel);
    bar->addWidget(m_area);
    bar->addSpacing(8);
    bar->addWidget(statusLabel);
    bar->addWidget(m_status);
    bar->addSpacing(8);
    bar->addWidget(m_search, 1);
    bar->addSpacing(8);
    bar->addWidget(m_count);

    m_searchMessage = new QLabel;
    m_searchMessage->hide();
    m_error = makeErrorLabel();

    m_table = new QTableView;
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    // Single-line rows: the style's default height wastes a third of the screen on padding.
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionResizeMode(HouseholdTableModel::Address, QHeaderView::Stretch);
    header->resizeSection(HouseholdTableModel::HouseholdNo, 130);
    header->resizeSection(HouseholdTableModel::Area, 140);
    header->resizeSection(HouseholdTableModel::Members, 80);
    header->resizeSection(HouseholdTableModel::LastVisit, 150);
    header->resizeSection(HouseholdTableModel::Status, 110);

    auto* hint = new QLabel(tr("Double-click or Enter: details. Ctrl+Enter: visit."));
    hint->setEnabled(false);
    m_detailButton = new QPushButton(tr("&Details…"));
    m_visitButton = new QPushButton(tr("&Visit this household"));
    m_visitButton->setToolTip(tr("Record a visit to the selected household (Ctrl+Enter)"));
    m_visitButton->setVisible(m_session.actor().can(Right::RecordVisits));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(hint, 1);
    buttons->addWidget(m_detailButton);
    buttons->addWidget(m_visitButton);

    // A page-wide action, so Ctrl+Enter works from the table and the filter bar alike; the
    // table's own Enter (without Ctrl) stays "open the detail".
    m_visitAction = new QAction(tr("Visit this household"), this);
    m_visitAction->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    m_visitAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_visitAction);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_searchMessage);
    layout->addWidget(m_error);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(kSearchDelayMs);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this, &HouseholdsPage::searchEdited);
    connect(m_area, &QComboBox::currentIndexChanged, this, [this] { applyFilter(false); });
    connect(m_status, &QComboBox::currentIndexChanged, this, [this] { applyFilter(false); });

    connect(m_model, &HouseholdTableModel::loaded, this, &HouseholdsPage::updateCount);
    connect(m_model, &QAbstractItemModel::modelReset, this, &HouseholdsPage::updateActions);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &HouseholdsPage::updateActions);
    connect(m_table, &QAbstractItemView::activated, this,
            [this](const QModelIndex& index) { openDetail(m_model->householdId(index.row())); });
    connect(m_detailButton, &QPushButton::clicked, this, [this] { openDetail(currentHouseholdId()); });
    connect(m_visitButton, &QPushButton::clicked, this, &HouseholdsPage::requestVisit);
    connect(m_visitAction, &QAction::triggered, this, &HouseholdsPage::requestVisit);

    connect(&m_session, &SessionContext::operationChanged, this, [this] { applyFilter(true); });
    connect(&m_session, &SessionContext::dataChanged, this, [this] {
        reloadAreas(); // an import may have brought new areas
        applyFilter(true);
    });

    reloadAreas();
    applyFilter(false);
}

qint64 HouseholdsPage::stationScope() const
{
    if (m_station)
        return m_station->currentData().toLongLong();
    return m_session.actor().can(Right::ViewAllStations) ? 0 : m_session.defaultStationId();
}

void HouseholdsPage::reloadAreas()
{
    const qint64 keep = m_area->currentData().toLongLong();
    QSignalBlocker block(m_area);
    m_area->clear();
    m_area->addItem(tr("All areas"), qint64(0));
    for (const AreaRow& a : HouseholdService(m_session.db()).areas(stationScope()))
        m_area->addItem(a.name, a.id);
    const int index = m_area->findData(keep);
    m_area->setCurrentIndex(index >= 0 ? index : 0);
}

void HouseholdsPage::searchEdited()
{
    const QString text = m_search->text().trimmed();
    const bool tooShort = !text.isEmpty() && text.size() < kMinSearchLength;
    m_searchMessage->setText(
        tooShort ? tr("Type at least %n characters to search.", nullptr, kMinSearchLength) : QString());
    m_searchMessage->setVisible(tooShort);
    const QString search = tooShort ? QString() : text;
    if (search == m_activeSearch)
        return;
    m_activeSearch = search;
    applyFilter(false);
}

void HouseholdsPage::applyFilter(bool keepPlace)
{
    HouseholdFilter f;
    f.operationId = m_session.operationId();
    f.stationId = stationScope();
    f.areaId = m_area->currentData().toLongLong();
    f.coverage = Coverage(m_status->currentData().toInt());
    f.search = m_activeSearch;

    const qint64 current = currentHouseholdId();
    const int loadedRows = m_model->rowCount();
    m_model->setFilter(f);
    if (!keepPlace)
        return;
    // A refresh shows as much as before, so the user's place in a long list survives it.
    while (m_model->rowCount() < loadedRows && m_model->canFetchMore({}))
        m_model->fetchMore({});
    const int row = m_model->rowOfHousehold(current);
    if (row >= 0) {
        const QModelIndex index = m_model->index(row, 0);
        m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                              QItemSelectionModel::Rows);
        m_table->scrollTo(index);
    }
}

void HouseholdsPage::updateCount()
{
    const int n = m_model->rowCount();
    if (m_model->canFetchMore({}))
        m_count->setText(tr("%n shown, more as you scroll", nullptr, n));
    else if (n == 0)
        m_count->setText(tr("No household matches"));
    else
        m_count->setText(tr("%n shown", nullptr, n));
    const QString error = m_model->errorString();
    m_error->setText(error);
    m_error->setVisible(!error.isEmpty());
}

void HouseholdsPage::updateActions()
{
    const bool any = currentHouseholdId() != 0;
    m_detailButton->setEnabled(any);
    m_visitButton->setEnabled(any);
    m_visitAction->setEnabled(any && m_session.actor().can(Right::RecordVisits));
}

qint64 HouseholdsPage::currentHouseholdId() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? m_model->householdId(current.row()) : 0;
}

void HouseholdsPage::openDetail(qint64 householdId)
{
    if (!householdId)
        return;
    auto* dialog = new HouseholdDetailDialog(m_session, householdId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &HouseholdDetailDialog::correctVisitRequested, this,
            &HouseholdsPage::correctionRequested);
    dialog->open();
}

void HouseholdsPage::requestVisit()
{
    if (const qint64 id = currentHouseholdId())
        emit visitRequested(id);
}

} // namespace hc
