#include "ui/followup/UnregisteredPage.h"

#include "core/common/Clock.h"
#include "core/common/DateText.h"
#include "core/operations/OperationService.h"
#include "core/registry/Vocabulary.h"
#include "ui/common/ExportNames.h"
#include "ui/common/RecordRows.h"
#include "ui/common/SessionContext.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTableView>

namespace hc {

UnregisteredPage::UnregisteredPage(SessionContext& session, QWidget* parent)
    : ListPage(session, SummaryAt::Top, parent)
{
    using M = RowsModel<UnregisteredRow>;
    m_model = new M(
        {
            {tr("Name"), M::text([](const UnregisteredRow& r) { return r.name; })},
            {tr("Sex"), M::text([](const UnregisteredRow& r) {
                 return Vocabulary::sexLabel(r.sex.isEmpty() ? QChar() : r.sex.at(0));
             })},
            {tr("Birth year"), M::text([](const UnregisteredRow& r) { return r.birthYear; })},
            {tr("Household no."), M::text([](const UnregisteredRow& r) { return r.householdNo; })},
            {tr("Address"), M::text([](const UnregisteredRow& r) { return oneLine(r.address); })},
            {tr("Station"), M::text([](const UnregisteredRow& r) { return r.station; })},
            {tr("Found on"),
             M::text([](const UnregisteredRow& r) { return storedTimeText(r.foundAt.left(10)); })},
            {tr("Notes"), M::text([](const UnregisteredRow& r) { return oneLine(r.notes); })},
        },
        this);
    table()->setModel(m_model);
    setRowKey([this](int row) { return m_model->row(row).personId; });
    // Enter or a double-click opens the person (the household they were found in).
    openRecordsOnActivate(table(), session, [this](const QModelIndex& index) -> std::optional<RecordRef> {
        return RecordRef{RecordKind::Person, m_model->row(index.row()).personId};
    });
    table()->setSelectionMode(QAbstractItemView::ExtendedSelection);

    enableExport(
        tr("Export…"), tr("Export unregistered people"),
        [this] {
            // What the file holds, the operation it was listed for and the day.
            const auto op = OperationService(this->session().db(), this->session().actor())
                                .find(this->session().operationId());
            return exportFileName(
                QStringLiteral("unregistered"),
                {op ? op->name : QString(), Clock::instance().now().date().toString(Qt::ISODate)},
                QStringLiteral("csv"));
        },
        [](int rows, const QString& path) {
            return tr("Exported %n row(s) of unregistered people to %1.", nullptr, rows).arg(path);
        });
    buttonRow()->addWidget(exportButton());
    buttonRow()->addWidget(statusLabel(), 1);

    connect(&session, &SessionContext::operationChanged, this, &UnregisteredPage::refresh);
    connect(&session, &SessionContext::dataChanged, this, &UnregisteredPage::refresh);
}

void UnregisteredPage::startLoad()
{
    if (session().operationId() == 0) {
        m_model->setRows({});
        showNoRows(tr("Choose an operation to see the unregistered people it found."));
        return;
    }
    loadRows(
        m_model,
        [actor = session().actor(), operation = session().operationId(),
         station = session().defaultStationId()](Database& db) {
            return FollowUpService(db, actor).unregistered(operation, station);
        },
        [this](int count) {
            if (count < 0)
                summaryLabel()->clear();
            else
                summaryLabel()->setText(count == 0 ? tr("No unregistered person found yet.")
                                                   : tr("Unregistered people found: %1").arg(count));
        });
}

} // namespace hc
