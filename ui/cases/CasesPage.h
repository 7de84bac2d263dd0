#pragma once
// The case list: a filter bar (status, risk level, station, opened between, source, search,
// overdue only, my cases, officer in charge chosen by name or badge), a table of cases with overdue ones
// standing out (bold, warning colour and an "Overdue" marker), "New case from public report…", and the case
// file on Enter or double-click. A ListPage: the list loads on a worker with its own connection, when shown.
// Officers see their own station's cases.

#include "core/cases/CaseTypes.h"
#include "ui/cases/CaseFileDialog.h"
#include "ui/cases/PublicReportDialog.h"
#include "ui/common/ListPage.h"

#include <QPointer>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;

namespace hc {

class OfficerChooser;

class CasesPage : public ListPage
{
    Q_OBJECT
public:
    // The model's columns, in order.
    enum Column
    {
        CaseNo,
        Subject,
        Age,
        Station,
        Opened,
        DaysOpen,
        LastLead,
        Status,
        Risk,
        Overdue,
        Officer
    };

    explicit CasesPage(SessionContext& session, QWidget* parent = nullptr);

    CaseFilter filter() const;

    // For tests.
    QAbstractItemModel* model() const { return m_model; }
    QComboBox* statusFilter() const { return m_status; }
    QComboBox* riskFilter() const { return m_risk; }
    QComboBox* stationFilter() const { return m_station; }
    QComboBox* sourceFilter() const { return m_source; }
    QDateEdit* openedFrom() const { return m_from; }
    QDateEdit* openedTo() const { return m_to; }
    QLineEdit* searchBox() const { return m_search; }
    QCheckBox* overdueOnly() const { return m_overdue; }
    QCheckBox* myCases() const { return m_mine; }
    OfficerChooser* officerFilter() const { return m_officer; }
    QPushButton* newReportButton() const { return m_newReport; }
    QLabel* summary() const { return summaryLabel(); }
    CaseFileDialog* caseDialog() const { return m_dialog; }
    PublicReportDialog* reportDialog() const { return m_report; }

public slots:
    // Opens the case file (window-modal, not blocking); other screens call this.
    void openCase(qint64 caseId);
    void newPublicReport();

protected:
    void startLoad() override;

private:
    void buildFilterBar();
    void openCurrent();
    void summarize(int count);

    RowsModel<CaseRow>* m_model = nullptr;
    QComboBox* m_status = nullptr;
    QComboBox* m_risk = nullptr;
    QComboBox* m_station = nullptr;
    QComboBox* m_source = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QLineEdit* m_search = nullptr;
    QCheckBox* m_overdue = nullptr;
    QCheckBox* m_mine = nullptr;
    OfficerChooser* m_officer = nullptr;
    QPushButton* m_open = nullptr;
    QPushButton* m_newReport = nullptr;
    QPointer<CaseFileDialog> m_dialog;
    QPointer<PublicReportDialog> m_report;
};

} // namespace hc
