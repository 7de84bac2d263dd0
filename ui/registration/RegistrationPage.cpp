#include "ui/registration/RegistrationPage.h"

#include "core/auth/Scope.h"
#include "core/common/DateText.h"
#include "core/households/HouseholdService.h"
#include "core/registration/RegistrationService.h"
#include "ui/common/SessionContext.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFont>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>

namespace hc {

RegistrationPage::RegistrationPage(SessionContext& session, QWidget* parent)
    : ListPage(session, SummaryAt::Top, parent)
{
    using M = RowsModel<RegistrationFile>;
    // A file with no progress for 30 days stands out in bold.
    const M::Cell idle = [](const RegistrationFile& r, int role) -> QVariant {
        if (role == Qt::DisplayRole)
            return r.isOpen() ? QVariant(r.idleDays) : QVariant();
        if (role == Qt::FontRole && r.stalled) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    };
    m_model = new M(
        {
            {tr("Name"), M::text([](const RegistrationFile& r) { return r.name; })},
            {tr("Station"), M::text([](const RegistrationFile& r) { return r.station; })},
            {tr("Found at"), M::text([](const RegistrationFile& r) { return r.foundHouseholdNo; })},
            {tr("Found on"), M::text([](const RegistrationFile& r) { return dateText(r.foundOn); })},
            {tr("Stage"),
             M::text([](const RegistrationFile& r) { return RegistrationService::stageLabel(r.stage); })},
            {tr("Latest step"), M::text([](const RegistrationFile& r) { return dateText(r.lastStepOn); })},
            {tr("Officer responsible"), M::text([](const RegistrationFile& r) { return r.officer; })},
            {tr("Days without progress"), idle},
        },
        this);
    table()->setModel(m_model);
    setRowKey([this](int row) { return m_model->row(row).personId; });
    buildFilters();

    m_open = new QPushButton(tr("Open file…"));
    connect(m_open, &QPushButton::clicked, this, &RegistrationPage::openSelected);
    connect(this, &ListPage::rowActivated, this, &RegistrationPage::openSelected);
    auto updateOpen = [this] {
        m_open->setEnabled(!table()->selectionModel()->selectedRows().isEmpty() && !m_dialog);
    };
    connect(table()->selectionModel(), &QItemSelectionModel::selectionChanged, this, updateOpen);
    connect(this, &ListPage::loaded, this, updateOpen);
    buttonRow()->addWidget(m_open);
    buttonRow()->addWidget(statusLabel(), 1);
    connect(&session, &SessionContext::dataChanged, this, &RegistrationPage::refresh);
    updateOpen();
}

void RegistrationPage::buildFilters()
{
    const Actor& actor = session().actor();
    m_station = new QComboBox;
    m_station->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    if (!Scope::bound(actor))
        m_station->addItem(tr("All stations"), qint64(0));
    for (const StationRow& s : HouseholdService(session().db(), actor).stations())
        if (Scope::reaches(actor, s.id))
            m_station->addItem(s.name, s.id);
    m_station->setEnabled(m_station->count() > 1);
    m_stage = new QComboBox;
    m_stage->addItem(tr("Every stage"), QString());
    m_stage->addItem(tr("Open files"), QStringLiteral("open"));
    for (const QString& code : RegistrationService::stages())
        m_stage->addItem(RegistrationService::stageLabel(code), code);
    m_stalled = new QCheckBox(tr("&No progress for 30 days"));
    addFilter(filterBar(), tr("Stati&on:"), m_station);
    addFilter(filterBar(), tr("S&tage:"), m_stage);
    addFilterWidget(filterBar(), m_stalled, 1);
    connect(m_station, &QComboBox::currentIndexChanged, this, &RegistrationPage::refresh);
    connect(m_stage, &QComboBox::currentIndexChanged, this, &RegistrationPage::refresh);
    connect(m_stalled, &QCheckBox::toggled, this, &RegistrationPage::refresh);
}

RegistrationFilter RegistrationPage::filter() const
{
    RegistrationFilter f;
    f.stationId = m_station->currentData().toLongLong();
    const QString stage = m_stage->currentData().toString();
    if (stage == u"open")
        f.stages = RegistrationService::stages().mid(0, 5); // found .. registered
    else if (!stage.isEmpty())
        f.stages = {stage};
    f.stalledOnly = m_stalled->isChecked();
    return f;
}

void RegistrationPage::startLoad()
{
    loadRows(
        m_model,
        [actor = session().actor(), f = filter()](Database& db) {
            return RegistrationService(db, actor).list(f);
        },
        [this](int count) {
            if (count < 0)
                summaryLabel()->clear();
            else
                summaryLabel()->setText(count == 0 ? tr("No registration file matches.")
                                                   : tr("%n registration file(s)", nullptr, count));
        });
}

void RegistrationPage::openSelected()
{
    const QModelIndexList rows = table()->selectionModel()->selectedRows();
    if (rows.isEmpty() || m_dialog)
        return;
    statusLabel()->clear();
    const RegistrationFile file = m_model->row(rows.first().row());
    auto* dialog = new RegistrationDialog(session(), file.personId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RegistrationDialog::stepTaken, this, [this, name = file.name](const QString& stage) {
        statusLabel()->setText(tr("%1: %2.").arg(name, RegistrationService::stageLabel(stage)));
        session().notifyDataChanged();
    });
    connect(dialog, &QDialog::finished, this, [this] {
        m_dialog.clear();
        m_open->setEnabled(!table()->selectionModel()->selectedRows().isEmpty());
    });
    m_dialog = dialog;
    m_open->setEnabled(false);
    dialog->open();
}

} // namespace hc
