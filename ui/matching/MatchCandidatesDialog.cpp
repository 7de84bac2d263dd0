#include "ui/matching/MatchCandidatesDialog.h"

#include "core/matching/MatchDecisionService.h"
#include "core/matching/MatchReasons.h"
#include "core/registration/RegistrationService.h"
#include "core/registry/Vocabulary.h"
#include "core/storage/Database.h"
#include "ui/attachments/MatchPhotos.h"
#include "ui/common/InlineError.h"
#include "ui/common/RecordRows.h"
#include "ui/common/SessionContext.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace hc {

namespace {
// The candidates' columns: for a case, found-person records and unregistered people; for a
// found person, cases.
RowsModel<MatchCandidate>* candidatesModel(bool forCase, QObject* parent)
{
    using M = RowsModel<MatchCandidate>;
    return new M(
        {
            {MatchCandidatesDialog::tr("Score"), M::number([](const MatchCandidate& c) { return c.score; })},
            {forCase ? MatchCandidatesDialog::tr("Record no.") : MatchCandidatesDialog::tr("Case no."),
             M::text([](const MatchCandidate& c) {
                 // People found living unregistered are not found-person records: their household.
                 return c.kind == MatchCandidate::Kind::Unregistered
                            ? MatchCandidatesDialog::tr("Unregistered person, household %1").arg(c.number)
                            : c.number;
             })},
            {MatchCandidatesDialog::tr("Name"), M::text([](const MatchCandidate& c) { return c.name; })},
            {MatchCandidatesDialog::tr("Sex"), M::text([](const MatchCandidate& c) {
                 return c.sex.isEmpty() ? QString() : Vocabulary::sexLabel(c.sex.at(0));
             })},
            {MatchCandidatesDialog::tr("Age"), M::text([](const MatchCandidate& c) { return c.age; })},
            {MatchCandidatesDialog::tr("Height"), M::text([](const MatchCandidate& c) {
                 return c.heightCm > 0 ? MatchCandidatesDialog::tr("%1 cm").arg(c.heightCm) : QString();
             })},
            {forCase ? MatchCandidatesDialog::tr("Found on") : MatchCandidatesDialog::tr("Last seen"),
             M::text([](const MatchCandidate& c) { return c.date; })},
            {MatchCandidatesDialog::tr("Place"),
             M::text([](const MatchCandidate& c) { return oneLine(c.place); })},
            {MatchCandidatesDialog::tr("Station"),
             M::text([](const MatchCandidate& c) { return c.station; })},
        },
        parent);
}
} // namespace

MatchCandidatesDialog::MatchCandidatesDialog(SessionContext& session, MatchCandidate::Kind subjectKind,
                                             qint64 subjectId, QWidget* parent)
    : QDialog(parent), m_session(session), m_kind(subjectKind), m_id(subjectId),
      m_runner(new BackgroundRunner(this))
{
    const bool forCase = subjectKind == MatchCandidate::Kind::Case;
    setWindowTitle(forCase ? tr("Found people who may be this missing person")
                           : tr("Missing people this person may be"));
    m_model = candidatesModel(forCase, this);

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
    // The two first photos side by side, beside the reasons (issue 14).
    m_photos = new MatchPhotos(m_session);
    auto* reasonsRow = new QHBoxLayout;
    reasonsRow->addWidget(m_reasons, 1);
    reasonsRow->addWidget(m_photos);
    whyLayout->addLayout(reasonsRow);
    split->addWidget(why);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_subject);
    layout->addWidget(m_summary);
    layout->addWidget(m_progress);
    layout->addWidget(split, 1);
    layout->addWidget(buildDecisions());
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
        switch (c.kind) {
        case MatchCandidate::Kind::Case:
            return RecordRef{RecordKind::Case, c.id};
        case MatchCandidate::Kind::Unregistered:
            return RecordRef{RecordKind::Person, c.id}; // the household the person was found in
        case MatchCandidate::Kind::FoundPerson:
            break;
        }
        return RecordRef{RecordKind::FoundPerson, c.id};
    });
    resize(900, 600);
    showReasons();
    refresh();
}

QWidget* MatchCandidatesDialog::buildDecisions()
{
    m_confirmButton = new QPushButton(tr("&Confirm match…"));
    m_confirmButton->setToolTip(tr("The found person is the missing one: the case is closed (found alive, "
                                   "or found deceased for remains) and the record identified."));
    m_reason = new QLineEdit;
    m_reason->setPlaceholderText(tr("Why this is not the person (needed to rule out)"));
    m_ruleOut = new QPushButton(tr("R&ule out"));
    m_status = new QLabel;
    m_status->setWordWrap(true);
    for (QPushButton* b : {m_confirmButton, m_ruleOut})
        b->setAutoDefault(false);
    connect(m_confirmButton, &QPushButton::clicked, this, &MatchCandidatesDialog::confirmSelected);
    connect(m_ruleOut, &QPushButton::clicked, this, &MatchCandidatesDialog::ruleOutSelected);
    auto* box = new QWidget;
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* row = new QHBoxLayout;
    row->addWidget(m_confirmButton);
    row->addWidget(m_reason, 1);
    row->addWidget(m_ruleOut);
    layout->addLayout(row);
    layout->addWidget(m_status);
    box->setVisible(MatchDecisionService(m_session.db(), m_session.actor()).mayDecide());
    return box;
}

const MatchCandidate* MatchCandidatesDialog::selected() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? nullptr : &m_model->row(rows.first().row());
}

QPair<qint64, qint64> MatchCandidatesDialog::pairOf(const MatchCandidate& c) const
{
    return m_kind == MatchCandidate::Kind::Case ? qMakePair(m_id, c.id) : qMakePair(c.id, m_id);
}

bool MatchCandidatesDialog::confirmSelected()
{
    const MatchCandidate* c = selected();
    if (!c || c->kind == MatchCandidate::Kind::Unregistered)
        return false;
    const QString question =
        m_kind == MatchCandidate::Kind::Case
            ? tr("Confirm that found person %1 is the missing person? The case is closed and the record "
                 "marked identified.")
                  .arg(c->number)
            : tr("Confirm that this person is the subject of case %1? The case is closed and the record "
                 "marked identified.")
                  .arg(c->number);
    const bool yes = m_confirm ? m_confirm(question)
                               : QMessageBox::question(this, tr("Confirm match"), question,
                                                       QMessageBox::Yes | QMessageBox::No,
                                                       QMessageBox::No) == QMessageBox::Yes;
    if (!yes)
        return false;
    const auto [caseId, foundId] = pairOf(*c);
    const auto m = MatchDecisionService(m_session.db(), m_session.actor()).confirm(caseId, foundId);
    if (!m) {
        m_error->setText(m.error().message);
        m_error->show();
        return false;
    }
    m_error->hide();
    m_status->setText(
        tr("Match confirmed: case %1 closed (%2), record %3 identified.")
            .arg(m->caseNo, Vocabulary::label(Vocabulary::Kind::CaseStatus, m->outcome), m->recordNo));
    emit matchConfirmed(caseId, foundId);
    refresh();
    return true;
}

bool MatchCandidatesDialog::ruleOutSelected()
{
    const MatchCandidate* c = selected();
    if (!c)
        return false;
    const bool unregistered = c->kind == MatchCandidate::Kind::Unregistered;
    const QString number =
        unregistered ? tr("Unregistered person %1 (household %2)").arg(c->name, c->number) : c->number;
    const auto [caseId, otherId] = pairOf(*c);
    MatchDecisionService decisions(m_session.db(), m_session.actor());
    const Status s = unregistered ? decisions.ruleOutUnregistered(caseId, otherId, m_reason->text())
                                  : decisions.ruleOut(caseId, otherId, m_reason->text());
    if (!s) {
        m_error->setText(s.error().message);
        m_error->show();
        m_reason->setFocus();
        return false;
    }
    m_error->hide();
    m_reason->clear();
    m_status->setText(tr("%1 ruled out; it is no longer ranked here.").arg(number));
    refresh();
    return true;
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
        m_session.db().address(),
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
    if (r->ruledOut > 0)
        m_summary->setText(m_summary->text() + QLatin1Char(' ') +
                           tr("%n pair(s) ruled out by an investigator.", nullptr, r->ruledOut));
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
    if (rows.isEmpty()) {
        const bool forCase = m_kind == MatchCandidate::Kind::Case;
        m_photos->showPair(AttachmentOwner::ofCase(forCase ? m_id : 0),
                           AttachmentOwner::foundPerson(forCase ? 0 : m_id));
        return;
    }
    const MatchCandidate& c = m_model->row(rows.first().row());
    const auto [caseId, otherId] = pairOf(c);
    // An unregistered person's id is a person's, not a found-person record's: their own photos.
    const bool unregistered = c.kind == MatchCandidate::Kind::Unregistered;
    m_photos->showPair(AttachmentOwner::ofCase(caseId), unregistered ? AttachmentOwner::person(otherId)
                                                                     : AttachmentOwner::foundPerson(otherId));
    for (const MatchReason& r : c.reasons)
        m_reasons->addItem(MatchReasons::text(r));
    m_reasons->addItem(tr("Score: %1").arg(c.score));
    // An unregistered person has no found-person record to identify: the registration file and
    // the case's leads carry the follow-up. They can be ruled out for the case all the same.
    m_confirmButton->setEnabled(!unregistered);
    m_ruleOut->setEnabled(true);
    if (unregistered)
        m_reasons->addItem(tr("An unregistered person found in the sweep (registration stage: %1); open the "
                              "household to follow up.")
                               .arg(RegistrationService::stageLabel(c.status)));
}

} // namespace hc
