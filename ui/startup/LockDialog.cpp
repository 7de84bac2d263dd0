#include "ui/startup/LockDialog.h"

#include "core/auth/UserService.h"
#include "ui/common/InlineError.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace hc {

LockDialog::LockDialog(Database& db, User user, QWidget* parent)
    : QDialog(parent), m_db(db), m_user(std::move(user))
{
    setWindowTitle(tr("Homecoming is locked"));
    setWindowFlag(Qt::WindowCloseButtonHint, false);
    auto* layout = new QVBoxLayout(this);
    auto* intro =
        new QLabel(tr("The session of %1 (%2) was locked after a time without use. Enter the password "
                      "to go on where you left off.")
                       .arg(m_user.name, m_user.badge));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* form = new QFormLayout;
    m_password = new QLineEdit;
    m_password->setEchoMode(QLineEdit::Password);
    form->addRow(tr("&Password:"), m_password);
    layout->addLayout(form);
    m_message = makeErrorLabel();
    layout->addWidget(m_message);
    auto* buttons = new QDialogButtonBox;
    buttons->addButton(tr("&Unlock"), QDialogButtonBox::AcceptRole);
    m_signOut = buttons->addButton(tr("&Sign out"), QDialogButtonBox::DestructiveRole);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &LockDialog::unlock);
    connect(m_signOut, &QPushButton::clicked, this, [this] { done(kSignOut); });
}

void LockDialog::unlock()
{
    const auto user = UserService(m_db).signIn(m_user.badge, m_password->text());
    m_password->clear();
    if (!user) {
        m_message->setText(user.error().message);
        m_message->show();
        m_password->setFocus();
        return;
    }
    accept();
}

} // namespace hc
