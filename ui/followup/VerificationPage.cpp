#include "ui/followup/VerificationPage.h"

#include "ui/common/SessionContext.h"
#include "ui/followup/VerifyDialog.h"

#include <QFont>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace hc {

VerificationPage::VerificationPage(SessionContext& session, QWidget* parent)
    : QWidget(parent), m_session(session)
{
    using M = RowsModel<VerificationRow>;
    // The phone is what the officer works from on this list: bold, and selectable to copy.
    const M::Cell phone = [](const VerificationRow& r, int role) -> QVariant {
        if (role == Qt::DisplayRole)
            return r.phone;
        if (role == Qt::FontRole) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    };
    m_model = new M(
        {
            {tr("Name"), M::text([](const VerificationRow& r) { return r.name; })},
            {tr("ID number"), M::text([](const VerificationRow& r) { return r.idNumber; })},
            {tr("Phone"), phone},
            {tr("Household no."), M::text([](const VerificationRow& r) { return r.householdNo; })},
            {tr("Address"), M::text([](const VerificationRow& r) { return oneLine(r.address); })},
            {tr("Away since"), M::text([](const VerificationRow& r) { return wallClockText(r.since); })},
        },
        this);

    m_summary = new QLabel;
    m_loadError = new QLabel;
    m_loadError->setWordWrap(true);
    QPalette p = m_loadError->palette();
    p.setColor(QPalette::WindowText, QColor(0xb0, 0x00, 0x20));
    m_loadError->setPalette(p);
    m_loadError->hide();

    m_table = new QTableView;
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &VerificationPage::updateSelection);
    connect(m_table, &QTableView::activated, this, &VerificationPage::markSelectedVerified);

    // The selected person's number, large, to dial from without squinting at the table.
    m_call = new QLabel;
    m_call->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont big = m_call->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    m_call->setFont(big);

    m_mark = new QPushButton(tr("Mark verified…"));
    connect(m_mark, &QPushButton::clicked, this, &VerificationPage::markSelectedVerified);
    m_status = new QLabel;
    m_status->setWordWrap(true);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_mark);
    buttons->addWidget(m_status, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_loadError);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_call);
    layout->addLayout(buttons);

    connect(&session, &SessionContext::operationChanged, this, &VerificationPage::refresh);
    connect(&session, &SessionContext::dataChanged, this, &VerificationPage::refresh);
    refresh();
}

void VerificationPage::refresh()
{
    const qint64 keep = currentRow() ? currentRow()->personId : 0;
    if (m_session.operationId() == 0) {
        m_loadError->hide();
        m_model->setRows({});
        m_summary->setText(tr("Choose an operation to see whose whereabouts need verifying."));
        updateSelection();
        return;
    }
    const int count = showRows(m_model, m_table, m_loadError,
                               FollowUpService(m_session.db(), m_session.actor())
                                   .verifications(m_session.operationId(), m_session.defaultStationId()),
                               keep, [](const auto& row) { return row.personId; });
    if (count < 0)
        m_summary->clear();
    else
        m_summary->setText(count == 0 ? tr("Nobody's whereabouts wait for verification.")
                                      : tr("People whose whereabouts need verifying: %1").arg(count));
    updateSelection();
}

const VerificationRow* VerificationPage::currentRow() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? nullptr : &m_model->row(rows.first().row());
}

void VerificationPage::updateSelection()
{
    const VerificationRow* r = currentRow();
    m_mark->setEnabled(r != nullptr && !m_dialog);
    if (!r)
        m_call->setText(m_model->rowCount() ? tr("Select a person to see the number to call.") : QString());
    else if (r->phone.isEmpty())
        m_call->setText(tr("No phone on record for %1.").arg(r->name));
    else
        m_call->setText(tr("Call %1: %2").arg(r->name, r->phone));
}

void VerificationPage::markSelectedVerified()
{
    const VerificationRow* r = currentRow();
    if (!r || m_dialog)
        return;
    m_status->clear();
    auto* dialog = new VerifyDialog(m_session, *r, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString name = r->name;
    connect(dialog, &QDialog::accepted, this, [this, name] {
        m_status->setText(tr("The whereabouts of %1 are recorded as verified.").arg(name));
        m_session.notifyDataChanged();
    });
    connect(dialog, &QDialog::finished, this, [this] {
        m_dialog.clear();
        updateSelection();
    });
    m_dialog = dialog;
    m_mark->setEnabled(false);
    dialog->open();
}

} // namespace hc
