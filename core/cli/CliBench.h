#pragma once
// Timings that bench/run prints: search latency over a deterministic set of queries drawn
// from the database, and the time of one `stats` computation.

#include "core/common/Result.h"

#include <QJsonObject>

namespace hc {

class Database;

Result<QJsonObject> benchSearch(Database& db, int queries);
Result<QJsonObject> benchStats(Database& db, const QString& operationName, int runs);
// The officer's screens: pages of 200 households (all stations and one station, each coverage
// filter), a household's detail and the next household to visit.
// Link analysis: graph build, components, one strongest path and betweenness in the largest
// cluster; writes the edge list ("a b weight" per line) for the NetworkX/igraph comparison.
Result<QJsonObject> benchLinks(Database& db, const QString& edgeListPath);
Result<QJsonObject> benchHouseholds(Database& db, const QString& operationName, int runs);
// Duplicate detection over every person: a cold run (the phonetic cache emptied first) and a
// warm one, with the figures and per-stage times of each.
Result<QJsonObject> benchDuplicates(Database& db);
// The supervisor's dashboard: full refreshes (every series and table) for a mix of filters
// (whole operation, one sub-bureau, one station, one area, one week), per part and in total.
Result<QJsonObject> benchDashboard(Database& db, const QString& operationName, int runs);

} // namespace hc
