#include "ui/followup/UntracedPage.h"

#include "ui/common/RecordRows.h"
#include "ui/common/SessionContext.h"

#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>

namespace hc {

UntracedPage::UntracedPage(SessionContext& session, QWidget* parent)
    : ListPage(session, SummaryAt::Top, parent)
{
    using M = RowsModel<UntracedRow>;
    m_model = new M(
        {
            {tr("Name"), M::text([](const UntracedRow& r) { return r.name; })},
            {tr("ID number"), M::text([](const UntracedRow& r) { return r.idNumber; })},
            {tr("Phone"), M::text([](const UntracedRow& r) { return r.phone; })},
            {tr("Household no."), M::text([](const UntracedRow& r) { return r.householdNo; })},
            {tr("Address"), M::text([](const UntracedRow& r) { return oneLine(r.address); })},
            {tr("Unknown since"), M::text([](const UntracedRow& r) { return wallClockText(r.since); })},
            {tr("Days"), M::text([](const UntracedRow& r) { return QString::number(r.daysSince); })},
        },
        this);
    table()->setModel(m_model);
    setRowKey([this](int row) { return m_model->row(row).personId; });
    // Enter or a double-click opens the person (the household's detail, the person in it).
    openRecordsOnActivate(table(), session, [this](const QModelIndex& index) -> std::optional<RecordRef> {
        return RecordRef{RecordKind::Person, m_model->row(index.row()).personId};
    });
    connect(table()->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &UntracedPage::updateSelection);

    m_close = new QPushButton(tr("Take off the list…"));
    m_close->setToolTip(tr("Supervisors: close a person who cannot be traced and needs no case, with the "
                           "reason."));
    m_close->setVisible(session.actor().can(Right::ViewAllStations));
    connect(m_close, &QPushButton::clicked, this, &UntracedPage::closeSelected);
    buttonRow()->addWidget(m_close);
    buttonRow()->addWidget(statusLabel(), 1);

    connect(&session, &SessionContext::operationChanged, this, &UntracedPage::refresh);
    connect(&session, &SessionContext::dataChanged, this, &UntracedPage::refresh);
    connect(this, &ListPage::loaded, this, &UntracedPage::updateSelection);
    updateSelection();
}

void UntracedPage::startLoad()
{
    if (session().operationId() == 0) {
        m_model->setRows({});
        showNoRows(tr("Choose an operation to see who is still untraced."));
        return;
    }
    loadRows(
        m_model,
        [actor = session().actor(), operation = session().operationId(),
         station = session().defaultStationId()](Database& db) {
            return FollowUpService(db, actor).untraced(operation, station);
        },
        [this](int count) {
            if (count < 0)
                summaryLabel()->clear();
            else
                summaryLabel()->setText(
                    count == 0
                        ? tr("Nobody is untraced: every person whose whereabouts were unknown is traced "
                             "or has a case.")
                        : tr("Whereabouts unknown and no case: %1. Each stays here until traced, a case "
                             "is opened, or a supervisor closes it.")
                              .arg(count));
        });
}

const UntracedRow* UntracedPage::currentRow() const
{
    const QModelIndexList rows = table()->selectionModel()->selectedRows();
    return rows.isEmpty() ? nullptr : &m_model->row(rows.first().row());
}

void UntracedPage::updateSelection()
{
    m_close->setEnabled(currentRow() != nullptr && !m_dialog);
}

void UntracedPage::closeSelected()
{
    const UntracedRow* r = currentRow();
    if (!r || m_dialog)
        return;
    statusLabel()->clear();
    const FollowUpNoteDialog::Form form{
        tr("Take off the untraced list"),
        tr("<b>%1</b>, household %2: whereabouts unknown since %3.")
            .arg(r->name.toHtmlEscaped(), r->householdNo, wallClockText(r->since)),
        {},
        tr("Reason:"),
        true,
        tr("Take off the list")};
    const qint64 person = r->personId;
    const QString name = r->name;
    auto* dialog = new FollowUpNoteDialog(
        form,
        [this, person](const QString&, const QString& reason) {
            return FollowUpService(session().db(), session().actor())
                .closeUntraced(session().operationId(), person, reason);
        },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, name] {
        statusLabel()->setText(tr("%1 is off the untraced list; the reason is kept.").arg(name));
        session().notifyDataChanged();
    });
    connect(dialog, &QDialog::finished, this, [this] {
        m_dialog.clear();
        updateSelection();
    });
    m_dialog = dialog;
    updateSelection();
    dialog->open();
}

} // namespace hc
