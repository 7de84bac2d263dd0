#include "ui/visits/PersonFoundDialog.h"

#include "core/common/Clock.h"
#include "core/visits/VisitService.h"
#include "ui/common/SessionContext.h"

#include "ui/common/InlineError.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace hc {

PersonFoundDialog::PersonFoundDialog(SessionContext& session, qint64 householdId, QWidget* parent)
    : QDialog(parent), m_session(session), m_householdId(householdId)
{
    setWindowTitle(tr("Person found at this address"));
    auto* layout = new QVBoxLayout(this);
    m_tabs = new QTabWidget;
    layout->addWidget(m_tabs);
    auto* unregistered = new QWidget;
    auto* unregisteredLayout = new QVBoxLayout(unregistered);
    auto* intro = new QLabel(tr("Someone living here without household registration. They go on the list for "
                                "the registration office."));
    intro->setWordWrap(true);
    unregisteredLayout->addWidget(intro);
    auto* form = new QFormLayout;
    m_name = new QLineEdit;
    m_sex = new QComboBox;
    m_sex->addItem(tr("unknown"), QString());
    m_sex->addItem(tr("male"), QStringLiteral("M"));
    m_sex->addItem(tr("female"), QStringLiteral("F"));
    m_birthYear = new QSpinBox;
    m_birthYear->setRange(1899, Clock::instance().now().date().year());
    m_birthYear->setSpecialValueText(tr("unknown"));
    m_birthYear->setValue(1899);
    m_notes = new QLineEdit;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Sex:"), m_sex);
    form->addRow(tr("Approximate &birth year:"), m_birthYear);
    form->addRow(tr("N&otes:"), m_notes);
    unregisteredLayout->addLayout(form);
    unregisteredLayout->addStretch(1);
    m_tabs->addTab(unregistered, tr("Not registered"));

    auto* elsewhere = new QWidget;
    auto* elsewhereLayout = new QVBoxLayout(elsewhere);
    auto* explain = new QLabel(tr("Someone registered at another address who lives or stays here: they are "
                                  "checked with this visit and keep their registration."));
    explain->setWordWrap(true);
    elsewhereLayout->addWidget(explain);
    auto* idForm = new QFormLayout;
    m_idNumber = new QLineEdit;
    idForm->addRow(tr("&ID number:"), m_idNumber);
    elsewhereLayout->addLayout(idForm);
    elsewhereLayout->addStretch(1);
    m_tabs->addTab(elsewhere, tr("Registered elsewhere"));
    m_message = makeErrorLabel();
    layout->addWidget(m_message);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &PersonFoundDialog::add);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QString PersonFoundDialog::personName() const
{
    return m_name->text().trimmed();
}

void PersonFoundDialog::add()
{
    if (m_tabs->currentIndex() == 1) {
        auto found = VisitService(m_session.db(), m_session.actor()).findRegistered(m_idNumber->text());
        if (!found) {
            m_message->setText(found.error().message);
            m_message->show();
            return;
        }
        m_registered = *found;
        accept();
        return;
    }
    const QString sex = m_sex->currentData().toString();
    const int year = m_birthYear->value() == m_birthYear->minimum() ? 0 : m_birthYear->value();
    auto id = VisitService(m_session.db(), m_session.actor())
                  .addUnregisteredPerson(m_householdId, m_name->text(), sex.isEmpty() ? QChar() : sex.at(0),
                                         year, m_notes->text());
    if (!id) {
        m_message->setText(id.error().message);
        m_message->show();
        return;
    }
    accept();
}

} // namespace hc
