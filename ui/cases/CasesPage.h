#pragma once
// The case list: a filter bar (status, risk level, station, opened between, source, search,
// overdue only), a table of cases with overdue ones standing out (bold, warning colour and an
// "Overdue" marker), "New case from public report…", and the case file on Enter or
// double-click. The list loads on a worker thread with its own connection; a newer request
// makes an older result stale (generation counter). Officers see their own station's cases.

#include "core/cases/CaseTypes.h"
#include "ui/cases/CaseFileDialog.h"
#include "ui/cases/PublicReportDialog.h"
#include "ui/followup/RowsModel.h"

#include <QPointer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace hc {

class SessionContext;

class CasesPage : public QWidget
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
        Overdue
    };

    explicit CasesPage(SessionContext& session, QWidget* parent = nullptr);

    CaseFilter filter() const;
    bool isLoading() const { return m_loading; }

    // For tests.
    QAbstractItemModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QComboBox* statusFilter() const { return m_status; }
    QComboBox* riskFilter() const { return m_risk; }
    QComboBox* stationFilter() const { return m_station; }
    QComboBox* sourceFilter() const { return m_source; }
    QDateEdit* openedFrom() const { return m_from; }
    QDateEdit* openedTo() const { return m_to; }
    QLineEdit* searchBox() const { return m_search; }
    QCheckBox* overdueOnly() const { return m_overdue; }
    QPushButton* newReportButton() const { return m_newReport; }
    QLabel* summary() const { return m_summary; }
    CaseFileDialog* caseDialog() const { return m_dialog; }
    PublicReportDialog* reportDialog() const { return m_report; }

public slots:
    void refresh();
    // Opens the case file (window-modal, not blocking); other screens call this.
    void openCase(qint64 caseId);
    void newPublicReport();

signals:
    void loaded(int rows);

private:
    void openCurrent();
    void showRows(Result<QList<CaseRow>> rows, quint64 generation);

    SessionContext& m_session;
    RowsModel<CaseRow>* m_model = nullptr;
    QComboBox* m_status = nullptr;
    QComboBox* m_risk = nullptr;
    QComboBox* m_station = nullptr;
    QComboBox* m_source = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QLineEdit* m_search = nullptr;
    QCheckBox* m_overdue = nullptr;
    QTimer* m_typing = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_loadError = nullptr;
    QTableView* m_table = nullptr;
    QPushButton* m_open = nullptr;
    QPushButton* m_newReport = nullptr;
    QPointer<CaseFileDialog> m_dialog;
    QPointer<PublicReportDialog> m_report;
    quint64 m_generation = 0;
    bool m_loading = false;
};

} // namespace hc
