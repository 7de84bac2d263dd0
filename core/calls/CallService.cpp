#include "core/calls/CallService.h"

#include "core/audit/AuditLog.h"
#include "core/auth/Scope.h"
#include "core/calls/CallStore.h"
#include "core/cases/CaseService.h"
#include "core/cases/RecordNumbers.h"
#include "core/common/Clock.h"
#include "core/imports/ImportRun.h"
#include "core/storage/Database.h"
#include "core/storage/Transaction.h"

#include <QJsonObject>

namespace hc {

namespace {
const QString kEntity = QStringLiteral("call");

QJsonObject toJson(const CallDraft& d, qint64 caseId, qint64 leadId)
{
    return {{QStringLiteral("at"), wallText(d.at)},
            {QStringLiteral("caller_name"), d.callerName},
            {QStringLiteral("caller_phone"), d.callerPhone},
            {QStringLiteral("line"), d.line},
            {QStringLiteral("line_officer_id"), d.lineOfficerId},
            {QStringLiteral("station_id"), d.stationId},
            {QStringLiteral("report_text"), d.reportText},
            {QStringLiteral("result"), d.result},
            {QStringLiteral("case_id"), caseId},
            {QStringLiteral("lead_id"), leadId},
            {QStringLiteral("reason"), d.reason}};
}

bool isPhone(const QString& phone)
{
    bool digits = phone.size() >= 7 && phone.size() <= 20;
    for (QChar c : phone)
        digits = digits && c.isDigit() && c.unicode() < 128;
    return digits;
}
} // namespace

std::optional<CallLine> callLineOf(const QString& code)
{
    const qsizetype i = code.isEmpty() ? -1 : CallService::lines().indexOf(code);
    return i < 0 ? std::nullopt : std::optional(CallLine(i));
}

std::optional<CallResult> callResultOf(const QString& code)
{
    const qsizetype i = code.isEmpty() ? -1 : CallService::results().indexOf(code);
    return i < 0 ? std::nullopt : std::optional(CallResult(i));
}

CallService::CallService(Database& db, Actor actor) : m_db(db), m_actor(std::move(actor)) {}

const QStringList& CallService::lines()
{
    static const QStringList codes = {QStringLiteral("hotline"), QStringLiteral("officer")};
    return codes;
}

QString CallService::lineLabel(const QString& line)
{
    if (line == u"hotline")
        return tr("Hotline %1").arg(hotlineNumber());
    if (line == u"officer")
        return tr("Officer's published phone");
    return line;
}

const QStringList& CallService::results()
{
    static const QStringList codes = {QStringLiteral("case"), QStringLiteral("lead"), QStringLiteral("info"),
                                      QStringLiteral("none")};
    return codes;
}

QString CallService::resultLabel(const QString& result)
{
    if (result == u"case")
        return tr("Case opened");
    if (result == u"lead")
        return tr("Lead added to a case");
    if (result == u"info")
        return tr("Information only");
    if (result == u"none")
        return tr("No action");
    return result;
}

CallDraft CallService::normalised(const CallDraft& draft) const
{
    CallDraft d = draft;
    d.callerName = d.callerName.trimmed();
    d.callerPhone = normalisedPhone(d.callerPhone.trimmed());
    d.reportText = d.reportText.trimmed();
    d.reason = d.result == u"none" ? d.reason.trimmed() : QString();
    if (!d.stationId)
        d.stationId = m_actor.stationId;
    if (d.line != u"officer")
        d.lineOfficerId = 0;
    if (d.result != u"lead")
        d.caseId = 0;
    return d;
}

Status CallService::validate(const CallDraft& draft) const
{
    const CallDraft d = normalised(draft);
    if (!d.at.isValid())
        return invalid(QStringLiteral("at"), tr("Enter when the call came in."));
    if (d.at > wallClock(Clock::instance().now()))
        return invalid(QStringLiteral("at"), tr("The time of the call is in the future."));
    if (d.callerName.size() > 100)
        return invalid(QStringLiteral("caller_name"),
                       tr("The caller's name is at most 100 characters long."));
    if (!isPhone(d.callerPhone))
        return invalid(QStringLiteral("caller_phone"),
                       tr("The caller's number is 7 to 20 digits (spaces and hyphens are allowed)."));
    if (!lines().contains(d.line))
        return invalid(QStringLiteral("line"), tr("Choose the line: the hotline or an officer's phone."));
    if (d.line == u"officer" && !d.lineOfficerId)
        return invalid(QStringLiteral("officer"), tr("Choose the officer whose phone took the call."));
    if (!d.stationId)
        return invalid(QStringLiteral("station"), tr("Choose the station that took the call."));
    if (d.reportText.isEmpty())
        return invalid(QStringLiteral("report_text"), tr("Write down what the caller reported."));
    if (!results().contains(d.result))
        return invalid(QStringLiteral("result"), tr("Choose what came of the call."));
    if (d.result == u"lead" && !d.caseId)
        return invalid(QStringLiteral("case"), tr("Enter the case the call adds a lead to."));
    if (d.result == u"none" && d.reason.isEmpty())
        return invalid(QStringLiteral("reason"), tr("Say why nothing was done."));
    if (d.result == u"case" && d.subject.subjectName.trimmed().isEmpty())
        return invalid(QStringLiteral("subject_name"), tr("Enter the missing person's name."));
    return {};
}

Status CallService::checkPlaces(const CallDraft& d) const
{
    const CallStore store(m_db.sql());
    const auto exists = store.stationExists(d.stationId);
    if (!exists)
        return exists.error();
    if (!*exists)
        return notFound(QStringLiteral("station"), tr("There is no station number %1.").arg(d.stationId));
    if (Status s = checkStation(m_db.sql(), m_actor, d.stationId, QStringLiteral("station"),
                                QString::number(d.stationId), tr("log the calls of another station"));
        !s)
        return s;
    if (!d.lineOfficerId)
        return {};
    const auto officer = store.officer(d.lineOfficerId);
    if (!officer)
        return officer.error();
    if (!*officer)
        return notFound(QStringLiteral("officer"),
                        tr("There is no active officer number %1.").arg(d.lineOfficerId));
    return {};
}

Status CallService::carryOut(const CallDraft& d, qint64& caseId, qint64& leadId)
{
    CaseService cases(m_db, m_actor);
    if (d.result == u"case") {
        PublicReport r = d.subject;
        r.reporterName = d.callerName.isEmpty() ? tr("Anonymous caller") : d.callerName;
        r.reporterPhone = d.callerPhone;
        r.reportText = d.reportText;
        r.stationId = d.stationId;
        if (r.risk.isEmpty())
            r.risk = QStringLiteral("medium"); // CaseRisk's rule decides
        const auto opened = cases.openFromCall(r);
        if (!opened)
            return opened.error();
        caseId = *opened;
    } else if (d.result == u"lead") {
        const QString source = d.line == u"hotline" ? lineLabel(d.line) : tr("Officer's published phone");
        const QString caller = d.callerName.isEmpty() ? tr("anonymous caller") : d.callerName;
        const LeadDraft lead{d.at, QStringLiteral("call"), d.reportText,
                             tr("%1, %2 (%3)").arg(source, caller, d.callerPhone)};
        const auto added = cases.addCallLead(d.caseId, lead);
        if (!added)
            return added.error();
        caseId = d.caseId;
        leadId = *added;
    }
    return {};
}

Result<qint64> CallService::log(const CallDraft& draft)
{
    if (!mayLog())
        return refused(m_db.sql(), m_actor, kEntity, QString(),
                       denied(Roles::deniedMessage(m_actor, tr("log calls"))));
    const CallDraft d = normalised(draft);
    if (Status s = validate(d); !s)
        return s.error();
    if (Status s = checkPlaces(d); !s)
        return s.error();
    Transaction tx(m_db.sql());
    qint64 caseId = 0, leadId = 0;
    if (Status s = carryOut(d, caseId, leadId); !s)
        return s.error();
    const auto id =
        CallStore(m_db.sql()).insert(d, caseId, leadId, m_actor.userId, wallText(Clock::instance().now()));
    if (!id)
        return id.error();
    if (Status s = AuditLog(m_db.sql())
                       .append(m_actor, QStringLiteral("create"), kEntity, QString::number(*id), {},
                               toJson(d, caseId, leadId));
        !s)
        return s.error();
    if (!tx.commit())
        return tx.error();
    return *id;
}

Result<Call> CallService::load(qint64 callId) const
{
    const auto call = CallStore(m_db.sql()).load(callId);
    if (!call)
        return call.error();
    if (!*call)
        return notFound(QStringLiteral("call"), tr("There is no call number %1.").arg(callId));
    if (Status s = checkStation(m_db.sql(), m_actor, (*call)->stationId, kEntity, QString::number(callId),
                                tr("open the calls of another station"));
        !s)
        return s.error();
    if (Status s = auditRead(m_db.sql(), m_actor, QStringLiteral("view"), kEntity, QString::number(callId));
        !s)
        return s.error();
    return **call;
}

Result<QList<Call>> CallService::list(const CallFilter& f) const
{
    const auto station = Scope::narrow(m_actor, f.stationId, tr("see the calls of another station"));
    if (!station)
        return refused(m_db.sql(), m_actor, QStringLiteral("station"), QString::number(f.stationId),
                       station.error());
    CallFilter scoped = f;
    scoped.stationId = *station;
    return CallStore(m_db.sql()).list(scoped);
}

Result<QList<CallOfficer>> CallService::officers(qint64 stationId) const
{
    const auto station = Scope::narrow(m_actor, stationId, tr("see the officers of another station"));
    if (!station)
        return refused(m_db.sql(), m_actor, QStringLiteral("station"), QString::number(stationId),
                       station.error());
    return CallStore(m_db.sql()).officers(*station);
}

Result<CallOfficer> CallService::officerByBadge(const QString& badge) const
{
    const auto found = CallStore(m_db.sql()).officerByBadge(badge);
    if (!found)
        return found.error();
    if (!*found)
        return notFound(QStringLiteral("officer"),
                        tr("There is no active officer with badge %1.").arg(badge));
    if (Status s = checkStation(m_db.sql(), m_actor, (*found)->stationId, QStringLiteral("user"), badge,
                                tr("see the officers of another station"));
        !s)
        return s.error();
    return **found;
}

} // namespace hc
