#pragma once
// The verification list: people found away from home whose whereabouts nobody has confirmed
// yet, with the phone on record so the officer can call. Marking one verified (VerifyDialog)
// takes them off the list.

#include "core/visits/FollowUpService.h"
#include "ui/common/ListPage.h"
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
        Since
    };

    explicit VerificationPage(SessionContext& session, QWidget* parent = nullptr);

    // Opens VerifyDialog (window-modal, not blocking) for the selected person.
    void markSelectedVerified();

    // For tests.
    QAbstractItemModel* model() const { return m_model; }
    QPushButton* markButton() const { return m_mark; }
    VerifyDialog* verifyDialog() const { return m_dialog; } // the open dialog, if any

protected:
    void startLoad() override;

private:
    const VerificationRow* currentRow() const;
    void updateSelection();

    RowsModel<VerificationRow>* m_model = nullptr;
    QLabel* m_call = nullptr;
    QPushButton* m_mark = nullptr;
    QPointer<VerifyDialog> m_dialog;
};

} // namespace hc
