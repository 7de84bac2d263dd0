#include "ui/calls/CallsPage.h"

#include "core/auth/Scope.h"
#include "core/calls/CallService.h"
#include "core/common/Clock.h"
#include "core/common/DateText.h"
#include "core/households/HouseholdService.h"
#include "ui/calls/CallDialog.h"
#include "ui/calls/LogCallDialog.h"
#include "ui/cases/CaseDetailsForm.h"
#include "ui/common/ExportNames.h"
#include "ui/common/OfficerChooser.h"
#include "ui/common/SessionContext.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTableView>

namespace hc {

namespace {
QString oneLineText(QString s)
{
    return s.replace(u'\n', u' ');
}
} // namespace

CallsPage::CallsPage(SessionContext& session, QWidget* parent) : ListPage(session, SummaryAt::Buttons, parent)
{
    using M = RowsModel<Call>;
    m_model = new M(
        {
            {tr("Time"), M::text([](const Call& c) { return dateTimeText(c.at); })},
            {tr("Station"), M::text([](const Call& c) { return c.station; })},
            {tr("Line"), M::text([](const Call& c) {
                 return callLineOf(c.line) == CallLine::Officer ? c.lineOfficer
                                                                : CallService::lineLabel(c.line);
             })},
            {tr("Caller"),
             M::text([](const Call& c) { return c.callerName.isEmpty() ? tr("Anonymous") : c.callerName; })},
            {tr("Number"), M::text([](const Call& c) { return c.callerPhone; })},
            {tr("Reported"), M::text([](const Call& c) { return oneLineText(c.reportText); })},
            {tr("Result"), M::text([](const Call& c) { return CallService::resultLabel(c.result); })},
            {tr("Case / reason"),
             M::text([](const Call& c) { return c.caseNo.isEmpty() ? c.reason : c.caseNo; })},
            {tr("Logged by"), M::text([](const Call& c) { return c.loggedBy; })},
        },
        this);
    table()->setModel(m_model);
    setRowKey([this](int row) { return m_model->row(row).id; });
    connect(this, &ListPage::rowActivated, this, &CallsPage::openCurrent);
    buildFilterBar();

    m_log = new QPushButton(tr("&Log a call…"));
    m_log->setVisible(CallService(session.db(), session.actor()).mayLog());
    connect(m_log, &QPushButton::clicked, this, &CallsPage::logCall);
    m_open = new QPushButton(tr("&Open call"));
    connect(m_open, &QPushButton::clicked, this, &CallsPage::openCurrent);
    enableExport(
        tr("E&xport CSV…"), tr("Export the call log"),
        [this] {
            return exportFileName(
                QStringLiteral("calls"),
                {m_station->currentText(), Clock::instance().now().date().toString(Qt::ISODate)},
                QStringLiteral("csv"));
        },
        [](int rows, const QString& path) {
            return tr("Exported %n call(s) to %1.", nullptr, rows).arg(path);
        });
    buttonRow()->addWidget(m_log);
    buttonRow()->addWidget(m_open);
    buttonRow()->addWidget(exportButton());
    buttonRow()->addWidget(statusLabel(), 1);
    connect(&session, &SessionContext::dataChanged, this, &CallsPage::refresh);
}

void CallsPage::buildFilterBar()
{
    const Actor actor = session().actor();
    m_station = new QComboBox;
    if (!Scope::bound(actor))
        m_station->addItem(tr("All stations"), qint64(0));
    for (const StationRow& s : HouseholdService(session().db(), actor).stations())
        if (!Scope::bound(actor) || s.id == actor.stationId)
            m_station->addItem(s.name, s.id);
    m_station->setEnabled(m_station->count() > 1);
    m_from = makeOptionalDateEdit(tr("Any"));
    m_to = makeOptionalDateEdit(tr("Any"));
    m_line = new QComboBox;
    m_line->addItem(tr("Any line"), QString());
    for (const QString& line : CallService::lines())
        m_line->addItem(CallService::lineLabel(line), line);
    m_result = new QComboBox;
    m_result->addItem(tr("Any result"), QString());
    for (const QString& result : CallService::results())
        m_result->addItem(CallService::resultLabel(result), result);
    // Type-ahead: any part of an officer's name or badge.
    m_officer = new OfficerChooser(tr("Any officer"));
    QList<OfficerChooser::Choice> officers;
    if (const auto list = CallService(session().db(), actor).officers(Scope::stations(actor)))
        for (const CallOfficer& o : *list)
            officers << OfficerChooser::Choice{o.id, o.name, o.badge};
    m_officer->setChoices(officers);
    connect(m_officer, &OfficerChooser::officerChanged, this, &CallsPage::refresh);
    for (QComboBox* box : {m_station, m_line, m_result})
        connect(box, &QComboBox::currentIndexChanged, this, &CallsPage::refresh);
    for (QDateEdit* edit : {m_from, m_to})
        connect(edit, &QDateEdit::dateChanged, this, &CallsPage::refresh);
    addFilter(filterBar(), tr("Stati&on:"), m_station);
    addFilter(filterBar(), tr("&From:"), m_from);
    addFilter(filterBar(), tr("&to:"), m_to);
    QHBoxLayout* second = addFilterRow();
    addFilter(second, tr("L&ine:"), m_line);
    addFilter(second, tr("&Result:"), m_result);
    addFilter(second, tr("Offic&er:"), m_officer);
    second->addStretch(1);
}

QAbstractItemModel* CallsPage::model() const
{
    return m_model;
}

CallFilter CallsPage::filter() const
{
    CallFilter f;
    f.stationId = m_station->currentData().toLongLong();
    f.from = optionalDate(m_from);
    f.to = optionalDate(m_to);
    f.line = m_line->currentData().toString();
    f.result = m_result->currentData().toString();
    f.officerId = m_officer->officerId();
    return f;
}

void CallsPage::startLoad()
{
    summaryLabel()->setText(tr("Loading calls…"));
    loadRows(
        m_model,
        [actor = session().actor(), f = filter()](Database& db) { return CallService(db, actor).list(f); },
        [this](int count) { summarize(count); });
}

void CallsPage::summarize(int count)
{
    if (count < 0) {
        summaryLabel()->clear();
        return;
    }
    int opened = 0;
    for (const Call& c : m_model->rows())
        opened += callResultOf(c.result) == CallResult::Case;
    summaryLabel()->setText(count == 0 ? tr("No call matches.")
                                       : tr("Calls: %1, cases opened: %2").arg(count).arg(opened));
}

void CallsPage::openCurrent()
{
    const QModelIndex current = table()->currentIndex();
    if (!current.isValid())
        return;
    const auto call = CallService(session().db(), session().actor()).load(m_model->row(current.row()).id);
    if (!call) {
        errorLabel()->setText(call.error().message);
        errorLabel()->show();
        return;
    }
    auto* dialog = new CallDialog(*call, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CallDialog::caseRequested, this, &CallsPage::caseRequested);
    dialog->open();
}

LogCallDialog* CallsPage::logCall()
{
    if (m_dialog)
        return m_dialog;
    auto* dialog = new LogCallDialog(session(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &LogCallDialog::callLogged, &session(), &SessionContext::notifyDataChanged);
    m_dialog = dialog;
    dialog->open();
    return dialog;
}

} // namespace hc
