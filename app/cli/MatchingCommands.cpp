// duplicates (possible duplicate people), duplicates merge|dismiss, and match (missing against
// found people) with match confirm|rule-out (the investigator's decision on a pair).
#include "app/cli/Commands.h"

#include "core/auth/Actor.h"
#include "core/matching/DuplicateFinder.h"
#include "core/matching/MatchDecisionService.h"
#include "core/matching/MatchReasons.h"
#include "core/matching/MissingFoundMatcher.h"
#include "core/matching/PersonMergeService.h"

#include <QJsonArray>
#include <QJsonObject>

namespace hc::cli {

namespace {
class DuplicatesCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(hc::cli::DuplicatesCommand)
public:
    DuplicatesCommand()
        : Command({QStringLiteral("duplicates"),
                   QStringLiteral("--db F [--limit N] [--max-block N] [--json]"),
                   tr("possible duplicate people, best first"),
                   {{QStringLiteral("limit"), tr("Show the best N pairs (0: all)."), QStringLiteral("n"),
                     QStringLiteral("50")},
                    {QStringLiteral("max-block"), tr("Skip blocks of more people than this."),
                     QStringLiteral("n"), QStringLiteral("50")}},
                   DatabaseUse::OpenExisting,
                   true})
    {
    }

protected:
    int execute(Invocation& call) const override
    {
        DuplicateFinder::Options options;
        options.limit = std::max(0, call.value("limit").toInt());
        options.maxBlock = std::max(2, call.value("max-block").toInt());
        const auto scan = DuplicateFinder(call.db(), call.actor()).run(options);
        if (!scan)
            return call.fail(scan.error());
        if (call.json()) {
            QJsonObject o = scan->toJson();
            QJsonArray pairs;
            for (const DuplicatePair& pair : scan->pairs)
                pairs << pair.toJson();
            o.insert(QStringLiteral("list"), pairs);
            return call.printJson(o);
        }
        call.out() << tr("%1 people, %2 possible duplicate pairs (%3 comparisons in %4 blocks; %5 blocks too "
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
            call.out() << QStringLiteral("%1  %2  |  %3  [%4]\n    %5\n")
                              .arg(pair.score, 3)
                              .arg(person(pair.a), person(pair.b), pair.rulesText(),
                                   MatchReasons::text(pair.reasons));
        return kDone;
    }
};

class MergeCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(hc::cli::MergeCommand)
public:
    MergeCommand()
        : Command(
              {QStringLiteral("duplicates merge"),
               QStringLiteral("--db F --keep ID --drop ID [--json]"),
               tr("merge one person into another"),
               {{QStringLiteral("keep"), tr("The person kept."), QStringLiteral("id")},
                {QStringLiteral("drop"), tr("The person merged into the kept one."), QStringLiteral("id")}},
               DatabaseUse::OpenExisting,
               true})
    {
    }

protected:
    int check(Invocation& call) const override
    {
        bool okKeep = false, okDrop = false;
        call.value("keep").toLongLong(&okKeep);
        call.value("drop").toLongLong(&okDrop);
        return okKeep && okDrop ? kDone : call.refuse(tr("Give --keep ID and --drop ID (person numbers)."));
    }

    int execute(Invocation& call) const override
    {
        const qint64 keep = call.value("keep").toLongLong(), drop = call.value("drop").toLongLong();
        const auto r = PersonMergeService(call.db(), call.actor()).merge(keep, drop);
        if (!r)
            return call.fail(r.error());
        if (call.json())
            return call.printJson(
                QJsonObject{{QStringLiteral("kept"), r->keptId},
                            {QStringLiteral("dropped"), r->droppedId},
                            {QStringLiteral("screenings_moved"), r->screeningsMoved},
                            {QStringLiteral("screenings_dropped_same_visit"), r->screeningsDropped},
                            {QStringLiteral("cases_moved"), r->casesMoved},
                            {QStringLiteral("links_moved"), r->linksMoved},
                            {QStringLiteral("links_removed"), r->linksRemoved},
                            {QStringLiteral("filled_fields"), QJsonArray::fromStringList(r->filledFields)}});
        call.out()
            << tr("Merged person %1 into %2: %3 screenings moved (%4 dropped: both screened in the same "
                  "visit), %5 cases, %6 links moved, %7 links between the two removed; filled: %8.")
                   .arg(drop)
                   .arg(keep)
                   .arg(r->screeningsMoved)
                   .arg(r->screeningsDropped)
                   .arg(r->casesMoved)
                   .arg(r->linksMoved)
                   .arg(r->linksRemoved)
                   .arg(r->filledFields.isEmpty() ? tr("nothing")
                                                  : r->filledFields.join(QStringLiteral(", ")))
            << '\n';
        return kDone;
    }
};

class DismissCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(hc::cli::DismissCommand)
public:
    DismissCommand()
        : Command({QStringLiteral("duplicates dismiss"),
                   QStringLiteral("--db F A B [--json]"),
                   tr("two people are not the same: no longer propose them"),
                   {},
                   DatabaseUse::OpenExisting,
                   true,
                   2})
    {
    }

protected:
    int check(Invocation& call) const override
    {
        bool okA = false, okB = false;
        call.positional().at(0).toLongLong(&okA);
        call.positional().at(1).toLongLong(&okB);
        return okA && okB ? kDone : call.refuse(tr("Give two person numbers."));
    }

    int execute(Invocation& call) const override
    {
        const qint64 a = call.positional().at(0).toLongLong(), b = call.positional().at(1).toLongLong();
        if (Status s = PersonMergeService(call.db(), call.actor()).dismiss(a, b); !s)
            return call.fail(s.error());
        if (call.json())
            return call.printJson(QJsonObject{{QStringLiteral("dismissed"), QJsonArray{a, b}}});
        call.out() << tr("Persons %1 and %2 will no longer be proposed as duplicates.").arg(a).arg(b) << '\n';
        return kDone;
    }
};

class MatchCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(hc::cli::MatchCommand)
public:
    MatchCommand()
        : Command({QStringLiteral("match"),
                   QStringLiteral("--db F --case CASE_NO | --found RECORD_NO [--limit N] [--json]"),
                   tr("rank found people for a case, or cases for a found person"),
                   {{QStringLiteral("case"), tr("Rank found people for this case number."),
                     QStringLiteral("case_no")},
                    {QStringLiteral("found"), tr("Rank open cases for this found-person record."),
                     QStringLiteral("record_no")},
                    {QStringLiteral("limit"), tr("Show the best N candidates."), QStringLiteral("n"),
                     QStringLiteral("20")}},
                   DatabaseUse::OpenExisting,
                   true})
    {
    }

protected:
    int check(Invocation& call) const override
    {
        return call.isSet("case") != call.isSet("found")
                   ? kDone
                   : call.refuse(tr("Give either --case CASE_NO or --found RECORD_NO."));
    }

    int execute(Invocation& call) const override
    {
        const bool byCase = call.isSet("case");
        MissingFoundMatcher matcher(call.db(), call.actor());
        const int limit = std::max(1, call.value("limit").toInt());
        const auto id =
            byCase ? matcher.caseId(call.value("case")) : matcher.foundPersonId(call.value("found"));
        if (!id)
            return call.fail(id.error());
        const auto r = byCase ? matcher.forCase(*id, limit) : matcher.forFoundPerson(*id, limit);
        if (!r)
            return call.fail(r.error());
        if (call.json())
            return call.printJson(r->toJson());
        call.out() << r->subjectNumber << ": " << r->subjectSummary << '\n'
                   << tr("%n candidate(s); %1 ruled out by sex, age or time.", nullptr,
                         int(r->candidates.size()))
                          .arg(r->excluded)
                   << '\n';
        for (const MatchCandidate& c : r->candidates)
            call.out() << QStringLiteral("%1  %2 %3  %4 %5\n    %6\n")
                              .arg(c.score, 3)
                              .arg(c.kind == MatchCandidate::Kind::Unregistered
                                       ? tr("unregistered person %1, household %2").arg(c.id).arg(c.number)
                                       : c.number,
                                   c.name, c.date, c.place, MatchReasons::text(c.reasons));
        return kDone;
    }
};
// match confirm / match rule-out: one case and one found-person record by their numbers.
class MatchDecisionCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(hc::cli::MatchDecisionCommand)
public:
    explicit MatchDecisionCommand(bool confirm)
        : Command(confirm
                      ? CommandSpec{QStringLiteral("match confirm"),
                                    QStringLiteral("--db F --case CASE_NO --found RECORD_NO [--json]"),
                                    tr("the found person is the missing one: close the case, identify the "
                                       "record"),
                                    {caseOption(), foundOption()},
                                    DatabaseUse::OpenExisting,
                                    true}
                      : CommandSpec{QStringLiteral("match rule-out"),
                                    QStringLiteral("--db F --case CASE_NO (--found RECORD_NO | --person ID) "
                                                   "--reason TEXT [--json]"),
                                    tr("the found person is not the missing one: no longer rank the pair"),
                                    {caseOption(),
                                     foundOption(),
                                     {QStringLiteral("person"),
                                      tr("A person found living unregistered, by the id `match` lists."),
                                      QStringLiteral("id")},
                                     {QStringLiteral("reason"), tr("Why they are not the same person."),
                                      QStringLiteral("text")}},
                                    DatabaseUse::OpenExisting,
                                    true}),
          m_confirm(confirm)
    {
    }

protected:
    int check(Invocation& call) const override
    {
        if (m_confirm && (!call.isSet("case") || !call.isSet("found")))
            return call.refuse(tr("Give --case CASE_NO and --found RECORD_NO."));
        if (!m_confirm && (!call.isSet("case") || call.isSet("found") == call.isSet("person")))
            return call.refuse(tr("Give --case CASE_NO and either --found RECORD_NO or --person ID."));
        if (call.isSet("person") && call.value("person").toLongLong() <= 0)
            return call.refuse(
                tr("--person takes a person's id (a number), not \"%1\".").arg(call.value("person")));
        if (!m_confirm && call.value("reason").trimmed().isEmpty())
            return call.refuse(tr("Give --reason TEXT."));
        return kDone;
    }

    int execute(Invocation& call) const override
    {
        MissingFoundMatcher matcher(call.db(), call.actor());
        const auto caseId = matcher.caseId(call.value("case"));
        if (!caseId)
            return call.fail(caseId.error());
        if (call.isSet("person"))
            return ruleOutPerson(call, *caseId);
        const auto foundId = matcher.foundPersonId(call.value("found"));
        if (!foundId)
            return call.fail(foundId.error());
        MatchDecisionService decisions(call.db(), call.actor());
        if (!m_confirm) {
            if (Status s = decisions.ruleOut(*caseId, *foundId, call.value("reason")); !s)
                return call.fail(s.error());
            if (call.json())
                return call.printJson(
                    QJsonObject{{QStringLiteral("case_no"), call.value("case").trimmed()},
                                {QStringLiteral("record_no"), call.value("found").trimmed()},
                                {QStringLiteral("ruled_out"), true}});
            call.out() << tr("%1 and %2 are ruled out; the pair is no longer ranked.")
                              .arg(call.value("case").trimmed(), call.value("found").trimmed())
                       << '\n';
            return kDone;
        }
        const auto m = decisions.confirm(*caseId, *foundId);
        if (!m)
            return call.fail(m.error());
        if (call.json())
            return call.printJson(
                QJsonObject{{QStringLiteral("case_no"), m->caseNo},
                            {QStringLiteral("record_no"), m->recordNo},
                            {QStringLiteral("outcome"), m->outcome},
                            {QStringLiteral("outcome_date"), m->outcomeDate.toString(Qt::ISODate)}});
        call.out() << tr("Case %1 closed (%2); found-person record %3 identified.")
                          .arg(m->caseNo, m->outcome, m->recordNo)
                   << '\n';
        return kDone;
    }

private:
    // match rule-out --person: a person found living unregistered (a candidate `match` lists).
    static int ruleOutPerson(Invocation& call, qint64 caseId)
    {
        const qint64 personId = call.value("person").toLongLong();
        if (Status s = MatchDecisionService(call.db(), call.actor())
                           .ruleOutUnregistered(caseId, personId, call.value("reason"));
            !s)
            return call.fail(s.error());
        if (call.json())
            return call.printJson(QJsonObject{{QStringLiteral("case_no"), call.value("case").trimmed()},
                                              {QStringLiteral("person_id"), personId},
                                              {QStringLiteral("ruled_out"), true}});
        call.out() << tr("%1 and person %2 are ruled out; the pair is no longer ranked.")
                          .arg(call.value("case").trimmed())
                          .arg(personId)
                   << '\n';
        return kDone;
    }
    static QCommandLineOption caseOption()
    {
        return {QStringLiteral("case"), tr("The missing person's case number."), QStringLiteral("case_no")};
    }
    static QCommandLineOption foundOption()
    {
        return {QStringLiteral("found"), tr("The found-person record number."), QStringLiteral("record_no")};
    }
    bool m_confirm;
};
} // namespace

Commands matchingCommands()
{
    Commands c;
    c.push_back(std::make_unique<DuplicatesCommand>());
    c.push_back(std::make_unique<MergeCommand>());
    c.push_back(std::make_unique<DismissCommand>());
    c.push_back(std::make_unique<MatchCommand>());
    c.push_back(std::make_unique<MatchDecisionCommand>(true));
    c.push_back(std::make_unique<MatchDecisionCommand>(false));
    return c;
}

} // namespace hc::cli
