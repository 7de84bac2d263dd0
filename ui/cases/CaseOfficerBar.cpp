#include "ui/cases/CaseOfficerBar.h"

#include "core/cases/CaseService.h"
#include "ui/common/InlineError.h"
#include "ui/common/OfficerChooser.h"
#include "ui/common/SessionContext.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace hc {

CaseOfficerBar::CaseOfficerBar(SessionContext& session, QWidget* parent) : QWidget(parent), m_session(session)
{
    const CaseService cases(session.db(), session.actor());
    m_label = new QLabel;
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_chooser = new OfficerChooser;
    m_assign = new QPushButton(tr("Assi&gn"));
    m_assign->setAutoDefault(false);
    m_error = makeErrorLabel();
    const bool mayAssign = cases.mayAssign();
    if (mayAssign) {
        QList<OfficerChooser::Choice> choices;
        if (const auto officers = cases.officers())
            for (const CaseOfficer& o : *officers)
                choices << OfficerChooser::Choice{o.id, o.name, o.badge};
        m_chooser->setChoices(choices);
    }
    m_chooser->setVisible(mayAssign);
    m_assign->setVisible(mayAssign);
    connect(m_assign, &QPushButton::clicked, this, &CaseOfficerBar::assign);

    auto* row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_label, 1);
    row->addWidget(m_chooser);
    row->addWidget(m_assign);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_error);
}

void CaseOfficerBar::setFile(const CaseFile& file)
{
    m_caseId = file.id;
    m_label->setText(
        file.officerId
            ? tr("Officer in charge: %1").arg(OfficerChooser::label(file.officerName, file.officerBadge))
            : tr("Officer in charge: nobody yet"));
    m_chooser->setOfficerId(file.officerId);
    m_chooser->setEnabled(!file.isClosed());
    m_assign->setEnabled(!file.isClosed());
}

bool CaseOfficerBar::assign()
{
    m_error->hide();
    const qint64 officer = m_chooser->officerId();
    const Status s = officer
                         ? CaseService(m_session.db(), m_session.actor()).assignOfficer(m_caseId, officer)
                         : Status(invalid(QStringLiteral("officer"), tr("Choose the officer in charge.")));
    if (!s) {
        m_error->setText(s.error().message);
        m_error->show();
        return false;
    }
    emit assigned(officer);
    return true;
}

} // namespace hc
