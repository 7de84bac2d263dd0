#pragma once
// Station rankings (issue 13, outcome 6): the league table of an operation's stations for the
// whole operation or for week N (the Nth span of 7 days from the operation's first day, the
// last one ending with the operation). Per station, for the days of the span:
//   coverage        households first covered in the span / households in scope (the registered
//                   households of the station's areas; the operation's target is city-wide, so
//                   a station's own households are its target)
//   visits on time  visits of the span logged on the day of the visit (visits.created_at, when
//                   the visit was saved or imported, on visited_at's day) / visits of the span
//   revisit backlog households visited by the span's end and not covered by then (fewer is better)
//   verification    away persons (first screened away with whereabouts unverified by the span's
//                   end, not verified before it) whose verification (a later screening away
//                   verified, or present) falls in the span / all of them
//   cases closed    the station's cases of the operation closed in the span (by outcome date)
//   registrations   registration files of the station registered in the span (registered_on)
// normalised and ranked as LeagueRanking says, with the weights an administrator sets per
// operation (0-10 each, 1 by default; schema 12). The table holds counts per station and no
// personal data, so every signed-in role may see all of it; setting the weights is for
// administrators, refused in a closed operation, one transaction with its audit record.

#include "core/auth/Actor.h"
#include "core/common/Result.h"
#include "core/league/LeagueTypes.h"

#include <QCoreApplication>
#include <optional>

namespace hc {

class Database;
struct Operation;

class LeagueService
{
    Q_DECLARE_TR_FUNCTIONS(hc::LeagueService)
public:
    LeagueService(Database& db, Actor actor);

    // week 0: the whole operation; 1..weeks. A week out of range is refused (Invalid, "week").
    Result<LeagueTable> table(qint64 operationId, int week) const;
    Result<LeagueTable> table(const QString& operationName, int week) const;
    Result<LeagueWeights> weights(qint64 operationId) const;
    Status setWeights(qint64 operationId, const LeagueWeights& weights);
    bool maySetWeights() const { return m_actor.role == Role::Admin; }

    // "coverage", "on_time", ... (the JSON keys and the stored measure names).
    static QString code(LeagueMeasure m);
    static QString label(LeagueMeasure m);
    // "Coverage 1 · On time 1 · ..." in the current language.
    static QString weightsText(const LeagueWeights& w);

private:
    Result<LeagueTable> build(const Operation& op, int week) const;
    Database& m_db;
    Actor m_actor;
};

} // namespace hc
