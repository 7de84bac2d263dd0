#pragma once
// The family reunion in the case file's outcome area: the reunion recorded for the case (date,
// how, the family it joins), or - once the case closed with the person found alive or rescued,
// for holders of EditCases - a form to record one: the date, how (in person, by video, at the
// station) and the family (the subject's household unless a kin group is named). Core's
// refusals (ReunionService) show at their field. Emits changed() after a reunion was recorded
// or taken back.

#include "ui/cases/FieldErrors.h"

#include <QGroupBox>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;

namespace hc {

struct CaseFile;
class SessionContext;

class ReunionBox : public QGroupBox
{
    Q_OBJECT
public:
    ReunionBox(SessionContext& session, qint64 caseId, QWidget* parent = nullptr);

    // Shows the reunion of the case as it now is (its status decides whether one is offered).
    void showCase(const CaseFile& file);
    void record();
    void takeBack();

    // For tests.
    QLabel* summary() const { return m_summary; }
    QWidget* form() const { return m_form; }
    QDateEdit* dateEdit() const { return m_date; }
    QComboBox* howBox() const { return m_how; }
    QLineEdit* familyEdit() const { return m_family; }
    QPushButton* recordButton() const { return m_record; }
    QPushButton* takeBackButton() const { return m_takeBack; }
    FieldErrors& errors() { return m_errors; }

signals:
    void changed(const QString& message);

private:
    SessionContext& m_session;
    qint64 m_caseId = 0;
    bool m_mayEdit = false;
    QLabel* m_summary = nullptr;
    QWidget* m_form = nullptr;
    QDateEdit* m_date = nullptr;
    QComboBox* m_how = nullptr;
    QLineEdit* m_family = nullptr;
    QLineEdit* m_note = nullptr;
    QPushButton* m_record = nullptr;
    QPushButton* m_takeBack = nullptr;
    QLabel* m_error = nullptr;
    FieldErrors m_errors;
};

} // namespace hc
