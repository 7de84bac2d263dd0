// cases list, cases show CASE_NO, cases assign, found list: case files and found-person records.
#include "app/cli/Commands.h"
#include "app/cli/OptionValues.h"

#include "core/auth/Actor.h"
#include "core/cases/CaseJson.h"
#include "core/cases/CaseService.h"
#include "core/cases/FoundPersonService.h"
#include "core/registry/Vocabulary.h"

#include <QJsonArray>
#include <QJsonObject>

namespace hc::cli {

namespace {
QJsonObject rowJson(const CaseRow& r)
{
    return QJsonObject{{QStringLiteral("id"), r.id},
                       {QStringLiteral("case_no"), r.caseNo},
                       {QStringLiteral("subject"), r.subject},
                       {QStringLiteral("age"), r.age},
                       {QStringLiteral("station"), r.station},
                       {QStringLiteral("opened_at"), r.openedAt},
                       {QStringLiteral("days_open"), r.daysOpen},
                       {QStringLiteral("last_lead_at"), r.lastLeadAt},
                       {QStringLiteral("last_lead_kind"), r.lastLeadKind},
                       {QStringLiteral("status"), r.status},
                       {QStringLiteral("risk_level"), r.risk},
                       {QStringLiteral("source"), r.source},
                       {QStringLiteral("overdue"), r.overdue},
                       {QStringLiteral("officer_in_charge"), r.officer}};
}

QJsonObject fileJson(const CaseFile& c)
{
    QJsonArray leads, links;
    for (const Lead& l : c.leads)
        leads.append(QJsonObject{{QStringLiteral("at"), l.at},
                                 {QStringLiteral("kind"), l.kind},
                                 {QStringLiteral("text"), l.text},
                                 {QStringLiteral("source"), l.source},
                                 {QStringLiteral("officer"), l.officer}});
    for (const CaseLink& l : c.links)
        links.append(QJsonObject{{QStringLiteral("other_kind"), l.otherKind},
                                 {QStringLiteral("other_key"), l.otherKey},
                                 {QStringLiteral("other_label"), l.otherLabel},
                                 {QStringLiteral("kind"), l.kind},
                                 {QStringLiteral("confidence"), l.confidence},
                                 {QStringLiteral("note"), l.note}});
    QJsonObject out = toJson(c.fields);
    const QJsonObject more{{QStringLiteral("id"), c.id},
                           {QStringLiteral("case_no"), c.caseNo},
                           {QStringLiteral("operation"), c.operationName},
                           {QStringLiteral("station"), c.station},
                           {QStringLiteral("source"), c.source},
                           {QStringLiteral("status"), c.status},
                           {QStringLiteral("opened_at"), c.openedAt},
                           {QStringLiteral("subject_person_id"), c.subjectPersonId},
                           {QStringLiteral("outcome_date"), c.outcomeDate.toString(Qt::ISODate)},
                           {QStringLiteral("crime_kind"), c.crimeKind},
                           {QStringLiteral("family_reunited"), c.familyReunited},
                           {QStringLiteral("duplicate_of"), c.duplicateOfCaseNo},
                           {QStringLiteral("overdue"), c.overdue},
                           {QStringLiteral("officer_in_charge"), c.officerBadge},
                           {QStringLiteral("officer_name"), c.officerName},
                           {QStringLiteral("leads"), leads},
                           {QStringLiteral("links"), links}};
    for (auto it = more.begin(); it != more.end(); ++it)
        out.insert(it.key(), it.value());
    return out;
}

class CasesListCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(hc::cli::CasesListCommand)
public:
    CasesListCommand()
        : Command(
              {QStringLiteral("cases list"),
               QStringLiteral("--db F [--status S] [--station NAME] [--source S] [--search TEXT] [--overdue] "
                              "[--officer BADGE] [--json]"),
               tr("case files, with filters"),
               {{QStringLiteral("status"), tr("Only these statuses (comma-separated)."),
                 QStringLiteral("list")},
                {QStringLiteral("station"), tr("Only this station's cases."), QStringLiteral("name")},
                {QStringLiteral("source"), tr("screening or public_report."), QStringLiteral("source")},
                {QStringLiteral("search"), tr("Case number, subject's name or caller's phone."),
                 QStringLiteral("text")},
                {QStringLiteral("overdue"), tr("Only open cases with no lead for 7 days.")},
                {QStringLiteral("officer"), tr("Only the cases this officer is in charge of."),
                 QStringLiteral("badge")}},
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
        const auto rows = CaseService(call.db(), call.actor()).list(*filter);
        if (!rows)
            return call.fail(rows.error());
        QJsonArray list;
        for (const CaseRow& r : *rows) {
            if (call.json()) {
                list.append(rowJson(r));
                continue;
            }
            call.out() << r.caseNo << "  " << r.subject << "  "
                       << (r.age >= 0 ? QString::number(r.age) : QStringLiteral("-")) << "  " << r.station
                       << "  " << r.openedAt.left(10) << "  "
                       << Vocabulary::label(Vocabulary::Kind::CaseStatus, r.status) << "  "
                       << Vocabulary::label(Vocabulary::Kind::RiskLevel, r.risk)
                       << (r.overdue ? QStringLiteral("  ") + tr("OVERDUE") : QString()) << '\n';
        }
        if (call.json())
            return call.printJson(list);
        call.out() << tr("%n case(s)", nullptr, int(rows->size())) << '\n';
        return kDone;
    }

private:
    // The filter the options describe; an unknown status, source or station is refused.
    static Result<CaseFilter> filter(const Invocation& call)
    {
        CaseFilter f;
        for (const QString& s : call.value("status").split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const auto code = Vocabulary::parse(Vocabulary::Kind::CaseStatus, s);
            if (!code)
                return invalid(
                    {},
                    tr("Unknown case status: %1 (use %2).")
                        .arg(s, Vocabulary::codes(Vocabulary::Kind::CaseStatus).join(QStringLiteral(", "))));
            f.statuses << *code;
        }
        if (call.isSet("source")) {
            const auto code = Vocabulary::parse(Vocabulary::Kind::CaseSource, call.value("source"));
            if (!code)
                return invalid({}, tr("--source: screening or public_report."));
            f.source = *code;
        }
        const auto station = OptionValues::station(call);
        if (!station)
            return station.error();
        f.stationId = *station;
        f.text = call.value("search");
        f.overdueOnly = call.isSet("overdue");
        if (call.isSet("officer")) {
            const auto officer = CaseService(call.db(), call.actor()).officerByBadge(call.value("officer"));
            if (!officer)
                return officer.error();
            f.officerId = officer->id;
        }
        return f;
    }
};

class CasesShowCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(hc::cli::CasesShowCommand)
public:
    CasesShowCommand()
        : Command({QStringLiteral("cases show"),
                   QStringLiteral("CASE_NO --db F [--json]"),
                   tr("one case file with its timeline and links"),
                   {},
                   DatabaseUse::OpenExisting,
                   true,
                   1})
    {
    }

protected:
    int execute(Invocation& call) const override
    {
        CaseService cases(call.db(), call.actor());
        const auto id = cases.findByNumber(call.positional().at(0));
        const auto file = id ? cases.load(*id) : Result<CaseFile>(id.error());
        if (!file)
            return call.fail(file.error());
        const QJsonObject j = fileJson(*file);
        if (call.json())
            return call.printJson(j);
        QTextStream& out = call.out();
        for (auto it = j.begin(); it != j.end(); ++it)
            if (!it.value().isArray())
                out << it.key() << ": " << it.value().toVariant().toString() << '\n';
        out << tr("Timeline:") << '\n';
        for (const Lead& l : file->leads)
            out << "  " << l.at << "  " << Vocabulary::label(Vocabulary::Kind::LeadKind, l.kind) << "  "
                << l.text << "  " << l.source << "  " << l.officer << '\n';
        out << tr("Links:") << '\n';
        for (const CaseLink& l : file->links)
            out << "  " << l.otherKind << ':' << l.otherKey << "  " << l.otherLabel << "  " << l.kind << "  "
                << l.confidence << "  " << l.note << '\n';
        return kDone;
    }
};

class CasesAssignCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(hc::cli::CasesAssignCommand)
public:
    CasesAssignCommand()
        : Command({QStringLiteral("cases assign"),
                   QStringLiteral("--db F --case CASE_NO --officer BADGE [--json]"),
                   tr("put an officer in charge of a case (or reassign it)"),
                   {{QStringLiteral("case"), tr("The case number."), QStringLiteral("case_no")},
                    {QStringLiteral("officer"), tr("The badge of the officer in charge."),
                     QStringLiteral("badge")}},
                   DatabaseUse::OpenExisting,
                   true})
    {
    }

protected:
    int check(Invocation& call) const override
    {
        return call.isSet("case") && call.isSet("officer")
                   ? kDone
                   : call.refuse(tr("Give --case CASE_NO and --officer BADGE."));
    }

    int execute(Invocation& call) const override
    {
        CaseService cases(call.db(), call.actor());
        const auto id = cases.findByNumber(call.value("case"));
        if (!id)
            return call.fail(id.error());
        const auto officer = cases.officerByBadge(call.value("officer"));
        if (!officer)
            return call.fail(officer.error());
        if (Status s = cases.assignOfficer(*id, officer->id); !s)
            return call.fail(s.error());
        const QString caseNo = call.value("case").trimmed().toUpper();
        if (call.json())
            return call.printJson(QJsonObject{{QStringLiteral("case_no"), caseNo},
                                              {QStringLiteral("officer_in_charge"), officer->badge},
                                              {QStringLiteral("officer_name"), officer->name}});
        call.out() << tr("%1 (%2) is in charge of case %3.").arg(officer->name, officer->badge, caseNo)
                   << '\n';
        return kDone;
    }
};

class FoundListCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(hc::cli::FoundListCommand)
public:
    FoundListCommand()
        : Command({QStringLiteral("found list"),
                   QStringLiteral("--db F [--status S] [--json]"),
                   tr("people found without identification"),
                   {{QStringLiteral("status"), tr("open, identified or closed."), QStringLiteral("status")}},
                   DatabaseUse::OpenExisting,
                   true})
    {
    }

protected:
    int check(Invocation& call) const override
    {
        return !call.isSet("status") || Vocabulary::parse(Vocabulary::Kind::FoundStatus, call.value("status"))
                   ? kDone
                   : call.refuse(tr("--status: open, identified or closed."));
    }

    int execute(Invocation& call) const override
    {
        FoundPersonFilter f;
        if (call.isSet("status"))
            f.status = *Vocabulary::parse(Vocabulary::Kind::FoundStatus, call.value("status"));
        const auto rows = FoundPersonService(call.db(), call.actor()).list(f);
        if (!rows)
            return call.fail(rows.error());
        QJsonArray list;
        for (const FoundPerson& r : *rows) {
            if (call.json()) {
                list.append(toJson(r));
                continue;
            }
            call.out() << r.recordNo << "  " << r.foundDate.toString(Qt::ISODate) << "  "
                       << Vocabulary::label(Vocabulary::Kind::FoundCircumstance, r.circumstance) << "  "
                       << Vocabulary::sexLabel(r.sex.isEmpty() ? QChar() : r.sex.at(0)) << "  "
                       << (r.ageMin >= 0 ? QString::number(r.ageMin) : QStringLiteral("?")) << '-'
                       << (r.ageMax >= 0 ? QString::number(r.ageMax) : QStringLiteral("?")) << "  "
                       << r.placeFound << "  " << Vocabulary::label(Vocabulary::Kind::FoundStatus, r.status)
                       << '\n';
        }
        return call.json() ? call.printJson(list) : kDone;
    }
};
} // namespace

Commands casesCommands()
{
    Commands c;
    c.push_back(std::make_unique<CasesListCommand>());
    c.push_back(std::make_unique<CasesShowCommand>());
    c.push_back(std::make_unique<CasesAssignCommand>());
    c.push_back(std::make_unique<FoundListCommand>());
    return c;
}

} // namespace hc::cli
