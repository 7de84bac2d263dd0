#pragma once
// Records that an away person's whereabouts are verified: where they are and how the officer
// knows (phone, video, in person, third party). Saving goes through FollowUpService; a refusal
// from core stays in the dialog, shown under the form.

#include "core/visits/FollowUpService.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace hc {

class SessionContext;

class VerifyDialog : public QDialog
{
    Q_OBJECT
public:
    VerifyDialog(SessionContext& session, const VerificationRow& person, QWidget* parent = nullptr);

    // Saves; closes only when core accepted.
    void accept() override;

    qint64 personId() const { return m_person.personId; }

    // For tests.
    QLineEdit* whereaboutsEdit() const { return m_whereabouts; }
    QComboBox* verifiedByBox() const { return m_verifiedBy; }
    QPushButton* okButton() const;
    QLabel* errorLabel() const { return m_error; }

private:
    void updateOk();

    SessionContext& m_session;
    VerificationRow m_person;
    QLineEdit* m_whereabouts = nullptr;
    QComboBox* m_verifiedBy = nullptr;
    QLabel* m_error = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace hc
