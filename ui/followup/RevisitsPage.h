#pragma once
// The revisit list of the station: households knocked at but not covered, with attempts, the
// last outcome and who is assigned. The signed-in officer's own assignments come first and
// show in bold. Supervisors hand a household to an officer here; anyone may go and visit it.

#include "core/visits/FollowUpService.h"
#include "ui/common/ListPage.h"

namespace hc {

class OfficerChooser;

class RevisitsPage : public ListPage
{
    Q_OBJECT
public:
    // The model's columns, in order.
    enum Column
    {
        HouseholdNo,
        Address,
        Area,
        Attempts,
        LastAttempt,
        LastOutcome,
        DaysSince,
        AssignedOfficer
    };

    explicit RevisitsPage(SessionContext& session, QWidget* parent = nullptr);

    // For tests.
    QAbstractItemModel* model() const { return m_model; }
    QPushButton* visitButton() const { return m_visit; }
    QPushButton* assignButton() const { return m_assign; }       // null for officers
    OfficerChooser* officerChooser() const { return m_officer; } // null for officers
    QLabel* assignError() const { return m_assignError; }        // null for officers

signals:
    void visitRequested(qint64 householdId);

protected:
    void startLoad() override;

private:
    void buildAssignPanel(QWidget* panel);
    const RevisitRow* currentRow() const;
    void updateButtons();
    void startAssigning();
    void assign();
    void showAssignError(const QString& message);

    RowsModel<RevisitRow>* m_model = nullptr;
    QPushButton* m_visit = nullptr;
    // Assignment, for supervisors and administrators only.
    QPushButton* m_assign = nullptr;
    QWidget* m_assignPanel = nullptr;
    QLabel* m_assignPrompt = nullptr;
    OfficerChooser* m_officer = nullptr;
    QLabel* m_assignError = nullptr;
    qint64 m_assigningHousehold = 0;
};

} // namespace hc
