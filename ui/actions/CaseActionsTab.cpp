#include "ui/actions/CaseActionsTab.h"

#include "core/actions/ActionService.h"
#include "core/common/DateText.h"
#include "ui/actions/ActionDraftForm.h"
#include "ui/common/InlineError.h"
#include "ui/common/SessionContext.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace hc {

CaseActionsTab::CaseActionsTab(SessionContext& session, qint64 caseId, QWidget* parent)
    : QWidget(parent), m_session(session), m_caseId(caseId)
{
    const ActionService actions(session.db(), session.actor());
    m_table = new QTableWidget(0, 7);
    m_table->setHorizontalHeaderLabels({tr("Action"), tr("What"), tr("For"), tr("Due"), tr("Priority"),
                                        tr("Status"), tr("Result or reason")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &CaseActionsTab::updateButtons);

    m_note = new QLineEdit;
    m_note->setPlaceholderText(tr("The result (returning) or the reason (sending back)"));
    m_return = new QPushButton(tr("&Return with result"));
    m_signOff = new QPushButton(tr("Sign o&ff"));
    m_sendBack = new QPushButton(tr("Send &back"));
    for (QPushButton* b : {m_return, m_signOff, m_sendBack})
        b->setAutoDefault(false);
    connect(m_return, &QPushButton::clicked, this, &CaseActionsTab::returnSelected);
    connect(m_signOff, &QPushButton::clicked, this, &CaseActionsTab::signOffSelected);
    connect(m_sendBack, &QPushButton::clicked, this, &CaseActionsTab::sendBackSelected);
    auto* steps = new QHBoxLayout;
    steps->addWidget(m_note, 1);
    steps->addWidget(m_return);
    steps->addWidget(m_signOff);
    steps->addWidget(m_sendBack);

    m_form = new ActionDraftForm(session);
    m_raise = new QPushButton(tr("Rai&se action"));
    m_raise->setAutoDefault(false);
    connect(m_raise, &QPushButton::clicked, this, &CaseActionsTab::raise);
    auto* box = new QGroupBox(tr("New action"));
    auto* boxLayout = new QVBoxLayout(box);
    boxLayout->addWidget(m_form);
    auto* raiseRow = new QHBoxLayout;
    raiseRow->addStretch(1);
    raiseRow->addWidget(m_raise);
    boxLayout->addLayout(raiseRow);
    m_raiseBox = box;
    m_raiseBox->setVisible(actions.mayRaise());

    m_error = makeErrorLabel();
    m_form->errors().setFallback(m_error);
    m_status = new QLabel;
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(steps);
    layout->addWidget(m_error);
    layout->addWidget(m_status);
    layout->addWidget(m_raiseBox);
    reload(true);
}

void CaseActionsTab::reload(bool caseOpen)
{
    ActionFilter f;
    f.caseId = m_caseId;
    const auto rows = ActionService(m_session.db(), m_session.actor()).list(f);
    m_actions = rows ? *rows : QList<CaseAction>();
    if (!rows) {
        m_error->setText(rows.error().message);
        m_error->show();
    }
    m_raiseBox->setEnabled(caseOpen);
    showActions();
}

void CaseActionsTab::showActions()
{
    const qint64 keep = selected() ? selected()->id : 0;
    QSignalBlocker block(m_table);
    m_table->setRowCount(int(m_actions.size()));
    for (int r = 0; r < m_actions.size(); ++r) {
        const CaseAction& a = m_actions.at(r);
        const QString status = a.overdue ? tr("%1 – overdue").arg(ActionService::statusLabel(a.status))
                                         : ActionService::statusLabel(a.status);
        const QString note = a.isSentBack() ? tr("Sent back: %1").arg(a.sentBackReason) : a.result;
        const QStringList cells{ActionService::number(a.id),
                                a.what,
                                a.allocatedTo,
                                dateText(a.due),
                                ActionService::priorityLabel(a.priority),
                                status,
                                note};
        for (int c = 0; c < cells.size(); ++c)
            m_table->setItem(r, c, new QTableWidgetItem(cells.at(c)));
    }
    m_table->resizeColumnsToContents();
    if (keep)
        selectAction(keep);
    updateButtons();
}

void CaseActionsTab::selectAction(qint64 actionId)
{
    for (int r = 0; r < m_actions.size(); ++r)
        if (m_actions.at(r).id == actionId)
            m_table->selectRow(r);
    updateButtons();
}

const CaseAction* CaseActionsTab::selected() const
{
    const QList<QTableWidgetSelectionRange> ranges = m_table->selectedRanges();
    if (ranges.isEmpty() || ranges.first().topRow() >= m_actions.size())
        return nullptr;
    return &m_actions.at(ranges.first().topRow());
}

void CaseActionsTab::updateButtons()
{
    const ActionService actions(m_session.db(), m_session.actor());
    const CaseAction* a = selected();
    const bool returnable = a && a->isOpen() && actions.mayReturn(*a);
    const bool reviewable = a && a->awaitsSignOff() && actions.mayReview();
    m_return->setVisible(returnable);
    m_signOff->setVisible(reviewable);
    m_sendBack->setVisible(reviewable);
    m_note->setVisible(returnable || reviewable);
}

bool CaseActionsTab::finish(const Status& s, const QString& done)
{
    m_status->clear();
    if (!s) {
        m_error->setText(s.error().message);
        m_error->show();
        return false;
    }
    m_error->hide();
    m_note->clear();
    reload(m_raiseBox->isEnabled());
    m_status->setText(done);
    emit changed();
    return true;
}

bool CaseActionsTab::raise()
{
    m_form->errors().clear();
    const auto id = ActionService(m_session.db(), m_session.actor()).raise(m_form->draft(m_caseId));
    if (!id) {
        m_form->errors().show(id.error());
        return false;
    }
    m_form->reset();
    const bool ok = finish({}, tr("Action %1 raised.").arg(ActionService::number(*id)));
    selectAction(*id);
    return ok;
}

bool CaseActionsTab::returnSelected()
{
    const CaseAction* a = selected();
    if (!a)
        return false;
    const qint64 id = a->id;
    return finish(ActionService(m_session.db(), m_session.actor()).returnResult(id, m_note->text()),
                  tr("Action %1 returned.").arg(ActionService::number(id)));
}

bool CaseActionsTab::signOffSelected()
{
    const CaseAction* a = selected();
    if (!a)
        return false;
    const qint64 id = a->id;
    return finish(ActionService(m_session.db(), m_session.actor()).signOff(id),
                  tr("Action %1 signed off.").arg(ActionService::number(id)));
}

bool CaseActionsTab::sendBackSelected()
{
    const CaseAction* a = selected();
    if (!a)
        return false;
    const qint64 id = a->id;
    return finish(ActionService(m_session.db(), m_session.actor()).sendBack(id, m_note->text()),
                  tr("Action %1 sent back.").arg(ActionService::number(id)));
}

} // namespace hc
