#include "ui/operations/OperationsDialog.h"

#include "core/households/HouseholdService.h"
#include "core/operations/OperationService.h"
#include "ui/common/SessionContext.h"
#include "ui/operations/OperationDialog.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace hc {

OperationsDialog::OperationsDialog(SessionContext& session, QWidget* parent)
    : QDialog(parent), m_session(session)
{
    setWindowTitle(tr("Operations"));
    resize(820, 420);
    auto* layout = new QVBoxLayout(this);
    m_table = new QTableWidget(0, ColumnCount);
    m_table->setHorizontalHeaderLabels(
        {tr("Name"), tr("Dates"), tr("Stations"), tr("Households to cover"), tr("State")});
    m_table->horizontalHeader()->setSectionResizeMode(StationsColumn, QHeaderView::Stretch);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    layout->addWidget(m_table, 1);

    auto* buttons = new QHBoxLayout;
    m_new = new QPushButton(tr("&New operation…"));
    m_edit = new QPushButton(tr("&Change…"));
    m_close = new QPushButton(tr("C&lose operation…"));
    m_close->setToolTip(tr("A closed operation is read-only: no more visits, cases or follow-up in it."));
    m_reopen = new QPushButton(tr("&Reopen"));
    m_reopen->setVisible(session.actor().can(Right::ManageDatabase));
    for (QPushButton* b : {m_new, m_edit, m_close, m_reopen})
        buttons->addWidget(b);
    buttons->addStretch(1);
    auto* done = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->addWidget(done);
    layout->addLayout(buttons);
    m_message = new QLabel;
    m_message->setWordWrap(true);
    layout->addWidget(m_message);

    connect(m_new, &QPushButton::clicked, this, &OperationsDialog::newOperation);
    connect(m_edit, &QPushButton::clicked, this, &OperationsDialog::editSelected);
    connect(m_close, &QPushButton::clicked, this, &OperationsDialog::closeSelected);
    connect(m_reopen, &QPushButton::clicked, this, &OperationsDialog::reopenSelected);
    connect(done, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &OperationsDialog::updateButtons);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, &OperationsDialog::editSelected);
    reload();
}

void OperationsDialog::reload()
{
    const Operation* current = selected();
    const qint64 keep = current ? current->id : m_session.operationId();
    m_operations = OperationService(m_session.db(), m_session.actor()).list();
    QHash<qint64, QString> stationNames;
    for (const StationRow& s : HouseholdService(m_session.db(), m_session.actor()).stations())
        stationNames.insert(s.id, s.name);
    const QLocale locale;
    m_table->setRowCount(int(m_operations.size()));
    for (int r = 0; r < m_operations.size(); ++r) {
        const Operation& op = m_operations.at(r);
        QStringList stations;
        for (qint64 id : op.stationIds)
            stations << stationNames.value(id, QString::number(id));
        const QStringList cells{op.name,
                                tr("%1 – %2").arg(locale.toString(op.start, QLocale::ShortFormat),
                                                  locale.toString(op.end, QLocale::ShortFormat)),
                                op.allStations ? tr("every station") : stations.join(tr(", ")),
                                op.targetHouseholds ? locale.toString(*op.targetHouseholds) : tr("none"),
                                op.closed() ? tr("closed %1 by %2").arg(op.closedAt.left(10), op.closedBy)
                                            : tr("open")};
        for (int c = 0; c < ColumnCount; ++c)
            m_table->setItem(r, c, new QTableWidgetItem(cells.at(c)));
    }
    m_table->resizeColumnToContents(NameColumn);
    m_table->resizeColumnToContents(DatesColumn);
    if (!select(keep) && !m_operations.isEmpty())
        m_table->selectRow(0);
    updateButtons();
}

bool OperationsDialog::select(qint64 operationId)
{
    for (int r = 0; r < m_operations.size(); ++r)
        if (m_operations.at(r).id == operationId) {
            m_table->selectRow(r);
            return true;
        }
    return false;
}

const Operation* OperationsDialog::selected() const
{
    const int row = m_table->currentRow();
    return m_table->selectionModel()->hasSelection() && row >= 0 && row < m_operations.size()
               ? &m_operations.at(row)
               : nullptr;
}

void OperationsDialog::updateButtons()
{
    const Operation* op = selected();
    m_edit->setEnabled(op && !op->closed());
    m_close->setEnabled(op && !op->closed());
    m_reopen->setEnabled(op && op->closed());
}

void OperationsDialog::showMessage(const QString& text, bool error)
{
    m_message->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
    m_message->setText(text);
}

void OperationsDialog::openForm(std::optional<Operation> existing)
{
    auto* form = new OperationDialog(m_session, std::move(existing), this);
    form->setAttribute(Qt::WA_DeleteOnClose);
    connect(form, &QDialog::accepted, this, [this, form] {
        const Operation saved = form->saved();
        reload();
        select(saved.id);
        showMessage(tr("Saved the operation %1.").arg(saved.name), false);
        emit operationsChanged();
    });
    m_form = form;
    form->open();
}

void OperationsDialog::newOperation()
{
    openForm(std::nullopt);
}

void OperationsDialog::editSelected()
{
    if (const Operation* op = selected(); op && !op->closed())
        openForm(*op);
}

void OperationsDialog::closeSelected()
{
    const Operation* op = selected();
    if (!op || op->closed())
        return;
    const QString name = op->name;
    const bool sure = m_confirm ? m_confirm(name)
                                : QMessageBox::question(this, tr("Close the operation?"),
                                                        tr("Close %1? It becomes read-only: no more visits, "
                                                           "cases or follow-up can be recorded in it.")
                                                            .arg(name)) == QMessageBox::Yes;
    if (!sure)
        return;
    const qint64 id = op->id;
    if (Status s = OperationService(m_session.db(), m_session.actor()).close(id); !s) {
        showMessage(s.error().message, true);
        return;
    }
    reload();
    select(id);
    showMessage(tr("The operation %1 is closed and read-only.").arg(name), false);
    emit operationsChanged();
}

void OperationsDialog::reopenSelected()
{
    const Operation* op = selected();
    if (!op)
        return;
    const qint64 id = op->id;
    const QString name = op->name;
    if (Status s = OperationService(m_session.db(), m_session.actor()).reopen(id); !s) {
        showMessage(s.error().message, true);
        return;
    }
    reload();
    select(id);
    showMessage(tr("The operation %1 is open again.").arg(name), false);
    emit operationsChanged();
}

} // namespace hc
