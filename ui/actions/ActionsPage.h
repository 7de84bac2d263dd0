#pragma once
// The "Actions" screen: my actions (allocated to the signed-in user), overdue actions, or
// every action, per station, due first; overdue ones stand out. Enter or a double-click opens
// the case file (where the action is returned, signed off or sent back). A ListPage: the list
// loads on a worker with its own connection, when shown.

#include "core/actions/ActionTypes.h"
#include "ui/common/ListPage.h"

class QCheckBox;
class QComboBox;

namespace hc {

class ActionsPage : public ListPage
{
    Q_OBJECT
public:
    enum Scope
    {
        Mine,
        Overdue,
        All
    };
    enum Column
    {
        Number,
        CaseNo,
        Subject,
        What,
        For,
        Due,
        Priority,
        Status,
        Station
    };

    explicit ActionsPage(SessionContext& session, QWidget* parent = nullptr);

    ActionFilter filter() const;

    // For tests.
    QAbstractItemModel* model() const { return m_model; }
    QComboBox* scopeBox() const { return m_scope; }
    QComboBox* stationBox() const { return m_station; }
    QCheckBox* openOnly() const { return m_open; }

signals:
    // The user opened an action: show its case file.
    void caseRequested(qint64 caseId);

protected:
    void startLoad() override;

private:
    void summarize(int count);

    RowsModel<CaseAction>* m_model = nullptr;
    QComboBox* m_scope = nullptr;
    QComboBox* m_station = nullptr;
    QCheckBox* m_open = nullptr;
};

} // namespace hc
