#pragma once
// The editable fields of a case file (subject, description, last seen, circumstances, risk,
// contacts, the caller and the report, the station) as one form, with each field's inline
// error line. Required fields are marked (bold, "*", a tooltip). Used by the case file's
// Details tab and by the public report dialog.

#include "core/auth/Actor.h"
#include "core/cases/CaseTypes.h"
#include "ui/cases/FieldErrors.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace hc {

class Database;

class CaseDetailsForm : public QWidget
{
    Q_OBJECT
public:
    CaseDetailsForm(Database& db, const Actor& actor, QWidget* parent = nullptr);

    void setFields(const CaseFields& fields);
    CaseFields fields() const;
    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }
    FieldErrors& errors() { return m_errors; }
    // Marks the field's label as required (bold, an asterisk, a tooltip) and has the errors
    // report it when left empty, with `message`.
    void markRequired(const QString& field, const QString& message, const QString& tip = QString());
    QLabel* labelOf(const QString& field) const;
    // Errors for the required fields left empty (see FieldErrors::missing).
    QList<Error> missing() const { return m_errors.missing(); }
    QFormLayout* formLayout() const { return m_form; }

    // For tests and the dialogs.
    QLineEdit* subjectName() const { return m_name; }
    QLineEdit* reporterPhone() const { return m_reporterPhone; }
    QLineEdit* reporterName() const { return m_reporterName; }
    QLineEdit* lastSeenPlace() const { return m_lastSeenPlace; }
    QPlainTextEdit* reportText() const { return m_reportText; }
    QComboBox* risk() const { return m_risk; }
    QCheckBox* mentalIllness() const { return m_mentalIllness; }
    QCheckBox* suspectedCrime() const { return m_suspectedCrime; }
    QComboBox* station() const { return m_station; }
    QSpinBox* birthYear() const { return m_birthYear; }
    QSpinBox* height() const { return m_height; }
    QDateEdit* lastSeenDate() const { return m_lastSeen; }

private:
    QFormLayout* m_form = nullptr;
    FieldErrors m_errors;
    bool m_readOnly = false;
    QLineEdit* m_name = nullptr;
    QComboBox* m_sex = nullptr;
    QSpinBox* m_birthYear = nullptr;
    QSpinBox* m_height = nullptr;
    QPlainTextEdit* m_description = nullptr;
    QDateEdit* m_lastSeen = nullptr;
    QLineEdit* m_lastSeenPlace = nullptr;
    QPlainTextEdit* m_circumstances = nullptr;
    QComboBox* m_risk = nullptr;
    QCheckBox* m_mentalIllness = nullptr;
    QCheckBox* m_suspectedCrime = nullptr;
    QLineEdit* m_contacts = nullptr;
    QLineEdit* m_reporterName = nullptr;
    QLineEdit* m_reporterPhone = nullptr;
    QPlainTextEdit* m_reportText = nullptr;
    QComboBox* m_station = nullptr;
};

// Shared look of the optional inputs: a QDateEdit whose minimum means "unknown".
QDateEdit* makeOptionalDateEdit(const QString& unknownText);
QDate optionalDate(const QDateEdit* edit);
void setOptionalDate(QDateEdit* edit, const QDate& date);

} // namespace hc
