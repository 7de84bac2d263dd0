#pragma once
// One operation's form: name, first and last day, stations in scope (every station, or the ones
// ticked) and the household target. Creating or saving goes through OperationService (rights,
// validation, audit); a refusal stays in the dialog, under the form, with the cursor on the field
// it names.

#include "core/operations/Operation.h"

#include <QDialog>

class QCheckBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QSpinBox;

namespace hc {

class SessionContext;

class OperationDialog : public QDialog
{
    Q_OBJECT
public:
    // A new operation when `existing` is empty.
    OperationDialog(SessionContext& session, std::optional<Operation> existing, QWidget* parent = nullptr);

    // Saves; closes only when core accepted.
    void accept() override;
    // The operation saved (valid once accepted).
    const Operation& saved() const { return m_saved; }

    // For tests.
    QLineEdit* nameEdit() const { return m_name; }
    QDateEdit* startEdit() const { return m_start; }
    QDateEdit* endEdit() const { return m_end; }
    QSpinBox* targetBox() const { return m_target; }
    QCheckBox* allStationsBox() const { return m_all; }
    QListWidget* stationList() const { return m_stations; }
    QLabel* errorLabel() const { return m_error; }

private:
    void fill(const Operation& op);
    OperationEdit edited() const;
    void showError(const QString& field, const QString& message);

    SessionContext& m_session;
    std::optional<Operation> m_existing;
    Operation m_saved;
    QLineEdit* m_name = nullptr;
    QDateEdit* m_start = nullptr;
    QDateEdit* m_end = nullptr;
    QSpinBox* m_target = nullptr;
    QCheckBox* m_all = nullptr;
    QListWidget* m_stations = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace hc
