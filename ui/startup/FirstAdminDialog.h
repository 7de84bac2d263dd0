#pragma once
// A new database has no accounts: whoever creates it sets up the first administrator.

#include "core/auth/UserService.h"

#include <QDialog>

class QLabel;
class QLineEdit;

namespace hc {

class Database;

class FirstAdminDialog : public QDialog
{
    Q_OBJECT
public:
    explicit FirstAdminDialog(Database& db, QWidget* parent = nullptr);
    const User& user() const { return m_user; }

private:
    void create();

    Database& m_db;
    User m_user;
    QLineEdit* m_badge = nullptr;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_password = nullptr;
    QLineEdit* m_repeat = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace hc
