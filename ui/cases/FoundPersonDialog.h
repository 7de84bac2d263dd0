#pragma once
// One found-person record, new or existing: where and when the person was found and in what
// circumstance, sex, estimated age range, height, a name they gave, marks, the station, the
// record's status and, once identified, the case it resolved (by case number), and the
// identifying marks as a table (kind, location, description; saved with the record). Read only for
// those who may not edit cases; core's refusals show next to the field.

#include "core/cases/CaseTypes.h"
#include "ui/cases/FieldErrors.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace hc {
class MarksEditor;
}

namespace hc {

class AttachmentsPanel;
class SessionContext;

class FoundPersonDialog : public QDialog
{
    Q_OBJECT
public:
    // id 0: a new record.
    FoundPersonDialog(SessionContext& session, qint64 id, QWidget* parent = nullptr);

    bool save();
    qint64 recordId() const { return m_id; }
    FoundPerson record() const;

    // For tests.
    QComboBox* circumstance() const { return m_circumstance; }
    QSpinBox* ageMin() const { return m_ageMin; }
    QSpinBox* ageMax() const { return m_ageMax; }
    QSpinBox* height() const { return m_height; }
    QLineEdit* placeFound() const { return m_place; }
    QDateEdit* foundDate() const { return m_date; }
    QLineEdit* matchedCase() const { return m_case; }
    MarksEditor* marksEditor() const { return m_marksEditor; }
    QComboBox* status() const { return m_status; }
    QPushButton* saveButton() const { return m_save; }
    FieldErrors& errors() { return m_errors; }
    AttachmentsPanel* attachmentsPanel() const { return m_attachments; }

signals:
    void saved(qint64 id);

private:
    void createFields();
    QFormLayout* buildForm();
    void setRecord(const FoundPerson& r);

    SessionContext& m_session;
    qint64 m_id = 0;
    bool m_mayEdit = false;
    AttachmentsPanel* m_attachments = nullptr;
    FieldErrors m_errors;
    QLabel* m_number = nullptr;
    QComboBox* m_circumstance = nullptr;
    QComboBox* m_sex = nullptr;
    QSpinBox* m_ageMin = nullptr;
    QSpinBox* m_ageMax = nullptr;
    QSpinBox* m_height = nullptr;
    QLineEdit* m_nameGiven = nullptr;
    QLineEdit* m_marks = nullptr;
    QLineEdit* m_place = nullptr;
    QDateEdit* m_date = nullptr;
    QPlainTextEdit* m_notes = nullptr;
    QComboBox* m_station = nullptr;
    QComboBox* m_status = nullptr;
    QLineEdit* m_case = nullptr;
    MarksEditor* m_marksEditor = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_save = nullptr;
};

} // namespace hc
