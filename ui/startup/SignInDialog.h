#pragma once
// Sign-in with badge and password. Wrong input gets an inline message; after repeated
// failures core makes the user wait, and the dialog says how long. On a server database the
// dialog also makes the connection: the server authenticates the user's login role
// (Database::openForUser), and the session then runs on that connection (takeDatabase()).
// A user whose password is a temporary one (User::mustChangePassword: after `copy` or an
// administrator's reset) must set a new one (a PasswordDialog, "newPasswordDialog") before the
// dialog accepts; cancelling it leaves them not signed in.

#include "core/auth/UserService.h"

#include <QDialog>
#include <memory>

class QLabel;
class QLineEdit;
class QPushButton;

namespace hc {

class Database;

class SignInDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SignInDialog(Database& db, QWidget* parent = nullptr);
    // Signing in to a server database (a libpq URI) by connecting as the user.
    explicit SignInDialog(const QString& serverUri, QWidget* parent = nullptr);
    ~SignInDialog() override;
    const User& user() const { return m_user; }
    // The server connection made by a successful sign-in (null for a file database).
    std::unique_ptr<Database> takeDatabase();

    QLineEdit* badgeEdit() const { return m_badge; }
    QLineEdit* passwordEdit() const { return m_password; }
    QLabel* messageLabel() const { return m_message; }

private:
    void build(const QString& location);
    void trySignIn();
    // Connects to the server as the user; false (and the message shown) when refused.
    bool connectToServer(const QString& badge, const QString& password);
    void showMessage(const QString& text);
    // Asks the new password of a user who must set one; true once core changed it.
    bool setNewPassword(const User& user, const QString& current);

    Database* m_db = nullptr;
    std::unique_ptr<Database> m_server; // the connection made by signing in to a server
    QString m_serverUri;
    User m_user;
    QLineEdit* m_badge = nullptr;
    QLineEdit* m_password = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_ok = nullptr;
};

} // namespace hc
