#pragma once
// The locked session: only the signed-in user's password opens it again (checked by core's
// UserService::signIn, so failures count and are audited as any sign-in); or sign out. It
// cannot be dismissed otherwise (Escape and the close button do nothing).

#include "core/auth/User.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace hc {

class Database;

class LockDialog : public QDialog
{
    Q_OBJECT
public:
    static constexpr int kSignOut = 2; // the dialog's result when the user signs out

    LockDialog(Database& db, User user, QWidget* parent = nullptr);

    QLineEdit* passwordEdit() const { return m_password; }
    QPushButton* signOutButton() const { return m_signOut; }
    QLabel* messageLabel() const { return m_message; }

    void reject() override {} // only unlocking or signing out ends it

private:
    void unlock();

    Database& m_db;
    User m_user;
    QLineEdit* m_password = nullptr;
    QPushButton* m_signOut = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace hc
