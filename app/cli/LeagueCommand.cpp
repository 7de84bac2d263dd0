// league (issue 13, outcome 6): the operation's stations ranked, for the whole operation or one
// week, with the weights (which an administrator may set first); --json for programs.
#include "app/cli/Commands.h"

#include "core/league/LeagueService.h"
#include "core/league/LeagueText.h"
#include "core/operations/OperationService.h"

#include <QJsonArray>
#include <QJsonObject>

namespace hc::cli {

namespace {
QJsonObject stationJson(const LeagueRow& r)
{
    const LeagueFigures& f = r.figures;
    QJsonObject o{{QStringLiteral("station"), f.station},
                  {QStringLiteral("households"), f.households},
                  {QStringLiteral("covered"), f.covered},
                  {QStringLiteral("visits"), f.visits},
                  {QStringLiteral("visits_on_time"), f.visitsOnTime},
                  {QStringLiteral("verifications_needed"), f.verificationsNeeded},
                  {QStringLiteral("verifications_done"), f.verificationsDone},
                  {QStringLiteral("score"), r.score},
                  {QStringLiteral("rank"), r.rank},
                  {QStringLiteral("bottom_three"), r.bottomThree},
                  {QStringLiteral("last"), r.last},
                  {QStringLiteral("last_twice"), r.lastTwice}};
    QJsonObject normalised;
    for (int m = 0; m < kLeagueMeasures; ++m) {
        const QString key = LeagueService::code(LeagueMeasure(m));
        o.insert(key, f.value(LeagueMeasure(m)));
        normalised.insert(key, r.normalised[size_t(m)]);
    }
    o.insert(QStringLiteral("normalised"), normalised);
    QJsonArray weeks;
    for (int w : r.lastWeeks)
        weeks.append(w);
    o.insert(QStringLiteral("last_weeks"), weeks);
    return o;
}

QJsonObject tableJson(const LeagueTable& t)
{
    QJsonObject weights;
    for (int m = 0; m < kLeagueMeasures; ++m)
        weights.insert(LeagueService::code(LeagueMeasure(m)), t.weights.values[size_t(m)]);
    QJsonArray stations;
    for (const LeagueRow& r : t.rows)
        stations.append(stationJson(r));
    return QJsonObject{{QStringLiteral("operation"), t.operationName},
                       {QStringLiteral("week"), t.week ? QJsonValue(t.week) : QJsonValue()},
                       {QStringLiteral("weeks"), t.weeks},
                       {QStringLiteral("from"), t.from.toString(Qt::ISODate)},
                       {QStringLiteral("to"), t.to.toString(Qt::ISODate)},
                       {QStringLiteral("weights"), weights},
                       {QStringLiteral("stations"), stations}};
}

class LeagueCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(hc::cli::LeagueCommand)
public:
    LeagueCommand()
        : Command({QStringLiteral("league"),
                   QStringLiteral("--db F --operation NAME [--week N] [--set-weights M=W,...] [--json]"),
                   tr("the stations of an operation ranked (league table)"),
                   {operationOption(),
                    {QStringLiteral("week"),
                     tr("Only week N: the Nth span of 7 days from the operation's first day."), tr("n")},
                    {QStringLiteral("set-weights"),
                     tr("First set the weights of the measures named (administrators; 0-10 each), as "
                        "coverage=2,on_time=1,backlog=1,verification=1,cases_closed=1,registrations=1."),
                     tr("list")}},
                   DatabaseUse::OpenExisting,
                   true})
    {
    }

protected:
    int check(Invocation& call) const override
    {
        if (!call.isSet("operation"))
            return call.refuse(tr("Name the operation with --operation."));
        bool ok = true;
        if (call.isSet("week") && (call.value("week").toInt(&ok) < 1 || !ok))
            return call.refuse(tr("--week: a week number from 1."));
        return kDone;
    }

    int execute(Invocation& call) const override
    {
        const int week = call.isSet("week") ? call.value("week").toInt() : 0;
        if (call.isSet("set-weights"))
            if (const int status = setWeights(call); status != kDone)
                return status;
        const auto t = LeagueService(call.db(), call.actor()).table(call.value("operation"), week);
        if (!t) {
            // An unknown operation is a bad argument like a week out of range: exit 2.
            Error e = t.error();
            if (e.kind == Error::Kind::NotFound)
                e.kind = Error::Kind::Invalid;
            return call.fail(e);
        }
        if (call.json())
            return call.printJson(tableJson(*t));
        call.out() << LeagueText::caption(*t) << '\n' << LeagueText::header().join(u'\t') << '\n';
        for (const LeagueRow& r : t->rows)
            call.out() << LeagueText::cells(r).join(u'\t') << '\n';
        return kDone;
    }

private:
    // --set-weights coverage=2,backlog=0: the measures named change, the others keep theirs.
    int setWeights(Invocation& call) const
    {
        LeagueService league(call.db(), call.actor());
        const auto op = OperationService(call.db(), call.actor()).find(call.value("operation"));
        if (!op)
            return call.fail(invalid(QStringLiteral("--operation"), op.error().message));
        auto w = league.weights(op->id);
        if (!w)
            return call.fail(w.error());
        LeagueWeights weights = *w;
        for (const QString& part : call.value("set-weights").split(u',', Qt::SkipEmptyParts)) {
            bool ok = false;
            const int value = part.section(u'=', 1).trimmed().toInt(&ok);
            int measure = 0;
            while (measure < kLeagueMeasures &&
                   LeagueService::code(LeagueMeasure(measure)) != part.section(u'=', 0, 0).trimmed())
                ++measure;
            if (!ok || measure == kLeagueMeasures)
                return call.refuse(tr("--set-weights: MEASURE=WEIGHT pairs, the measures being coverage, "
                                      "on_time, backlog, verification, cases_closed and registrations."));
            weights.values[size_t(measure)] = value;
        }
        if (Status s = league.setWeights(op->id, weights); !s)
            return call.fail(s.error());
        return kDone;
    }
};
} // namespace

Commands leagueCommands()
{
    Commands c;
    c.push_back(std::make_unique<LeagueCommand>());
    return c;
}

} // namespace hc::cli
