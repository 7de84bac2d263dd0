// unregistered list|show|update: the registration files of people found living with no household
// registration (core/registration).
#include "app/cli/Commands.h"
#include "app/cli/OptionValues.h"

#include "core/registration/RegistrationService.h"

#include <QJsonArray>
#include <QJsonObject>

namespace hc::cli {

namespace {
QString iso(const QDate& d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

QJsonObject fileJson(const RegistrationFile& f)
{
    const RegistrationChecklist& c = f.checklist;
    return QJsonObject{
        {QStringLiteral("person_id"), f.personId},
        {QStringLiteral("name"), f.name},
        {QStringLiteral("sex"), f.sex},
        {QStringLiteral("birth_year"), f.birthYear},
        {QStringLiteral("station"), f.station},
        {QStringLiteral("found_household_no"), f.foundHouseholdNo},
        {QStringLiteral("found_address"), f.foundAddress},
        {QStringLiteral("found_on"), iso(f.foundOn)},
        {QStringLiteral("stage"), f.stage},
        {QStringLiteral("officer"), f.officerBadge},
        {QStringLiteral("officer_name"), f.officer},
        {QStringLiteral("referred_on"), iso(f.referredOn)},
        {QStringLiteral("documents_on"), iso(f.documentsOn)},
        {QStringLiteral("filed_on"), iso(f.filedOn)},
        {QStringLiteral("registered_on"), iso(f.registeredOn)},
        {QStringLiteral("id_card_on"), iso(f.idCardOn)},
        {QStringLiteral("closed_on"), iso(f.closedOn)},
        {QStringLiteral("documents"), QJsonObject{{QStringLiteral("birth"), c.birthProof},
                                                  {QStringLiteral("parents"), c.parents},
                                                  {QStringLiteral("dna_needed"), c.dnaNeeded},
                                                  {QStringLiteral("dna"), c.dna},
                                                  {QStringLiteral("certificate"), c.certificate}}},
        {QStringLiteral("closed_reason"), f.closedReason},
        {QStringLiteral("closed_note"), f.closedNote},
        {QStringLiteral("household_no"), f.householdNo},
        {QStringLiteral("household_created"), f.householdCreated},
        {QStringLiteral("id_number"), f.idNumber},
        {QStringLiteral("last_step_on"), iso(f.lastStepOn)},
        {QStringLiteral("idle_days"), f.idleDays},
        {QStringLiteral("stalled"), f.stalled}};
}

// The person's id from --person; 0 when it is not a positive number.
qint64 personId(const Invocation& call)
{
    bool ok = false;
    const qint64 id = call.value("person").trimmed().toLongLong(&ok);
    return ok && id > 0 ? id : 0;
}

QCommandLineOption personOption()
{
    return {QStringLiteral("person"),
            QCoreApplication::translate("hc::cli::Registration", "The person's number."),
            QStringLiteral("id")};
}

class UnregisteredListCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(hc::cli::UnregisteredListCommand)
public:
    UnregisteredListCommand()
        : Command(
              {QStringLiteral("unregistered list"),
               QStringLiteral("--db F [--station NAME] [--stage S] [--stalled] [--officer BADGE] [--json]"),
               tr("people found without registration and their registration files"),
               {{QStringLiteral("station"), tr("Only this station's files."), QStringLiteral("name")},
                {QStringLiteral("stage"),
                 tr("found, referred, documents, filed, registered, id_card or closed (comma-separated)."),
                 QStringLiteral("list")},
                {QStringLiteral("stalled"), tr("Only open files with no progress for 30 days.")},
                {QStringLiteral("officer"), tr("Only the files this officer is responsible for."),
                 QStringLiteral("badge")}},
               DatabaseUse::OpenExisting,
               true})
    {
    }

protected:
    int check(Invocation& call) const override
    {
        for (const QString& s : call.value("stage").split(QLatin1Char(','), Qt::SkipEmptyParts))
            if (!RegistrationService::stages().contains(s.trimmed()))
                return call.refuse(tr("Unknown stage: %1 (use %2).")
                                       .arg(s, RegistrationService::stages().join(QStringLiteral(", "))));
        return kDone;
    }

    int execute(Invocation& call) const override
    {
        const auto filter = this->filter(call);
        if (!filter)
            return call.fail(filter.error());
        const auto rows = RegistrationService(call.db(), call.actor()).list(*filter);
        if (!rows)
            return call.fail(rows.error());
        if (call.json()) {
            QJsonArray list;
            for (const RegistrationFile& f : *rows)
                list.append(fileJson(f));
            return call.printJson(list);
        }
        for (const RegistrationFile& f : *rows)
            call.out() << f.personId << "  " << f.name << "  " << f.station << "  " << f.foundHouseholdNo
                       << "  " << RegistrationService::stageLabel(f.stage) << "  " << iso(f.lastStepOn)
                       << "  " << f.officer
                       << (f.stalled ? QStringLiteral("  ") + tr("NO PROGRESS") : QString()) << '\n';
        call.out() << tr("%n file(s)", nullptr, int(rows->size())) << '\n';
        return kDone;
    }

private:
    static Result<RegistrationFilter> filter(const Invocation& call)
    {
        RegistrationFilter f;
        const auto station = OptionValues::station(call);
        if (!station)
            return station.error();
        f.stationId = *station;
        if (call.isSet("officer")) {
            const auto id = RegistrationService(call.db(), call.actor()).officerId(call.value("officer"));
            if (!id)
                return id.error();
            f.officerId = *id;
        }
        for (const QString& s : call.value("stage").split(QLatin1Char(','), Qt::SkipEmptyParts))
            f.stages << s.trimmed();
        f.stalledOnly = call.isSet("stalled");
        return f;
    }
};

class UnregisteredShowCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(hc::cli::UnregisteredShowCommand)
public:
    UnregisteredShowCommand()
        : Command({QStringLiteral("unregistered show"),
                   QStringLiteral("--db F --person ID [--json]"),
                   tr("one registration file with its timeline"),
                   {personOption()},
                   DatabaseUse::OpenExisting,
                   true})
    {
    }

protected:
    int check(Invocation& call) const override
    {
        return personId(call) ? kDone : call.refuse(tr("--person: the person's number."));
    }

    int execute(Invocation& call) const override
    {
        RegistrationService service(call.db(), call.actor());
        const auto f = service.load(personId(call));
        if (!f)
            return call.fail(f.error());
        const auto events = service.timeline(f->personId);
        if (!events)
            return call.fail(events.error());
        if (call.json()) {
            QJsonObject o = fileJson(*f);
            QJsonArray timeline;
            for (const RegistrationEvent& e : *events)
                timeline.append(QJsonObject{{QStringLiteral("stage"), e.stage},
                                            {QStringLiteral("date"), iso(e.onDate)},
                                            {QStringLiteral("note"), e.note},
                                            {QStringLiteral("by"), e.by},
                                            {QStringLiteral("at"), e.at}});
            o.insert(QStringLiteral("timeline"), timeline);
            return call.printJson(o);
        }
        call.out()
            << tr("%1, found at %2 (%3) on %4").arg(f->name, f->foundHouseholdNo, f->station, iso(f->foundOn))
            << '\n'
            << tr("Stage: %1").arg(RegistrationService::stageLabel(f->stage)) << '\n';
        if (!f->officer.isEmpty())
            call.out() << tr("Officer responsible: %1 (%2)").arg(f->officer, f->officerBadge) << '\n';
        if (!f->idNumber.isEmpty())
            call.out() << tr("Registered in household %1, ID number %2").arg(f->householdNo, f->idNumber)
                       << '\n';
        for (const RegistrationEvent& e : *events)
            call.out() << iso(e.onDate) << "  " << RegistrationService::stageLabel(e.stage) << "  " << e.by
                       << (e.note.isEmpty() ? QString() : QStringLiteral("  ") + e.note) << '\n';
        return kDone;
    }
};

class UnregisteredUpdateCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(hc::cli::UnregisteredUpdateCommand)
public:
    UnregisteredUpdateCommand()
        : Command(
              {QStringLiteral("unregistered update"),
               QStringLiteral(
                   "--db F --person ID --stage STAGE --date D [--officer BADGE] [--documents LIST] "
                   "[--dna-needed] [--id-number N] [--household NO] [--new-household] [--address A] "
                   "[--reason R] [--note TEXT] [--json]"),
               tr("move a registration file to its next stage"),
               {personOption(),
                {QStringLiteral("stage"), tr("referred, documents, filed, registered, id_card or closed."),
                 QStringLiteral("stage")},
                {QStringLiteral("date"), tr("The date of the step (YYYY-MM-DD)."), QStringLiteral("date")},
                {QStringLiteral("officer"),
                 tr("referred: the badge of the officer responsible (default: you)."),
                 QStringLiteral("badge")},
                {QStringLiteral("documents"),
                 tr("documents: those gathered, of birth, parents, dna, certificate (comma-separated)."),
                 QStringLiteral("list")},
                {QStringLiteral("dna-needed"), tr("documents: a DNA test is needed for this person.")},
                {QStringLiteral("id-number"), tr("registered: the new ID number."), QStringLiteral("number")},
                {QStringLiteral("household"), tr("registered: the household joined."), QStringLiteral("no")},
                {QStringLiteral("new-household"), tr("registered: create --household in the area found.")},
                {QStringLiteral("address"),
                 tr("registered: the new household's address (default: where found)."),
                 QStringLiteral("address")},
                {QStringLiteral("reason"), tr("closed: not_eligible, moved_away or registered_elsewhere."),
                 QStringLiteral("reason")},
                {QStringLiteral("note"), tr("A remark for the timeline (closed: the reason in words)."),
                 QStringLiteral("text")}},
               DatabaseUse::OpenExisting,
               true})
    {
    }

protected:
    int check(Invocation& call) const override
    {
        if (!personId(call) || !call.isSet("stage") || !call.isSet("date"))
            return call.refuse(tr("Give --person, --stage and --date."));
        if (!QDate::fromString(call.value("date"), Qt::ISODate).isValid())
            return call.refuse(tr("--date: a date as YYYY-MM-DD."));
        const QStringList known{QStringLiteral("birth"), QStringLiteral("parents"), QStringLiteral("dna"),
                                QStringLiteral("certificate")};
        for (const QString& d : call.value("documents").split(QLatin1Char(','), Qt::SkipEmptyParts))
            if (!known.contains(d.trimmed()))
                return call.refuse(
                    tr("Unknown document: %1 (use %2).").arg(d, known.join(QStringLiteral(", "))));
        return kDone;
    }

    int execute(Invocation& call) const override
    {
        RegistrationService service(call.db(), call.actor());
        auto step = this->step(call, service);
        if (!step)
            return call.fail(step.error());
        if (Status s = service.advance(*step); !s)
            return call.fail(s.error());
        const auto f = service.load(step->personId);
        if (!f)
            return call.fail(f.error());
        if (call.json())
            return call.printJson(fileJson(*f));
        call.out()
            << tr("%1: %2 on %3.").arg(f->name, RegistrationService::stageLabel(f->stage), iso(step->date))
            << '\n';
        return kDone;
    }

private:
    static Result<RegistrationStep> step(const Invocation& call, const RegistrationService& service)
    {
        RegistrationStep s;
        s.personId = personId(call);
        s.stage = call.value("stage").trimmed();
        s.date = QDate::fromString(call.value("date"), Qt::ISODate);
        if (call.isSet("officer")) {
            const auto id = service.officerId(call.value("officer"));
            if (!id)
                return id.error();
            s.officerId = *id;
        }
        const QStringList docs = call.value("documents").split(QLatin1Char(','), Qt::SkipEmptyParts);
        s.checklist.birthProof = docs.contains(QStringLiteral("birth"));
        s.checklist.parents = docs.contains(QStringLiteral("parents"));
        s.checklist.dna = docs.contains(QStringLiteral("dna"));
        s.checklist.certificate = docs.contains(QStringLiteral("certificate"));
        s.checklist.dnaNeeded = call.isSet("dna-needed");
        s.idNumber = call.value("id-number");
        s.householdNo = call.value("household");
        s.newHousehold = call.isSet("new-household");
        s.address = call.value("address");
        s.closedReason = call.value("reason");
        s.note = call.value("note");
        return s;
    }
};
} // namespace

Commands registrationCommands()
{
    Commands c;
    c.push_back(std::make_unique<UnregisteredListCommand>());
    c.push_back(std::make_unique<UnregisteredShowCommand>());
    c.push_back(std::make_unique<UnregisteredUpdateCommand>());
    return c;
}

} // namespace hc::cli
