#include "ui/followup/RevisitsPage.h"

#include "core/registry/Vocabulary.h"
#include "ui/common/InlineError.h"
#include "ui/common/OfficerChooser.h"
#include "ui/common/SessionContext.h"

#include <QFont>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace hc {

RevisitsPage::RevisitsPage(SessionContext& session, QWidget* parent)
    : ListPage(session, SummaryAt::Top, parent)
{
    using M = RowsModel<RevisitRow>;
    const qint64 me = session.user().id;
    m_model = new M(
        {
            {tr("Household no."), M::text([](const RevisitRow& r) { return r.householdNo; })},
            {tr("Address"), M::text([](const RevisitRow& r) { return oneLine(r.address); })},
            {tr("Area"), M::text([](const RevisitRow& r) { return r.area; })},
            {tr("Attempts"), M::number([](const RevisitRow& r) { return r.attempts; })},
            {tr("Last attempt"), M::text([](const RevisitRow& r) { return wallClockText(r.lastAttempt); })},
            {tr("Last outcome"), M::text([](const RevisitRow& r) {
                 return Vocabulary::label(Vocabulary::Kind::Outcome, r.lastOutcome);
             })},
            {tr("Days since"), M::number([](const RevisitRow& r) { return r.daysSince; })},
            {tr("Assigned officer"), M::text([](const RevisitRow& r) { return r.assignedOfficer; })},
        },
        this);
    // One's own assignments stand out: they are the officer's work for today.
    m_model->setRowData([me](const RevisitRow& r, int role) -> QVariant {
        if (me == 0 || r.assignedOfficerId != me)
            return {};
        if (role == Qt::FontRole) {
            QFont f;
            f.setBold(true);
            return f;
        }
        if (role == Qt::ToolTipRole)
            return tr("Assigned to you");
        return {};
    });

    table()->setModel(m_model);
    setRowKey([this](int row) { return m_model->row(row).householdId; });
    connect(table()->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &RevisitsPage::updateButtons);
    connect(this, &ListPage::rowActivated, this, [this] {
        if (const RevisitRow* r = currentRow())
            emit visitRequested(r->householdId);
    });

    m_visit = new QPushButton(tr("Visit this household"));
    connect(m_visit, &QPushButton::clicked, this, [this] {
        if (const RevisitRow* r = currentRow())
            emit visitRequested(r->householdId);
    });
    buttonRow()->addWidget(m_visit);
    if (session.actor().can(Right::ViewAllStations)) {
        m_assign = new QPushButton(tr("Assign to…"));
        connect(m_assign, &QPushButton::clicked, this, &RevisitsPage::startAssigning);
        buttonRow()->addWidget(m_assign);
        // Under the button that opened it, where the eye already is.
        m_assignPanel = new QWidget;
        buildAssignPanel(m_assignPanel);
        addBottom(m_assignPanel);
    }
    buttonRow()->addWidget(statusLabel(), 1);

    connect(&session, &SessionContext::operationChanged, this, &RevisitsPage::refresh);
    connect(&session, &SessionContext::dataChanged, this, &RevisitsPage::refresh);
    connect(this, &ListPage::loaded, this, &RevisitsPage::updateButtons);
    updateButtons();
}

// The supervisor picks the officer from the household's station's officers, found by any part
// of the name or the badge; core checks again that the officer works at that station.
void RevisitsPage::buildAssignPanel(QWidget* panel)
{
    m_assignPrompt = new QLabel;
    m_officer = new OfficerChooser;
    m_assignPrompt->setBuddy(m_officer);
    auto* ok = new QPushButton(tr("Assign"));
    auto* cancel = new QPushButton(tr("Cancel"));
    m_assignError = makeErrorLabel();
    connect(m_officer->lineEdit(), &QLineEdit::returnPressed, this, &RevisitsPage::assign);
    connect(m_officer->lineEdit(), &QLineEdit::textEdited, m_assignError, &QLabel::hide);
    connect(m_officer, &OfficerChooser::officerChanged, m_assignError, &QLabel::hide);
    connect(ok, &QPushButton::clicked, this, &RevisitsPage::assign);
    connect(cancel, &QPushButton::clicked, panel, &QWidget::hide);

    auto* row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_assignPrompt);
    row->addWidget(m_officer);
    row->addWidget(ok);
    row->addWidget(cancel);
    row->addStretch(1);
    auto* column = new QVBoxLayout(panel);
    column->setContentsMargins(0, 0, 0, 0);
    column->addLayout(row);
    column->addWidget(m_assignError);
    panel->hide();
}

void RevisitsPage::startLoad()
{
    if (session().operationId() == 0) {
        m_model->setRows({});
        showNoRows(tr("Choose an operation to see its revisits."));
        return;
    }
    loadRows(
        m_model,
        [actor = session().actor(), operation = session().operationId(),
         station = session().defaultStationId()](Database& db) {
            return FollowUpService(db, actor).revisits(operation, station);
        },
        [this](int count) {
            if (count < 0)
                summaryLabel()->clear();
            else
                summaryLabel()->setText(count == 0 ? tr("No household waits for a revisit.")
                                                   : tr("Households waiting for a revisit: %1").arg(count));
        });
}

const RevisitRow* RevisitsPage::currentRow() const
{
    const QModelIndexList rows = table()->selectionModel()->selectedRows();
    return rows.isEmpty() ? nullptr : &m_model->row(rows.first().row());
}

void RevisitsPage::updateButtons()
{
    const RevisitRow* r = currentRow();
    m_visit->setEnabled(r != nullptr);
    if (m_assign)
        m_assign->setEnabled(r != nullptr);
    // The open panel names its household: a different selection would assign the wrong one.
    if (m_assignPanel && m_assignPanel->isVisible() && (!r || r->householdId != m_assigningHousehold))
        m_assignPanel->hide();
}

void RevisitsPage::startAssigning()
{
    const RevisitRow* r = currentRow();
    if (!r || !m_assignPanel)
        return;
    m_assigningHousehold = r->householdId;
    m_assignPrompt->setText(tr("Assign household %1 to:").arg(r->householdNo));
    QList<OfficerChooser::Choice> choices;
    const auto officers = FollowUpService(session().db(), session().actor()).revisitOfficers(r->householdId);
    for (const RevisitOfficer& o : officers ? *officers : QList<RevisitOfficer>())
        choices << OfficerChooser::Choice{o.id, o.name, o.badge};
    m_officer->setChoices(choices);
    m_officer->setOfficerId(r->assignedOfficerId);
    m_assignError->hide();
    statusLabel()->clear();
    m_assignPanel->show();
    if (!officers)
        showAssignError(officers.error().message);
    else if (choices.isEmpty())
        showAssignError(tr("The household's station has no active officer."));
    m_officer->setFocus();
}

void RevisitsPage::assign()
{
    const RevisitRow* r = currentRow();
    if (!r || r->householdId != m_assigningHousehold)
        return;
    const qint64 officer = m_officer->officerId();
    if (officer == 0 || m_officer->currentText() != m_officer->itemText(m_officer->currentIndex())) {
        showAssignError(tr("Choose the officer who will go: type part of the name or the badge."));
        return;
    }
    const QString householdNo = r->householdNo;
    const QString officerText = m_officer->currentText();
    const Status s = FollowUpService(session().db(), session().actor())
                         .assignRevisit(session().operationId(), r->householdId, officer);
    if (!s) {
        showAssignError(s.error().message);
        return;
    }
    m_assignPanel->hide();
    statusLabel()->setText(tr("Household %1 is assigned to %2.").arg(householdNo, officerText));
    session().notifyDataChanged();
}

void RevisitsPage::showAssignError(const QString& message)
{
    m_assignError->setText(message);
    m_assignError->show();
    m_officer->setFocus();
    m_officer->lineEdit()->selectAll();
}

} // namespace hc
