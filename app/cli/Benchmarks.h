#pragma once
// The timings bench/run prints, each as a JSON object: search latency over a deterministic mix
// of queries drawn from the database, one `stats` computation, the officer's household screens,
// link analysis, duplicate detection (cold and warm) and the supervisor's dashboard. Those
// that call an actor's service run as the signed-in --user.

#include "core/common/Result.h"

#include <QJsonObject>

namespace hc {
class Database;
struct Actor;
} // namespace hc

namespace hc::cli {

Result<QJsonObject> benchSearch(Database& db, const Actor& actor, int queries);
Result<QJsonObject> benchStats(Database& db, const QString& operationName, int runs);
// Pages of 200 households (all stations and one station, each coverage filter), a household's
// detail and the next household to visit.
Result<QJsonObject> benchHouseholds(Database& db, const Actor& actor, const QString& operationName, int runs);
// Graph build, components, one strongest path and betweenness in the largest cluster; writes
// the edge list ("a b weight" per line) for the NetworkX/igraph comparison.
Result<QJsonObject> benchLinks(Database& db, const Actor& actor, const QString& edgeListPath);
// Over every person: a cold run (the phonetic cache emptied first) and a warm one, with the
// figures and per-stage times of each.
Result<QJsonObject> benchDuplicates(Database& db, const Actor& actor);
// Full refreshes (every series and table) for a mix of filters (whole operation, one
// sub-bureau, one station, one area, one week), per part and in total.
Result<QJsonObject> benchDashboard(Database& db, const Actor& actor, const QString& operationName, int runs);

} // namespace hc::cli
