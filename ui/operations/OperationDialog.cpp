#include "ui/operations/OperationDialog.h"

#include "core/common/Clock.h"
#include "core/households/HouseholdService.h"
#include "core/operations/OperationService.h"
#include "ui/common/InlineError.h"
#include "ui/common/SessionContext.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace hc {

OperationDialog::OperationDialog(SessionContext& session, std::optional<Operation> existing, QWidget* parent)
    : QDialog(parent), m_session(session), m_existing(std::move(existing))
{
    setWindowTitle(m_existing ? tr("Change the operation %1").arg(m_existing->name) : tr("New operation"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    m_name = new QLineEdit;
    m_start = new QDateEdit;
    m_end = new QDateEdit;
    for (QDateEdit* d : {m_start, m_end}) {
        d->setCalendarPopup(true);
        d->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    m_target = new QSpinBox;
    m_target->setRange(0, 100000000);
    m_target->setSpecialValueText(tr("no target"));
    m_all = new QCheckBox(tr("Every station, including stations imported later"));
    m_stations = new QListWidget;
    for (const StationRow& s : HouseholdService(session.db(), session.actor()).stations()) {
        auto* item = new QListWidgetItem(s.name, m_stations);
        item->setData(Qt::UserRole, s.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    connect(m_all, &QCheckBox::toggled, m_stations, [this](bool all) { m_stations->setEnabled(!all); });
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("First day:"), m_start);
    form->addRow(tr("Last day:"), m_end);
    form->addRow(tr("Households to cover:"), m_target);
    form->addRow(tr("Stations:"), m_all);
    form->addRow(QString(), m_stations);
    layout->addLayout(form);
    m_error = makeErrorLabel();
    layout->addWidget(m_error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(m_existing ? tr("Save") : tr("Create"));
    connect(buttons, &QDialogButtonBox::accepted, this, &OperationDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    if (m_existing) {
        fill(*m_existing);
    } else {
        const QDate today = Clock::instance().now().date();
        fill(Operation{0, {}, today, today.addMonths(3).addDays(-1), std::nullopt, true, {}, {}, {}});
    }
}

void OperationDialog::fill(const Operation& op)
{
    m_name->setText(op.name);
    m_start->setDate(op.start);
    m_end->setDate(op.end);
    m_target->setValue(int(op.targetHouseholds.value_or(0)));
    m_all->setChecked(op.allStations);
    m_stations->setEnabled(!op.allStations);
    for (int i = 0; i < m_stations->count(); ++i) {
        QListWidgetItem* item = m_stations->item(i);
        item->setCheckState(op.stationIds.contains(item->data(Qt::UserRole).toLongLong()) ? Qt::Checked
                                                                                          : Qt::Unchecked);
    }
}

OperationEdit OperationDialog::edited() const
{
    OperationEdit e{m_name->text(), m_start->date(), m_end->date(), {}, std::nullopt};
    if (m_target->value() > 0)
        e.targetHouseholds = m_target->value();
    if (!m_all->isChecked())
        for (int i = 0; i < m_stations->count(); ++i)
            if (m_stations->item(i)->checkState() == Qt::Checked)
                e.stationNames << m_stations->item(i)->text();
    return e;
}

void OperationDialog::showError(const QString& field, const QString& message)
{
    m_error->setText(message);
    m_error->show();
    if (field == u"name")
        m_name->setFocus();
    else if (field == u"start")
        m_start->setFocus();
    else if (field == u"end")
        m_end->setFocus();
    else if (field == u"stations")
        m_stations->setFocus();
}

void OperationDialog::accept()
{
    const OperationEdit e = edited();
    if (!m_all->isChecked() && e.stationNames.isEmpty()) {
        showError(QStringLiteral("stations"), tr("Tick the stations in scope, or choose every station."));
        return;
    }
    OperationService operations(m_session.db(), m_session.actor());
    const Result<Operation> saved =
        m_existing ? operations.update(m_existing->id, e)
                   : operations.create(e.name, e.start, e.end, e.stationNames, e.targetHouseholds);
    if (!saved) {
        showError(saved.error().field, saved.error().message);
        return;
    }
    m_saved = *saved;
    QDialog::accept();
}

} // namespace hc
