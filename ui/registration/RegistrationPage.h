#pragma once
// The registration follow-up list (issue 13, outcome 1): the people found living with no
// household registration, each with their file's stage, latest step and officer responsible,
// filtered by station, stage and "no progress for 30 days". Opening a row shows the file
// (RegistrationDialog): its timeline, and the next step for those who may take it.

#include "core/registration/RegistrationTypes.h"
#include "ui/common/ListPage.h"
#include "ui/registration/RegistrationDialog.h"

#include <QPointer>

class QCheckBox;
class QComboBox;

namespace hc {

class RegistrationPage : public ListPage
{
    Q_OBJECT
public:
    enum Column
    {
        Name,
        Station,
        FoundAt,
        FoundOn,
        Stage,
        LastStep,
        Officer,
        IdleDays
    };

    explicit RegistrationPage(SessionContext& session, QWidget* parent = nullptr);

    // Opens the selected person's file (window-modal, not blocking).
    void openSelected();

    // For tests.
    QAbstractItemModel* model() const { return m_model; }
    QComboBox* stationBox() const { return m_station; }
    QComboBox* stageBox() const { return m_stage; }
    QCheckBox* stalledBox() const { return m_stalled; }
    QPushButton* openButton() const { return m_open; }
    RegistrationDialog* dialog() const { return m_dialog; }

protected:
    void startLoad() override;

private:
    RegistrationFilter filter() const;
    void buildFilters();

    RowsModel<RegistrationFile>* m_model = nullptr;
    QComboBox* m_station = nullptr;
    QComboBox* m_stage = nullptr;
    QCheckBox* m_stalled = nullptr;
    QPushButton* m_open = nullptr;
    QPointer<RegistrationDialog> m_dialog;
};

} // namespace hc
