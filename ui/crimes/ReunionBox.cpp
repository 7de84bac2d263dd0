#include "ui/crimes/ReunionBox.h"

#include "core/cases/CaseTypes.h"
#include "core/common/Clock.h"
#include "core/common/DateText.h"
#include "core/crimes/ReunionService.h"
#include "core/registry/DomainCodes.h"
#include "ui/common/InlineError.h"
#include "ui/common/SessionContext.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace hc {

ReunionBox::ReunionBox(SessionContext& session, qint64 caseId, QWidget* parent)
    : QGroupBox(tr("Family reunion"), parent), m_session(session), m_caseId(caseId)
{
    m_mayEdit = ReunionService(session.db(), session.actor()).mayEdit();
    m_summary = new QLabel;
    m_summary->setWordWrap(true);
    m_date = new QDateEdit;
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setDate(Clock::instance().now().date());
    m_how = new QComboBox;
    for (const QString& way : ReunionService::ways())
        m_how->addItem(ReunionService::wayLabel(way), way);
    m_how->setPlaceholderText(tr("Choose how"));
    m_how->setCurrentIndex(-1);
    m_family = new QLineEdit;
    m_family->setPlaceholderText(tr("The subject's household, or a name for the kin group"));
    m_family->setToolTip(tr("Two people returning to one family count as one family reunited: give "
                            "their reunions the same kin group when they have no household in common."));
    m_note = new QLineEdit;
    m_record = new QPushButton(tr("Record &reunion"));
    m_record->setAutoDefault(false);
    connect(m_record, &QPushButton::clicked, this, &ReunionBox::record);
    m_takeBack = new QPushButton(tr("&Take back reunion"));
    m_takeBack->setAutoDefault(false);
    connect(m_takeBack, &QPushButton::clicked, this, &ReunionBox::takeBack);
    m_error = makeErrorLabel();
    m_errors.setFallback(m_error);

    auto* form = new QFormLayout;
    form->addRow(tr("Reunited &on:"), m_errors.wrap(QStringLiteral("date"), m_date));
    form->addRow(tr("&How: *"), m_errors.wrap(QStringLiteral("how"), m_how));
    form->addRow(tr("&Family:"), m_errors.wrap(QStringLiteral("family_key"), m_family));
    form->addRow(tr("Not&e:"), m_note);
    m_errors.alias(QStringLiteral("case"), QStringLiteral("how"));
    m_form = new QWidget;
    auto* formLayout = new QVBoxLayout(m_form);
    formLayout->setContentsMargins(0, 0, 0, 0);
    formLayout->addLayout(form);
    auto* row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(m_record);
    formLayout->addLayout(row);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_form);
    layout->addWidget(m_error);
    auto* bottom = new QHBoxLayout;
    bottom->addStretch(1);
    bottom->addWidget(m_takeBack);
    layout->addLayout(bottom);
}

void ReunionBox::showCase(const CaseFile& file)
{
    m_errors.clear();
    const auto reunion = ReunionService(m_session.db(), m_session.actor()).forCase(m_caseId);
    const auto status = enumOf<CaseStatus>(file.status);
    const bool found = status == CaseStatus::FoundAlive || status == CaseStatus::Rescued;
    const bool has = reunion && reunion->has_value();
    // A family meets its own the day the person is found or later: the form starts on the
    // case's outcome date, never on a day before it.
    if (found && !has && file.outcomeDate.isValid()) {
        m_date->setMinimumDate(file.outcomeDate);
        m_date->setDate(file.outcomeDate);
    }
    if (has) {
        const Reunion& r = **reunion;
        m_summary->setText(
            tr("Reunited with the family on %1, %2. Family: %3.")
                .arg(dateText(r.date), ReunionService::wayLabel(r.how).toLower(), r.familyKey));
    } else if (found) {
        m_summary->setText(m_mayEdit ? tr("No reunion is recorded yet. Record it when the person is home.")
                                     : tr("No reunion is recorded."));
    } else {
        m_summary->setText(tr("A reunion is recorded once the case closed with the person found alive "
                              "or rescued."));
    }
    if (!reunion)
        m_errors.show(reunion.error());
    m_form->setVisible(m_mayEdit && found && !has);
    m_takeBack->setVisible(m_mayEdit && has);
}

void ReunionBox::record()
{
    if (m_how->currentIndex() < 0) {
        m_errors.show(invalid(QStringLiteral("how"), tr("Choose how the family was reunited.")));
        return;
    }
    ReunionDraft d;
    d.date = m_date->date();
    d.how = m_how->currentData().toString();
    d.familyKey = m_family->text();
    d.note = m_note->text();
    const auto id = ReunionService(m_session.db(), m_session.actor()).record(m_caseId, d);
    if (!id) {
        m_errors.show(id.error());
        return;
    }
    m_errors.clear();
    m_how->setCurrentIndex(-1);
    m_family->clear();
    m_note->clear();
    emit changed(tr("Family reunion recorded."));
}

void ReunionBox::takeBack()
{
    const Status s = ReunionService(m_session.db(), m_session.actor()).remove(m_caseId);
    if (!s) {
        m_errors.show(s.error());
        return;
    }
    emit changed(tr("The reunion was taken back."));
}

} // namespace hc
