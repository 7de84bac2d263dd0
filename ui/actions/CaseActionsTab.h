#pragma once
// The case file's Actions tab: the case's actions (number, what, for whom, due, priority,
// status, the latest result or reason), raising one (those who may edit cases), and on the
// selected action what the user may do: the allocated officer returns it with a result; a
// supervisor signs a returned action off or sends it back with a reason. Core refusals show
// inline. Emits changed after every saved step.

#include "core/actions/ActionTypes.h"
#include "core/common/Result.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace hc {

class ActionDraftForm;
class SessionContext;

class CaseActionsTab : public QWidget
{
    Q_OBJECT
public:
    CaseActionsTab(SessionContext& session, qint64 caseId, QWidget* parent = nullptr);

    // Reads the case's actions again; `caseOpen`: whether new actions may be raised.
    void reload(bool caseOpen);
    bool raise();
    bool returnSelected();
    bool signOffSelected();
    bool sendBackSelected();

    // For tests.
    const QList<CaseAction>& actions() const { return m_actions; }
    QTableWidget* table() const { return m_table; }
    ActionDraftForm* draftForm() const { return m_form; }
    QPushButton* raiseButton() const { return m_raise; }
    QLineEdit* noteEdit() const { return m_note; }
    QPushButton* returnButton() const { return m_return; }
    QPushButton* signOffButton() const { return m_signOff; }
    QPushButton* sendBackButton() const { return m_sendBack; }
    QLabel* errorLabel() const { return m_error; }
    void selectAction(qint64 actionId);

signals:
    void changed();

private:
    void showActions();
    void updateButtons();
    const CaseAction* selected() const;
    bool finish(const Status& status, const QString& done);

    SessionContext& m_session;
    qint64 m_caseId = 0;
    QList<CaseAction> m_actions;
    QTableWidget* m_table = nullptr;
    QWidget* m_raiseBox = nullptr;
    ActionDraftForm* m_form = nullptr;
    QPushButton* m_raise = nullptr;
    QLineEdit* m_note = nullptr;
    QPushButton* m_return = nullptr;
    QPushButton* m_signOff = nullptr;
    QPushButton* m_sendBack = nullptr;
    QLabel* m_error = nullptr;
    QLabel* m_status = nullptr;
};

} // namespace hc
