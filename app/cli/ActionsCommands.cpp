// actions list|raise|return|sign-off: the actions raised on cases (core/actions).
#include "app/cli/Commands.h"
#include "app/cli/OptionValues.h"

#include "core/actions/ActionService.h"
#include "core/auth/Actor.h"
#include "core/cases/CaseService.h"

#include <QJsonArray>
#include <QJsonObject>

namespace hc::cli {

namespace {
QJsonObject actionJson(const CaseAction& a)
{
    return QJsonObject{{QStringLiteral("id"), a.id},
                       {QStringLiteral("number"), ActionService::number(a.id)},
                       {QStringLiteral("case_no"), a.caseNo},
                       {QStringLiteral("subject"), a.subject},
                       {QStringLiteral("station"), a.station},
                       {QStringLiteral("what"), a.what},
                       {QStringLiteral("allocated_to"), a.allocatedBadge},
                       {QStringLiteral("allocated_name"), a.allocatedTo},
                       {QStringLiteral("due_date"), a.due.toString(Qt::ISODate)},
                       {QStringLiteral("priority"), a.priority},
                       {QStringLiteral("status"), a.status},
                       {QStringLiteral("result"), a.result},
                       {QStringLiteral("sent_back_reason"), a.sentBackReason},
                       {QStringLiteral("raised_by"), a.raisedBy},
                       {QStringLiteral("raised_at"), a.raisedAt},
                       {QStringLiteral("returned_at"), a.returnedAt},
                       {QStringLiteral("signed_off_by"), a.signedOffBy},
                       {QStringLiteral("signed_off_at"), a.signedOffAt},
                       {QStringLiteral("overdue"), a.overdue}};
}

// "A12" or "12"; 0 when neither.
qint64 actionId(const QString& text)
{
    QString t = text.trimmed();
    if (t.startsWith(QLatin1Char('A'), Qt::CaseInsensitive))
        t = t.mid(1);
    bool ok = false;
    const qint64 id = t.toLongLong(&ok);
    return ok && id > 0 ? id : 0;
}

// Prints the action as it is now (JSON or one line); kDone.
int printAction(Invocation& call, const QString& done, qint64 id)
{
    const auto a = ActionService(call.db(), call.actor()).load(id);
    if (!a)
        return call.fail(a.error());
    if (call.json())
        return call.printJson(actionJson(*a));
    call.out() << done << '\n';
    return kDone;
}

class ActionsListCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(hc::cli::ActionsListCommand)
public:
    ActionsListCommand()
        : Command(
              {QStringLiteral("actions list"),
               QStringLiteral("--db F [--officer BADGE] [--station NAME] [--case CASE_NO] [--status S] "
                              "[--overdue] [--json]"),
               tr("actions raised on cases, due first"),
               {{QStringLiteral("officer"), tr("Only the actions allocated to this officer."),
                 QStringLiteral("badge")},
                {QStringLiteral("station"), tr("Only this station's actions."), QStringLiteral("name")},
                {QStringLiteral("case"), tr("Only this case's actions."), QStringLiteral("case_no")},
                {QStringLiteral("status"),
                 tr("allocated, returned, sent_back or signed_off (comma-separated)."),
                 QStringLiteral("list")},
                {QStringLiteral("overdue"), tr("Only allocated or sent-back actions past their due date.")}},
               DatabaseUse::OpenExisting,
               true})
    {
    }

protected:
    int execute(Invocation& call) const override
    {
        const auto filter = this->filter(call);
        if (!filter)
            return call.fail(filter.error());
        const auto rows = ActionService(call.db(), call.actor()).list(*filter);
        if (!rows)
            return call.fail(rows.error());
        QJsonArray list;
        for (const CaseAction& a : *rows) {
            if (call.json()) {
                list.append(actionJson(a));
                continue;
            }
            call.out() << ActionService::number(a.id) << "  " << a.caseNo << "  "
                       << a.due.toString(Qt::ISODate) << "  " << ActionService::priorityLabel(a.priority)
                       << "  " << ActionService::statusLabel(a.status) << "  " << a.allocatedTo << "  "
                       << a.what << (a.overdue ? QStringLiteral("  ") + tr("OVERDUE") : QString()) << '\n';
        }
        if (call.json())
            return call.printJson(list);
        call.out() << tr("%n action(s)", nullptr, int(rows->size())) << '\n';
        return kDone;
    }

private:
    static Result<ActionFilter> filter(const Invocation& call)
    {
        ActionFilter f;
        ActionService actions(call.db(), call.actor());
        if (call.isSet("officer")) {
            const auto id = actions.officerId(call.value("officer"));
            if (!id)
                return id.error();
            f.allocatedTo = *id;
        }
        const auto station = OptionValues::station(call);
        if (!station)
            return station.error();
        f.stationId = *station;
        if (call.isSet("case")) {
            const auto id = CaseService(call.db(), call.actor()).findByNumber(call.value("case"));
            if (!id)
                return id.error();
            f.caseId = *id;
        }
        const QStringList known{QStringLiteral("allocated"), QStringLiteral("returned"),
                                QStringLiteral("sent_back"), QStringLiteral("signed_off")};
        for (const QString& s : call.value("status").split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            if (!known.contains(s.trimmed()))
                return invalid(
                    {}, tr("Unknown action status: %1 (use %2).").arg(s, known.join(QStringLiteral(", "))));
            f.statuses << s.trimmed();
        }
        f.overdueOnly = call.isSet("overdue");
        return f;
    }
};

class ActionsRaiseCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(hc::cli::ActionsRaiseCommand)
public:
    ActionsRaiseCommand()
        : Command({QStringLiteral("actions raise"),
                   QStringLiteral("--db F --case CASE_NO --officer BADGE --due DATE --what TEXT "
                                  "[--priority high|normal|low] [--json]"),
                   tr("raise an action on a case, allocated to an officer"),
                   {{QStringLiteral("case"), tr("The case number."), QStringLiteral("case_no")},
                    {QStringLiteral("officer"), tr("The badge of the officer who does it."),
                     QStringLiteral("badge")},
                    {QStringLiteral("due"), tr("The date it is due (YYYY-MM-DD)."), QStringLiteral("date")},
                    {QStringLiteral("what"), tr("What is to be done."), QStringLiteral("text")},
                    {QStringLiteral("priority"), tr("high, normal or low."), QStringLiteral("priority"),
                     QStringLiteral("normal")}},
                   DatabaseUse::OpenExisting,
                   true})
    {
    }

protected:
    int check(Invocation& call) const override
    {
        for (const char* option : {"case", "officer", "due", "what"})
            if (!call.isSet(option))
                return call.refuse(tr("Give --case, --officer, --due and --what."));
        if (!QDate::fromString(call.value("due"), Qt::ISODate).isValid())
            return call.refuse(tr("--due: a date as YYYY-MM-DD."));
        if (!ActionService::priorities().contains(call.value("priority")))
            return call.refuse(tr("--priority: high, normal or low."));
        return kDone;
    }

    int execute(Invocation& call) const override
    {
        ActionService actions(call.db(), call.actor());
        const auto caseId = CaseService(call.db(), call.actor()).findByNumber(call.value("case"));
        if (!caseId)
            return call.fail(caseId.error());
        const auto officer = actions.officerId(call.value("officer"));
        if (!officer)
            return call.fail(officer.error());
        ActionDraft d;
        d.caseId = *caseId;
        d.allocatedTo = *officer;
        d.due = QDate::fromString(call.value("due"), Qt::ISODate);
        d.what = call.value("what");
        d.priority = call.value("priority");
        const auto id = actions.raise(d);
        if (!id)
            return call.fail(id.error());
        return printAction(call, tr("Action %1 raised.").arg(ActionService::number(*id)), *id);
    }
};

class ActionsReturnCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(hc::cli::ActionsReturnCommand)
public:
    ActionsReturnCommand()
        : Command({QStringLiteral("actions return"),
                   QStringLiteral("--db F --action ID --result TEXT [--json]"),
                   tr("return an action with its result"),
                   {{QStringLiteral("action"), tr("The action (A12 or 12)."), QStringLiteral("id")},
                    {QStringLiteral("result"), tr("What was done and found."), QStringLiteral("text")}},
                   DatabaseUse::OpenExisting,
                   true})
    {
    }

protected:
    int check(Invocation& call) const override
    {
        return actionId(call.value("action")) && call.isSet("result")
                   ? kDone
                   : call.refuse(tr("Give --action ID and --result TEXT."));
    }

    int execute(Invocation& call) const override
    {
        const qint64 id = actionId(call.value("action"));
        if (Status s = ActionService(call.db(), call.actor()).returnResult(id, call.value("result")); !s)
            return call.fail(s.error());
        return printAction(call, tr("Action %1 returned.").arg(ActionService::number(id)), id);
    }
};

class ActionsSignOffCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(hc::cli::ActionsSignOffCommand)
public:
    ActionsSignOffCommand()
        : Command({QStringLiteral("actions sign-off"),
                   QStringLiteral("--db F --action ID [--send-back REASON] [--json]"),
                   tr("sign off a returned action, or send it back with a reason"),
                   {{QStringLiteral("action"), tr("The action (A12 or 12)."), QStringLiteral("id")},
                    {QStringLiteral("send-back"),
                     tr("Send it back to the officer instead, with this reason."), QStringLiteral("reason")}},
                   DatabaseUse::OpenExisting,
                   true})
    {
    }

protected:
    int check(Invocation& call) const override
    {
        return actionId(call.value("action")) ? kDone : call.refuse(tr("Give --action ID."));
    }

    int execute(Invocation& call) const override
    {
        const qint64 id = actionId(call.value("action"));
        ActionService actions(call.db(), call.actor());
        const bool back = call.isSet("send-back");
        if (Status s = back ? actions.sendBack(id, call.value("send-back")) : actions.signOff(id); !s)
            return call.fail(s.error());
        return printAction(call,
                           back ? tr("Action %1 sent back.").arg(ActionService::number(id))
                                : tr("Action %1 signed off.").arg(ActionService::number(id)),
                           id);
    }
};
} // namespace

Commands actionsCommands()
{
    Commands c;
    c.push_back(std::make_unique<ActionsListCommand>());
    c.push_back(std::make_unique<ActionsRaiseCommand>());
    c.push_back(std::make_unique<ActionsReturnCommand>());
    c.push_back(std::make_unique<ActionsSignOffCommand>());
    return c;
}

} // namespace hc::cli
