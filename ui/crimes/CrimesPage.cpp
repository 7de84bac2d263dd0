#include "ui/crimes/CrimesPage.h"

#include "core/common/Clock.h"
#include "core/common/DateText.h"
#include "core/crimes/CrimeService.h"
#include "core/households/HouseholdService.h"
#include "core/registry/Vocabulary.h"
#include "ui/cases/CaseDetailsForm.h"
#include "ui/common/ExportNames.h"
#include "ui/common/SessionContext.h"
#include "ui/crimes/CrimeDialog.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>

namespace hc {

CrimesPage::CrimesPage(SessionContext& session, QWidget* parent)
    : ListPage(session, SummaryAt::Buttons, parent)
{
    using M = RowsModel<CrimeRow>;
    m_model = new M(
        {
            {tr("Criminal case number"), M::text([](const CrimeRow& r) { return r.criminalCaseNo; })},
            {tr("Kind"), M::text([](const CrimeRow& r) {
                 return Vocabulary::label(Vocabulary::Kind::CrimeKind, r.kind);
             })},
            {tr("Date"),
             M::text([](const CrimeRow& r) { return r.date.isValid() ? dateText(r.date) : QString(); })},
            {tr("Solved"),
             M::text([](const CrimeRow& r) { return r.solved ? tr("Solved") : tr("Unsolved"); })},
            {tr("Station"), M::text([](const CrimeRow& r) { return r.station; })},
            {tr("Victims"), M::number([](const CrimeRow& r) { return r.victims; })},
            {tr("Victims' cases"), M::text([](const CrimeRow& r) { return r.victimCases; })},
            {tr("Suspects"), M::number([](const CrimeRow& r) { return r.suspects; })},
        },
        this);
    table()->setModel(m_model);
    setRowKey([this](int row) { return m_model->row(row).id; });
    connect(this, &ListPage::rowActivated, this, [this](int row) { openCrime(m_model->row(row).id); });
    buildFilters();

    const bool mayEdit = CrimeService(session.db(), session.actor()).mayEdit();
    m_open = new QPushButton(mayEdit ? tr("&Edit crime…") : tr("&View crime…"));
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (const int row = currentRow(); row >= 0)
            openCrime(m_model->row(row).id);
    });
    m_openCase = new QPushButton(tr("Open first victim's &case"));
    connect(m_openCase, &QPushButton::clicked, this, [this] {
        if (const int row = currentRow(); row >= 0 && m_model->row(row).firstVictimId)
            this->session().requestOpen({RecordKind::Case, m_model->row(row).firstVictimId}, this);
    });
    enableExport(
        tr("Export…"), tr("Export crimes"), [this] { return exportName(); },
        [](int rows, const QString& path) {
            return tr("Exported %n crime(s) to %1.", nullptr, rows).arg(path);
        });
    buttonRow()->addWidget(m_open);
    buttonRow()->addWidget(m_openCase);
    buttonRow()->addWidget(exportButton());
    buttonRow()->addWidget(statusLabel(), 1);

    connect(&session, &SessionContext::operationChanged, this, &CrimesPage::refresh);
    connect(&session, &SessionContext::dataChanged, this, &CrimesPage::refresh);
}

void CrimesPage::buildFilters()
{
    m_kind = new QComboBox;
    m_kind->addItem(tr("Any kind"), QString());
    for (const QString& code : Vocabulary::codes(Vocabulary::Kind::CrimeKind))
        m_kind->addItem(Vocabulary::label(Vocabulary::Kind::CrimeKind, code), code);
    m_solved = new QComboBox;
    m_solved->addItem(tr("Solved or not"), -1);
    m_solved->addItem(tr("Solved"), 1);
    m_solved->addItem(tr("Unsolved"), 0);
    m_station = new QComboBox;
    m_station->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    const Actor actor = session().actor();
    const bool allStations = actor.can(Right::ViewAllStations) || actor.can(Right::EditCases);
    if (allStations)
        m_station->addItem(tr("All stations"), qint64(0));
    for (const StationRow& s : HouseholdService(session().db(), actor).stations())
        if (allStations || s.id == actor.stationId)
            m_station->addItem(s.name, s.id);
    m_station->setEnabled(m_station->count() > 1);
    m_from = makeOptionalDateEdit(tr("Any"));
    m_to = makeOptionalDateEdit(tr("Any"));
    for (QComboBox* box : {m_kind, m_solved, m_station})
        connect(box, &QComboBox::currentIndexChanged, this, &CrimesPage::refresh);
    for (QDateEdit* edit : {m_from, m_to})
        connect(edit, &QDateEdit::dateChanged, this, &CrimesPage::refresh);
    addFilter(filterBar(), tr("&Kind:"), m_kind);
    addFilter(filterBar(), tr("S&olved:"), m_solved);
    addFilter(filterBar(), tr("Stati&on:"), m_station);
    addFilter(filterBar(), tr("Crime date &from:"), m_from);
    addFilter(filterBar(), tr("&to:"), m_to);
    filterBar()->addStretch(1);
}

CrimeFilter CrimesPage::filter() const
{
    CrimeFilter f;
    f.operationId = session().operationId();
    f.kind = m_kind->currentData().toString();
    f.solved = m_solved->currentData().toInt();
    f.stationId = m_station->currentData().toLongLong();
    f.from = optionalDate(m_from);
    f.to = optionalDate(m_to);
    return f;
}

void CrimesPage::startLoad()
{
    // The total is the operation's crimes within the user's reach, before the other filters.
    CrimeFilter all;
    all.operationId = session().operationId();
    loadRows(
        m_model,
        [actor = session().actor(), f = filter(), all, total = m_total](Database& db) {
            const CrimeService crimes(db, actor);
            const auto every = crimes.list(all);
            *total = every ? every->size() : 0;
            return crimes.list(f);
        },
        [this](int count) {
            if (count < 0)
                summaryLabel()->clear();
            else if (*m_total == 0)
                summaryLabel()->setText(tr("No crime is recorded."));
            else
                showTotal(tr("%Ln crime(s)", nullptr, int(*m_total)), *m_total, count);
        });
}

int CrimesPage::currentRow() const
{
    const QModelIndexList sel = table()->selectionModel()->selectedRows();
    const QModelIndex current = sel.isEmpty() ? table()->currentIndex() : sel.first();
    return current.isValid() ? current.row() : -1;
}

CrimeDialog* CrimesPage::dialog() const
{
    return m_dialog;
}

void CrimesPage::openCrime(qint64 crimeId)
{
    if (m_dialog)
        m_dialog->close();
    auto* dialog = new CrimeDialog(session(), crimeId, 0, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CrimeDialog::changed, &session(), &SessionContext::notifyDataChanged);
    m_dialog = dialog;
    dialog->open();
}

QString CrimesPage::exportName() const
{
    return exportFileName(QStringLiteral("crimes"),
                          {m_station->currentIndex() > 0 ? m_station->currentText() : QString(),
                           m_kind->currentIndex() > 0 ? m_kind->currentData().toString() : QString(),
                           dateRangePart(optionalDate(m_from), optionalDate(m_to)),
                           Clock::instance().now().date().toString(Qt::ISODate)},
                          QStringLiteral("csv"));
}

} // namespace hc
