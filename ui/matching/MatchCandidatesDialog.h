#pragma once
// Missing vs found candidates for one case (found-person records) or one found person (open
// cases), ranked by score and computed off the GUI thread; the selected candidate's reasons
// list each factor with its points, beside the two first photos (MatchPhotos). Open it from a case file or a
// found-person record with showForCase / showForFoundPerson, or construct it. "Confirm match" (after a
// question) closes the case and identifies the found person; "Rule out" with a reason drops the pair from
// this and later rankings (MatchDecisionService), for a person found living unregistered too.

#include "core/matching/MissingFoundMatcher.h"
#include "ui/common/BackgroundRunner.h"
#include "ui/common/RowsModel.h"

#include <QDialog>
#include <functional>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QProgressBar;
class QTableView;

namespace hc {

class MatchPhotos;
class SessionContext;

class MatchCandidatesDialog : public QDialog
{
    Q_OBJECT
public:
    // subjectKind: Case (rank found people for the case subjectId) or FoundPerson.
    MatchCandidatesDialog(SessionContext& session, MatchCandidate::Kind subjectKind, qint64 subjectId,
                          QWidget* parent = nullptr);

    // Non-modal, deleted on close.
    static MatchCandidatesDialog* showForCase(SessionContext& session, qint64 caseId, QWidget* parent);
    static MatchCandidatesDialog* showForFoundPerson(SessionContext& session, qint64 foundPersonId,
                                                     QWidget* parent);

    void refresh();
    // The selected candidate and the subject: confirm them as one person, or rule the pair out
    // with the reason typed. False when nothing was saved (no selection, "No", a refusal).
    bool confirmSelected();
    bool ruleOutSelected();
    // Test hook: answers the confirmation question instead of a message box.
    void setConfirm(std::function<bool(const QString& question)> confirm) { m_confirm = std::move(confirm); }

    // For tests.
    bool isLoading() const { return m_runner->isRunning(); }
    QAbstractItemModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QListWidget* reasons() const { return m_reasons; }
    QLabel* subjectLabel() const { return m_subject; }
    QLabel* errorLabel() const { return m_error; }
    QPushButton* confirmButton() const { return m_confirmButton; }
    QPushButton* ruleOutButton() const { return m_ruleOut; }
    QLineEdit* reasonEdit() const { return m_reason; }
    QLabel* statusLabel() const { return m_status; }
    MatchPhotos* photos() const { return m_photos; }

signals:
    void candidatesLoaded(int count);
    // Enter or a double-click on a candidate (the session is asked to open it as well).
    void candidateActivated(hc::MatchCandidate::Kind kind, qint64 id);
    // A match was confirmed: the case is closed and the found person identified.
    void matchConfirmed(qint64 caseId, qint64 foundPersonId);

private:
    void showResult(const Result<MatchResult>& result);
    void showReasons();
    QWidget* buildDecisions();
    const MatchCandidate* selected() const;
    // The selected pair as (case id, found-person id), or (case id, person id) for an unregistered
    // candidate.
    QPair<qint64, qint64> pairOf(const MatchCandidate& c) const;

    SessionContext& m_session;
    MatchCandidate::Kind m_kind;
    qint64 m_id = 0;
    BackgroundRunner* m_runner = nullptr;
    RowsModel<MatchCandidate>* m_model = nullptr;
    QLabel* m_subject = nullptr;
    QLabel* m_summary = nullptr;
    QProgressBar* m_progress = nullptr;
    QTableView* m_table = nullptr;
    QListWidget* m_reasons = nullptr;
    MatchPhotos* m_photos = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_confirmButton = nullptr;
    QPushButton* m_ruleOut = nullptr;
    QLineEdit* m_reason = nullptr;
    QLabel* m_status = nullptr;
    std::function<bool(const QString&)> m_confirm;
};

} // namespace hc
