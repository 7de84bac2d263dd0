#include "ui/startup/SignInDialog.h"

#include "core/storage/Database.h"

#include "ui/common/InlineError.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace hc {

SignInDialog::SignInDialog(Database& db, QWidget* parent) : QDialog(parent), m_db(db)
{
    setWindowTitle(tr("Sign in to Homecoming"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Database: %1").arg(QFileInfo(db.path()).fileName()));
    intro->setToolTip(db.path());
    layout->addWidget(intro);
    if (UserService(db).isDemoDatabase()) {
        auto* demo =
            new QLabel(tr("Demo database: sign in as <b>admin</b> or any officer's badge; every password "
                          "is <b>demo</b>."));
        demo->setWordWrap(true);
        layout->addWidget(demo);
    }
    auto* form = new QFormLayout;
    m_badge = new QLineEdit;
    m_badge->setText(QSettings().value(QStringLiteral("signin/lastBadge")).toString());
    m_password = new QLineEdit;
    m_password->setEchoMode(QLineEdit::Password);
    form->addRow(tr("&Badge number:"), m_badge);
    form->addRow(tr("&Password:"), m_password);
    layout->addLayout(form);
    m_message = makeErrorLabel();
    layout->addWidget(m_message);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Sign in"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &SignInDialog::trySignIn);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    (m_badge->text().isEmpty() ? m_badge : m_password)->setFocus();
}

void SignInDialog::trySignIn()
{
    auto user = UserService(m_db).signIn(m_badge->text(), m_password->text());
    if (!user) {
        m_message->setText(user.error().message);
        m_message->show();
        m_password->clear();
        m_password->setFocus();
        return;
    }
    m_user = *user;
    QSettings().setValue(QStringLiteral("signin/lastBadge"), m_user.badge);
    accept();
}

} // namespace hc
