#pragma once
// Administrators' and supervisors' operations (File > Operations…): every operation with its
// dates, stations, target and state; creating one, changing the selected one, closing it (it is
// read-only from then on) and, for administrators, reopening it. Everything goes through core's
// OperationService; refusals are shown inline.

#include "core/operations/Operation.h"
#include "ui/operations/OperationDialog.h"

#include <QDialog>
#include <QList>
#include <QPointer>
#include <functional>

class QLabel;
class QPushButton;
class QTableWidget;

namespace hc {

class SessionContext;

class OperationsDialog : public QDialog
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        DatesColumn,
        StationsColumn,
        TargetColumn,
        StateColumn,
        ColumnCount
    };

    explicit OperationsDialog(SessionContext& session, QWidget* parent = nullptr);

    // Selects the operation's row; false when it is not listed.
    bool select(qint64 operationId);
    void newOperation();
    void editSelected();
    void closeSelected();
    void reopenSelected();

    // The "close this operation?" question; tests answer it without a message box.
    void setConfirm(std::function<bool(const QString& name)> ask) { m_confirm = std::move(ask); }

    QTableWidget* table() const { return m_table; }
    QPushButton* newButton() const { return m_new; }
    QPushButton* editButton() const { return m_edit; }
    QPushButton* closeOperationButton() const { return m_close; }
    QPushButton* reopenButton() const { return m_reopen; }
    QLabel* messageLabel() const { return m_message; }
    // The form it opened last, while open.
    OperationDialog* openForm() const { return m_form; }

signals:
    // An operation was created, changed, closed or reopened.
    void operationsChanged();

private:
    void reload();
    void updateButtons();
    const Operation* selected() const;
    void openForm(std::optional<Operation> existing);
    void showMessage(const QString& text, bool error);

    SessionContext& m_session;
    QList<Operation> m_operations;
    QTableWidget* m_table = nullptr;
    QPushButton* m_new = nullptr;
    QPushButton* m_edit = nullptr;
    QPushButton* m_close = nullptr;
    QPushButton* m_reopen = nullptr;
    QLabel* m_message = nullptr;
    QPointer<OperationDialog> m_form;
    std::function<bool(const QString&)> m_confirm;
};

} // namespace hc
