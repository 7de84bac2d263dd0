#include "ui/actions/ActionsPage.h"

#include "core/actions/ActionService.h"
#include "core/common/DateText.h"
#include "core/households/HouseholdService.h"
#include "ui/common/SessionContext.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFont>
#include <QHBoxLayout>
#include <QLabel>
#include <QTableView>

namespace hc {

namespace {
const QColor kOverdueText(0xa0, 0x40, 0x00);
const QColor kOverdueBack(0xff, 0xf1, 0xdc);
} // namespace

ActionsPage::ActionsPage(SessionContext& session, QWidget* parent)
    : ListPage(session, SummaryAt::Buttons, parent)
{
    using M = RowsModel<CaseAction>;
    m_model = new M(
        {
            {tr("Action"), M::text([](const CaseAction& a) { return ActionService::number(a.id); })},
            {tr("Case no."), M::text([](const CaseAction& a) { return a.caseNo; })},
            {tr("Subject"), M::text([](const CaseAction& a) { return a.subject; })},
            {tr("What"), M::text([](const CaseAction& a) { return a.what; })},
            {tr("For"), M::text([](const CaseAction& a) { return a.allocatedTo; })},
            {tr("Due"), M::text([](const CaseAction& a) { return dateText(a.due); })},
            {tr("Priority"),
             M::text([](const CaseAction& a) { return ActionService::priorityLabel(a.priority); })},
            {tr("Status"), M::text([](const CaseAction& a) {
                 return a.overdue ? tr("%1 – overdue").arg(ActionService::statusLabel(a.status))
                                  : ActionService::statusLabel(a.status);
             })},
            {tr("Station"), M::text([](const CaseAction& a) { return a.station; })},
        },
        this);
    m_model->setRowData([](const CaseAction& a, int role) -> QVariant {
        if (!a.overdue)
            return {};
        if (role == Qt::FontRole) {
            QFont f;
            f.setBold(true);
            return f;
        }
        if (role == Qt::ForegroundRole)
            return kOverdueText;
        if (role == Qt::BackgroundRole)
            return kOverdueBack;
        return {};
    });
    table()->setModel(m_model);
    setRowKey([this](int row) { return m_model->row(row).id; });
    connect(this, &ListPage::rowActivated, this,
            [this](int row) { emit caseRequested(m_model->row(row).caseId); });

    m_scope = new QComboBox;
    m_scope->addItem(tr("My actions"), Mine);
    m_scope->addItem(tr("Overdue actions"), Overdue);
    m_scope->addItem(tr("All actions"), All);
    m_station = new QComboBox;
    m_station->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    const Actor actor = session.actor();
    const bool allStations = actor.can(Right::EditCases) || actor.can(Right::ViewAllStations);
    if (allStations)
        m_station->addItem(tr("All stations"), qint64(0));
    for (const StationRow& s : HouseholdService(session.db(), session.actor()).stations())
        if (allStations || s.id == actor.stationId)
            m_station->addItem(s.name, s.id);
    m_station->setEnabled(m_station->count() > 1);
    m_open = new QCheckBox(tr("&Open only"));
    m_open->setToolTip(tr("Allocated, sent back or returned and not yet signed off."));
    m_open->setChecked(true);
    for (QComboBox* box : {m_scope, m_station})
        connect(box, &QComboBox::currentIndexChanged, this, &ActionsPage::refresh);
    connect(m_open, &QCheckBox::toggled, this, &ActionsPage::refresh);
    addFilter(filterBar(), tr("S&how:"), m_scope);
    addFilter(filterBar(), tr("Stati&on:"), m_station);
    addFilterWidget(filterBar(), m_open);
    filterBar()->addStretch(1);
    connect(&session, &SessionContext::dataChanged, this, &ActionsPage::refresh);
}

ActionFilter ActionsPage::filter() const
{
    ActionFilter f;
    const int scope = m_scope->currentData().toInt();
    if (scope == Mine)
        f.allocatedTo = session().user().id;
    f.overdueOnly = scope == Overdue;
    f.stationId = m_station->currentData().toLongLong();
    if (m_open->isChecked())
        f.statuses = {QStringLiteral("allocated"), QStringLiteral("sent_back"), QStringLiteral("returned")};
    return f;
}

void ActionsPage::startLoad()
{
    summaryLabel()->setText(tr("Loading actions…"));
    loadRows(
        m_model,
        [actor = session().actor(), f = filter()](Database& db) { return ActionService(db, actor).list(f); },
        [this](int count) { summarize(count); });
}

void ActionsPage::summarize(int count)
{
    if (count < 0) {
        summaryLabel()->clear();
        return;
    }
    int overdue = 0;
    for (const CaseAction& a : m_model->rows())
        overdue += a.overdue;
    summaryLabel()->setText(count == 0 ? tr("No action.")
                                       : tr("Actions: %1, overdue: %2").arg(count).arg(overdue));
}

} // namespace hc
