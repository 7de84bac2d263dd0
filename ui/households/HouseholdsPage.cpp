#include "ui/households/HouseholdsPage.h"

#include "core/auth/Scope.h"
#include "core/common/Clock.h"
#include "core/households/HouseholdService.h"
#include "ui/common/ExportNames.h"
#include "ui/common/SessionContext.h"
#include "ui/households/HouseholdDetailDialog.h"
#include "ui/households/HouseholdTableModel.h"
#include "ui/sheets/SheetsDialog.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <utility>

namespace hc {

HouseholdsPage::HouseholdsPage(SessionContext& session, QWidget* parent)
    : ListPage(session, SummaryAt::FilterBar, parent),
      m_model(new HouseholdTableModel(session.db(), session.actor(), this))
{
    buildFilterBar();
    m_searchMessage = new QLabel;
    m_searchMessage->hide();
    addMessage(m_searchMessage);

    QTableView* t = table();
    t->setModel(m_model);
    t->setAlternatingRowColors(true);
    t->horizontalHeader()->setStretchLastSection(false);
    t->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    // Single-line rows: the style's default height wastes a third of the screen on padding.
    t->verticalHeader()->setDefaultSectionSize(t->fontMetrics().height() + 10);
    QHeaderView* header = t->horizontalHeader();
    header->setSectionResizeMode(HouseholdTableModel::Address, QHeaderView::Stretch);
    header->resizeSection(HouseholdTableModel::HouseholdNo, 130);
    header->resizeSection(HouseholdTableModel::Area, 140);
    header->resizeSection(HouseholdTableModel::Members, 80);
    header->resizeSection(HouseholdTableModel::LastVisit, 150);
    header->resizeSection(HouseholdTableModel::Status, 110);
    setResizeColumnsOnLoad(false);
    setRowKey([this](int row) { return m_model->householdId(row); });

    auto* hint = new QLabel(tr("Double-click or Enter: details. Ctrl+Enter: visit."));
    hint->setEnabled(false);
    m_detailButton = new QPushButton(tr("&Details…"));
    m_visitButton = new QPushButton(tr("&Visit this household"));
    m_visitButton->setToolTip(tr("Record a visit to the selected household (Ctrl+Enter)"));
    m_visitButton->setVisible(session.actor().can(Right::RecordVisits));
    buttonRow()->addWidget(hint);
    buttonRow()->addWidget(statusLabel(), 1);
    buttonRow()->addWidget(m_detailButton);
    buttonRow()->addWidget(m_visitButton);
    m_sheetsButton = new QPushButton(tr("Print &sheets…"));
    m_sheetsButton->setToolTip(tr("Door-to-door sheets of the chosen area as a PDF, one page per household"));
    m_sheetsButton->setVisible(session.actor().can(Right::RecordVisits));
    buttonRow()->addWidget(m_sheetsButton);
    enableExport(
        tr("Export…"), tr("Export households"),
        [this] {
            // What the file holds, the filters it was made with and the day.
            return exportFileName(
                QStringLiteral("households"),
                {m_station && m_station->currentIndex() > 0 ? m_station->currentText() : QString(),
                 m_area->currentIndex() > 0 ? m_area->currentText() : QString(),
                 m_status->currentIndex() > 0 ? m_status->currentText() : QString(),
                 Clock::instance().now().date().toString(Qt::ISODate)},
                QStringLiteral("csv"));
        },
        [](int rows, const QString& path) {
            return tr("Exported %n household(s) to %1.", nullptr, rows).arg(path);
        });
    buttonRow()->addWidget(exportButton());

    // A page-wide action, so Ctrl+Enter works from the table and the filter bar alike; the
    // table's own Enter (without Ctrl) stays "open the detail".
    m_visitAction = new QAction(tr("Visit this household"), this);
    m_visitAction->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    m_visitAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_visitAction);

    connect(m_model, &HouseholdTableModel::loaded, this, &HouseholdsPage::updateCount);
    connect(m_model, &QAbstractItemModel::modelReset, this, &HouseholdsPage::updateActions);
    connect(t->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &HouseholdsPage::updateActions);
    connect(this, &ListPage::rowActivated, this, [this](int row) { openDetail(m_model->householdId(row)); });
    connect(m_detailButton, &QPushButton::clicked, this, [this] { openDetail(currentHouseholdId()); });
    connect(m_visitButton, &QPushButton::clicked, this, &HouseholdsPage::requestVisit);
    connect(m_sheetsButton, &QPushButton::clicked, this, &HouseholdsPage::printSheets);
    connect(m_visitAction, &QAction::triggered, this, &HouseholdsPage::requestVisit);

    connect(&session, &SessionContext::operationChanged, this, [this] { applyFilter(true); });
    connect(&session, &SessionContext::dataChanged, this, [this] {
        m_areasDue = true; // an import may have brought new areas
        applyFilter(true);
    });
    updateActions();
}

void HouseholdsPage::buildFilterBar()
{
    m_area = new QComboBox;
    m_area->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_area->setMinimumContentsLength(8);
    m_area->addItem(tr("All areas"), qint64(0));
    m_status = new QComboBox;
    m_status->addItem(tr("All statuses"), int(Coverage::Any));
    m_status->addItem(HouseholdTableModel::coverageLabel(Coverage::NotVisited), int(Coverage::NotVisited));
    m_status->addItem(HouseholdTableModel::coverageLabel(Coverage::Revisit), int(Coverage::Revisit));
    m_status->addItem(HouseholdTableModel::coverageLabel(Coverage::Covered), int(Coverage::Covered));
    m_search = new QLineEdit;
    m_search->setPlaceholderText(tr("Search name, ID number, phone, household no. or address"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(260);

    if (!Scope::bound(session().actor())) {
        m_station = new QComboBox;
        m_station->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        m_station->addItem(tr("All stations"), qint64(0));
        for (const StationRow& st : HouseholdService(session().db(), session().actor()).stations())
            m_station->addItem(st.name, st.id);
        addFilter(filterBar(), tr("Stati&on:"), m_station);
        filterBar()->insertSpacing(filterBar()->count() - 1, 8);
        connect(m_station, &QComboBox::currentIndexChanged, this, [this] {
            reloadAreas();
            applyFilter(false);
        });
    }
    addFilter(filterBar(), tr("&Area:"), m_area);
    filterBar()->insertSpacing(filterBar()->count() - 1, 8);
    addFilter(filterBar(), tr("S&tatus:"), m_status);
    filterBar()->insertSpacing(filterBar()->count() - 1, 8);
    addFilterWidget(filterBar(), m_search, 1);
    filterBar()->insertSpacing(filterBar()->count() - 1, 8);

    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(kSearchDelayMs);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this, &HouseholdsPage::searchEdited);
    connect(m_area, &QComboBox::currentIndexChanged, this, [this] { applyFilter(false); });
    connect(m_status, &QComboBox::currentIndexChanged, this, [this] { applyFilter(false); });
}

qint64 HouseholdsPage::stationScope() const
{
    if (m_station)
        return m_station->currentData().toLongLong();
    return Scope::bound(session().actor()) ? session().defaultStationId() : 0;
}

void HouseholdsPage::reloadAreas()
{
    m_areasDue = false;
    const qint64 keep = m_area->currentData().toLongLong();
    QSignalBlocker block(m_area);
    m_area->clear();
    m_area->addItem(tr("All areas"), qint64(0));
    for (const AreaRow& a : HouseholdService(session().db(), session().actor()).areas(stationScope()))
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
    if (!keepPlace)
        m_newFilter = true;
    refresh();
}

void HouseholdsPage::startLoad()
{
    if (m_areasDue)
        reloadAreas();
    HouseholdFilter f;
    f.operationId = session().operationId();
    f.stationId = stationScope();
    f.areaId = m_area->currentData().toLongLong();
    f.coverage = Coverage(m_status->currentData().toInt());
    f.search = m_activeSearch;
    m_load = beginLoad();
    m_model->setFilter(f, m_newFilter ? 0 : m_model->rowCount());
    m_newFilter = false;
}

// Every household of the filter, not only those scrolled to, goes into the file.
void HouseholdsPage::beforeExport(std::function<void()> ready)
{
    statusLabel()->setText(tr("Loading every household of the list…"));
    m_model->fetchAll(std::move(ready));
}

void HouseholdsPage::updateCount()
{
    const int n = m_model->rowCount();
    const qint64 total = std::max<qint64>(m_model->total(), n);
    const QString more = m_model->canFetchMore({}) ? tr("more as you scroll") : QString();
    if (total == 0)
        summaryLabel()->setText(tr("No household matches"));
    else
        showTotal(tr("%Ln household(s)", nullptr, int(total)), total, n, more);
    // The first page of the frame's load: it reselects the household the user was on.
    if (m_load && !m_model->isLoading()) {
        const quint64 load = std::exchange(m_load, 0);
        finishLoad(load, n, m_model->errorString());
    } else {
        const QString error = m_model->errorString();
        errorLabel()->setText(error);
        errorLabel()->setVisible(!error.isEmpty());
    }
}

void HouseholdsPage::updateActions()
{
    const bool any = currentHouseholdId() != 0;
    m_detailButton->setEnabled(any);
    m_visitButton->setEnabled(any);
    m_visitAction->setEnabled(any && session().actor().can(Right::RecordVisits));
    const bool area = m_area->currentIndex() > 0;
    m_sheetsButton->setEnabled(area);
    m_sheetsButton->setToolTip(
        area ? tr("Door-to-door sheets of %1 as a PDF, one page per household").arg(m_area->currentText())
             : tr("Choose an area first: the sheets are printed per area."));
}

void HouseholdsPage::printSheets()
{
    if (m_area->currentIndex() <= 0)
        return;
    auto* dialog =
        new SheetsDialog(session(), m_area->currentData().toLongLong(), m_area->currentText(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->pendingBox()->setChecked(m_status->currentData().toInt() != int(Coverage::Covered));
    dialog->open();
}

qint64 HouseholdsPage::currentHouseholdId() const
{
    const QModelIndex current = table()->currentIndex();
    return current.isValid() ? m_model->householdId(current.row()) : 0;
}

void HouseholdsPage::openDetail(qint64 householdId)
{
    if (!householdId)
        return;
    auto* dialog = new HouseholdDetailDialog(session(), householdId, this);
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
