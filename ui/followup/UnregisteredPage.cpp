#include "ui/followup/UnregisteredPage.h"

#include "core/common/Clock.h"
#include "core/registry/Vocabulary.h"
#include "ui/common/SessionContext.h"

#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

namespace hc {

UnregisteredPage::UnregisteredPage(SessionContext& session, QWidget* parent)
    : QWidget(parent), m_session(session)
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
            {tr("Found on"), M::text([](const UnregisteredRow& r) { return r.foundAt.left(10); })},
            {tr("Notes"), M::text([](const UnregisteredRow& r) { return oneLine(r.notes); })},
        },
        this);

    m_summary = new QLabel;
    m_table = new QTableView;
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);

    m_export = new QPushButton(tr("Export CSV…"));
    connect(m_export, &QPushButton::clicked, this, &UnregisteredPage::exportCsv);
    m_status = new QLabel;
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error = new QLabel;
    m_error->setWordWrap(true);
    QPalette p = m_error->palette();
    p.setColor(QPalette::WindowText, QColor(0xb0, 0x00, 0x20));
    m_error->setPalette(p);
    m_error->hide();

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_export);
    buttons->addWidget(m_status, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_error);

    connect(&session, &SessionContext::operationChanged, this, &UnregisteredPage::refresh);
    connect(&session, &SessionContext::dataChanged, this, &UnregisteredPage::refresh);
    refresh();
}

void UnregisteredPage::refresh()
{
    m_error->hide();
    m_export->setEnabled(false);
    if (m_session.operationId() == 0) {
        m_model->setRows({});
        m_summary->setText(tr("Choose an operation to see the unregistered people it found."));
        return;
    }
    auto rows = FollowUpService(m_session.db(), m_session.actor())
                    .unregistered(m_session.operationId(), m_session.defaultStationId());
    if (!rows) {
        m_model->setRows({});
        m_summary->clear();
        m_error->setText(rows.error().message);
        m_error->show();
        return;
    }
    const int count = int(rows->size());
    m_model->setRows(std::move(rows).value());
    m_summary->setText(count == 0 ? tr("No unregistered person found yet.")
                                  : tr("Unregistered people found: %1").arg(count));
    m_table->resizeColumnsToContents();
    m_export->setEnabled(count > 0);
}

void UnregisteredPage::exportCsv()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString name =
        QStringLiteral("unregistered-%1.csv").arg(Clock::instance().now().date().toString(Qt::ISODate));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export unregistered people"),
                                                      QDir(dir).filePath(name), tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportTo(path);
}

bool UnregisteredPage::exportTo(const QString& path)
{
    m_status->clear();
    m_error->hide();
    const auto written =
        FollowUpService(m_session.db(), m_session.actor())
            .exportUnregisteredCsv(m_session.operationId(), m_session.defaultStationId(), path);
    if (!written) {
        m_error->setText(written.error().message);
        m_error->show();
        return false;
    }
    m_status->setText(tr("Exported %1 people to %2.").arg(*written).arg(QDir::toNativeSeparators(path)));
    return true;
}

} // namespace hc
