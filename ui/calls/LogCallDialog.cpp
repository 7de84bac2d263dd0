#include "ui/calls/LogCallDialog.h"

#include "core/auth/Scope.h"
#include "core/calls/CallService.h"
#include "core/cases/CaseService.h"
#include "core/common/Clock.h"
#include "core/households/HouseholdService.h"
#include "ui/cases/FieldErrors.h"
#include "ui/common/InlineError.h"
#include "ui/common/SessionContext.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace hc {

LogCallDialog::LogCallDialog(SessionContext& session, QWidget* parent)
    : QDialog(parent), m_session(session), m_errors(std::make_unique<FieldErrors>())
{
    setWindowTitle(tr("Log a call"));
    m_form = new QFormLayout;
    buildFields();
    buildChoices();
    m_error = makeErrorLabel();
    m_errors->setFallback(m_error);
    // Core's names for what the call hands on to the case it opens.
    m_errors->alias(QStringLiteral("reporter_name"), QStringLiteral("caller_name"));
    m_errors->alias(QStringLiteral("reporter_phone"), QStringLiteral("caller_phone"));
    m_errors->alias(QStringLiteral("subject_person"), QStringLiteral("subject_name"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_log = buttons->addButton(tr("&Log call"), QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &LogCallDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Write down the call as it comes in, then what came of it."));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addLayout(m_form);
    layout->addWidget(new QLabel(tr("* required")));
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    // Enter anywhere in the form logs the call (the dialog's default button), never cancels.
    buttons->button(QDialogButtonBox::Cancel)->setAutoDefault(false);
    m_log->setDefault(true);
    updateRows();
    resize(560, 600);
    m_caller->setFocus();
}

LogCallDialog::~LogCallDialog() = default;

void LogCallDialog::addRow(const QString& label, const QString& field, QWidget* widget, bool required)
{
    auto* name = new QLabel(required ? label + QStringLiteral(" *") : label);
    name->setBuddy(widget);
    if (required) {
        QFont bold = name->font();
        bold.setBold(true);
        name->setFont(bold);
        name->setToolTip(tr("Required"));
    }
    m_form->addRow(name, m_errors->wrap(field, widget));
}

void LogCallDialog::buildFields()
{
    m_time = new QDateTimeEdit(Clock::instance().now());
    m_time->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_time->setCalendarPopup(true);
    m_station = new QComboBox;
    m_line = new QComboBox;
    m_officer = new QComboBox;
    m_caller = new QLineEdit;
    m_caller->setPlaceholderText(tr("Leave empty for an anonymous caller"));
    m_number = new QLineEdit;
    m_report = new QPlainTextEdit;
    m_report->setTabChangesFocus(true);
    m_report->setMinimumHeight(80); // and the room the dialog has to spare: no blank band around it
    m_result = new QComboBox;
    m_case = new QLineEdit;
    m_case->setPlaceholderText(tr("e.g. SZ2026-00042"));
    m_subject = new QLineEdit;
    m_place = new QLineEdit;
    m_age = new QSpinBox;
    m_age->setRange(-1, 130);
    m_age->setSpecialValueText(tr("Not known"));
    m_age->setValue(-1);
    m_reason = new QLineEdit;
    addRow(tr("&Time:"), QStringLiteral("at"), m_time, true);
    addRow(tr("Stati&on:"), QStringLiteral("station"), m_station, true);
    addRow(tr("&Line:"), QStringLiteral("line"), m_line, true);
    addRow(tr("Offic&er's phone:"), QStringLiteral("officer"), m_officer, true);
    addRow(tr("&Caller:"), QStringLiteral("caller_name"), m_caller, false);
    addRow(tr("Caller's &number:"), QStringLiteral("caller_phone"), m_number, true);
    addRow(tr("&What was reported:"), QStringLiteral("report_text"), m_report, true);
    addRow(tr("&Result:"), QStringLiteral("result"), m_result, true);
    addRow(tr("C&ase no.:"), QStringLiteral("case"), m_case, true);
    addRow(tr("&Missing person:"), QStringLiteral("subject_name"), m_subject, true);
    addRow(tr("Last &seen at:"), QStringLiteral("last_seen_place"), m_place, true);
    addRow(tr("A&ge:"), QStringLiteral("age"), m_age, false);
    addRow(tr("Reason for no acti&on:"), QStringLiteral("reason"), m_reason, true);
    m_errors->require(QStringLiteral("caller_phone"), tr("Enter the caller's number."));
    m_errors->require(QStringLiteral("report_text"), tr("Write down what the caller reported."));
    m_errors->require(QStringLiteral("station"), tr("Choose the station that took the call."));
}

void LogCallDialog::buildChoices()
{
    const Actor actor = m_session.actor();
    for (const StationRow& s : HouseholdService(m_session.db(), actor).stations())
        if (!Scope::bound(actor) || s.id == actor.stationId)
            m_station->addItem(s.name, s.id);
    const int own = m_station->findData(m_session.defaultStationId());
    m_station->setCurrentIndex(own >= 0 ? own : 0);
    for (const QString& line : CallService::lines())
        m_line->addItem(CallService::lineLabel(line), line);
    if (const auto officers = CallService(m_session.db(), actor).officers(0))
        for (const CallOfficer& o : *officers)
            m_officer->addItem(tr("%1 (%2)").arg(o.name, o.badge), o.id);
    const int me = m_officer->findData(m_session.user().id);
    m_officer->setCurrentIndex(me >= 0 ? me : 0);
    for (const QString& result : CallService::results())
        m_result->addItem(CallService::resultLabel(result), result);
    m_result->setCurrentIndex(int(CallService::results().indexOf(QStringLiteral("info"))));
    connect(m_line, &QComboBox::currentIndexChanged, this, &LogCallDialog::updateRows);
    connect(m_result, &QComboBox::currentIndexChanged, this, &LogCallDialog::updateRows);
}

void LogCallDialog::updateRows()
{
    const std::optional<CallResult> result = callResultOf(m_result->currentData().toString());
    const bool officer = callLineOf(m_line->currentData().toString()) == CallLine::Officer;
    const bool lead = result == CallResult::Lead, opens = result == CallResult::Case,
               none = result == CallResult::None;
    const QList<QPair<QWidget*, bool>> rows = {{m_officer, officer}, {m_case, lead}, {m_subject, opens},
                                               {m_place, opens},     {m_age, opens}, {m_reason, none}};
    for (const auto& [field, shown] : rows)
        m_form->setRowVisible(field->parentWidget(), shown);
    const QList<std::tuple<QString, bool, QString>> needs = {
        {QStringLiteral("case"), lead, tr("Enter the case the call adds a lead to.")},
        {QStringLiteral("subject_name"), opens, tr("Enter the missing person's name.")},
        {QStringLiteral("last_seen_place"), opens, tr("Enter where the person was last seen.")},
        {QStringLiteral("reason"), none, tr("Say why nothing was done.")}};
    for (const auto& [field, needed, message] : needs) {
        if (needed)
            m_errors->require(field, message);
        else
            m_errors->unrequire(field);
    }
}

QLabel* LogCallDialog::errorLabel(const QString& field) const
{
    return m_errors->label(field);
}

bool LogCallDialog::submit()
{
    if (const QList<Error> missing = m_errors->missing(); !missing.isEmpty()) {
        m_errors->show(missing);
        return false;
    }
    CallDraft d;
    d.at = QDateTime(m_time->date(), m_time->time(), Qt::UTC); // wall-clock, as stored
    d.stationId = m_station->currentData().toLongLong();
    d.line = m_line->currentData().toString();
    d.lineOfficerId = callLineOf(d.line) == CallLine::Officer ? m_officer->currentData().toLongLong() : 0;
    d.callerName = m_caller->text();
    d.callerPhone = m_number->text();
    d.reportText = m_report->toPlainText();
    d.result = m_result->currentData().toString();
    d.reason = m_reason->text();
    d.subject.subjectName = m_subject->text();
    d.subject.lastSeenPlace = m_place->text();
    d.subject.age = m_age->value();
    d.subject.operationId = m_session.operationId();
    if (callResultOf(d.result) == CallResult::Lead) {
        const auto caseId = CaseService(m_session.db(), m_session.actor()).findByNumber(m_case->text());
        if (!caseId) {
            m_errors->show(caseId.error());
            return false;
        }
        d.caseId = *caseId;
    }
    const auto id = CallService(m_session.db(), m_session.actor()).log(d);
    if (!id) {
        m_errors->show(id.error());
        return false;
    }
    m_errors->clear();
    m_callId = *id;
    emit callLogged(m_callId);
    accept();
    return true;
}

} // namespace hc
