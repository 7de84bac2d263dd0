// crimes list|add|link (crimes as the bureau counts them: several victims' cases, suspects as
// link entities) and reunite (a family reunited with a person found alive or rescued).
#include "app/cli/Commands.h"
#include "app/cli/OptionValues.h"

#include "core/auth/Actor.h"
#include "core/cases/CaseService.h"
#include "core/crimes/CrimeService.h"
#include "core/crimes/ReunionService.h"
#include "core/registry/Vocabulary.h"

#include <QJsonArray>
#include <QJsonObject>

namespace hc::cli {

namespace {
QJsonObject rowJson(const CrimeRow& r)
{
    return QJsonObject{{QStringLiteral("id"), r.id},
                       {QStringLiteral("kind"), r.kind},
                       {QStringLiteral("date"), r.date.toString(Qt::ISODate)},
                       {QStringLiteral("criminal_case_no"), r.criminalCaseNo},
                       {QStringLiteral("solved"), r.solved},
                       {QStringLiteral("station"), r.station},
                       {QStringLiteral("victims"), r.victims},
                       {QStringLiteral("victim_cases"), r.victimCases},
                       {QStringLiteral("suspects"), r.suspects}};
}

// The row id of a case number; the error names the option.
Result<qint64> caseOf(const Invocation& call, const char* option)
{
    const auto id = CaseService(call.db(), call.actor()).findByNumber(call.value(option));
    if (!id)
        return Error{QStringLiteral("--") + QLatin1String(option), id.error().message, id.error().kind};
    return *id;
}

class CrimesListCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(hc::cli::CrimesListCommand)
public:
    CrimesListCommand()
        : Command({QStringLiteral("crimes list"),
                   QStringLiteral("--db F [--kind K] [--station NAME] [--case CASE_NO] [--json]"),
                   tr("crimes with their victims' cases, newest first"),
                   {{QStringLiteral("kind"), tr("homicide, kidnapping, trafficking or other."),
                     QStringLiteral("kind")},
                    {QStringLiteral("station"), tr("Only this station's crimes."), QStringLiteral("name")},
                    {QStringLiteral("case"), tr("Only the crimes this case is a victim of."),
                     QStringLiteral("case_no")}},
                   DatabaseUse::OpenExisting,
                   true})
    {
    }

protected:
    int execute(Invocation& call) const override
    {
        CrimeFilter f;
        if (call.isSet("kind")) {
            const auto kind = Vocabulary::parse(Vocabulary::Kind::CrimeKind, call.value("kind"));
            if (!kind)
                return call.refuse(tr("--kind: homicide, kidnapping, trafficking or other."));
            f.kind = *kind;
        }
        const auto station = OptionValues::station(call);
        if (!station)
            return call.fail(station.error());
        f.stationId = *station;
        if (call.isSet("case")) {
            const auto id = caseOf(call, "case");
            if (!id)
                return call.fail(id.error());
            f.caseId = *id;
        }
        const auto rows = CrimeService(call.db(), call.actor()).list(f);
        if (!rows)
            return call.fail(rows.error());
        QJsonArray list;
        for (const CrimeRow& r : *rows) {
            if (call.json()) {
                list.append(rowJson(r));
                continue;
            }
            call.out() << r.id << "  " << Vocabulary::label(Vocabulary::Kind::CrimeKind, r.kind) << "  "
                       << (r.date.isValid() ? r.date.toString(Qt::ISODate) : QStringLiteral("-")) << "  "
                       << (r.criminalCaseNo.isEmpty() ? QStringLiteral("-") : r.criminalCaseNo) << "  "
                       << (r.solved ? tr("solved") : tr("unsolved")) << "  " << r.station << "  "
                       << r.victimCases << '\n';
        }
        if (call.json())
            return call.printJson(list);
        call.out() << tr("%n crime(s)", nullptr, int(rows->size())) << '\n';
        return kDone;
    }
};

class CrimesAddCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(hc::cli::CrimesAddCommand)
public:
    CrimesAddCommand()
        : Command(
              {QStringLiteral("crimes add"),
               QStringLiteral("--db F --case CASE_NO --kind K [--date D] [--number N] [--solved] [--note T] "
                              "[--json]"),
               tr("record a crime with the case as its first victim"),
               {{QStringLiteral("case"), tr("A victim's case."), QStringLiteral("case_no")},
                {QStringLiteral("kind"), tr("homicide, kidnapping, trafficking or other."),
                 QStringLiteral("kind")},
                {QStringLiteral("date"), tr("When the crime was committed (YYYY-MM-DD)."),
                 QStringLiteral("date")},
                {QStringLiteral("number"), tr("The criminal case number."), QStringLiteral("text")},
                {QStringLiteral("solved"), tr("The crime is solved (cracked).")},
                {QStringLiteral("note"), tr("A note."), QStringLiteral("text")}},
               DatabaseUse::OpenExisting,
               true})
    {
    }

protected:
    int check(Invocation& call) const override
    {
        if (!call.isSet("case") || !call.isSet("kind"))
            return call.refuse(tr("Give --case and --kind."));
        return kDone;
    }

    int execute(Invocation& call) const override
    {
        const auto caseId = caseOf(call, "case");
        if (!caseId)
            return call.fail(caseId.error());
        const auto date = OptionValues::date(call, "date");
        if (!date)
            return call.fail(date.error());
        CrimeDraft d;
        d.kind =
            Vocabulary::parse(Vocabulary::Kind::CrimeKind, call.value("kind")).value_or(call.value("kind"));
        d.date = *date;
        d.criminalCaseNo = call.value("number");
        d.solved = call.isSet("solved");
        d.note = call.value("note");
        const auto id = CrimeService(call.db(), call.actor()).create(*caseId, d);
        if (!id)
            return call.fail(id.error());
        if (call.json())
            return call.printJson(QJsonObject{{QStringLiteral("id"), *id}});
        call.out() << tr("Crime %1 recorded.").arg(*id) << '\n';
        return kDone;
    }
};

class CrimesLinkCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(hc::cli::CrimesLinkCommand)
public:
    CrimesLinkCommand()
        : Command({QStringLiteral("crimes link"),
                   QStringLiteral("--db F --crime ID [--victim CASE_NO] [--suspect KIND:KEY] [--note T]"),
                   tr("add another victim's case or a suspect to a crime"),
                   {{QStringLiteral("crime"), tr("The crime's number."), QStringLiteral("id")},
                    {QStringLiteral("victim"), tr("Another victim's case."), QStringLiteral("case_no")},
                    {QStringLiteral("suspect"),
                     tr("A suspect: person, phone, vehicle, address, household or case."),
                     QStringLiteral("kind:key")},
                    {QStringLiteral("note"), tr("A note on the suspect."), QStringLiteral("text")}},
                   DatabaseUse::OpenExisting,
                   false})
    {
    }

protected:
    int check(Invocation& call) const override
    {
        bool ok = false;
        if (call.value("crime").toLongLong(&ok) <= 0 || !ok)
            return call.refuse(tr("--crime: give the crime's number."));
        if (!call.isSet("victim") && !call.isSet("suspect"))
            return call.refuse(tr("Give --victim, --suspect or both."));
        if (call.isSet("suspect") && !EntityRef::parse(call.value("suspect")))
            return call.refuse(tr("--suspect: give an entity as kind:key (person, case, household, phone, "
                                  "address, vehicle)."));
        return kDone;
    }

    int execute(Invocation& call) const override
    {
        const qint64 crime = call.value("crime").toLongLong();
        CrimeService crimes(call.db(), call.actor());
        if (call.isSet("victim")) {
            const auto caseId = caseOf(call, "victim");
            if (!caseId)
                return call.fail(caseId.error());
            if (Status s = crimes.addVictim(crime, *caseId); !s)
                return call.fail(s.error());
            call.out() << tr("Case %1 added to crime %2.").arg(call.value("victim")).arg(crime) << '\n';
        }
        if (call.isSet("suspect")) {
            if (Status s =
                    crimes.addSuspect(crime, *EntityRef::parse(call.value("suspect")), call.value("note"));
                !s)
                return call.fail(s.error());
            call.out() << tr("Suspect %1 added to crime %2.").arg(call.value("suspect")).arg(crime) << '\n';
        }
        return kDone;
    }
};

class ReuniteCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(hc::cli::ReuniteCommand)
public:
    ReuniteCommand()
        : Command(
              {QStringLiteral("reunite"),
               QStringLiteral("--db F --case CASE_NO --date D --how HOW [--family KEY] [--note T]"),
               tr("record a family reunited with a person found alive or rescued"),
               {{QStringLiteral("case"), tr("The case that closed found alive or rescued."),
                 QStringLiteral("case_no")},
                {QStringLiteral("date"), tr("The day of the reunion (YYYY-MM-DD)."), QStringLiteral("date")},
                {QStringLiteral("how"), tr("in_person, video or station."), QStringLiteral("how")},
                {QStringLiteral("family"), tr("The family it counts for (default: the subject's household)."),
                 QStringLiteral("key")},
                {QStringLiteral("note"), tr("A note."), QStringLiteral("text")}},
               DatabaseUse::OpenExisting,
               false})
    {
    }

protected:
    int check(Invocation& call) const override
    {
        if (!call.isSet("case") || !call.isSet("date") || !call.isSet("how"))
            return call.refuse(tr("Give --case, --date and --how."));
        return kDone;
    }

    int execute(Invocation& call) const override
    {
        const auto caseId = caseOf(call, "case");
        if (!caseId)
            return call.fail(caseId.error());
        const auto date = OptionValues::date(call, "date");
        if (!date)
            return call.fail(date.error());
        const ReunionDraft d{*date, call.value("how"), call.value("family"), call.value("note")};
        const auto id = ReunionService(call.db(), call.actor()).record(*caseId, d);
        if (!id)
            return call.fail(id.error());
        call.out() << tr("Family of case %1 reunited.").arg(call.value("case")) << '\n';
        return kDone;
    }
};
} // namespace

Commands crimesCommands()
{
    Commands c;
    c.push_back(std::make_unique<CrimesListCommand>());
    c.push_back(std::make_unique<CrimesAddCommand>());
    c.push_back(std::make_unique<CrimesLinkCommand>());
    c.push_back(std::make_unique<ReuniteCommand>());
    return c;
}

} // namespace hc::cli
