#include "ui/admin/NewAccountDialog.h"

#include "core/households/HouseholdService.h"
#include "ui/common/InlineError.h"
#include "ui/common/SessionContext.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace hc {

NewAccountDialog::NewAccountDialog(SessionContext& session, QWidget* parent)
    : QDialog(parent), m_session(session)
{
    setWindowTitle(tr("Add an account"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    m_badge = new QLineEdit;
    m_name = new QLineEdit;
    m_role = new QComboBox;
    for (Role r : {Role::Officer, Role::Supervisor, Role::Investigator, Role::Admin})
        m_role->addItem(Roles::label(r), QVariant::fromValue(int(r)));
    m_station = new QComboBox;
    m_station->addItem(tr("(none)"), QString());
    for (const StationRow& s : HouseholdService(session.db(), session.actor()).stations())
        m_station->addItem(s.name, s.name);
    m_password = new QLineEdit;
    m_password->setEchoMode(QLineEdit::Password);
    m_repeat = new QLineEdit;
    m_repeat->setEchoMode(QLineEdit::Password);
    form->addRow(tr("&Badge number:"), m_badge);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("R&ole:"), m_role);
    form->addRow(tr("&Station:"), m_station);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(tr("&Repeat password:"), m_repeat);
    m_temporary = new QCheckBox(tr("The user must choose a new password at the first sign-in"));
    m_temporary->setChecked(true);
    m_temporary->setToolTip(tr("You know this password; the user replaces it with one only they know."));
    form->addRow(QString(), m_temporary);
    layout->addLayout(form);
    m_message = makeErrorLabel();
    layout->addWidget(m_message);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &NewAccountDialog::add);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void NewAccountDialog::add()
{
    if (m_password->text() != m_repeat->text()) {
        m_message->setText(tr("The two passwords differ."));
        m_message->show();
        m_repeat->setFocus();
        return;
    }
    const NewAccount account{m_badge->text(),
                             m_name->text(),
                             Role(m_role->currentData().toInt()),
                             m_station->currentData().toString(),
                             m_password->text(),
                             m_temporary->isChecked()};
    const auto user = UserService(m_session.db()).add(m_session.actor(), account);
    if (!user) {
        m_message->setText(user.error().message);
        m_message->show();
        return;
    }
    m_user = *user;
    accept();
}

} // namespace hc
