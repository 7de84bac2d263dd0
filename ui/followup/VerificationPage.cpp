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
    : ListPage(session, SummaryAt::Top, parent)
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
            {tr("Failed attempts"), M::text([](const VerificationRow& r) {
                 return r.attempts == 0 ? QString()
                                        : tr("%1 (last: %2, %3)")
                                              .arg(r.attempts)
                                              .arg(FollowUpService::attemptLabel(r.lastResult),
                                                   wallClockText(r.lastAttempt));
             })},
        },
        this);

    table()->setModel(m_model);
    setRowKey([this](int row) { return m_model->row(row).personId; });
    connect(table()->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &VerificationPage::updateSelection);
    connect(this, &ListPage::rowActivated, this, &VerificationPage::markSelectedVerified);

    // The selected person's number, large, to dial from without squinting at the table.
    m_call = new QLabel;
    m_call->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont big = m_call->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    m_call->setFont(big);

    m_mark = new QPushButton(tr("Mark verified…"));
    connect(m_mark, &QPushButton::clicked, this, &VerificationPage::markSelectedVerified);
    m_attempt = new QPushButton(tr("Failed attempt…"));
    m_attempt->setToolTip(tr("Unreachable, a wrong number or refused to say: the person stays on the list."));
    connect(m_attempt, &QPushButton::clicked, this, &VerificationPage::recordFailedAttempt);
    addBelowTable(m_call);
    buttonRow()->addWidget(m_mark);
    buttonRow()->addWidget(m_attempt);
    buttonRow()->addWidget(statusLabel(), 1);

    connect(&session, &SessionContext::operationChanged, this, &VerificationPage::refresh);
    connect(&session, &SessionContext::dataChanged, this, &VerificationPage::refresh);
    connect(this, &ListPage::loaded, this, &VerificationPage::updateSelection);
    updateSelection();
}

void VerificationPage::startLoad()
{
    if (session().operationId() == 0) {
        m_model->setRows({});
        showNoRows(tr("Choose an operation to see whose whereabouts need verifying."));
        return;
    }
    loadRows(
        m_model,
        [actor = session().actor(), operation = session().operationId(),
         station = session().defaultStationId()](Database& db) {
            return FollowUpService(db, actor).verifications(operation, station);
        },
        [this](int count) {
            if (count < 0)
                summaryLabel()->clear();
            else
                summaryLabel()->setText(count == 0
                                            ? tr("Nobody's whereabouts wait for verification.")
                                            : tr("People whose whereabouts need verifying: %1").arg(count));
        });
}

const VerificationRow* VerificationPage::currentRow() const
{
    const QModelIndexList rows = table()->selectionModel()->selectedRows();
    return rows.isEmpty() ? nullptr : &m_model->row(rows.first().row());
}

void VerificationPage::updateSelection()
{
    const VerificationRow* r = currentRow();
    m_mark->setEnabled(r != nullptr && !m_dialog && !m_attemptDialog);
    m_attempt->setEnabled(r != nullptr && !m_dialog && !m_attemptDialog);
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
    statusLabel()->clear();
    auto* dialog = new VerifyDialog(session(), *r, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString name = r->name;
    connect(dialog, &QDialog::accepted, this, [this, name] {
        statusLabel()->setText(tr("The whereabouts of %1 are recorded as verified.").arg(name));
        session().notifyDataChanged();
    });
    connect(dialog, &QDialog::finished, this, [this] {
        m_dialog.clear();
        updateSelection();
    });
    m_dialog = dialog;
    m_mark->setEnabled(false);
    dialog->open();
}

void VerificationPage::recordFailedAttempt()
{
    const VerificationRow* r = currentRow();
    if (!r || m_dialog || m_attemptDialog)
        return;
    statusLabel()->clear();
    FollowUpNoteDialog::Form form{tr("Failed attempt at verifying"),
                                  tr("<b>%1</b>, household %2").arg(r->name.toHtmlEscaped(), r->householdNo),
                                  {},
                                  tr("Note:"),
                                  false,
                                  tr("Record the attempt")};
    for (const QString& code : FollowUpService::attemptResults())
        form.choices << qMakePair(code, FollowUpService::attemptLabel(code));
    const qint64 person = r->personId;
    const QString name = r->name;
    auto* dialog = new FollowUpNoteDialog(
        form,
        [this, person](const QString& result, const QString& note) -> Status {
            const auto id = FollowUpService(session().db(), session().actor())
                                .recordAttempt(session().operationId(), person, result, note);
            return id ? Status() : Status(id.error());
        },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, name] {
        statusLabel()->setText(tr("The failed attempt for %1 is recorded; they stay on the list.").arg(name));
        session().notifyDataChanged();
    });
    connect(dialog, &QDialog::finished, this, [this] {
        m_attemptDialog.clear();
        updateSelection();
    });
    m_attemptDialog = dialog;
    updateSelection();
    dialog->open();
}

} // namespace hc
