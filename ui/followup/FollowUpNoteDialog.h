#pragma once
// A short follow-up note about one person, saved through core: a failed attempt at verifying
// (what happened, from a short list, and a note) or a supervisor's closing of an untraced person
// (the reason). The dialog closes only when core accepted; a refusal stays under the form.

#include "core/common/Result.h"

#include <QDialog>
#include <QList>
#include <QPair>
#include <functional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace hc {

class FollowUpNoteDialog : public QDialog
{
    Q_OBJECT
public:
    // Saves the chosen code (empty without choices) and the text.
    using Save = std::function<Status(const QString& code, const QString& text)>;
    struct Form
    {
        QString title;
        QString about;                          // who this is about (rich text)
        QList<QPair<QString, QString>> choices; // code, label; none: no list
        QString textLabel;
        bool textRequired = false;
        QString okText;
    };

    FollowUpNoteDialog(const Form& form, Save save, QWidget* parent = nullptr);

    void accept() override;

    // For tests.
    QComboBox* choiceBox() const { return m_choice; }
    QLineEdit* textEdit() const { return m_text; }
    QPushButton* okButton() const;
    QLabel* errorLabel() const { return m_error; }

private:
    Save m_save;
    bool m_textRequired = false;
    QComboBox* m_choice = nullptr;
    QLineEdit* m_text = nullptr;
    QLabel* m_error = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace hc
