#pragma once
// The list of people found living with no household registration (无户口人员), which the
// registration office works from; exported as CSV for it.

#include "core/visits/FollowUpService.h"
#include "ui/common/ListPage.h"

namespace hc {

class UnregisteredPage : public ListPage
{
    Q_OBJECT
public:
    // The model's columns, in order.
    enum Column
    {
        Name,
        Sex,
        BirthYear,
        HouseholdNo,
        Address,
        Station,
        FoundOn,
        Notes
    };

    explicit UnregisteredPage(SessionContext& session, QWidget* parent = nullptr);

    // For tests.
    QAbstractItemModel* model() const { return m_model; }

protected:
    void startLoad() override;

private:
    RowsModel<UnregisteredRow>* m_model = nullptr;
};

} // namespace hc
