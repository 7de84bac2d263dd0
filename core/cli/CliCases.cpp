#include "core/cli/CliCases.h"

#include "core/cases/CaseJson.h"

#include "core/auth/Actor.h"
#include "core/cases/CaseService.h"
#include "core/cases/FoundPersonService.h"
#include "core/households/HouseholdService.h"
#include "core/registry/Vocabulary.h"
#include "core/storage/Database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace hc {

namespace {
class CasesText
{
    Q_DECLARE_TR_FUNCTIONS(hc::CasesText)
};

constexpr int kFailed = 1, kBadArgs = 2;

QString jsonText(const QJsonValue& v)
{
    return QString::fromUtf8(v.isArray() ? QJsonDocument(v.toArray()).toJson(QJsonDocument::Indented)
                                         : QJsonDocument(v.toObject()).toJson(QJsonDocument::Indented));
}

// Parses `args` (args[0] "homecoming-cli cases", args[1] the action) and opens --db.
std::unique_ptr<Database> open(QCommandLineParser& p, QStringList args, int positional, QTextStream& err)
{
    p.addOption(
        {QStringLiteral("db"), CasesText::tr("The Homecoming database file."), QStringLiteral("file")});
    p.addOption({QStringLiteral("json"), CasesText::tr("Print the result as JSON.")});
    args[0] += QLatin1Char(' ') + args.at(1);
    args.removeAt(1);
    if (!p.parse(args) || p.value(QStringLiteral("db")).isEmpty() ||
        p.positionalArguments().size() != positional) {
        err << (p.errorText().isEmpty() ? CasesText::tr("--db FILE is required (and nothing else unnamed).")
                                        : p.errorText())
            << '\n';
        return nullptr;
    }
    auto db = Database::open(p.value(QStringLiteral("db")), Database::Mode::OpenExisting);
    if (!db) {
        err << db.error().text() << '\n';
        return nullptr;
    }
    return std::move(db).value();
}

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
                       {QStringLiteral("overdue"), r.overdue}};
}

QJsonObject fileJson(const CaseFile& c)
{
    const CaseFields& f = c.fields;
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
    QJsonObject out = toJson(f);
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
                           {QStringLiteral("leads"), leads},
                           {QStringLiteral("links"), links}};
    for (auto it = more.begin(); it != more.end(); ++it)
        out.insert(it.key(), it.value());
    return out;
}

int listCases(const QStringList& args, QTextStream& out, QTextStream& err)
{
    QCommandLineParser p;
    p.addOptions(
        {{QStringLiteral("status"), CasesText::tr("Only these statuses (comma-separated)."),
          QStringLiteral("list")},
         {QStringLiteral("station"), CasesText::tr("Only this station's cases."), QStringLiteral("name")},
         {QStringLiteral("source"), CasesText::tr("screening or public_report."), QStringLiteral("source")},
         {QStringLiteral("search"), CasesText::tr("Case number, subject's name or caller's phone."),
          QStringLiteral("text")},
         {QStringLiteral("overdue"), CasesText::tr("Only open cases with no lead for 7 days.")}});
    auto db = open(p, args, 0, err);
    if (!db)
        return kBadArgs;
    CaseFilter f;
    for (const QString& s : p.value(QStringLiteral("status")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const auto code = Vocabulary::parse(Vocabulary::Kind::CaseStatus, s);
        if (!code) {
            err << CasesText::tr("Unknown case status: %1 (use %2).")
                       .arg(s, Vocabulary::codes(Vocabulary::Kind::CaseStatus).join(QStringLiteral(", ")))
                << '\n';
            return kBadArgs;
        }
        f.statuses << *code;
    }
    if (p.isSet(QStringLiteral("source"))) {
        const auto code = Vocabulary::parse(Vocabulary::Kind::CaseSource, p.value(QStringLiteral("source")));
        if (!code) {
            err << CasesText::tr("--source: screening or public_report.") << '\n';
            return kBadArgs;
        }
        f.source = *code;
    }
    if (p.isSet(QStringLiteral("station"))) {
        for (const StationRow& s : HouseholdService(*db).stations())
            if (s.name == p.value(QStringLiteral("station")))
                f.stationId = s.id;
        if (!f.stationId) {
            err << CasesText::tr("There is no station named %1.").arg(p.value(QStringLiteral("station")))
                << '\n';
            return kBadArgs;
        }
    }
    f.text = p.value(QStringLiteral("search"));
    f.overdueOnly = p.isSet(QStringLiteral("overdue"));
    const auto rows = CaseService(*db, Actor::cli()).list(f);
    if (!rows) {
        err << rows.error().text() << '\n';
        return kFailed;
    }
    QJsonArray list;
    for (const CaseRow& r : *rows) {
        if (p.isSet(QStringLiteral("json"))) {
            list.append(rowJson(r));
            continue;
        }
        out << r.caseNo << "  " << r.subject << "  "
            << (r.age >= 0 ? QString::number(r.age) : QStringLiteral("-")) << "  " << r.station << "  "
            << r.openedAt.left(10) << "  " << Vocabulary::label(Vocabulary::Kind::CaseStatus, r.status)
            << "  " << Vocabulary::label(Vocabulary::Kind::RiskLevel, r.risk)
            << (r.overdue ? QStringLiteral("  ") + CasesText::tr("OVERDUE") : QString()) << '\n';
    }
    if (p.isSet(QStringLiteral("json")))
        out << jsonText(list);
    else
        out << CasesText::tr("%n case(s)", nullptr, int(rows->size())) << '\n';
    return 0;
}

int showCase(const QStringList& args, QTextStream& out, QTextStream& err)
{
    QCommandLineParser p;
    auto db = open(p, args, 1, err);
    if (!db)
        return kBadArgs;
    CaseService cases(*db, Actor::cli());
    const auto id = cases.findByNumber(p.positionalArguments().at(0));
    const auto file = id ? cases.load(*id) : Result<CaseFile>(id.error());
    if (!file) {
        err << file.error().text() << '\n';
        return kFailed;
    }
    const QJsonObject j = fileJson(*file);
    if (p.isSet(QStringLiteral("json"))) {
        out << jsonText(j);
        return 0;
    }
    for (auto it = j.begin(); it != j.end(); ++it)
        if (!it.value().isArray())
            out << it.key() << ": " << it.value().toVariant().toString() << '\n';
    out << CasesText::tr("Timeline:") << '\n';
    for (const Lead& l : file->leads)
        out << "  " << l.at << "  " << Vocabulary::label(Vocabulary::Kind::LeadKind, l.kind) << "  " << l.text
            << "  " << l.source << "  " << l.officer << '\n';
    out << CasesText::tr("Links:") << '\n';
    for (const CaseLink& l : file->links)
        out << "  " << l.otherKind << ':' << l.otherKey << "  " << l.otherLabel << "  " << l.kind << "  "
            << l.confidence << "  " << l.note << '\n';
    return 0;
}
} // namespace

int runCasesCommand(const QStringList& args, QTextStream& out, QTextStream& err)
{
    if (args.size() >= 2 && args.at(1) == u"list")
        return listCases(args, out, err);
    if (args.size() >= 2 && args.at(1) == u"show")
        return showCase(args, out, err);
    err << CasesText::tr("Use: cases list --db F [--status S] [--station NAME] [--source S] [--search T] "
                         "[--overdue] [--json] | cases show CASE_NO --db F [--json]")
        << '\n';
    return kBadArgs;
}

int runFoundCommand(const QStringList& args, QTextStream& out, QTextStream& err)
{
    if (args.size() < 2 || args.at(1) != u"list") {
        err << CasesText::tr("Use: found list --db F [--status S] [--json]") << '\n';
        return kBadArgs;
    }
    QCommandLineParser p;
    p.addOption(
        {QStringLiteral("status"), CasesText::tr("open, identified or closed."), QStringLiteral("status")});
    auto db = open(p, args, 0, err);
    if (!db)
        return kBadArgs;
    FoundPersonFilter f;
    if (p.isSet(QStringLiteral("status"))) {
        const auto code = Vocabulary::parse(Vocabulary::Kind::FoundStatus, p.value(QStringLiteral("status")));
        if (!code) {
            err << CasesText::tr("--status: open, identified or closed.") << '\n';
            return kBadArgs;
        }
        f.status = *code;
    }
    const auto rows = FoundPersonService(*db, Actor::cli()).list(f);
    if (!rows) {
        err << rows.error().text() << '\n';
        return kFailed;
    }
    QJsonArray list;
    for (const FoundPerson& r : *rows) {
        if (p.isSet(QStringLiteral("json"))) {
            list.append(toJson(r));
            continue;
        }
        out << r.recordNo << "  " << r.foundDate.toString(Qt::ISODate) << "  "
            << Vocabulary::label(Vocabulary::Kind::FoundCircumstance, r.circumstance) << "  "
            << Vocabulary::sexLabel(r.sex.isEmpty() ? QChar() : r.sex.at(0)) << "  "
            << (r.ageMin >= 0 ? QString::number(r.ageMin) : QStringLiteral("?")) << '-'
            << (r.ageMax >= 0 ? QString::number(r.ageMax) : QStringLiteral("?")) << "  " << r.placeFound
            << "  " << Vocabulary::label(Vocabulary::Kind::FoundStatus, r.status) << '\n';
    }
    if (p.isSet(QStringLiteral("json")))
        out << jsonText(list);
    return 0;
}

} // namespace hc
