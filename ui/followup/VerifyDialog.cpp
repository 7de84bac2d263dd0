#include "ui/followup/VerifyDialog.h"

#include "core/registry/Vocabulary.h"
#include "ui/common/SessionContext.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace hc {

VerifyDialog::VerifyDialog(SessionContext& session, const VerificationRow& person, QWidget* parent)
    : QDialog(parent), m_session(session), m_person(person)
{
    setWindowTitle(tr("Mark whereabouts verified"));

    auto* who =
        new QLabel(tr("<b>%1</b>, household %2").arg(person.name.toHtmlEscaped(), person.householdNo));
    // The number to call is what the officer needs while filling this in.
    auto* phone = new QLabel(person.phone.isEmpty() ? tr("No phone on record.")
                                                    : tr("Phone on record: %1").arg(person.phone));
    phone->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_whereabouts = new QLineEdit;
    m_whereabouts->setPlaceholderText(tr("Where the person is, e.g. city and employer"));
    m_whereabouts->setMinimumWidth(320);
    m_verifiedBy = new QComboBox;
    for (const QString& code : Vocabulary::codes(Vocabulary::Kind::VerifiedBy))
        m_verifiedBy->addItem(Vocabulary::label(Vocabulary::Kind::VerifiedBy, code), code);

    auto* form = new QFormLayout;
    form->addRow(tr("Whereabouts:"), m_whereabouts);
    form->addRow(tr("How verified:"), m_verifiedBy);

    m_error = new QLabel;
    m_error->setWordWrap(true);
    QPalette p = m_error->palette();
    p.setColor(QPalette::WindowText, QColor(0xb0, 0x00, 0x20));
    m_error->setPalette(p);
    m_error->hide();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    okButton()->setText(tr("Mark verified"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &VerifyDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &VerifyDialog::reject);
    connect(m_whereabouts, &QLineEdit::textChanged, this, &VerifyDialog::updateOk);
    connect(m_whereabouts, &QLineEdit::textChanged, m_error, &QLabel::hide);
    connect(m_verifiedBy, &QComboBox::currentIndexChanged, m_error, &QLabel::hide);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(who);
    layout->addWidget(phone);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    updateOk();
}

QPushButton* VerifyDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

void VerifyDialog::updateOk()
{
    okButton()->setEnabled(!m_whereabouts->text().trimmed().isEmpty());
}

void VerifyDialog::accept()
{
    if (!okButton()->isEnabled())
        return; // Return in the line edit while the whereabouts are still blank
    const Status s = FollowUpService(m_session.db(), m_session.actor())
                         .markVerified(m_session.operationId(), m_person.personId, m_whereabouts->text(),
                                       m_verifiedBy->currentData().toString());
    if (!s) {
        m_error->setText(s.error().message);
        m_error->show();
        if (s.error().field == QLatin1String("verified_by"))
            m_verifiedBy->setFocus();
        else
            m_whereabouts->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace hc
