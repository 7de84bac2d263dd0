#include "ui/startup/FirstAdminDialog.h"

#include "ui/common/InlineError.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace hc {

FirstAdminDialog::FirstAdminDialog(Database& db, QWidget* parent) : QDialog(parent), m_db(db)
{
    setWindowTitle(tr("Set up the administrator"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("This database is new. Create the administrator's account; the administrator "
                                "then imports the registry and the officers' accounts."));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* form = new QFormLayout;
    m_badge = new QLineEdit;
    m_name = new QLineEdit;
    m_password = new QLineEdit;
    m_password->setEchoMode(QLineEdit::Password);
    m_repeat = new QLineEdit;
    m_repeat->setEchoMode(QLineEdit::Password);
    form->addRow(tr("&Badge number:"), m_badge);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(tr("&Repeat password:"), m_repeat);
    layout->addLayout(form);
    m_message = makeErrorLabel();
    layout->addWidget(m_message);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &FirstAdminDialog::create);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void FirstAdminDialog::create()
{
    if (m_password->text() != m_repeat->text()) {
        m_message->setText(tr("The two passwords differ."));
        m_message->show();
        m_repeat->setFocus();
        return;
    }
    auto user = UserService(m_db).createFirstAdmin(m_badge->text(), m_name->text(), m_password->text());
    if (!user) {
        m_message->setText(user.error().message);
        m_message->show();
        return;
    }
    m_user = *user;
    accept();
}

} // namespace hc
