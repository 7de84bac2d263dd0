#pragma once
// Records of people found without identification: filters (status, where found, sex, search),
// the list, and New/Edit through FoundPersonDialog (read only for those who may not edit).
// The list is a few hundred records at city scale, so it loads whole.

#include "core/cases/CaseTypes.h"
#include "ui/cases/FoundPersonDialog.h"
#include "ui/followup/RowsModel.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace hc {

class SessionContext;

class FoundPersonsPage : public QWidget
{
    Q_OBJECT
public:
    enum Column
    {
        RecordNo,
        FoundDate,
        Circumstance,
        Sex,
        AgeRange,
        Height,
        Place,
        NameGiven,
        Status
    };

    explicit FoundPersonsPage(SessionContext& session, QWidget* parent = nullptr);

    // For tests.
    QAbstractItemModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QComboBox* statusFilter() const { return m_status; }
    QLineEdit* searchBox() const { return m_search; }
    QPushButton* newButton() const { return m_new; }
    FoundPersonDialog* dialog() const { return m_dialog; }

public slots:
    void refresh();
    // Opens a record (window-modal, not blocking); other screens call this.
    void openRecord(qint64 id);
    void newRecord();

private:
    void openCurrent();
    void showDialog(FoundPersonDialog* dialog);

    SessionContext& m_session;
    RowsModel<FoundPerson>* m_model = nullptr;
    QComboBox* m_status = nullptr;
    QComboBox* m_circumstance = nullptr;
    QComboBox* m_sex = nullptr;
    QLineEdit* m_search = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_loadError = nullptr;
    QTableView* m_table = nullptr;
    QPushButton* m_open = nullptr;
    QPushButton* m_new = nullptr;
    QPointer<FoundPersonDialog> m_dialog;
};

} // namespace hc
