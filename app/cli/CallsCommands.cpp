// calls list|log: the call log of the hotline (96110) and officers' published phones.
#include "app/cli/Commands.h"
#include "app/cli/OptionValues.h"

#include "core/calls/CallService.h"
#include "core/cases/CaseService.h"
#include "core/imports/ImportRun.h"

#include <QJsonArray>
#include <QJsonObject>

namespace hc::cli {

namespace {
QJsonObject callJson(const Call& c)
{
    return QJsonObject{{QStringLiteral("id"), c.id},
                       {QStringLiteral("at"), c.at.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"))},
                       {QStringLiteral("station"), c.station},
                       {QStringLiteral("line"), c.line},
                       {QStringLiteral("officer"), c.lineOfficerBadge},
                       {QStringLiteral("caller"), c.callerName},
                       {QStringLiteral("number"), c.callerPhone},
                       {QStringLiteral("report"), c.reportText},
                       {QStringLiteral("result"), c.result},
                       {QStringLiteral("case_no"), c.caseNo},
                       {QStringLiteral("reason"), c.reason},
                       {QStringLiteral("logged_by"), c.loggedBy}};
}

// An error about an option's value, named after the option.
Error optionError(const char* option, const Error& e)
{
    return Error{QStringLiteral("--") + QLatin1String(option), e.message, e.kind};
}

class CallsListCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(hc::cli::CallsListCommand)
public:
    CallsListCommand()
        : Command({QStringLiteral("calls list"),
                   QStringLiteral("--db F [--from D] [--to D] [--station NAME] [--json]"),
                   tr("calls logged on the hotline and officers' phones, newest first"),
                   {{QStringLiteral("from"), tr("Calls on or after this day (YYYY-MM-DD)."),
                     QStringLiteral("date")},
                    {QStringLiteral("to"), tr("Calls on or before this day (YYYY-MM-DD)."),
                     QStringLiteral("date")},
                    {QStringLiteral("station"), tr("Only this station's calls."), QStringLiteral("name")}},
                   DatabaseUse::OpenExisting,
                   true})
    {
    }

protected:
    int execute(Invocation& call) const override
    {
        CallFilter f;
        const auto from = OptionValues::date(call, "from");
        const auto to = OptionValues::date(call, "to");
        const auto station = OptionValues::station(call);
        for (const Error* e : {from ? nullptr : &from.error(), to ? nullptr : &to.error(),
                               station ? nullptr : &station.error()})
            if (e)
                return call.fail(*e);
        f.from = *from;
        f.to = *to;
        f.stationId = *station;
        const auto rows = CallService(call.db(), call.actor()).list(f);
        if (!rows)
            return call.fail(rows.error());
        if (call.json()) {
            QJsonArray list;
            for (const Call& c : *rows)
                list.append(callJson(c));
            return call.printJson(list);
        }
        for (const Call& c : *rows)
            call.out() << c.id << "  " << c.at.toString(QStringLiteral("yyyy-MM-dd HH:mm")) << "  "
                       << c.station << "  " << CallService::lineLabel(c.line) << "  " << c.callerPhone << "  "
                       << CallService::resultLabel(c.result)
                       << (c.caseNo.isEmpty() ? QString() : u' ' + c.caseNo) << '\n';
        call.out() << tr("%n call(s)", nullptr, int(rows->size())) << '\n';
        return kDone;
    }
};

class CallsLogCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(hc::cli::CallsLogCommand)
public:
    CallsLogCommand()
        : Command({QStringLiteral("calls log"),
                   QStringLiteral(
                       "--db F --line hotline|officer [--officer BADGE] --time T [--caller NAME] --number N "
                       "--report TEXT --result case|lead|info|none [--case CASE_NO] [--reason TEXT] "
                       "[--station NAME] [--subject NAME --place TEXT [--age N]] [--json]"),
                   tr("log a call and carry out its result (open a case, add a lead)"), logOptions(),
                   DatabaseUse::OpenExisting, true})
    {
    }

protected:
    int check(Invocation& call) const override
    {
        for (const char* o : {"line", "time", "number", "report", "result"})
            if (!call.isSet(o))
                return call.refuse(tr("Give --line, --time, --number, --report and --result."));
        if (!CallService::lines().contains(call.value("line")))
            return call.refuse(tr("--line: hotline or officer."));
        if (!CallService::results().contains(call.value("result")))
            return call.refuse(tr("--result: case, lead, info or none."));
        if (!parseDateTime(call.value("time")).isValid())
            return call.refuse(tr("--time: give the time as YYYY-MM-DD HH:MM."));
        bool ok = true;
        if (call.isSet("age") && (call.value("age").toInt(&ok), !ok))
            return call.refuse(tr("--age: give the age in years."));
        return kDone;
    }

    int execute(Invocation& call) const override
    {
        const auto draft = draftOf(call);
        if (!draft)
            return call.fail(draft.error());
        const auto id = CallService(call.db(), call.actor()).log(*draft);
        if (!id)
            return call.fail(id.error());
        const auto logged = CallService(call.db(), call.actor()).load(*id);
        if (!logged)
            return call.fail(logged.error());
        if (call.json())
            return call.printJson(callJson(*logged));
        call.out() << tr("Call %1 logged: %2").arg(*id).arg(CallService::resultLabel(logged->result))
                   << (logged->caseNo.isEmpty() ? QString() : u' ' + logged->caseNo) << '\n';
        return kDone;
    }

private:
    static QList<QCommandLineOption> logOptions()
    {
        using C = QCommandLineOption;
        const QString text = QStringLiteral("text");
        return {C(QStringLiteral("line"), tr("hotline or officer."), QStringLiteral("line")),
                C(QStringLiteral("officer"), tr("The officer whose published phone took the call (badge)."),
                  QStringLiteral("badge")),
                C(QStringLiteral("time"), tr("When the call came in (YYYY-MM-DD HH:MM)."),
                  QStringLiteral("time")),
                C(QStringLiteral("caller"), tr("The caller's name (leave out: anonymous)."), text),
                C(QStringLiteral("number"), tr("The caller's number."), QStringLiteral("number")),
                C(QStringLiteral("report"), tr("What the caller reported."), text),
                C(QStringLiteral("result"), tr("case, lead, info or none."), QStringLiteral("result")),
                C(QStringLiteral("case"), tr("lead: the case the call adds a lead to."),
                  QStringLiteral("case_no")),
                C(QStringLiteral("reason"), tr("none: why nothing was done."), text),
                C(QStringLiteral("station"), tr("The station that took the call (default: yours)."),
                  QStringLiteral("name")),
                C(QStringLiteral("subject"), tr("case: the missing person's name."), QStringLiteral("name")),
                C(QStringLiteral("place"), tr("case: where the person was last seen."), text),
                C(QStringLiteral("age"), tr("case: the person's age, as the caller gives it."),
                  QStringLiteral("years"))};
    }

    static Result<CallDraft> draftOf(const Invocation& call)
    {
        CallDraft d;
        d.at = parseDateTime(call.value("time"));
        d.callerName = call.value("caller");
        d.callerPhone = call.value("number");
        d.line = call.value("line");
        d.reportText = call.value("report");
        d.result = call.value("result");
        d.reason = call.value("reason");
        const auto station = OptionValues::station(call);
        if (!station)
            return station.error();
        d.stationId = *station;
        if (d.line == u"officer") {
            const auto officer =
                CallService(call.db(), call.actor())
                    .officerByBadge(call.isSet("officer") ? call.value("officer") : call.actor().name);
            if (!officer)
                return optionError("officer", officer.error());
            d.lineOfficerId = officer->id;
        }
        if (call.isSet("case")) {
            const auto caseId = CaseService(call.db(), call.actor()).findByNumber(call.value("case"));
            if (!caseId)
                return optionError("case", caseId.error());
            d.caseId = *caseId;
        }
        d.subject.subjectName = call.value("subject");
        d.subject.lastSeenPlace = call.value("place");
        d.subject.age = call.isSet("age") ? call.value("age").toInt() : -1;
        return d;
    }
};
} // namespace

Commands callsCommands()
{
    Commands c;
    c.push_back(std::make_unique<CallsListCommand>());
    c.push_back(std::make_unique<CallsLogCommand>());
    return c;
}

} // namespace hc::cli
