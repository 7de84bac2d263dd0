#include "ui/audit/AuditPage.h"

#include "core/audit/AuditLog.h"
#include "core/common/Clock.h"
#include "core/common/DateText.h"
#include "core/storage/Database.h"
#include "ui/cases/CaseDetailsForm.h"
#include "ui/common/SessionContext.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <memory>

namespace hc {

namespace {
// The record's change in one line: what it was and what it became, as stored (JSON).
QString details(const AuditRecord& r)
{
    if (r.before.isEmpty())
        return r.after;
    if (r.after.isEmpty())
        return r.before;
    return r.before + QStringLiteral(" → ") + r.after;
}
} // namespace

AuditPage::AuditPage(SessionContext& session, QWidget* parent) : ListPage(session, SummaryAt::Top, parent)
{
    using M = RowsModel<AuditRecord>;
    m_model = new M(
        {
            {tr("Time"), M::text([](const AuditRecord& r) { return storedTimeText(r.at); })},
            {tr("User"), M::text([](const AuditRecord& r) { return r.actor; })},
            {tr("Action"), M::text([](const AuditRecord& r) { return r.action; })},
            {tr("Record"), M::text([](const AuditRecord& r) { return r.entity; })},
            {tr("Record no."), M::text([](const AuditRecord& r) { return r.entityId; })},
            {tr("Details"), M::text([](const AuditRecord& r) { return oneLine(details(r)); })},
        },
        this);
    table()->setModel(m_model);
    setRowKey([this](int row) { return m_model->row(row).id; });

    m_user = new QLineEdit;
    m_user->setPlaceholderText(tr("Badge or part of it"));
    m_user->setClearButtonEnabled(true);
    m_action = new QComboBox;
    m_action->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_action->addItem(tr("Any action"), QString());
    m_from = makeOptionalDateEdit(tr("Any"));
    m_to = makeOptionalDateEdit(tr("Any"));
    connect(m_user, &QLineEdit::textChanged, this, &AuditPage::refreshSoon);
    connect(m_action, &QComboBox::currentIndexChanged, this, &AuditPage::refresh);
    for (QDateEdit* edit : {m_from, m_to})
        connect(edit, &QDateEdit::dateChanged, this, &AuditPage::refresh);
    addFilter(filterBar(), tr("&User:"), m_user, 1);
    addFilter(filterBar(), tr("&Action:"), m_action);
    addFilter(filterBar(), tr("&From:"), m_from);
    addFilter(filterBar(), tr("&to:"), m_to);

    enableExport(
        tr("Export…"), tr("Export the audit log"),
        [] {
            return QStringLiteral("audit-log-%1.csv")
                .arg(Clock::instance().now().date().toString(Qt::ISODate));
        },
        [](int rows, const QString& path) {
            return tr("Exported %n record(s) to %1.", nullptr, rows).arg(path);
        });
    buttonRow()->addWidget(exportButton());
    buttonRow()->addWidget(statusLabel(), 1);
}

AuditFilter AuditPage::filter() const
{
    AuditFilter f;
    f.user = m_user->text();
    f.action = m_action->currentData().toString();
    f.from = optionalDate(m_from);
    f.to = optionalDate(m_to);
    f.limit = kLimit;
    return f;
}

void AuditPage::showEvent(QShowEvent* event)
{
    if (m_action->count() == 1)
        loadActions();
    ListPage::showEvent(event);
}

// The actions the log holds, once: a short query, on the GUI thread's connection.
void AuditPage::loadActions()
{
    const auto actions = AuditLog(session().db().sql()).actions(session().actor());
    if (!actions)
        return;
    QSignalBlocker block(m_action);
    for (const QString& a : *actions)
        m_action->addItem(a, a);
}

void AuditPage::startLoad()
{
    if (optionalDate(m_from).isValid() && optionalDate(m_to).isValid() &&
        optionalDate(m_from) > optionalDate(m_to)) {
        m_model->setRows({});
        showNoRows(tr("The first day is after the last day."));
        return;
    }
    summaryLabel()->setText(tr("Loading the audit log…"));
    // The records there are, counted on the worker when the list stops at its limit; read on the
    // GUI thread after the load has finished.
    auto total = std::make_shared<qint64>(0);
    loadRows(
        m_model,
        [actor = session().actor(), f = filter(), total](Database& db) -> Result<QList<AuditRecord>> {
            AuditLog log(db.sql());
            auto rows = log.records(actor, f);
            if (!rows)
                return rows;
            *total = rows->size();
            if (rows->size() >= f.limit) {
                // Up to the newest record listed: not the record of this look at the log.
                AuditFilter upToNewest = f;
                upToNewest.beforeId = rows->first().id + 1;
                const auto counted = log.count(actor, upToNewest);
                if (!counted)
                    return counted.error();
                *total = *counted;
            }
            return rows;
        },
        [this, total](int count) {
            if (count < 0)
                summaryLabel()->clear();
            else if (count == 0)
                summaryLabel()->setText(tr("No record matches."));
            else
                showTotal(tr("%Ln record(s)", nullptr, int(*total)), *total, count,
                          count < *total ? tr("the newest are listed; narrow the filter to see older ones.")
                                         : QString());
        });
}

} // namespace hc
