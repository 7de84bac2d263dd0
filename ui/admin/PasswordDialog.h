#pragma once
// Asks a new password twice (and, for one's own, the current one), then hands them to the
// core call the caller gives (UserService::changePassword or resetPassword); core's refusal
// (too short, too easy to guess, wrong current password) is shown inline and the dialog stays.

#include "core/common/Result.h"

#include <QDialog>
#include <functional>

class QLabel;
class QLineEdit;

namespace hc {

class PasswordDialog : public QDialog
{
    Q_OBJECT
public:
    // (current, new) -> core's answer; `current` is empty when not asked.
    using Apply = std::function<Status(const QString& current, const QString& fresh)>;

    PasswordDialog(const QString& title, const QString& intro, bool askCurrent, Apply apply,
                   QWidget* parent = nullptr);

    QLineEdit* currentEdit() const { return m_current; }
    QLineEdit* newEdit() const { return m_new; }
    QLineEdit* repeatEdit() const { return m_repeat; }
    QLabel* messageLabel() const { return m_message; }

private:
    void apply();

    Apply m_apply;
    QLineEdit* m_current = nullptr; // null when not asked
    QLineEdit* m_new = nullptr;
    QLineEdit* m_repeat = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace hc
