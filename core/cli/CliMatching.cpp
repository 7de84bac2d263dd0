#include "core/cli/CliMatching.h"

#include "core/matching/DuplicateFinder.h"
#include "core/matching/MissingFoundMatcher.h"
#include "core/matching/PersonMergeService.h"
#include "core/storage/Database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <memory>

namespace hc {

namespace {
class MatchingText
{
    Q_DECLARE_TR_FUNCTIONS(hc::MatchingText)
};

QString jsonText(const QJsonObject& o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
}

QString reasonsText(const QList<MatchReason>& reasons)
{
    QStringList parts;
    for (const MatchReason& r : reasons)
        parts << QStringLiteral("%1 (%2%3)")
                     .arg(r.text, r.points > 0 ? QStringLiteral("+") : QString())
                     .arg(r.points);
    return parts.join(QLatin1Char(' '));
}

// Parses; on success returns the open database, else prints why and returns null.
std::unique_ptr<Database> openWith(QCommandLineParser& p, const QStringList& args, int positional,
                                   QTextStream& err)
{
    p.addOption(
        {QStringLiteral("db"), MatchingText::tr("The Homecoming database file."), MatchingText::tr("file")});
    p.addOption({QStringLiteral("json"), MatchingText::tr("Print the result as JSON.")});
    if (!p.parse(args)) {
        err << p.errorText() << '\n';
        return nullptr;
    }
    if (p.value(QStringLiteral("db")).isEmpty()) {
        err << MatchingText::tr("--db FILE is required.") << '\n';
        return nullptr;
    }
    if (positional >= 0 && p.positionalArguments().size() != positional) {
        err << MatchingText::tr("Expected %n argument(s).", nullptr, positional) << '\n';
        return nullptr;
    }
    auto db = Database::open(p.value(QStringLiteral("db")), Database::Mode::OpenExisting);
    if (!db) {
        err << db.error().text() << '\n';
        return nullptr;
    }
    return std::move(db).value();
}

int findDuplicates(const QStringList& args, QTextStream& out, QTextStream& err)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("limit"), MatchingText::tr("Show the best N pairs (0: all)."),
                 QStringLiteral("n"), QStringLiteral("50")});
    p.addOption({QStringLiteral("max-block"), MatchingText::tr("Skip blocks of more people than this."),
                 QStringLiteral("n"), QStringLiteral("50")});
    const auto db = openWith(p, args, 0, err);
    if (!db)
        return 2;
    DuplicateFinder::Options options;
    options.limit = std::max(0, p.value(QStringLiteral("limit")).toInt());
    options.maxBlock = std::max(2, p.value(QStringLiteral("max-block")).toInt());
    const auto scan = DuplicateFinder(*db, Actor::cli()).run(options);
    if (!scan) {
        err << scan.error().text() << '\n';
        return 1;
    }
    if (p.isSet(QStringLiteral("json"))) {
        QJsonObject o = scan->toJson();
        QJsonArray pairs;
        for (const DuplicatePair& pair : scan->pairs)
            pairs << pair.toJson();
        o.insert(QStringLiteral("list"), pairs);
        out << jsonText(o);
        return 0;
    }
    out << MatchingText::tr(
               "%1 people, %2 possible duplicate pairs (%3 comparisons in %4 blocks; %5 blocks too "
               "large were skipped; %6 dismissed pairs left out).")
               .arg(scan->people)
               .arg(scan->totalPairs)
               .arg(scan->comparisons)
               .arg(scan->blocks)
               .arg(scan->skippedBlocks)
               .arg(scan->dismissedSkipped)
        << '\n';
    auto person = [](const DuplicatePerson& x) {
        return QStringLiteral("#%1 %2 %3 %4").arg(x.id).arg(x.name, x.idNumber, x.birthDate).simplified();
    };
    for (const DuplicatePair& pair : scan->pairs)
        out << QStringLiteral("%1  %2  |  %3  [%4]\n    %5\n")
                   .arg(pair.score, 3)
                   .arg(person(pair.a), person(pair.b), pair.rulesText(), reasonsText(pair.reasons));
    return 0;
}

int merge(const QStringList& args, QTextStream& out, QTextStream& err)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("keep"), MatchingText::tr("The person kept."), QStringLiteral("id")});
    p.addOption({QStringLiteral("drop"), MatchingText::tr("The person merged into the kept one."),
                 QStringLiteral("id")});
    const auto db = openWith(p, args, 0, err);
    if (!db)
        return 2;
    bool okKeep = false, okDrop = false;
    const qint64 keep = p.value(QStringLiteral("keep")).toLongLong(&okKeep);
    const qint64 drop = p.value(QStringLiteral("drop")).toLongLong(&okDrop);
    if (!okKeep || !okDrop) {
        err << MatchingText::tr("Give --keep ID and --drop ID (person numbers).") << '\n';
        return 2;
    }
    const auto r = PersonMergeService(*db, Actor::cli()).merge(keep, drop);
    if (!r) {
        err << r.error().text() << '\n';
        return 1;
    }
    if (p.isSet(QStringLiteral("json"))) {
        out << jsonText(
            QJsonObject{{QStringLiteral("kept"), r->keptId},
                        {QStringLiteral("dropped"), r->droppedId},
                        {QStringLiteral("screenings_moved"), r->screeningsMoved},
                        {QStringLiteral("screenings_dropped_same_visit"), r->screeningsDropped},
                        {QStringLiteral("cases_moved"), r->casesMoved},
                        {QStringLiteral("links_moved"), r->linksMoved},
                        {QStringLiteral("links_removed"), r->linksRemoved},
                        {QStringLiteral("filled_fields"), QJsonArray::fromStringList(r->filledFields)}});
        return 0;
    }
    out << MatchingText::tr(
               "Merged person %1 into %2: %3 screenings moved (%4 dropped: both screened in the same "
               "visit), %5 cases, %6 links moved, %7 links between the two removed; filled: %8.")
               .arg(drop)
               .arg(keep)
               .arg(r->screeningsMoved)
               .arg(r->screeningsDropped)
               .arg(r->casesMoved)
               .arg(r->linksMoved)
               .arg(r->linksRemoved)
               .arg(r->filledFields.isEmpty() ? MatchingText::tr("nothing")
                                              : r->filledFields.join(QStringLiteral(", ")))
        << '\n';
    return 0;
}

int dismiss(const QStringList& args, QTextStream& out, QTextStream& err)
{
    QCommandLineParser p;
    const auto db = openWith(p, args, 2, err);
    if (!db)
        return 2;
    bool okA = false, okB = false;
    const qint64 a = p.positionalArguments().at(0).toLongLong(&okA);
    const qint64 b = p.positionalArguments().at(1).toLongLong(&okB);
    if (!okA || !okB) {
        err << MatchingText::tr("Give two person numbers.") << '\n';
        return 2;
    }
    if (Status s = PersonMergeService(*db, Actor::cli()).dismiss(a, b); !s) {
        err << s.error().text() << '\n';
        return 1;
    }
    out << MatchingText::tr("Persons %1 and %2 will no longer be proposed as duplicates.").arg(a).arg(b)
        << '\n';
    return 0;
}
} // namespace

int runDuplicatesCommand(const QStringList& args, QTextStream& out, QTextStream& err)
{
    const QString action = args.size() > 1 ? args.at(1) : QString();
    if (action == u"merge" || action == u"dismiss") {
        QStringList a = args;
        a[0] += QLatin1Char(' ') + action;
        a.removeAt(1);
        return action == u"merge" ? merge(a, out, err) : dismiss(a, out, err);
    }
    return findDuplicates(args, out, err);
}

int runMatchCommand(const QStringList& args, QTextStream& out, QTextStream& err)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("case"), MatchingText::tr("Rank found people for this case number."),
                 QStringLiteral("case_no")});
    p.addOption({QStringLiteral("found"), MatchingText::tr("Rank open cases for this found-person record."),
                 QStringLiteral("record_no")});
    p.addOption({QStringLiteral("limit"), MatchingText::tr("Show the best N candidates."),
                 QStringLiteral("n"), QStringLiteral("20")});
    const auto db = openWith(p, args, 0, err);
    if (!db)
        return 2;
    const bool byCase = p.isSet(QStringLiteral("case"));
    if (byCase == p.isSet(QStringLiteral("found"))) {
        err << MatchingText::tr("Give either --case CASE_NO or --found RECORD_NO.") << '\n';
        return 2;
    }
    MissingFoundMatcher matcher(*db, Actor::cli());
    const int limit = std::max(1, p.value(QStringLiteral("limit")).toInt());
    const auto id = byCase ? matcher.caseId(p.value(QStringLiteral("case")))
                           : matcher.foundPersonId(p.value(QStringLiteral("found")));
    if (!id) {
        err << id.error().text() << '\n';
        return 1;
    }
    const auto r = byCase ? matcher.forCase(*id, limit) : matcher.forFoundPerson(*id, limit);
    if (!r) {
        err << r.error().text() << '\n';
        return 1;
    }
    if (p.isSet(QStringLiteral("json"))) {
        out << jsonText(r->toJson());
        return 0;
    }
    out << r->subjectNumber << ": " << r->subjectSummary << '\n'
        << MatchingText::tr("%n candidate(s); %1 ruled out by sex, age or time.", nullptr,
                            int(r->candidates.size()))
               .arg(r->excluded)
        << '\n';
    for (const MatchCandidate& c : r->candidates)
        out << QStringLiteral("%1  %2 %3  %4 %5\n    %6\n")
                   .arg(c.score, 3)
                   .arg(c.number, c.name, c.date, c.place, reasonsText(c.reasons));
    return 0;
}

} // namespace hc
