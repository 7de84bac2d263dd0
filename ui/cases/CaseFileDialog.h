#pragma once
// One case file: a header (number, status, source, opened, overdue), the Details tab with every
// field (editable for those who may edit cases, read-only otherwise), the Timeline tab with the
// leads newest first and a form to add one, the Links tab listing the links attached to the
// case, the Outcome tab (close with an outcome, none chosen until the user chooses; a
// supervisor reopens; the family reunion, ReunionBox), the Actions tab (CaseActionsTab) and the
// Crimes tab (CaseCrimesTab: the crimes the case is a victim of). The timeline shows the leads and
// the steps of the case's actions; a lead may raise an action. Under the header, the officer in
// charge (CaseOfficerBar: supervisors assign). Required details are marked; core refusals show next to the
// field they concern. Emits caseChanged after every saved change.

#include "core/cases/CaseService.h"
#include "ui/cases/FieldErrors.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;
class QTabWidget;

namespace hc {

class ActionDraftForm;
class AttachmentsPanel;
class CaseActionsTab;
class CaseCrimesTab;
class ReunionBox;
class CaseDetailsForm;
class MarksEditor;
class CaseOfficerBar;
class SessionContext;

class CaseFileDialog : public QDialog
{
    Q_OBJECT
public:
    CaseFileDialog(SessionContext& session, qint64 caseId, QWidget* parent = nullptr);

    qint64 caseId() const { return m_caseId; }
    // Reads the case again from core; false (and the error shown) when it cannot be read.
    bool reload();
    void saveDetails();
    void addLead();
    void closeCase();
    void reopenCase();

    // For tests.
    const CaseFile& file() const { return m_file; }
    QTabWidget* tabs() const { return m_tabs; }
    CaseDetailsForm* detailsForm() const { return m_details; }
    MarksEditor* marksEditor() const { return m_marks; }
    QPushButton* saveButton() const { return m_save; }
    QTableWidget* leadTable() const { return m_leads; }
    QComboBox* leadKind() const { return m_leadKind; }
    QDateTimeEdit* leadTime() const { return m_leadTime; }
    QLineEdit* leadText() const { return m_leadText; }
    QLineEdit* leadSource() const { return m_leadSource; }
    QPushButton* addLeadButton() const { return m_addLead; }
    FieldErrors& leadErrors() { return m_leadErrors; }
    QTableWidget* linksTable() const { return m_links; }
    QComboBox* outcomeStatus() const { return m_outcome; }
    QDateEdit* outcomeDate() const { return m_outcomeDate; }
    CaseCrimesTab* crimesTab() const { return m_crimes; }
    ReunionBox* reunionBox() const { return m_reunion; }
    QLineEdit* duplicateOf() const { return m_duplicateOf; }
    QPushButton* closeButton() const { return m_close; }
    QPushButton* reopenButton() const { return m_reopen; }
    FieldErrors& outcomeErrors() { return m_outcomeErrors; }
    QLabel* readOnlyNote() const { return m_readOnlyNote; }
    CaseOfficerBar* officerBar() const { return m_officerBar; }
    CaseActionsTab* actionsTab() const { return m_actions; }
    AttachmentsPanel* attachmentsPanel() const { return m_attachments; }
    QCheckBox* leadRaisesAction() const { return m_leadAction; }
    ActionDraftForm* leadActionForm() const { return m_leadActionForm; }
    QLabel* statusLine() const { return m_status; }

signals:
    void caseChanged(qint64 caseId);

private:
    QWidget* buildDetails();
    QWidget* buildTimeline();
    QWidget* buildLinks();
    QWidget* buildOutcome();
    QWidget* buildLeadAction();
    void showFile();
    void showTimeline();
    void updateOutcomeInputs();
    CaseService service() const;

    SessionContext& m_session;
    qint64 m_caseId = 0;
    CaseFile m_file;
    bool m_mayEdit = false;
    QLabel* m_header = nullptr;
    QLabel* m_overdue = nullptr;
    QLabel* m_readOnlyNote = nullptr;
    QLabel* m_loadError = nullptr;
    QLabel* m_status = nullptr;
    CaseOfficerBar* m_officerBar = nullptr;
    CaseActionsTab* m_actions = nullptr;
    AttachmentsPanel* m_attachments = nullptr;
    QCheckBox* m_leadAction = nullptr;
    ActionDraftForm* m_leadActionForm = nullptr;
    QTabWidget* m_tabs = nullptr;
    CaseDetailsForm* m_details = nullptr;
    MarksEditor* m_marks = nullptr;
    QPushButton* m_save = nullptr;
    QTableWidget* m_leads = nullptr;
    QComboBox* m_leadKind = nullptr;
    QDateTimeEdit* m_leadTime = nullptr;
    QLineEdit* m_leadText = nullptr;
    QLineEdit* m_leadSource = nullptr;
    QPushButton* m_addLead = nullptr;
    QLabel* m_leadError = nullptr;
    FieldErrors m_leadErrors;
    QTableWidget* m_links = nullptr;
    QLabel* m_outcomeNow = nullptr;
    QComboBox* m_outcome = nullptr;
    QDateEdit* m_outcomeDate = nullptr;
    CaseCrimesTab* m_crimes = nullptr;
    ReunionBox* m_reunion = nullptr;
    QLineEdit* m_duplicateOf = nullptr;
    QPushButton* m_close = nullptr;
    QPushButton* m_reopen = nullptr;
    QLabel* m_outcomeError = nullptr;
    FieldErrors m_outcomeErrors;
};

} // namespace hc
