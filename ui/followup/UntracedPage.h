#pragma once
// The untraced list: people whose whereabouts were unknown at their latest check and who have no
// case. Nobody drops off it by being forgotten: a person leaves it when traced (a later check), when
// a case is opened, or when a supervisor closes them with a reason (FollowUpNoteDialog).

#include "core/visits/FollowUpService.h"
#include "ui/common/ListPage.h"
#include "ui/followup/FollowUpNoteDialog.h"

#include <QPointer>

namespace hc {

class UntracedPage : public ListPage
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
        Days
    };

    explicit UntracedPage(SessionContext& session, QWidget* parent = nullptr);

    // Supervisors and administrators: opens the closing form for the selected person.
    void closeSelected();

    // For tests.
    QAbstractItemModel* model() const { return m_model; }
    QPushButton* closeButton() const { return m_close; }
    FollowUpNoteDialog* closeDialog() const { return m_dialog; } // the open form, if any

protected:
    void startLoad() override;

private:
    const UntracedRow* currentRow() const;
    void updateSelection();

    RowsModel<UntracedRow>* m_model = nullptr;
    QPushButton* m_close = nullptr;
    QPointer<FollowUpNoteDialog> m_dialog;
};

} // namespace hc
