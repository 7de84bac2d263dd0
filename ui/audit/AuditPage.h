#pragma once
// The administrator's audit viewer: the audit log's records, newest first, filtered by user,
// action and days; "Export CSV…" writes the list as shown (through core, which audits the
// export). Reachable from the main window only for administrators, and core refuses anyone
// else. A ListPage: the records load on a worker.

#include "core/audit/AuditStore.h"
#include "ui/common/ListPage.h"

class QComboBox;
class QDateEdit;
class QLineEdit;

namespace hc {

class AuditPage : public ListPage
{
    Q_OBJECT
public:
    static constexpr int kLimit = 2000; // records shown at once; narrow the filter for older ones

    enum Column
    {
        At,
        User,
        Action,
        Entity,
        EntityId,
        Details
    };

    explicit AuditPage(SessionContext& session, QWidget* parent = nullptr);

    AuditFilter filter() const;

    // For tests.
    QAbstractItemModel* model() const { return m_model; }
    QLineEdit* userFilter() const { return m_user; }
    QComboBox* actionFilter() const { return m_action; }
    QDateEdit* fromFilter() const { return m_from; }
    QDateEdit* toFilter() const { return m_to; }

protected:
    void startLoad() override;
    void showEvent(QShowEvent* event) override;

private:
    void loadActions();

    RowsModel<AuditRecord>* m_model = nullptr;
    QLineEdit* m_user = nullptr;
    QComboBox* m_action = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
};

} // namespace hc
