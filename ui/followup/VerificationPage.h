#pragma once
// The verification list: people found away from home whose whereabouts nobody has confirmed
// yet, with the phone on record so the officer can call. Marking one verified (VerifyDialog)
// takes them off the list; a failed attempt (unreachable, wrong number, refused) is recorded and
// keeps them on it, with the number of attempts.

#include "core/visits/FollowUpService.h"
#include "ui/common/ListPage.h"
#include "ui/followup/FollowUpNoteDialog.h"
#include "ui/followup/VerifyDialog.h"

#include <QPointer>

namespace hc {

class VerificationPage : public ListPage
{
    Q_OBJECT
public:
    // The model's columns, in order.
    enum Column
    {
        Name,
        IdNumber,
        Phone,
        HouseholdNo,
        Address,
        Since,
        Attempts
    };

    explicit VerificationPage(SessionContext& session, QWidget* parent = nullptr);

    // Opens VerifyDialog (window-modal, not blocking) for the selected person.
    void markSelectedVerified();
    // Opens the failed-attempt form (window-modal, not blocking) for the selected person.
    void recordFailedAttempt();

    // For tests.
    QAbstractItemModel* model() const { return m_model; }
    QPushButton* markButton() const { return m_mark; }
    QPushButton* attemptButton() const { return m_attempt; }
    FollowUpNoteDialog* attemptDialog() const { return m_attemptDialog; } // the open form, if any
    VerifyDialog* verifyDialog() const { return m_dialog; }               // the open dialog, if any

protected:
    void startLoad() override;

private:
    const VerificationRow* currentRow() const;
    void updateSelection();

    RowsModel<VerificationRow>* m_model = nullptr;
    QLabel* m_call = nullptr;
    QPushButton* m_mark = nullptr;
    QPushButton* m_attempt = nullptr;
    QPointer<VerifyDialog> m_dialog;
    QPointer<FollowUpNoteDialog> m_attemptDialog;
};

} // namespace hc
