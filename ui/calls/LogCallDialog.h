#pragma once
// "Log a call…": one call taken on the hotline (96110) or an officer's published phone, typed
// as it comes in - time, station, line, the caller and their number, what they reported - and
// its result: a case opened (with the missing person's name and where they were last seen), a
// lead added to a case (by its number), information only, or no action (with the reason). The
// fields a result needs show only for that result; required fields are marked; core's refusal
// shows at the field it names. CallService does the rest.

#include <QDialog>

class QComboBox;
class QDateTimeEdit;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace hc {

class FieldErrors;
class SessionContext;

class LogCallDialog : public QDialog
{
    Q_OBJECT
public:
    explicit LogCallDialog(SessionContext& session, QWidget* parent = nullptr);
    ~LogCallDialog() override;

    // Validates, logs and closes; false (the dialog stays, errors at their fields) when refused.
    bool submit();
    qint64 callId() const { return m_callId; }

    // For tests.
    QDateTimeEdit* timeEdit() const { return m_time; }
    QComboBox* stationBox() const { return m_station; }
    QComboBox* lineBox() const { return m_line; }
    QComboBox* officerBox() const { return m_officer; }
    QLineEdit* callerEdit() const { return m_caller; }
    QLineEdit* numberEdit() const { return m_number; }
    QPlainTextEdit* reportEdit() const { return m_report; }
    QComboBox* resultBox() const { return m_result; }
    QLineEdit* caseEdit() const { return m_case; }
    QLineEdit* subjectEdit() const { return m_subject; }
    QLineEdit* placeEdit() const { return m_place; }
    QLineEdit* reasonEdit() const { return m_reason; }
    QPushButton* logButton() const { return m_log; }
    // The error line shown at a field (at, caller_phone, report_text, case, reason, ...).
    QLabel* errorLabel(const QString& field) const;

signals:
    void callLogged(qint64 callId);

private:
    void buildFields();
    void buildChoices();
    void addRow(const QString& label, const QString& field, QWidget* widget, bool required);
    // Shows the rows the line and the result need, and marks what they require.
    void updateRows();

    SessionContext& m_session;
    std::unique_ptr<FieldErrors> m_errors;
    QFormLayout* m_form = nullptr;
    QDateTimeEdit* m_time = nullptr;
    QComboBox* m_station = nullptr;
    QComboBox* m_line = nullptr;
    QComboBox* m_officer = nullptr;
    QLineEdit* m_caller = nullptr;
    QLineEdit* m_number = nullptr;
    QPlainTextEdit* m_report = nullptr;
    QComboBox* m_result = nullptr;
    QLineEdit* m_case = nullptr;
    QLineEdit* m_subject = nullptr;
    QLineEdit* m_place = nullptr;
    QSpinBox* m_age = nullptr;
    QLineEdit* m_reason = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_log = nullptr;
    qint64 m_callId = 0;
};

} // namespace hc
