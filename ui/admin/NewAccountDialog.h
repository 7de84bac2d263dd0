#pragma once
// An administrator adds an account: badge, name, role, station and a first password (asked
// twice); core checks it all (UserService::add) and its refusal is shown inline.

#include "core/auth/UserService.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace hc {

class SessionContext;

class NewAccountDialog : public QDialog
{
    Q_OBJECT
public:
    explicit NewAccountDialog(SessionContext& session, QWidget* parent = nullptr);
    const User& user() const { return m_user; }

    QLineEdit* badgeEdit() const { return m_badge; }
    QLineEdit* nameEdit() const { return m_name; }
    QComboBox* roleBox() const { return m_role; }
    QComboBox* stationBox() const { return m_station; }
    QLineEdit* passwordEdit() const { return m_password; }
    QLineEdit* repeatEdit() const { return m_repeat; }
    QCheckBox* temporaryBox() const { return m_temporary; }
    QLabel* messageLabel() const { return m_message; }

private:
    void add();

    SessionContext& m_session;
    User m_user;
    QLineEdit* m_badge = nullptr;
    QLineEdit* m_name = nullptr;
    QComboBox* m_role = nullptr;
    QComboBox* m_station = nullptr;
    QLineEdit* m_password = nullptr;
    QLineEdit* m_repeat = nullptr;
    QCheckBox* m_temporary = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace hc
