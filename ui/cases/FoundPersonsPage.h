#pragma once
// Records of people found without identification: filters (status, where found, sex, search),
// the list, and New/Edit through FoundPersonDialog (read only for those who may not edit).
// The list is a few hundred records at city scale, so it loads whole (on the ListPage worker).

#include "core/cases/CaseTypes.h"
#include "ui/cases/FoundPersonDialog.h"
#include "ui/common/ListPage.h"

#include <QPointer>

class QComboBox;
class QLineEdit;

namespace hc {

class FoundPersonsPage : public ListPage
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
    QComboBox* statusFilter() const { return m_status; }
    QLineEdit* searchBox() const { return m_search; }
    QPushButton* newButton() const { return m_new; }
    FoundPersonDialog* dialog() const { return m_dialog; }

public slots:
    // Opens a record (window-modal, not blocking); other screens call this.
    void openRecord(qint64 id);
    void newRecord();

protected:
    void startLoad() override;

private:
    void openCurrent();
    void showDialog(FoundPersonDialog* dialog);

    RowsModel<FoundPerson>* m_model = nullptr;
    QComboBox* m_status = nullptr;
    QComboBox* m_circumstance = nullptr;
    QComboBox* m_sex = nullptr;
    QLineEdit* m_search = nullptr;
    QPushButton* m_open = nullptr;
    QPushButton* m_new = nullptr;
    QPointer<FoundPersonDialog> m_dialog;
};

} // namespace hc
