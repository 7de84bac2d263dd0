#include "ui/visits/VisitEntryPage.h"

#include "core/cases/CaseService.h"
#include "core/common/Clock.h"
#include "core/common/DateText.h"
#include "core/households/HouseholdService.h"
#include "core/operations/OperationService.h"
#include "core/registry/DomainCodes.h"
#include "core/registry/Vocabulary.h"
#include "core/visits/VisitService.h"
#include "ui/common/SessionContext.h"
#include "ui/visits/PersonFoundDialog.h"
#include "ui/visits/VisitCommands.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace hc {

namespace {
// Only a completed visit screens people.
bool isCompleted(const QString& outcome)
{
    return enumOf<VisitOutcome>(outcome) == VisitOutcome::Completed;
}
} // namespace

QLayout* VisitEntryPage::buildVisitRow()
{
    auto* visitRow = new QHBoxLayout;
    m_time = new QDateTimeEdit;
    m_time->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_time->setCalendarPopup(true);
    m_outcome = new QComboBox;
    for (const QString& code : Vocabulary::codes(Vocabulary::Kind::Outcome))
        m_outcome->addItem(Vocabulary::label(Vocabulary::Kind::Outcome, code), code);
    visitRow->addWidget(new QLabel(tr("Time:")));
    visitRow->addWidget(m_time);
    visitRow->addSpacing(16);
    visitRow->addWidget(new QLabel(tr("Outcome:")));
    visitRow->addWidget(m_outcome);
    visitRow->addStretch(1);
    return visitRow;
}

QWidget* VisitEntryPage::buildTable()
{
    m_table = new QTableWidget(0, ColumnCount);
    m_table->setHorizontalHeaderLabels(
        {tr("Name"), tr("ID number"), tr("Relation"), tr("Status (keys 1-7)")});
    m_table->horizontalHeader()->setSectionResizeMode(StatusColumn, QHeaderView::Stretch);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->verticalHeader()->defaultSectionSize() * 5 / 4);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->installEventFilter(this);
    return m_table;
}

// The keys of the page, always in sight: a tired officer should not need a manual.
QWidget* VisitEntryPage::buildKeyLegend()
{
    QStringList legend;
    const QStringList statuses = Vocabulary::codes(Vocabulary::Kind::Status);
    for (int i = 0; i < statuses.size(); ++i)
        legend << QStringLiteral("%1 %2").arg(i + 1).arg(
            Vocabulary::label(Vocabulary::Kind::Status, statuses.at(i)));
    auto* keys = new QLabel(legend.join(QStringLiteral("   ")) + QLatin1Char('\n') +
                            tr("A: all remaining present    Ctrl+Enter: save and next    Ctrl+Z: undo") +
                            QLatin1Char('\n') +
                            tr("F3: next household    Away, verified: type where, Enter, then 1-4 for how "
                               "it was verified"));
    keys->setWordWrap(true);
    return keys;
}

// Details the current row's status needs: whereabouts and how verified, a date, notes.
QWidget* VisitEntryPage::buildDetails()
{
    m_details = new QGroupBox;
    auto* form = new QFormLayout(m_details);
    m_whereabouts = new QLineEdit;
    m_whereaboutsLabel = new QLabel;
    m_verifiedBy = new QComboBox;
    m_verifiedBy->addItem(tr("(choose)"), QString());
    // One key each: after the whereabouts and Enter, 1-4 says how they were verified.
    const QStringList methods = Vocabulary::codes(Vocabulary::Kind::VerifiedBy);
    for (int i = 0; i < methods.size(); ++i)
        m_verifiedBy->addItem(QStringLiteral("%1  %2").arg(i + 1).arg(
                                  Vocabulary::label(Vocabulary::Kind::VerifiedBy, methods.at(i))),
                              methods.at(i));
    m_verifiedBy->setToolTip(tr("Keys 1-%1 choose how the whereabouts were verified and return to the "
                                "residents.")
                                 .arg(methods.size()));
    m_verifiedBy->installEventFilter(this);
    m_whereabouts->installEventFilter(this);
    m_eventDate = new QDateEdit;
    m_eventDate->setCalendarPopup(true);
    m_eventDate->setSpecialValueText(tr("unknown"));
    m_notes = new QLineEdit;
    form->addRow(m_whereaboutsLabel, m_whereabouts);
    form->addRow(tr("Verified by:"), m_verifiedBy);
    form->addRow(tr("Date:"), m_eventDate);
    form->addRow(tr("Notes:"), m_notes);
    return m_details;
}

VisitEntryPage::VisitEntryPage(SessionContext& session, QWidget* parent) : QWidget(parent), m_session(session)
{
    m_undo = new QUndoStack(this);
    auto* layout = new QVBoxLayout(this);

    auto* findRow = new QHBoxLayout;
    m_find = new QLineEdit;
    m_find->setPlaceholderText(tr("Household number, then Enter"));
    auto* next = new QPushButton(tr("&Next household"));
    next->setToolTip(tr("The next household of your station not yet covered (F3)"));
    findRow->addWidget(new QLabel(tr("Household:")));
    findRow->addWidget(m_find, 1);
    findRow->addWidget(next);
    layout->addLayout(findRow);

    m_household = new QLabel(tr("Choose a household: type its number or press Next household."));
    m_household->setWordWrap(true);
    QFont big = m_household->font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    big.setBold(true);
    m_household->setFont(big);
    layout->addWidget(m_household);

    layout->addLayout(buildVisitRow());
    layout->addWidget(buildTable(), 1);
    layout->addWidget(buildKeyLegend());
    layout->addWidget(buildDetails());

    auto* buttons = new QHBoxLayout;
    auto* found = new QPushButton(tr("Add &person found here…"));
    auto* saveButton = new QPushButton(tr("&Save and next (Ctrl+Enter)"));
    saveButton->setDefault(true);
    buttons->addWidget(found);
    buttons->addStretch(1);
    buttons->addWidget(saveButton);
    layout->addLayout(buttons);
    m_message = new QLabel;
    m_message->setWordWrap(true);
    layout->addWidget(m_message);

    connect(m_find, &QLineEdit::returnPressed, this, [this] {
        auto id = HouseholdService(m_session.db(), m_session.actor()).findByNumber(m_find->text());
        if (!id) {
            showMessage(id.error().message, true);
            return;
        }
        loadHousehold(*id);
    });
    connect(next, &QPushButton::clicked, this, &VisitEntryPage::nextHousehold);
    connect(found, &QPushButton::clicked, this, &VisitEntryPage::addPersonFound);
    connect(saveButton, &QPushButton::clicked, this, [this] { save(true); });
    connect(m_outcome, &QComboBox::currentIndexChanged, this, [this] {
        const QString now = m_outcome->currentData().toString();
        if (m_loading || now == m_lastOutcome)
            return;
        m_undo->push(new SetOutcomeCommand(this, m_lastOutcome, now, tr("Outcome")));
    });
    connect(m_table, &QTableWidget::currentCellChanged, this, [this](int, int, int previous) {
        if (previous >= 0 && previous < m_rows.size()) {
            const int keep = m_table->currentRow();
            Q_UNUSED(keep);
        }
        showDetails();
    });
    for (QLineEdit* e : {m_whereabouts, m_notes})
        connect(e, &QLineEdit::textEdited, this, &VisitEntryPage::storeDetails);
    connect(m_verifiedBy, &QComboBox::activated, this, &VisitEntryPage::storeDetails);
    connect(m_eventDate, &QDateEdit::dateChanged, this, &VisitEntryPage::storeDetails);

    connect(m_whereabouts, &QLineEdit::returnPressed, this, &VisitEntryPage::whereaboutsEntered);
    installShortcuts();

    setEnabled(true);
    showDetails();
}

void VisitEntryPage::showMessage(const QString& text, bool error)
{
    m_message->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QStringLiteral("color: #1b5e20;"));
    m_message->setText(text);
}

void VisitEntryPage::loadHousehold(qint64 householdId)
{
    auto d = HouseholdService(m_session.db(), m_session.actor()).detail(householdId, m_session.operationId());
    if (!d) {
        showMessage(d.error().message, true);
        return;
    }
    m_loading = true;
    m_undo->clear();
    m_correcting = 0;
    m_correctingVersion = 0;
    m_unknownWhenLoaded.clear();
    m_householdId = householdId;
    m_householdNo = d->household.householdNo;
    m_household->setText(
        tr("%1 · %2 · %3").arg(d->household.householdNo, d->household.address, d->household.area));
    m_find->setText(d->household.householdNo);
    // Now, unless the operation is not running today (paper forms typed in afterwards): then
    // its nearest day, and the screen says so.
    const QDateTime now = Clock::instance().now();
    QDate day = now.date();
    QString dayNote;
    if (const auto op = OperationService(m_session.db(), m_session.actor()).find(m_session.operationId())) {
        if (day > op->end || day < op->start) {
            day = day > op->end ? op->end : op->start;
            dayNote =
                tr("The operation runs from %1 to %2: the visit date is set to %3; change it to the date on "
                   "the form.")
                    .arg(dateText(op->start), dateText(op->end), dateText(day));
        }
    }
    m_time->setDateTime(QDateTime(day, QTime(now.time().hour(), now.time().minute())));
    m_outcome->setCurrentIndex(m_outcome->findData(codeOf(VisitOutcome::Completed)));
    m_lastOutcome = codeOf(VisitOutcome::Completed);
    m_rows.clear();
    for (const MemberRow& m : d->members)
        m_rows << Row{m.id, m.name, m.registered ? QString() : codeOf(ScreeningStatus::UnregisteredFound),
                      {},   {},     {},
                      {}};
    m_table->setRowCount(int(m_rows.size()));
    for (int r = 0; r < m_rows.size(); ++r) {
        const MemberRow& m = d->members.at(r);
        m_table->setItem(r, NameColumn, new QTableWidgetItem(m.name));
        m_table->setItem(r, IdColumn, new QTableWidgetItem(m.idNumber));
        m_table->setItem(
            r, RelationColumn,
            new QTableWidgetItem(m.registered ? Vocabulary::relationLabel(m.relation) : tr("found here")));
        m_table->setItem(r, StatusColumn, new QTableWidgetItem);
        refreshRow(r);
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(StatusColumn, QHeaderView::Stretch);
    m_loading = false;
    m_table->setCurrentCell(0, StatusColumn);
    m_table->setFocus();
    showDetails();
    showMessage(dayNote, false);
}

bool VisitEntryPage::loadVisit(qint64 visitId)
{
    VisitService visits(m_session.db(), m_session.actor());
    if (Status may = visits.mayCorrect(visitId); !may) {
        showMessage(may.error().message, true);
        return false;
    }
    auto draft = visits.load(visitId);
    if (!draft) {
        showMessage(draft.error().message, true);
        return false;
    }
    loadHousehold(draft->householdId);
    m_loading = true;
    m_time->setDateTime(QDateTime(draft->visitedAt.date(), draft->visitedAt.time()));
    m_loading = false;
    setOutcome(draft->outcome);
    for (const ScreeningDraft& s : draft->screenings)
        for (int r = 0; r < m_rows.size(); ++r)
            if (m_rows.at(r).personId == s.personId) {
                m_rows[r] = Row{s.personId,   m_rows.at(r).name, s.status, s.whereabouts,
                                s.verifiedBy, s.eventDate,       s.notes,  s.foundHere};
                refreshRow(r);
            }
    m_correcting = visitId;
    const auto version = visits.version(visitId);
    m_correctingVersion = version ? version->number : 0;
    m_unknownWhenLoaded.clear();
    for (const ScreeningDraft& s : draft->screenings)
        if (enumOf<ScreeningStatus>(s.status) == ScreeningStatus::WhereaboutsUnknown)
            m_unknownWhenLoaded.insert(s.personId);
    showDetails();
    showMessage(
        tr("Correcting the visit of %1. Saving replaces it; the correction is kept in the household's "
           "history.")
            .arg(dateTimeText(draft->visitedAt)),
        false);
    return true;
}

bool VisitEntryPage::nextHousehold()
{
    HouseholdFilter f{m_session.operationId(), m_session.defaultStationId(), 0, Coverage::Any, {}};
    auto next = HouseholdService(m_session.db(), m_session.actor()).nextToVisit(f, m_householdNo);
    if (!next || !next->has_value()) {
        showMessage(tr("No household after %1 is waiting for a visit.").arg(m_householdNo), false);
        return false;
    }
    loadHousehold(**next);
    return true;
}

QString VisitEntryPage::status(int row) const
{
    return m_rows.value(row).status;
}

void VisitEntryPage::setStatus(int row, const QString& status)
{
    if (row < 0 || row >= m_rows.size())
        return;
    m_rows[row].status = status;
    refreshRow(row);
    if (row == m_table->currentRow())
        showDetails();
}

void VisitEntryPage::setOutcome(const QString& outcome)
{
    m_lastOutcome = outcome;
    m_loading = true;
    m_outcome->setCurrentIndex(m_outcome->findData(outcome));
    m_loading = false;
    m_table->setEnabled(isCompleted(outcome));
    showDetails();
}

void VisitEntryPage::refreshRow(int row)
{
    QTableWidgetItem* item = m_table->item(row, StatusColumn);
    if (!item)
        return;
    const QString s = m_rows.at(row).status;
    const std::optional<ScreeningStatus> status = enumOf<ScreeningStatus>(s);
    item->setText(s.isEmpty() ? tr("— press 1-7 —") : Vocabulary::label(Vocabulary::Kind::Status, s));
    item->setForeground(
        s.isEmpty()                          ? QColor(0x9e, 0x9e, 0x9e)
        : status == ScreeningStatus::Present ? QColor(0x1b, 0x5e, 0x20)
        : (status == ScreeningStatus::WhereaboutsUnknown || status == ScreeningStatus::AwayUnverified)
            ? QColor(0xb0, 0x00, 0x20)
            : QColor(0x0d, 0x47, 0xa1));
}

void VisitEntryPage::showDetails()
{
    const int row = m_table->currentRow();
    const bool any = row >= 0 && row < m_rows.size() && m_table->isEnabled();
    m_details->setVisible(any);
    if (!any)
        return;
    const Row& r = m_rows.at(row);
    m_details->setTitle(tr("Details for %1").arg(r.name));
    const std::optional<ScreeningStatus> status = enumOf<ScreeningStatus>(r.status);
    const bool away = status == ScreeningStatus::AwayVerified;
    const bool moved = status == ScreeningStatus::MovedOut;
    const bool dated = status == ScreeningStatus::Deceased || moved;
    m_whereaboutsLabel->setText(moved ? tr("Destination:") : tr("Where:"));
    m_whereabouts->setVisible(away || moved);
    m_whereaboutsLabel->setVisible(away || moved);
    m_verifiedBy->setVisible(away);
    if (auto* l = qobject_cast<QFormLayout*>(m_details->layout())) {
        l->setRowVisible(m_verifiedBy, away);
        l->setRowVisible(m_eventDate, dated);
        l->setRowVisible(m_whereabouts, away || moved);
    }
    const QSignalBlocker b1(m_whereabouts), b2(m_verifiedBy), b3(m_eventDate), b4(m_notes);
    m_whereabouts->setText(r.whereabouts);
    m_verifiedBy->setCurrentIndex(std::max(0, m_verifiedBy->findData(r.verifiedBy)));
    m_eventDate->setMinimumDate(QDate(1900, 1, 1));
    m_eventDate->setDate(r.eventDate.isValid() ? r.eventDate : m_eventDate->minimumDate());
    m_notes->setText(r.notes);
}

void VisitEntryPage::storeDetails()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_rows.size())
        return;
    Row& r = m_rows[row];
    r.whereabouts = m_whereabouts->text();
    r.verifiedBy = m_verifiedBy->currentData().toString();
    r.eventDate = m_eventDate->date() == m_eventDate->minimumDate() ? QDate() : m_eventDate->date();
    r.notes = m_notes->text();
}

int VisitEntryPage::appendRow(const Row& row, const QString& idNumber, const QString& relation)
{
    m_rows << row;
    const int r = m_table->rowCount();
    m_table->insertRow(r);
    m_table->setItem(r, NameColumn, new QTableWidgetItem(row.name));
    m_table->setItem(r, IdColumn, new QTableWidgetItem(idNumber));
    m_table->setItem(r, RelationColumn, new QTableWidgetItem(relation));
    m_table->setItem(r, StatusColumn, new QTableWidgetItem);
    refreshRow(r);
    return r;
}

bool VisitEntryPage::addRegisteredElsewhere(const QString& idNumber)
{
    auto found = VisitService(m_session.db(), m_session.actor()).findRegistered(idNumber);
    if (!found) {
        showMessage(found.error().message, true);
        return false;
    }
    for (const Row& r : std::as_const(m_rows))
        if (r.personId == found->id) {
            showMessage(tr("%1 is already in this visit.").arg(found->name), true);
            return false;
        }
    Row row;
    row.personId = found->id;
    row.name = found->name;
    row.foundHere = true;
    const int r = appendRow(row, idNumber.trimmed(), tr("registered at %1").arg(found->householdNo));
    m_table->setCurrentCell(r, StatusColumn);
    m_table->setFocus();
    showMessage(tr("%1 (registered at %2) was added to this visit.").arg(found->name, found->householdNo),
                false);
    return true;
}

void VisitEntryPage::addPersonFound()
{
    if (!m_householdId)
        return;
    PersonFoundDialog dialog(m_session, m_householdId, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (dialog.registeredElsewhere()) {
        addRegisteredElsewhere(dialog.idNumberEdit()->text());
        return;
    }
    const qint64 keep = m_householdId;
    QList<Row> entered = m_rows; // keep what was already entered
    loadHousehold(keep);
    for (Row& r : m_rows)
        for (const Row& old : entered)
            if (old.personId == r.personId)
                r = old;
    for (const Row& old : entered)
        if (old.foundHere)
            appendRow(old, QString(), tr("registered elsewhere"));
    for (int r = 0; r < m_rows.size(); ++r)
        refreshRow(r);
    showMessage(tr("%1 was added to the household.").arg(dialog.personName()), false);
}

// Asks, for each person whose whereabouts are unknown, whether to open a case with the visit
// (not again for one who was already unknown in the visit being corrected).
void VisitEntryPage::askForCases(VisitDraft& d)
{
    for (int r = 0; r < d.screenings.size(); ++r) {
        ScreeningDraft& s = d.screenings[r];
        if (enumOf<ScreeningStatus>(s.status) != ScreeningStatus::WhereaboutsUnknown ||
            m_unknownWhenLoaded.contains(s.personId))
            continue;
        const QString name = m_rows.at(r).name;
        s.openCase = m_askCase
                         ? m_askCase(name)
                         : QMessageBox::question(this, tr("Open a missing-person case?"),
                                                 tr("%1's whereabouts are unknown. Open a missing-person "
                                                    "case now?")
                                                     .arg(name),
                                                 QMessageBox::Yes | QMessageBox::No,
                                                 QMessageBox::Yes) == QMessageBox::Yes;
    }
}

// Puts the cursor on the field the error names and says what is wrong.
bool VisitEntryPage::showSaveError(const Error& error)
{
    const QString field = error.field;
    if (field.startsWith(u"screenings[")) {
        const int row = field.mid(11, field.indexOf(u']') - 11).toInt();
        m_table->setCurrentCell(row, StatusColumn);
        if (field.endsWith(u"whereabouts"))
            m_whereabouts->setFocus();
        else if (field.endsWith(u"verified_by"))
            m_verifiedBy->setFocus();
    } else if (field == u"visited_at") {
        m_time->setFocus();
    }
    showMessage(error.message, true);
    return false;
}

bool VisitEntryPage::ask(Question question, const QString& message)
{
    if (m_askSave)
        return m_askSave(question, message);
    QMessageBox box(this);
    box.setIcon(QMessageBox::Warning);
    box.setText(message);
    QPushButton* yes = nullptr;
    if (question == Question::RetryUnreachable) {
        box.setWindowTitle(tr("The server cannot be reached"));
        box.setInformativeText(tr("Your entries are kept in the form. Try again now, or later with Save."));
        yes = box.addButton(tr("&Try again"), QMessageBox::AcceptRole);
        box.addButton(tr("&Later"), QMessageBox::RejectRole);
    } else {
        box.setWindowTitle(tr("The visit was corrected meanwhile"));
        yes = box.addButton(tr("&Keep my entries"), QMessageBox::AcceptRole);
        box.setDefaultButton(box.addButton(tr("&Show the current version"), QMessageBox::RejectRole));
    }
    box.exec();
    return box.clickedButton() == yes;
}

void VisitEntryPage::resolveStaleCorrection(const Error& error)
{
    const qint64 visitId = m_correcting;
    if (!ask(Question::KeepMineOverNewer, error.message)) {
        loadVisit(visitId);
        showMessage(error.message, true);
        return;
    }
    // The user has seen that a newer version exists and keeps theirs: the next save replaces
    // that version (and only that one) with the form.
    const auto current = VisitService(m_session.db(), m_session.actor()).version(visitId);
    if (!current) {
        showMessage(current.error().message, true);
        return;
    }
    m_correctingVersion = current->number;
    showMessage(tr("Your entries are kept. Save again to replace version %1 with them.").arg(current->number),
                true);
}

bool VisitEntryPage::save(bool thenNext)
{
    if (!m_householdId) {
        showMessage(tr("Choose a household first."), true);
        return false;
    }
    storeDetails();
    VisitDraft d;
    d.operationId = m_session.operationId();
    d.householdId = m_householdId;
    d.visitedAt = QDateTime(m_time->date(), m_time->time(), Qt::UTC); // wall-clock time
    d.outcome = m_outcome->currentData().toString();
    if (isCompleted(d.outcome)) {
        for (int r = 0; r < m_rows.size(); ++r) {
            const Row& row = m_rows.at(r);
            if (row.status.isEmpty()) {
                m_table->setCurrentCell(r, StatusColumn);
                m_table->setFocus();
                showMessage(tr("Row %1 (%2): set a status (keys 1-7, or A for all remaining present).")
                                .arg(r + 1)
                                .arg(row.name),
                            true);
                return false;
            }
            d.screenings << ScreeningDraft{row.personId,  row.status, row.whereabouts, row.verifiedBy,
                                           row.eventDate, row.notes,  row.foundHere};
        }
    }
    VisitService visits(m_session.db(), m_session.actor());
    if (Status s = visits.validate(d); !s)
        return showSaveError(s.error());
    askForCases(d);
    const auto saved = visits.save(d, m_correcting, m_correcting ? m_correctingVersion : 0);
    if (!saved && saved.error().kind == Error::Kind::Unreachable) {
        // The form stays as typed; nothing of it was saved. Retrying connects again.
        showMessage(saved.error().message, true);
        if (ask(Question::RetryUnreachable, saved.error().message))
            return save(thenNext);
        return false;
    }
    if (!saved && saved.error().field == u"version") {
        resolveStaleCorrection(saved.error());
        return false;
    }
    if (!saved)
        return showSaveError(saved.error());
    QStringList done{m_correcting ? tr("Corrected the visit to %1.").arg(m_householdNo)
                                  : tr("Saved the visit to %1.").arg(m_householdNo)};
    done << saved->caseNotes;
    m_correcting = 0;
    m_correctingVersion = 0;
    m_unknownWhenLoaded.clear();
    m_session.notifyDataChanged();
    emit visitSaved(saved->visitId);
    const QString message = done.join(QLatin1Char(' '));
    if (thenNext)
        nextHousehold();
    showMessage(message, false);
    return true;
}

} // namespace hc
