#pragma once
// Opens a case from a caller's report (the public hotline): who called and on what number, the
// missing person's details (a registered person can be named by ID number), when and where
// they were last seen, what the caller said, the risk level and the station. Required fields
// are marked; every one left empty shows its error at once, and core's refusals show next to
// the field; an error goes as soon as its field is edited. On success the dialog closes with
// the new case's number.

#include "core/cases/CaseTypes.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace hc {

class CaseDetailsForm;
class SessionContext;

class PublicReportDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PublicReportDialog(SessionContext& session, QWidget* parent = nullptr);

    // Tries to open the case; on success accepts the dialog.
    bool submit();
    QString caseNumber() const { return m_caseNo; }

    // For tests.
    CaseDetailsForm* form() const { return m_form; }
    QSpinBox* age() const { return m_age; }
    QLineEdit* idNumber() const { return m_idNumber; }
    QPushButton* openButton() const { return m_open; }
    QLabel* requiredNote() const { return m_requiredNote; }
    QLabel* riskRuleLabel() const { return m_riskRule; }

signals:
    void caseOpened(const QString& caseNo);

private:
    void buildRiskRule();
    // The domain's rule on what is filled in: at high, the level shows high and cannot be set
    // lower (core opens it so); below, the level chosen by hand.
    void updateRiskRule();

    SessionContext& m_session;
    CaseDetailsForm* m_form = nullptr;
    QSpinBox* m_age = nullptr;
    QLineEdit* m_idNumber = nullptr;
    QLabel* m_error = nullptr;
    QLabel* m_requiredNote = nullptr;
    QLabel* m_riskRule = nullptr;
    QString m_riskByHand = QStringLiteral("medium");
    QPushButton* m_open = nullptr;
    QString m_caseNo;
};

} // namespace hc
