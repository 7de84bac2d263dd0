#pragma once
// Missing vs found candidates for one case (found-person records) or one found person (open
// cases), ranked by score and computed off the GUI thread; the selected candidate's reasons
// list each factor with its points. Open it from a case file or a found-person record with
// showForCase / showForFoundPerson, or construct it.

#include "core/matching/MissingFoundMatcher.h"
#include "ui/common/BackgroundRunner.h"
#include "ui/common/RowsModel.h"

#include <QDialog>

class QLabel;
class QListWidget;
class QProgressBar;
class QTableView;

namespace hc {

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

    // For tests.
    bool isLoading() const { return m_runner->isRunning(); }
    QAbstractItemModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QListWidget* reasons() const { return m_reasons; }
    QLabel* subjectLabel() const { return m_subject; }
    QLabel* errorLabel() const { return m_error; }

signals:
    void candidatesLoaded(int count);
    // Enter or a double-click on a candidate (the session is asked to open it as well).
    void candidateActivated(hc::MatchCandidate::Kind kind, qint64 id);

private:
    void showResult(const Result<MatchResult>& result);
    void showReasons();

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
    QLabel* m_error = nullptr;
};

} // namespace hc
