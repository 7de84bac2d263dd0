#pragma once
// The administrator's accounts: every account with its role, station and state; adding one,
// disabling or enabling the selected one, resetting its password. Everything goes through
// core's UserService (rights, rules, audit); refusals are shown inline.

#include "core/auth/User.h"

#include <QDialog>
#include <QList>
#include <QPointer>

class QLabel;
class QPushButton;
class QTableWidget;

namespace hc {

class SessionContext;

class AccountsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AccountsDialog(SessionContext& session, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }
    QPushButton* addButton() const { return m_add; }
    QPushButton* toggleButton() const { return m_toggle; }
    QPushButton* resetButton() const { return m_reset; }
    QLabel* messageLabel() const { return m_message; }
    // Selects the account's row; false when it is not listed.
    bool select(const QString& badge);

    // The dialogs it opens, for tests to fill in; the last one opened or null.
    QDialog* openDialog() const { return m_openDialog; }

private:
    void reload();
    void updateButtons();
    const User* selected() const;
    void addAccount();
    void toggleSelected();
    void resetSelected();
    void showError(const QString& error);

    SessionContext& m_session;
    QList<User> m_users;
    QTableWidget* m_table = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_toggle = nullptr;
    QPushButton* m_reset = nullptr;
    QLabel* m_message = nullptr;
    QPointer<QDialog> m_openDialog;
};

} // namespace hc
