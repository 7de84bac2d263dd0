#include "ui/matching/DuplicatesPage.h"

#include "core/matching/MatchReasons.h"
#include "core/matching/PersonMergeService.h"
#include "core/registry/Vocabulary.h"
#include "core/storage/Database.h"
#include "ui/common/RecordRows.h"
#include "ui/common/SessionContext.h"
#include "ui/matching/MissingFoundPanel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace hc {

namespace {
QString personText(const DuplicatePerson& p)
{
    return QStringLiteral("%1 (#%2)").arg(p.name).arg(p.id);
}
// The birth date, or the year alone when only the year is known.
QString bornText(const DuplicatePerson& p)
{
    return p.birthDate.isEmpty() && p.birthYear ? QString::number(p.birthYear) : p.birthDate;
}
// The model's columns from "Second person" on describe the pair's second person.
constexpr int kSecondPersonColumn = 5;
} // namespace

DuplicatesPage::DuplicatesPage(SessionContext& session, QWidget* parent)
    : ListPage(session, SummaryAt::Top, parent)
{
    setLoadOnShow(false);
    m_tabs = new QTabWidget;
    // The frame's content is the first tab; without the right it stays hidden and empty.
    QWidget* list = takeContent();
    if (session.actor().can(Right::MergePeople)) {
        buildDuplicatesTab();
        m_tabs->addTab(list, tr("Possible duplicates"));
    } else {
        list->setParent(this);
        list->hide();
    }
    if (session.actor().can(Right::EditCases)) {
        m_missingFound = new MissingFoundPanel(session);
        m_tabs->addTab(m_missingFound, tr("Missing vs found"));
    }
    layout()->addWidget(m_tabs);
}

// The selected pair side by side, why it was paired, and what to do with it.
QWidget* DuplicatesPage::buildComparePanel()
{
    m_compare = new QTableWidget(0, 3);
    m_compare->setHorizontalHeaderLabels({tr("Field"), tr("First person"), tr("Second person")});
    m_compare->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_compare->verticalHeader()->hide();
    m_compare->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_compare->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_compare->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_why = new QLabel;
    m_why->setWordWrap(true);
    m_why->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_keepA = new QPushButton(tr("Keep the &first, merge the second into it…"));
    m_keepB = new QPushButton(tr("Keep the &second, merge the first into it…"));
    m_dismiss = new QPushButton(tr("&Not the same person"));

    auto* compareBox = new QWidget;
    auto* compareLayout = new QVBoxLayout(compareBox);
    compareLayout->setContentsMargins(0, 0, 0, 0);
    compareLayout->addWidget(m_compare, 1);
    compareLayout->addWidget(m_why);
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_keepA);
    actions->addWidget(m_keepB);
    actions->addWidget(m_dismiss);
    actions->addStretch(1);
    compareLayout->addLayout(actions);
    return compareBox;
}

void DuplicatesPage::buildDuplicatesTab()
{
    using M = RowsModel<DuplicatePair>;
    m_model = new M(
        {
            {tr("Score"), M::number([](const DuplicatePair& p) { return p.score; })},
            {tr("Rule"), M::text([](const DuplicatePair& p) { return p.rulesText(); })},
            {tr("First person"), M::text([](const DuplicatePair& p) { return personText(p.a); })},
            {tr("ID number"), M::text([](const DuplicatePair& p) { return p.a.idNumber; })},
            {tr("Born"), M::text([](const DuplicatePair& p) { return bornText(p.a); })},
            {tr("Second person"), M::text([](const DuplicatePair& p) { return personText(p.b); })},
            {tr("ID number"), M::text([](const DuplicatePair& p) { return p.b.idNumber; })},
            {tr("Born"), M::text([](const DuplicatePair& p) { return bornText(p.b); })},
            {tr("Why"), M::text([](const DuplicatePair& p) { return MatchReasons::text(p.reasons); })},
        },
        this);

    m_run = new QPushButton(tr("Find &duplicates"));
    m_cancel = new QPushButton(tr("Cancel"));
    m_cancel->hide();
    m_progress = new QProgressBar;
    m_progress->setRange(0, 100);
    m_progress->hide();
    summaryLabel()->setWordWrap(true);
    summaryLabel()->setText(
        tr("Looks through every person for the same ID number written two ways, the same "
           "name and birth date, or names that sound alike with the same birth year and area."));
    table()->setModel(m_model);

    addFilters();
    addFilterWidget(filterBar(), m_run);
    addFilterWidget(filterBar(), m_cancel);
    addFilterWidget(filterBar(), m_progress, 1);
    QWidget* compareBox = buildComparePanel();
    auto* split = new QSplitter(Qt::Vertical);
    setCentralWidget(split);
    split->addWidget(table());
    split->addWidget(compareBox);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    addBottom(statusLabel());

    // Enter or a double-click opens a person of the pair (the household they live in): the
    // second person from its own columns, else the first.
    openRecordsOnActivate(table(), session(), [this](const QModelIndex& index) -> std::optional<RecordRef> {
        if (index.row() >= m_model->rowCount())
            return std::nullopt;
        const DuplicatePair& p = m_model->row(index.row());
        return RecordRef{RecordKind::Person, index.column() >= kSecondPersonColumn ? p.b.id : p.a.id};
    });
    connect(m_run, &QPushButton::clicked, this, &DuplicatesPage::runDetection);
    connect(m_cancel, &QPushButton::clicked, this, &DuplicatesPage::cancelDetection);
    connect(m_keepA, &QPushButton::clicked, this, [this] { mergeSelected(0); });
    connect(m_keepB, &QPushButton::clicked, this, [this] { mergeSelected(1); });
    connect(m_dismiss, &QPushButton::clicked, this, &DuplicatesPage::dismissSelected);
    connect(table()->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &DuplicatesPage::showSelected);
    connect(m_model, &QAbstractItemModel::modelReset, this, &DuplicatesPage::showSelected);
    connect(runner(), &BackgroundRunner::progressed, this, [this](int percent, const QString& stage) {
        m_progress->setValue(percent);
        summaryLabel()->setText(stage);
    });
    showSelected();
}

// Pairs scoring under the minimum, or found only by other rules, are counted, not listed
// (DuplicateFinder::Options); a change runs detection again once a list is shown.
void DuplicatesPage::addFilters()
{
    m_minScore = new QSpinBox;
    m_minScore->setRange(0, DuplicatePair::kMaxScore);
    m_minScore->setSingleStep(5);
    m_minScore->setValue(DuplicateFinder::kDefaultMinScore);
    m_minScore->setToolTip(tr("Pairs scoring less are counted, not listed."));
    m_rule = new QComboBox;
    m_rule->addItem(tr("Any rule"), DuplicatePair::kAllRules);
    for (const DuplicatePair::Rule r :
         {DuplicatePair::SameIdNumber, DuplicatePair::SameNameBirthDate, DuplicatePair::SoundAlike})
        m_rule->addItem(DuplicatePair::ruleLabel(r), int(r));
    addFilter(filterBar(), tr("Minimum &score:"), m_minScore);
    addFilter(filterBar(), tr("R&ule:"), m_rule);
    auto rerun = [this] {
        if (m_scanned && !isRunning())
            runDetection();
    };
    connect(m_minScore, &QSpinBox::editingFinished, this, rerun);
    connect(m_rule, &QComboBox::currentIndexChanged, this, rerun);
}

void DuplicatesPage::setRunning(bool running)
{
    m_run->setEnabled(!running);
    m_cancel->setVisible(running);
    m_cancel->setEnabled(running);
    m_progress->setVisible(running);
    showSelected(); // merge and dismiss wait for the run
}

void DuplicatesPage::runDetection()
{
    if (!m_model || isRunning())
        return;
    errorLabel()->hide();
    statusLabel()->clear();
    m_progress->setValue(0);
    summaryLabel()->setText(tr("Looking for duplicates…"));
    const Actor actor = session().actor();
    DuplicateFinder::Options options;
    options.minScore = m_minScore->value();
    options.rules = m_rule->currentData().toInt();
    runner()->start(
        session().db().address(),
        [actor, options](Database& db, const BackgroundRunner::Progress& progress) {
            return DuplicateFinder(db, actor).run(options, progress);
        },
        [this](const Result<DuplicateScan>& scan) { showScan(scan); });
    setRunning(true);
}

void DuplicatesPage::cancelDetection()
{
    runner()->cancel();
    m_cancel->setEnabled(false);
    summaryLabel()->setText(tr("Cancelling…"));
}

void DuplicatesPage::showScan(const Result<DuplicateScan>& scan)
{
    setRunning(false);
    if (!scan) {
        m_model->setRows({});
        summaryLabel()->setText(scan.error().kind == Error::Kind::Cancelled ? scan.error().message
                                                                            : QString());
        if (scan.error().kind != Error::Kind::Cancelled) {
            errorLabel()->setText(scan.error().message);
            errorLabel()->show();
        }
        emit detectionFinished();
        return;
    }
    QString text = tr("%L1 people compared in %L2 blocks: %L3 possible duplicate pairs.")
                       .arg(scan->people)
                       .arg(scan->blocks)
                       .arg(scan->totalPairs);
    if (scan->belowMinScore > 0)
        text += QLatin1Char(' ') +
                tr("%n pair(s) scoring under %1 not listed.", nullptr, int(scan->belowMinScore))
                    .arg(m_minScore->value());
    if (scan->otherRules > 0)
        text += QLatin1Char(' ') +
                tr("%n pair(s) found only by other rules not listed.", nullptr, int(scan->otherRules));
    if (scan->dismissedSkipped > 0)
        text +=
            QLatin1Char(' ') + tr("%n dismissed pair(s) not shown.", nullptr, int(scan->dismissedSkipped));
    if (scan->skippedBlocks > 0)
        text +=
            QLatin1Char(' ') + tr("%1 very large groups (%2 people with a very common name and birth date) "
                                  "were not compared.")
                                   .arg(scan->skippedBlocks)
                                   .arg(scan->skippedPeople);
    summaryLabel()->setText(text);
    m_scanned = true;
    m_model->setRows(scan->pairs);
    table()->resizeColumnsToContents();
    if (m_model->rowCount() > 0)
        table()->selectRow(0);
    emit detectionFinished();
}

const DuplicatePair* DuplicatesPage::selectedPair() const
{
    const QModelIndexList rows = table()->selectionModel()->selectedRows();
    if (rows.isEmpty() || rows.first().row() >= m_model->rowCount())
        return nullptr;
    return &m_model->row(rows.first().row());
}

void DuplicatesPage::showSelected()
{
    const DuplicatePair* pair = selectedPair();
    const bool enabled = pair && !isRunning();
    m_keepA->setEnabled(enabled);
    m_keepB->setEnabled(enabled);
    m_dismiss->setEnabled(enabled);
    m_compare->setRowCount(0);
    m_why->clear();
    if (!pair)
        return;
    PersonMergeService svc(session().db(), session().actor());
    const auto a = svc.record(pair->a.id), b = svc.record(pair->b.id);
    if (!a || !b) {
        errorLabel()->setText((!a ? a.error() : b.error()).message);
        errorLabel()->show();
        return;
    }
    auto yesNo = [](bool v) { return v ? tr("yes") : tr("no"); };
    auto sex = [](const QString& s) { return s.isEmpty() ? QString() : Vocabulary::sexLabel(s.at(0)); };
    auto born = [](const PersonRecord& r) {
        return r.birthDate.isEmpty() && r.birthYear ? QString::number(r.birthYear) : r.birthDate;
    };
    const QList<std::pair<QString, std::pair<QString, QString>>> fields = {
        {tr("Person no."), {QString::number(a->id), QString::number(b->id)}},
        {tr("Name"), {a->name, b->name}},
        {tr("ID number"), {a->idNumber, b->idNumber}},
        {tr("Sex"), {sex(a->sex), sex(b->sex)}},
        {tr("Born"), {born(*a), born(*b)}},
        {tr("Phone"), {a->phone, b->phone}},
        {tr("Household no."), {a->householdNo, b->householdNo}},
        {tr("Address"), {oneLine(a->address), oneLine(b->address)}},
        {tr("Area"), {a->area, b->area}},
        {tr("Station"), {a->station, b->station}},
        {tr("Relation"), {Vocabulary::relationLabel(a->relation), Vocabulary::relationLabel(b->relation)}},
        {tr("Registered"), {yesNo(a->registered), yesNo(b->registered)}},
        {tr("Notes"), {oneLine(a->notes), oneLine(b->notes)}},
        {tr("Screenings"), {QString::number(a->screenings), QString::number(b->screenings)}},
        {tr("Cases"), {QString::number(a->cases), QString::number(b->cases)}},
        {tr("Links"), {QString::number(a->links), QString::number(b->links)}},
    };
    m_compare->setRowCount(int(fields.size()));
    for (int r = 0; r < fields.size(); ++r) {
        const auto& [label, values] = fields.at(r);
        m_compare->setItem(r, 0, new QTableWidgetItem(label));
        auto* x = new QTableWidgetItem(values.first);
        auto* y = new QTableWidgetItem(values.second);
        if (r > 0 && values.first != values.second) { // what differs stands out
            QFont bold = x->font();
            bold.setBold(true);
            x->setFont(bold);
            y->setFont(bold);
        }
        m_compare->setItem(r, 1, x);
        m_compare->setItem(r, 2, y);
    }
    m_why->setText(tr("Why: %1 = %2 points.").arg(MatchReasons::text(pair->reasons)).arg(pair->score));
}

bool DuplicatesPage::confirm(const QString& question)
{
    if (m_confirm)
        return m_confirm(question);
    return QMessageBox::question(this, tr("Duplicates"), question, QMessageBox::Yes | QMessageBox::No,
                                 QMessageBox::No) == QMessageBox::Yes;
}

void DuplicatesPage::removePairsOf(qint64 personA, qint64 personB, bool bothOnly)
{
    QList<DuplicatePair> rows;
    for (const DuplicatePair& p : m_model->rows()) {
        const bool gone =
            bothOnly ? ((p.a.id == personA && p.b.id == personB) || (p.a.id == personB && p.b.id == personA))
                     : (p.a.id == personB || p.b.id == personB);
        if (!gone)
            rows << p;
    }
    const int at = table()->currentIndex().row();
    m_model->setRows(rows);
    if (m_model->rowCount() > 0)
        table()->selectRow(std::clamp(at, 0, m_model->rowCount() - 1));
}

bool DuplicatesPage::mergeSelected(int keepSide)
{
    const DuplicatePair* pair = selectedPair();
    if (!pair || isRunning())
        return false;
    const DuplicatePerson keep = keepSide == 0 ? pair->a : pair->b;
    const DuplicatePerson drop = keepSide == 0 ? pair->b : pair->a;
    if (!confirm(
            tr("Merge %1 into %2? Every screening, case and link of %1 moves to %2, the details %2 lacks "
               "are taken from %1, and %1 is deleted. The merge is recorded in the audit log.")
                .arg(personText(drop), personText(keep))))
        return false;
    errorLabel()->hide();
    const auto r = PersonMergeService(session().db(), session().actor()).merge(keep.id, drop.id);
    if (!r) {
        errorLabel()->setText(r.error().message);
        errorLabel()->show();
        return false;
    }
    statusLabel()->setText(tr("Merged %1 into %2: %3 screenings, %4 cases and %5 links moved.")
                               .arg(personText(drop), personText(keep))
                               .arg(r->screeningsMoved + r->screeningsDropped)
                               .arg(r->casesMoved)
                               .arg(r->linksMoved) +
                           (r->screeningsDropped > 0
                                ? QLatin1Char(' ') + tr("%n screening(s) of the same visit kept once.",
                                                        nullptr, int(r->screeningsDropped))
                                : QString()));
    removePairsOf(keep.id, drop.id, false);
    emit pairResolved(keep.id, drop.id);
    session().notifyDataChanged();
    return true;
}

bool DuplicatesPage::dismissSelected()
{
    const DuplicatePair* pair = selectedPair();
    if (!pair || isRunning())
        return false;
    const DuplicatePerson a = pair->a, b = pair->b;
    if (!confirm(tr("%1 and %2 are different people? The pair will not be proposed again.")
                     .arg(personText(a), personText(b))))
        return false;
    errorLabel()->hide();
    if (Status s = PersonMergeService(session().db(), session().actor()).dismiss(a.id, b.id); !s) {
        errorLabel()->setText(s.error().message);
        errorLabel()->show();
        return false;
    }
    statusLabel()->setText(
        tr("%1 and %2 will not be proposed as duplicates again.").arg(personText(a), personText(b)));
    removePairsOf(a.id, b.id, true);
    emit pairResolved(a.id, b.id);
    return true;
}

} // namespace hc
