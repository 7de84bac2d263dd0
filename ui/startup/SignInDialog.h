#pragma once
// Sign-in with badge and password. Wrong input gets an inline message; after repeated
// failures core makes the user wait, and the dialog says how long.

#include "core/auth/UserService.h"

#include <QDialog>

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
    const User& user() const { return m_user; }

    QLineEdit* badgeEdit() const { return m_badge; }
    QLineEdit* passwordEdit() const { return m_password; }
    QLabel* messageLabel() const { return m_message; }

private:
    void trySignIn();

    Database& m_db;
    User m_user;
    QLineEdit* m_badge = nullptr;
    QLineEdit* m_password = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_ok = nullptr;
};

} // namespace hc
