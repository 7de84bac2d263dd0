#include "ui/matching/MatchCandidatesDialog.h"

#include "core/matching/MatchReasons.h"
#include "core/registry/Vocabulary.h"
#include "core/storage/Database.h"
#include "ui/common/InlineError.h"
#include "ui/common/RecordRows.h"
#include "ui/common/SessionContext.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace hc {

MatchCandidatesDialog::MatchCandidatesDialog(SessionContext& session, MatchCandidate::Kind subjectKind,
                                             qint64 subjectId, QWidget* parent)
    : QDialog(parent), m_session(session), m_kind(subjectKind), m_id(subjectId),
      m_runner(new BackgroundRunner(this))
{
    const bool forCase = subjectKind == MatchCandidate::Kind::Case;
    setWindowTitle(forCase ? tr("Found people who may be this missing person")
                           : tr("Missing people this person may be"));
    using M = RowsModel<MatchCandidate>;
    m_model = new M(
        {
            {tr("Score"), M::number([](const MatchCandidate& c) { return c.score; })},
            {forCase ? tr("Record no.") : tr("Case no."),
             M::text([](const MatchCandidate& c) { return c.number; })},
            {tr("Name"), M::text([](const MatchCandidate& c) { return c.name; })},
            {tr("Sex"), M::text([](const MatchCandidate& c) {
                 return c.sex.isEmpty() ? QString() : Vocabulary::sexLabel(c.sex.at(0));
             })},
            {tr("Age"), M::text([](const MatchCandidate& c) { return c.age; })},
            {tr("Height"), M::text([](const MatchCandidate& c) {
                 return c.heightCm > 0 ? tr("%1 cm").arg(c.heightCm) : QString();
             })},
            {forCase ? tr("Found on") : tr("Last seen"),
             M::text([](const MatchCandidate& c) { return c.date; })},
            {tr("Place"), M::text([](const MatchCandidate& c) { return oneLine(c.place); })},
            {tr("Station"), M::text([](const MatchCandidate& c) { return c.station; })},
        },
        this);

    m_subject = new QLabel;
    m_subject->setWordWrap(true);
    m_subject->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary = new QLabel;
    m_progress = new QProgressBar;
    m_progress->setRange(0, 0); // busy: the ranking reports no steps
    m_table = new QTableView;
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_reasons = new QListWidget;
    m_error = makeErrorLabel();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    auto* refreshButton = buttons->addButton(tr("&Refresh"), QDialogButtonBox::ActionRole);

    auto* split = new QSplitter(Qt::Vertical);
    split->addWidget(m_table);
    auto* why = new QWidget;
    auto* whyLayout = new QVBoxLayout(why);
    whyLayout->setContentsMargins(0, 0, 0, 0);
    whyLayout->addWidget(new QLabel(tr("Why this candidate scored:")));
    whyLayout->addWidget(m_reasons);
    split->addWidget(why);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_subject);
    layout->addWidget(m_summary);
    layout->addWidget(m_progress);
    layout->addWidget(split, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(refreshButton, &QPushButton::clicked, this, &MatchCandidatesDialog::refresh);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MatchCandidatesDialog::showReasons);
    // Enter or a double-click opens the candidate: a found person's record, a case's file.
    openRecordsOnActivate(m_table, m_session, [this](const QModelIndex& index) -> std::optional<RecordRef> {
        if (index.row() >= m_model->rowCount())
            return std::nullopt;
        const MatchCandidate& c = m_model->row(index.row());
        emit candidateActivated(c.kind, c.id);
        return RecordRef{c.kind == MatchCandidate::Kind::Case ? RecordKind::Case : RecordKind::FoundPerson,
                         c.id};
    });
    resize(900, 560);
    refresh();
}

MatchCandidatesDialog* MatchCandidatesDialog::showForCase(SessionContext& session, qint64 caseId,
                                                          QWidget* parent)
{
    auto* d = new MatchCandidatesDialog(session, MatchCandidate::Kind::Case, caseId, parent);
    d->setAttribute(Qt::WA_DeleteOnClose);
    d->show();
    return d;
}

MatchCandidatesDialog* MatchCandidatesDialog::showForFoundPerson(SessionContext& session,
                                                                 qint64 foundPersonId, QWidget* parent)
{
    auto* d = new MatchCandidatesDialog(session, MatchCandidate::Kind::FoundPerson, foundPersonId, parent);
    d->setAttribute(Qt::WA_DeleteOnClose);
    d->show();
    return d;
}

void MatchCandidatesDialog::refresh()
{
    if (isLoading())
        return;
    m_error->hide();
    m_progress->show();
    m_summary->setText(tr("Ranking candidates…"));
    const Actor actor = m_session.actor();
    const MatchCandidate::Kind kind = m_kind;
    const qint64 id = m_id;
    m_runner->start(
        m_session.db().path(),
        [actor, kind, id](Database& db) {
            MissingFoundMatcher matcher(db, actor);
            return kind == MatchCandidate::Kind::Case ? matcher.forCase(id) : matcher.forFoundPerson(id);
        },
        [this](const Result<MatchResult>& r) { showResult(r); });
}

void MatchCandidatesDialog::showResult(const Result<MatchResult>& r)
{
    m_progress->hide();
    if (!r) {
        m_model->setRows({});
        m_summary->clear();
        m_error->setText(r.error().message);
        m_error->show();
        emit candidatesLoaded(0);
        return;
    }
    m_subject->setText(QStringLiteral("<b>%1</b> %2")
                           .arg(r->subjectNumber.toHtmlEscaped(), r->subjectSummary.toHtmlEscaped()));
    m_summary->setText(r->candidates.isEmpty()
                           ? tr("No candidate; %1 ruled out by sex, age or time.").arg(r->excluded)
                           : tr("%1 candidates, best first; %2 ruled out by sex, age or time.")
                                 .arg(r->candidates.size())
                                 .arg(r->excluded));
    m_model->setRows(r->candidates);
    m_table->resizeColumnsToContents();
    if (m_model->rowCount() > 0)
        m_table->selectRow(0);
    emit candidatesLoaded(m_model->rowCount());
}

void MatchCandidatesDialog::showReasons()
{
    m_reasons->clear();
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const MatchCandidate& c = m_model->row(rows.first().row());
    for (const MatchReason& r : c.reasons)
        m_reasons->addItem(MatchReasons::text(r));
    m_reasons->addItem(tr("Score: %1").arg(c.score));
}

} // namespace hc
