#pragma once
// The verification list: people found away from home whose whereabouts nobody has confirmed
// yet, with the phone on record so the officer can call. Marking one verified (VerifyDialog)
// takes them off the list.

#include "core/visits/FollowUpService.h"
#include "ui/followup/RowsModel.h"

#include "ui/followup/VerifyDialog.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace hc {

class SessionContext;

class VerificationPage : public QWidget
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

    void refresh();
    // Opens VerifyDialog (window-modal, not blocking) for the selected person.
    void markSelectedVerified();

    // For tests.
    QAbstractItemModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QPushButton* markButton() const { return m_mark; }
    VerifyDialog* verifyDialog() const { return m_dialog; } // the open dialog, if any
    QLabel* statusLabel() const { return m_status; }

private:
    const VerificationRow* currentRow() const;
    void updateSelection();

    SessionContext& m_session;
    RowsModel<VerificationRow>* m_model = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_loadError = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_call = nullptr;
    QPushButton* m_mark = nullptr;
    QLabel* m_status = nullptr;
    QPointer<VerifyDialog> m_dialog;
};

} // namespace hc
