#include "ui/cases/CasesPage.h"

#include "core/cases/CaseService.h"
#include "core/households/HouseholdService.h"
#include "core/registry/DomainCodes.h"
#include "core/registry/Vocabulary.h"
#include "ui/cases/CaseDetailsForm.h"
#include "ui/cases/CaseFileDialog.h"
#include "ui/cases/PublicReportDialog.h"
#include "ui/common/OfficerChooser.h"
#include "ui/common/SessionContext.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFont>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTimer>

namespace hc {

namespace {
const QColor kOverdueText(0xa0, 0x40, 0x00);
const QColor kOverdueBack(0xff, 0xf1, 0xdc);
} // namespace

CasesPage::CasesPage(SessionContext& session, QWidget* parent) : ListPage(session, SummaryAt::Buttons, parent)
{
    using M = RowsModel<CaseRow>;
    const M::Cell overdueMark = [](const CaseRow& r, int role) -> QVariant {
        if (role == Qt::DisplayRole)
            return r.overdue ? tr("⚠ Overdue") : QString();
        if (role == Qt::ToolTipRole && r.overdue)
            return tr("No lead for %1 days or more while the case is open.").arg(kOverdueDays);
        return {};
    };
    m_model = new M(
        {
            {tr("Case no."), M::text([](const CaseRow& r) { return r.caseNo; })},
            {tr("Subject"), M::text([](const CaseRow& r) { return r.subject; })},
            {tr("Age"),
             M::text([](const CaseRow& r) { return r.age >= 0 ? QString::number(r.age) : QString(); })},
            {tr("Station"), M::text([](const CaseRow& r) { return r.station; })},
            {tr("Opened"), M::text([](const CaseRow& r) { return r.openedAt.left(10); })},
            {tr("Days open"), M::number([](const CaseRow& r) { return r.daysOpen; })},
            {tr("Last lead"), M::text([](const CaseRow& r) {
                 return r.lastLeadAt.isEmpty()
                            ? tr("none")
                            : tr("%1 (%2)").arg(
                                  wallClockText(r.lastLeadAt),
                                  Vocabulary::label(Vocabulary::Kind::LeadKind, r.lastLeadKind));
             })},
            {tr("Status"), M::text([](const CaseRow& r) {
                 return Vocabulary::label(Vocabulary::Kind::CaseStatus, r.status);
             })},
            {tr("Risk"), M::text([](const CaseRow& r) {
                 return Vocabulary::label(Vocabulary::Kind::RiskLevel, r.risk);
             })},
            {tr("Overdue"), overdueMark},
            {tr("Officer in charge"), M::text([](const CaseRow& r) { return r.officer; })},
        },
        this);
    // Overdue cases stand out in the whole row: bold, a warning colour, and the marker column.
    m_model->setRowData([](const CaseRow& r, int role) -> QVariant {
        if (!r.overdue)
            return {};
        if (role == Qt::FontRole) {
            QFont f;
            f.setBold(true);
            return f;
        }
        if (role == Qt::ForegroundRole)
            return kOverdueText;
        if (role == Qt::BackgroundRole)
            return kOverdueBack;
        return {};
    });

    table()->setModel(m_model);
    setRowKey([this](int row) { return m_model->row(row).id; });
    connect(this, &ListPage::rowActivated, this, &CasesPage::openCurrent);
    buildFilterBar();

    m_open = new QPushButton(tr("Open &case file"));
    connect(m_open, &QPushButton::clicked, this, &CasesPage::openCurrent);
    m_newReport = new QPushButton(tr("&New case from public report…"));
    m_newReport->setVisible(CaseService(session.db(), session.actor()).mayEdit());
    connect(m_newReport, &QPushButton::clicked, this, &CasesPage::newPublicReport);
    buttonRow()->addWidget(m_open);
    buttonRow()->addWidget(m_newReport);

    connect(&session, &SessionContext::dataChanged, this, &CasesPage::refresh);
}

void CasesPage::buildFilterBar()
{
    m_status = new QComboBox;
    m_status->addItem(tr("Open or investigating"),
                      QStringList{codeOf(CaseStatus::Open), codeOf(CaseStatus::Investigating)});
    m_status->addItem(tr("All statuses"), QStringList());
    for (const QString& code : Vocabulary::codes(Vocabulary::Kind::CaseStatus))
        m_status->addItem(Vocabulary::label(Vocabulary::Kind::CaseStatus, code), QStringList{code});
    m_risk = new QComboBox;
    m_risk->addItem(tr("Any risk"), QString());
    for (const QString& code : Vocabulary::codes(Vocabulary::Kind::RiskLevel))
        m_risk->addItem(Vocabulary::label(Vocabulary::Kind::RiskLevel, code), code);
    m_station = new QComboBox;
    m_station->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    const Actor actor = session().actor();
    const bool allStations = actor.can(Right::EditCases) || actor.can(Right::ViewAllStations);
    if (allStations)
        m_station->addItem(tr("All stations"), qint64(0));
    for (const StationRow& s : HouseholdService(session().db(), session().actor()).stations())
        if (allStations || s.id == actor.stationId)
            m_station->addItem(s.name, s.id);
    m_station->setEnabled(m_station->count() > 1);
    m_source = new QComboBox;
    m_source->addItem(tr("Any source"), QString());
    for (const QString& code : Vocabulary::codes(Vocabulary::Kind::CaseSource))
        m_source->addItem(Vocabulary::label(Vocabulary::Kind::CaseSource, code), code);
    m_from = makeOptionalDateEdit(tr("Any"));
    m_to = makeOptionalDateEdit(tr("Any"));
    m_search = new QLineEdit;
    m_search->setPlaceholderText(tr("Case no., name or caller's phone"));
    m_search->setClearButtonEnabled(true);
    m_overdue = new QCheckBox(tr("O&verdue only"));
    m_mine = new QCheckBox(tr("&My cases"));
    m_mine->setToolTip(tr("The cases you are the officer in charge of."));
    m_officer = new OfficerChooser(tr("Any officer"));
    QList<OfficerChooser::Choice> officers;
    if (const auto list = CaseService(session().db(), actor).officers())
        for (const CaseOfficer& o : *list)
            officers << OfficerChooser::Choice{o.id, o.name, o.badge};
    m_officer->setChoices(officers);
    connect(m_officer, &OfficerChooser::officerChanged, this, &CasesPage::refresh);
    connect(m_mine, &QCheckBox::toggled, this, [this](bool mine) {
        m_officer->setEnabled(!mine);
        refresh();
    });
    // Typing refreshes once the user pauses, not on every key.
    connect(m_search, &QLineEdit::textChanged, this, &CasesPage::refreshSoon);
    for (QComboBox* box : {m_status, m_risk, m_station, m_source})
        connect(box, &QComboBox::currentIndexChanged, this, &CasesPage::refresh);
    for (QDateEdit* edit : {m_from, m_to})
        connect(edit, &QDateEdit::dateChanged, this, &CasesPage::refresh);
    connect(m_overdue, &QCheckBox::toggled, this, &CasesPage::refresh);

    addFilter(filterBar(), tr("&Status:"), m_status);
    addFilter(filterBar(), tr("&Risk:"), m_risk);
    addFilter(filterBar(), tr("Stati&on:"), m_station);
    addFilter(filterBar(), tr("Sour&ce:"), m_source);
    QHBoxLayout* second = addFilterRow();
    addFilter(second, tr("Opened &from:"), m_from);
    addFilter(second, tr("&to:"), m_to);
    addFilter(second, tr("S&earch:"), m_search, 1);
    addFilterWidget(second, m_overdue);
    addFilterWidget(second, m_mine);
    addFilter(second, tr("Officer in c&harge:"), m_officer);
}

CaseFilter CasesPage::filter() const
{
    CaseFilter f;
    f.statuses = m_status->currentData().toStringList();
    f.risk = m_risk->currentData().toString();
    f.stationId = m_station->currentData().toLongLong();
    f.source = m_source->currentData().toString();
    f.openedFrom = optionalDate(m_from);
    f.openedTo = optionalDate(m_to);
    f.text = m_search->text();
    f.overdueOnly = m_overdue->isChecked();
    f.officerId = m_mine->isChecked() ? session().user().id : m_officer->officerId();
    return f;
}

void CasesPage::startLoad()
{
    // At city scale the list can take longer than a frame: the frame loads it on a worker.
    summaryLabel()->setText(tr("Loading cases…"));
    loadRows(
        m_model,
        [actor = session().actor(), f = filter()](Database& db) { return CaseService(db, actor).list(f); },
        [this](int count) { summarize(count); });
}

void CasesPage::summarize(int count)
{
    if (count < 0) {
        summaryLabel()->clear();
        return;
    }
    int overdue = 0;
    for (const CaseRow& r : m_model->rows())
        overdue += r.overdue;
    summaryLabel()->setText(count == 0 ? tr("No case matches.")
                                       : tr("Cases: %1, overdue: %2").arg(count).arg(overdue));
}

void CasesPage::openCurrent()
{
    const QModelIndexList sel = table()->selectionModel()->selectedRows();
    const QModelIndex current = sel.isEmpty() ? table()->currentIndex() : sel.first();
    if (current.isValid())
        openCase(m_model->row(current.row()).id);
}

void CasesPage::openCase(qint64 caseId)
{
    if (m_dialog) {
        if (m_dialog->caseId() == caseId) {
            m_dialog->raise();
            m_dialog->activateWindow();
            return;
        }
        m_dialog->close();
    }
    auto* dialog = new CaseFileDialog(session(), caseId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CaseFileDialog::caseChanged, &session(), &SessionContext::notifyDataChanged);
    m_dialog = dialog;
    dialog->open();
}

void CasesPage::newPublicReport()
{
    if (m_report)
        return;
    auto* dialog = new PublicReportDialog(session(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PublicReportDialog::caseOpened, this, [this](const QString& caseNo) {
        session().notifyDataChanged();
        const auto id = CaseService(session().db(), session().actor()).findByNumber(caseNo);
        if (id)
            QTimer::singleShot(0, this, [this, id = *id] { openCase(id); });
    });
    m_report = dialog;
    dialog->open();
}

} // namespace hc
