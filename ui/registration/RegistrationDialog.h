#pragma once
// A registration file: who was found where, the stage and the officer responsible, the timeline,
// and - for those who may take it - the next step: the stage (the next one, or closing), its
// date, and what that stage records (the officer responsible; the documents checklist; the new
// ID number and the household joined or created; the reason for closing). Core validates; its
// error shows at the field it names and the dialog stays open.

#include "core/registration/RegistrationTypes.h"

#include <QDialog>
#include <QMap>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace hc {

class SessionContext;

class RegistrationDialog : public QDialog
{
    Q_OBJECT
public:
    RegistrationDialog(SessionContext& session, qint64 personId, QWidget* parent = nullptr);

    // Takes the step; stays open on a refusal (shown at its field), reloads the file on success.
    void takeStep();

    // For tests.
    QComboBox* stageBox() const { return m_stage; }
    QDateEdit* dateEdit() const { return m_date; }
    QLineEdit* idNumberEdit() const { return m_idNumber; }
    QComboBox* householdBox() const { return m_household; }
    QCheckBox* newHouseholdBox() const { return m_newHousehold; }
    QLineEdit* newHouseholdEdit() const { return m_newHouseholdNo; }
    QCheckBox* documentBox(const QString& code) const { return m_documents.value(code); }
    QComboBox* reasonBox() const { return m_reason; }
    QTableWidget* timeline() const { return m_timeline; }
    QPushButton* stepButton() const { return m_step; }
    QLabel* errorAt(const QString& field) const { return m_errors.value(field); }
    QLabel* headerLabel() const { return m_header; }

signals:
    void stepTaken(const QString& stage);

private:
    QWidget* buildStepForm();
    QWidget* withError(QWidget* field, const QString& name);
    void reload();
    void showStageFields();
    void clearErrors();
    void showError(const QString& field, const QString& message);

    SessionContext& m_session;
    qint64 m_personId = 0;
    RegistrationFile m_file;
    QLabel* m_header = nullptr;
    QTableWidget* m_timeline = nullptr;
    QWidget* m_stepBox = nullptr;
    QFormLayout* m_form = nullptr;
    QComboBox* m_stage = nullptr;
    QDateEdit* m_date = nullptr;
    QComboBox* m_officer = nullptr;
    QMap<QString, QCheckBox*> m_documents; // birth, parents, dna_needed, dna, certificate
    QWidget* m_checklist = nullptr;
    QLineEdit* m_idNumber = nullptr;
    QComboBox* m_household = nullptr;
    QCheckBox* m_newHousehold = nullptr;
    QLineEdit* m_newHouseholdNo = nullptr;
    QComboBox* m_reason = nullptr;
    QLineEdit* m_note = nullptr;
    QPushButton* m_step = nullptr;
    QMap<QString, QLabel*> m_errors; // by core's field name
    QMap<QString, QWidget*> m_rows;  // the form's rows by field name
};

} // namespace hc
