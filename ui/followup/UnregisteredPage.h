#pragma once
// The list of people found living with no household registration (无户口人员), which the
// registration office works from; exported as CSV for it.

#include "core/visits/FollowUpService.h"
#include "ui/followup/RowsModel.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace hc {

class SessionContext;

class UnregisteredPage : public QWidget
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

    void refresh();
    // Asks for a file name, then exports.
    void exportCsv();
    // Writes the list to `path` and reports in the status line; the file dialog's test hook.
    bool exportTo(const QString& path);

    // For tests.
    QAbstractItemModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QPushButton* exportButton() const { return m_export; }
    QLabel* statusLabel() const { return m_status; }
    QLabel* errorLabel() const { return m_error; }

private:
    SessionContext& m_session;
    RowsModel<UnregisteredRow>* m_model = nullptr;
    QLabel* m_summary = nullptr;
    QTableView* m_table = nullptr;
    QPushButton* m_export = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace hc
