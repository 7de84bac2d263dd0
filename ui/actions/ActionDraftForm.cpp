#include "ui/actions/ActionDraftForm.h"

#include "core/actions/ActionService.h"
#include "core/common/Clock.h"
#include "ui/common/OfficerChooser.h"
#include "ui/common/SessionContext.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QLineEdit>

namespace hc {

ActionDraftForm::ActionDraftForm(SessionContext& session, QWidget* parent) : QWidget(parent)
{
    m_what = new QLineEdit;
    m_what->setPlaceholderText(tr("What is to be done (visit, call, check a camera, ...)"));
    m_officer = new OfficerChooser;
    QList<OfficerChooser::Choice> choices;
    if (const auto officers = ActionService(session.db(), session.actor()).officers())
        for (const ActionOfficer& o : *officers)
            choices << OfficerChooser::Choice{o.id, o.name, o.badge};
    m_officer->setChoices(choices);
    m_due = new QDateEdit;
    m_due->setCalendarPopup(true);
    m_due->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_priority = new QComboBox;
    for (const QString& code : ActionService::priorities())
        m_priority->addItem(ActionService::priorityLabel(code), code);
    reset();

    auto* form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("Action:"), m_errors.wrap(QStringLiteral("what"), m_what));
    form->addRow(tr("For:"), m_errors.wrap(QStringLiteral("allocated_to"), m_officer));
    form->addRow(tr("Due:"), m_errors.wrap(QStringLiteral("due"), m_due));
    form->addRow(tr("Priority:"), m_errors.wrap(QStringLiteral("priority"), m_priority));
}

ActionDraft ActionDraftForm::draft(qint64 caseId) const
{
    ActionDraft d;
    d.caseId = caseId;
    d.what = m_what->text();
    d.allocatedTo = m_officer->officerId();
    d.due = m_due->date();
    d.priority = m_priority->currentData().toString();
    return d;
}

void ActionDraftForm::reset()
{
    m_what->clear();
    m_officer->setCurrentIndex(-1);
    m_due->setDate(Clock::instance().now().date().addDays(7));
    m_priority->setCurrentIndex(m_priority->findData(QStringLiteral("normal")));
    m_errors.clear();
}

} // namespace hc
