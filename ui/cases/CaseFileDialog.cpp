#include "ui/cases/CaseFileDialog.h"

#include "core/actions/ActionService.h"
#include "core/common/Clock.h"
#include "core/common/DateText.h"
#include "core/links/LinkVocabulary.h"
#include "core/registry/DomainCodes.h"
#include "core/registry/Vocabulary.h"
#include "ui/actions/ActionDraftForm.h"
#include "ui/actions/CaseActionsTab.h"
#include "ui/attachments/AttachmentsPanel.h"
#include "ui/cases/CaseDetailsForm.h"
#include "ui/cases/CaseOfficerBar.h"
#include "ui/cases/FoundPersonDialog.h"
#include "ui/cases/MarksEditor.h"
#include "ui/common/InlineError.h"
#include "ui/common/RecordRows.h"
#include "ui/common/RowsModel.h"
#include "ui/common/SessionContext.h"
#include "ui/crimes/CaseCrimesTab.h"
#include "ui/crimes/ReunionBox.h"
#include "ui/matching/MatchCandidatesDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace hc {

namespace {
QTableWidget* makeTable(const QStringList& headers)
{
    auto* t = new QTableWidget(0, int(headers.size()));
    t->setHorizontalHeaderLabels(headers);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
    t->setWordWrap(true);
    return t;
}
void setRow(QTableWidget* t, int row, const QStringList& cells)
{
    for (int c = 0; c < cells.size(); ++c)
        t->setItem(row, c, new QTableWidgetItem(cells.at(c)));
}
QDateTime wallNow()
{
    const QDateTime now = Clock::instance().now();
    return QDateTime(now.date(), QTime(now.time().hour(), now.time().minute()));
}
} // namespace

CaseFileDialog::CaseFileDialog(SessionContext& session, qint64 caseId, QWidget* parent)
    : QDialog(parent), m_session(session), m_caseId(caseId)
{
    m_mayEdit = service().mayEdit();
    setWindowTitle(tr("Case file"));
    m_header = new QLabel;
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont big = m_header->font();
    big.setPointSizeF(big.pointSizeF() * 1.2);
    big.setBold(true);
    m_header->setFont(big);
    m_overdue = new QLabel;
    m_overdue->setStyleSheet(QStringLiteral("color: #a04000; font-weight: bold;"));
    m_readOnlyNote =
        new QLabel(tr("Read only: %1").arg(Roles::deniedMessage(m_session.actor(), tr("edit cases"))));
    m_readOnlyNote->setWordWrap(true);
    m_readOnlyNote->setVisible(!m_mayEdit);
    m_loadError = makeErrorLabel();
    m_status = new QLabel;

    m_tabs = new QTabWidget;
    m_tabs->addTab(buildDetails(), tr("&Details"));
    m_tabs->addTab(buildTimeline(), tr("&Timeline"));
    m_tabs->addTab(buildLinks(), tr("&Links"));
    m_tabs->addTab(buildOutcome(), tr("&Outcome"));
    m_actions = new CaseActionsTab(m_session, m_caseId);
    m_tabs->addTab(m_actions, tr("Act&ions"));
    m_crimes = new CaseCrimesTab(m_session, m_caseId);
    m_tabs->addTab(m_crimes, tr("C&rimes"));
    m_attachments = new AttachmentsPanel(m_session, AttachmentOwner::ofCase(m_caseId));
    m_tabs->addTab(m_attachments, tr("&Photos and documents"));
    connect(m_crimes, &CaseCrimesTab::changed, this, [this] { emit caseChanged(m_caseId); });
    connect(m_actions, &CaseActionsTab::changed, this, [this] {
        reload();
        emit caseChanged(m_caseId);
    });
    m_officerBar = new CaseOfficerBar(m_session);
    connect(m_officerBar, &CaseOfficerBar::assigned, this, [this] {
        reload();
        m_status->setText(tr("Officer in charge assigned."));
        emit caseChanged(m_caseId);
    });

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Missing vs found: rank the found-person records against this case's subject.
    if (m_session.actor().can(Right::EditCases)) {
        auto* match = buttons->addButton(tr("&Match with found persons…"), QDialogButtonBox::ActionRole);
        match->setAutoDefault(false);
        connect(match, &QPushButton::clicked, this, [this] {
            // A candidate opens through the session (ui/common/RecordRows).
            MatchCandidatesDialog::showForCase(m_session, m_caseId, this);
        });
    }
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addWidget(m_officerBar);
    layout->addWidget(m_overdue);
    layout->addWidget(m_readOnlyNote);
    layout->addWidget(m_loadError);
    layout->addWidget(m_tabs, 1);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_status, 1);
    bottom->addWidget(buttons);
    layout->addLayout(bottom);
    resize(760, 640);
    reload();
}

CaseService CaseFileDialog::service() const
{
    return CaseService(m_session.db(), m_session.actor());
}

QWidget* CaseFileDialog::buildDetails()
{
    m_details = new CaseDetailsForm(m_session.db(), m_session.actor());
    m_details->setReadOnly(!m_mayEdit);
    // The missing person's identifying marks, saved with the details.
    m_marks = new MarksEditor;
    m_marks->setReadOnly(!m_mayEdit);
    auto* marks = new QGroupBox(tr("Identifying marks"));
    (new QVBoxLayout(marks))->addWidget(m_marks);
    auto* fields = new QWidget;
    auto* fieldsLayout = new QVBoxLayout(fields);
    fieldsLayout->setContentsMargins(0, 0, 0, 0);
    fieldsLayout->addWidget(m_details);
    fieldsLayout->addWidget(marks);
    auto* scroll = new QScrollArea;
    scroll->setWidget(fields);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_save = new QPushButton(tr("&Save details"));
    m_save->setVisible(m_mayEdit);
    connect(m_save, &QPushButton::clicked, this, &CaseFileDialog::saveDetails);
    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(scroll, 1);
    auto* row = new QHBoxLayout;
    auto* required = new QLabel(tr("* required"));
    required->setVisible(m_mayEdit);
    row->addWidget(required);
    row->addStretch(1);
    row->addWidget(m_save);
    layout->addLayout(row);
    return page;
}

QWidget* CaseFileDialog::buildTimeline()
{
    m_leads = makeTable({tr("Time"), tr("Kind"), tr("What happened"), tr("Source"), tr("Officer")});
    m_leadKind = new QComboBox;
    for (const QString& code : Vocabulary::codes(Vocabulary::Kind::LeadKind))
        m_leadKind->addItem(Vocabulary::label(Vocabulary::Kind::LeadKind, code), code);
    m_leadTime = new QDateTimeEdit;
    m_leadTime->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_leadTime->setCalendarPopup(true);
    m_leadTime->setDateTime(wallNow());
    m_leadText = new QLineEdit;
    m_leadText->setPlaceholderText(tr("What was seen, said or done"));
    m_leadSource = new QLineEdit;
    m_leadSource->setPlaceholderText(tr("Who or what it came from (caller's number, camera, ...)"));
    m_addLead = new QPushButton(tr("&Add lead"));
    m_addLead->setDefault(false);
    m_addLead->setAutoDefault(false);
    connect(m_addLead, &QPushButton::clicked, this, &CaseFileDialog::addLead);
    connect(m_leadText, &QLineEdit::returnPressed, this, &CaseFileDialog::addLead);
    m_leadError = makeErrorLabel();
    m_leadErrors.setFallback(m_leadError);

    auto* form = new QFormLayout;
    form->addRow(tr("&When:"), m_leadErrors.wrap(QStringLiteral("at"), m_leadTime));
    form->addRow(tr("&Kind:"), m_leadErrors.wrap(QStringLiteral("kind"), m_leadKind));
    form->addRow(tr("&Lead:"), m_leadErrors.wrap(QStringLiteral("text"), m_leadText));
    form->addRow(tr("So&urce:"), m_leadErrors.wrap(QStringLiteral("source"), m_leadSource));
    auto* add = new QWidget;
    auto* addLayout = new QVBoxLayout(add);
    addLayout->setContentsMargins(0, 0, 0, 0);
    addLayout->addLayout(form);
    addLayout->addWidget(buildLeadAction());
    auto* row = new QHBoxLayout;
    row->addWidget(m_leadError, 1);
    row->addWidget(m_addLead);
    addLayout->addLayout(row);
    add->setVisible(m_mayEdit);

    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_leads, 1);
    layout->addWidget(add);
    return page;
}

QWidget* CaseFileDialog::buildLeadAction()
{
    // A lead often asks for something to be done: the action is raised with it, in one go.
    m_leadAction = new QCheckBox(tr("Also raise an action from this lead"));
    m_leadActionForm = new ActionDraftForm(m_session);
    m_leadActionForm->errors().setFallback(m_leadError);
    m_leadActionForm->setVisible(false);
    connect(m_leadAction, &QCheckBox::toggled, m_leadActionForm, &QWidget::setVisible);
    auto* box = new QWidget;
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_leadAction);
    layout->addWidget(m_leadActionForm);
    return box;
}

QWidget* CaseFileDialog::buildLinks()
{
    m_links = makeTable({tr("Linked to"), tr("Entity"), tr("Link"), tr("Confidence"), tr("Note")});
    // A linked case opens its case file, a household or a person the household (Enter or a
    // double-click); the entity's kind and key are kept with the row's first cell.
    openRecordsOnActivate(m_links, m_session, [](const QModelIndex& index) {
        const QModelIndex first = index.siblingAtColumn(0);
        return recordOfEntity(first.data(Qt::UserRole).toString(), first.data(Qt::UserRole + 1).toString());
    });
    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_links);
    return page;
}

QWidget* CaseFileDialog::buildOutcome()
{
    m_outcomeNow = new QLabel;
    m_outcomeNow->setWordWrap(true);
    m_outcome = new QComboBox;
    for (CaseStatus status : {CaseStatus::FoundAlive, CaseStatus::Rescued, CaseStatus::FoundDeceased,
                              CaseStatus::ClosedOther, CaseStatus::Duplicate})
        m_outcome->addItem(labelOf(status), codeOf(status));
    // Nothing is chosen until the user chooses: closing without a choice is refused at the field.
    m_outcome->setPlaceholderText(tr("Choose how the case ended"));
    m_outcome->setCurrentIndex(-1);
    m_outcomeDate = new QDateEdit;
    m_outcomeDate->setCalendarPopup(true);
    m_outcomeDate->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_outcomeDate->setDate(Clock::instance().now().date());
    m_duplicateOf = new QLineEdit;
    m_duplicateOf->setPlaceholderText(tr("e.g. SZ2026-00042"));
    m_close = new QPushButton(tr("&Close case with this outcome"));
    m_close->setAutoDefault(false);
    connect(m_close, &QPushButton::clicked, this, &CaseFileDialog::closeCase);
    m_reopen = new QPushButton(tr("Re&open case"));
    m_reopen->setAutoDefault(false);
    connect(m_reopen, &QPushButton::clicked, this, &CaseFileDialog::reopenCase);
    m_outcomeError = makeErrorLabel();
    m_outcomeErrors.setFallback(m_outcomeError);
    connect(m_outcome, &QComboBox::currentIndexChanged, this, &CaseFileDialog::updateOutcomeInputs);

    auto* form = new QFormLayout;
    form->addRow(tr("Outcome:"), m_outcomeErrors.wrap(QStringLiteral("status"), m_outcome));
    form->addRow(tr("Outcome &date:"), m_outcomeErrors.wrap(QStringLiteral("outcome_date"), m_outcomeDate));
    form->addRow(tr("Duplicate &of case:"),
                 m_outcomeErrors.wrap(QStringLiteral("duplicate_of"), m_duplicateOf));
    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_outcomeNow);
    layout->addLayout(form);
    layout->addWidget(m_outcomeError);
    auto* row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(m_reopen);
    row->addWidget(m_close);
    layout->addLayout(row);
    // Crimes are records of their own (the Crimes tab); the reunion is recorded here once the
    // person is found alive or rescued.
    m_reunion = new ReunionBox(m_session, m_caseId);
    connect(m_reunion, &ReunionBox::changed, this, [this](const QString& message) {
        reload();
        m_status->setText(message);
        emit caseChanged(m_caseId);
    });
    layout->addWidget(m_reunion);
    layout->addStretch(1);
    return page;
}

bool CaseFileDialog::reload()
{
    auto file = service().load(m_caseId);
    if (!file) {
        m_loadError->setText(file.error().message);
        m_loadError->show();
        m_tabs->setEnabled(false);
        return false;
    }
    m_loadError->hide();
    m_tabs->setEnabled(true);
    const bool wasOpen = !m_file.caseNo.isEmpty() && !m_file.isClosed();
    m_file = std::move(file).value();
    showFile();
    // A case just loaded or reopened starts with no outcome chosen; a choice made while the
    // case stays open (e.g. before adding a lead) is kept.
    if (!m_file.isClosed() && !wasOpen)
        m_outcome->setCurrentIndex(-1);
    return true;
}

void CaseFileDialog::showFile()
{
    const CaseFile& c = m_file;
    setWindowTitle(tr("Case file %1 – %2").arg(c.caseNo, c.fields.subjectName));
    m_header->setText(tr("%1  %2  ·  %3  ·  %4")
                          .arg(c.caseNo, c.fields.subjectName,
                               Vocabulary::label(Vocabulary::Kind::CaseStatus, c.status),
                               Vocabulary::label(Vocabulary::Kind::RiskLevel, c.fields.risk)));
    m_header->setToolTip(tr("Opened %1 from: %2; operation: %3")
                             .arg(wallClockText(c.openedAt),
                                  Vocabulary::label(Vocabulary::Kind::CaseSource, c.source),
                                  c.operationName.isEmpty() ? tr("none") : c.operationName));
    m_overdue->setText(c.overdue ? tr("⚠ Overdue: no lead for %1 days or more.").arg(kOverdueDays)
                                 : QString());
    m_overdue->setVisible(c.overdue);
    m_details->setFields(c.fields);
    if (const auto marks = service().marks(c.id); marks)
        m_marks->setMarks(*marks);

    showTimeline();

    m_links->setRowCount(int(c.links.size()));
    for (int i = 0; i < c.links.size(); ++i) {
        const CaseLink& l = c.links.at(i);
        setRow(m_links, i,
               {LinkVocabulary::entityLabel(l.otherKind), l.otherLabel, LinkVocabulary::linkLabel(l.kind),
                QString::number(l.confidence, 'f', 2), l.note});
        m_links->item(i, 0)->setData(Qt::UserRole, l.otherKind);
        m_links->item(i, 0)->setData(Qt::UserRole + 1, l.otherKey);
    }
    m_links->resizeColumnsToContents();
    m_tabs->setTabText(2, tr("&Links (%1)").arg(c.links.size()));

    const bool closed = c.isClosed();
    if (closed) {
        QString text =
            tr("Closed: %1 on %2.")
                .arg(Vocabulary::label(Vocabulary::Kind::CaseStatus, c.status), dateText(c.outcomeDate));
        if (!c.duplicateOfCaseNo.isEmpty())
            text += QLatin1Char(' ') + tr("Duplicate of %1.").arg(c.duplicateOfCaseNo);
        m_outcomeNow->setText(text);
        m_outcome->setCurrentIndex(std::max(0, m_outcome->findData(c.status)));
        m_outcomeDate->setDate(c.outcomeDate);
        m_duplicateOf->setText(c.duplicateOfCaseNo);
    } else {
        m_outcomeNow->setText(
            m_mayEdit ? tr("The case is %1. When it ends, record the outcome here.")
                            .arg(Vocabulary::label(Vocabulary::Kind::CaseStatus, c.status))
                      : tr("The case is %1.").arg(Vocabulary::label(Vocabulary::Kind::CaseStatus, c.status)));
    }
    m_close->setVisible(m_mayEdit && !closed);
    m_reopen->setVisible(closed && service().mayReopen());
    m_reunion->showCase(c);
    const int crimes = m_crimes->reload();
    m_tabs->setTabText(m_tabs->indexOf(m_crimes),
                       crimes > 0 ? tr("C&rimes (%1)").arg(crimes) : tr("C&rimes"));
    updateOutcomeInputs();
}

void CaseFileDialog::showTimeline()
{
    // The leads and the steps of the case's actions, newest first.
    const auto entries = ActionService(m_session.db(), m_session.actor()).timeline(m_file);
    const QList<TimelineEntry> rows = entries ? *entries : QList<TimelineEntry>();
    m_leads->setRowCount(int(rows.size()));
    for (int i = 0; i < rows.size(); ++i) {
        const TimelineEntry& e = rows.at(i);
        setRow(m_leads, i, {wallClockText(e.at), e.label, e.text, e.source, e.officer});
    }
    m_leads->resizeColumnsToContents();
    m_tabs->setTabText(1, tr("&Timeline (%1)").arg(rows.size()));
    m_officerBar->setFile(m_file);
    m_actions->reload(!m_file.isClosed());
}

void CaseFileDialog::updateOutcomeInputs()
{
    const bool editable = m_mayEdit && !m_file.isClosed();
    const bool duplicate = enumOf<CaseStatus>(m_outcome->currentData().toString()) == CaseStatus::Duplicate;
    m_outcome->setEnabled(editable);
    m_outcomeDate->setReadOnly(!editable);
    m_duplicateOf->setReadOnly(!editable || !duplicate);
    m_duplicateOf->setEnabled(duplicate);
}

void CaseFileDialog::saveDetails()
{
    m_status->clear();
    if (const QList<Error> missing = m_details->missing(); !missing.isEmpty()) {
        m_tabs->setCurrentIndex(0);
        m_details->errors().show(missing);
        return;
    }
    // The marks are checked first, so a bad one leaves the details unsaved too.
    const QList<IdentifyingMark> marks = m_marks->marks();
    Status s = MarkVocabulary::validate(marks);
    if (s)
        s = service().update(m_caseId, m_details->fields());
    if (s)
        s = service().setMarks(m_caseId, marks);
    if (!s) {
        m_tabs->setCurrentIndex(0);
        if (s.error().field.startsWith(u"mark_"))
            m_status->setText(s.error().message);
        else
            m_details->errors().show(s.error());
        return;
    }
    m_details->errors().clear();
    reload();
    m_status->setText(tr("Details saved."));
    emit caseChanged(m_caseId);
}

void CaseFileDialog::addLead()
{
    m_status->clear();
    LeadDraft d;
    const QDateTime t = m_leadTime->dateTime();
    d.at = QDateTime(t.date(), t.time(), Qt::UTC); // wall-clock convention of core
    d.kind = m_leadKind->currentData().toString();
    d.text = m_leadText->text();
    d.source = m_leadSource->text();
    const bool withAction = m_leadAction->isChecked();
    m_leadActionForm->errors().clear();
    const auto r = withAction ? ActionService(m_session.db(), m_session.actor())
                                    .raiseWithLead(d, m_leadActionForm->draft(m_caseId))
                              : service().addLead(m_caseId, d);
    if (!r) {
        const QStringList actionFields{QStringLiteral("what"), QStringLiteral("allocated_to"),
                                       QStringLiteral("due"), QStringLiteral("priority")};
        if (actionFields.contains(r.error().field))
            m_leadActionForm->errors().show(r.error());
        else
            m_leadErrors.show(r.error());
        return;
    }
    m_leadErrors.clear();
    if (withAction) {
        m_leadActionForm->reset();
        m_leadAction->setChecked(false);
    }
    m_leadText->clear();
    m_leadSource->clear();
    m_leadTime->setDateTime(wallNow());
    reload();
    m_status->setText(withAction
                          ? tr("Lead added to the timeline; action %1 raised.").arg(ActionService::number(*r))
                          : tr("Lead added to the timeline."));
    emit caseChanged(m_caseId);
}

void CaseFileDialog::closeCase()
{
    m_status->clear();
    CaseOutcome o;
    o.status = m_outcome->currentData().toString();
    o.date = m_outcomeDate->date();
    const bool duplicate = enumOf<CaseStatus>(o.status) == CaseStatus::Duplicate;
    o.duplicateOfCaseNo = duplicate ? m_duplicateOf->text() : QString();
    const Status s = service().setOutcome(m_caseId, o);
    if (!s) {
        m_outcomeErrors.show(s.error());
        return;
    }
    m_outcomeErrors.clear();
    reload();
    m_status->setText(tr("Case closed: %1.").arg(Vocabulary::label(Vocabulary::Kind::CaseStatus, o.status)));
    emit caseChanged(m_caseId);
}

void CaseFileDialog::reopenCase()
{
    m_status->clear();
    const Status s = service().reopen(m_caseId);
    if (!s) {
        m_outcomeErrors.show(s.error());
        return;
    }
    m_outcomeErrors.clear();
    reload();
    m_status->setText(tr("Case reopened; the outcome was cleared."));
    emit caseChanged(m_caseId);
}

} // namespace hc
