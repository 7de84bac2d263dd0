#include "ui/startup/SignInDialog.h"

#include "core/storage/Database.h"

#include "ui/admin/PasswordDialog.h"
#include "ui/common/InlineError.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace hc {

SignInDialog::SignInDialog(Database& db, QWidget* parent) : QDialog(parent), m_db(&db)
{
    build(db.path());
}

SignInDialog::SignInDialog(const QString& serverUri, QWidget* parent)
    : QDialog(parent), m_serverUri(serverUri)
{
    build(serverUri);
}

SignInDialog::~SignInDialog() = default;

std::unique_ptr<Database> SignInDialog::takeDatabase()
{
    return std::move(m_server);
}

void SignInDialog::build(const QString& location)
{
    setWindowTitle(tr("Sign in to Homecoming"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(m_db ? tr("Database: %1").arg(QFileInfo(location).fileName())
                                  : tr("Server database: %1").arg(Database::displayName(location)));
    intro->setToolTip(location);
    layout->addWidget(intro);
    if (m_db && UserService(*m_db).isDemoDatabase()) {
        auto* demo =
            new QLabel(tr("Demo database: sign in as <b>admin</b> or any officer's badge; every password "
                          "is <b>demo</b>."));
        demo->setWordWrap(true);
        // Wide enough for the hint in two lines: the dialog wrapped it into three and, once a
        // message appeared below, cut the last line off.
        demo->setMinimumWidth(demo->fontMetrics().horizontalAdvance(QLatin1Char('M')) * 30);
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

void SignInDialog::showMessage(const QString& text)
{
    m_message->setText(text);
    m_message->show();
    adjustSize(); // room for the message without squeezing the wrapped hint above it
    m_password->clear();
    m_password->setFocus();
}

bool SignInDialog::connectToServer(const QString& badge, const QString& password)
{
    m_message->setText(tr("Connecting to the server…"));
    m_message->show();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto db = Database::openForUser(m_serverUri, Database::Mode::OpenExisting,
                                    Database::ServerCredentials{badge, password});
    QApplication::restoreOverrideCursor();
    if (!db) {
        showMessage(db.error().message);
        return false;
    }
    if (!UserService(*db.value()).hasUsers()) {
        showMessage(tr("This server database has no accounts yet: run homecoming-cli server init first."));
        return false;
    }
    m_server = std::move(db).value();
    m_db = m_server.get();
    return true;
}

void SignInDialog::trySignIn()
{
    const QString badge = m_badge->text().trimmed();
    if (!m_serverUri.isEmpty() && !m_server && !connectToServer(badge, m_password->text()))
        return;
    auto user = UserService(*m_db).signIn(badge, m_password->text());
    if (!user) {
        if (!m_serverUri.isEmpty()) {
            m_server.reset(); // the next attempt connects again, as whoever signs in then
            m_db = nullptr;
        }
        showMessage(user.error().message);
        return;
    }
    if (user->mustChangePassword && !setNewPassword(*user, m_password->text())) {
        if (!m_serverUri.isEmpty()) {
            m_server.reset();
            m_db = nullptr;
        }
        showMessage(tr("Your password is a temporary one: you sign in once you have set your own."));
        return;
    }
    m_user = *user;
    m_user.mustChangePassword = false;
    QSettings().setValue(QStringLiteral("signin/lastBadge"), m_user.badge);
    accept();
}

bool SignInDialog::setNewPassword(const User& user, const QString& current)
{
    // Core checks the policy and changes it (on a server the login role's too, ALTER ROLE) and
    // clears the flag in the same transaction; Cancel leaves the user not signed in.
    PasswordDialog dialog(
        tr("Set a new password"),
        tr("%1, your password was set by an administrator or brought over from another database. "
           "Choose your own now, twice; you sign in with it from now on.")
            .arg(user.name),
        false,
        [this, user, current](const QString&, const QString& fresh) {
            return UserService(*m_db).changePassword(user.actor(), current, fresh);
        },
        this);
    dialog.setObjectName(QStringLiteral("newPasswordDialog"));
    return dialog.exec() == QDialog::Accepted;
}

} // namespace hc
