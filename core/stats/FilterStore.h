#pragma once
// Store piece: the SQL text of a DashboardFilter, shared by the dashboard's queries
// (DashboardStore) and the filtered figures and recount (StatsStore), so that every figure
// narrows the same way.

#include "core/stats/DashboardData.h"
#include "core/storage/Sql.h"

namespace hc::filtersql {

// The areas the filter keeps, as the common table `sa` every filtered query starts from.
QString scope();
// Cases of the stations kept (by the subject's household when an area is chosen); alias c.
QString casesKept();
// Reunions (alias r, their case c) dated within the filter by the reunion's date,
// placed by the family's household (a "household:N" key, else the subject's), else the case's
// station.
QString reunionsKept();
// Distinct families of the reunions kept: the one count behind families_reunited.
QString familiesReunited();
// People found alive or rescued with a case (casesKept(), dated by the outcome), counted once.
QString foundWithCase();
// People traced without a case (a check saying present or away with verified whereabouts after
// one saying whereabouts unknown), dated by the first such check, placed by their household.
QString tracedWithoutCase();
// A date column (ISO text) within the filter's dates: true when the filter has none, so that a
// row without a date still counts for the whole operation.
QString dated(const QString& column);
// kScope + statement, with only the filter's binds (and `extra`) that the text names.
sql::Binds binds(const QString& text, const DashboardFilter& f, const sql::Binds& extra = {});
// Runs `statement` after the filter's `sa` table (scope()) with those binds: how every
// filtered query of the stores runs.
Result<QSqlQuery> query(const QSqlDatabase& db, const QString& statement, const DashboardFilter& f,
                        const sql::Binds& extra = {});

} // namespace hc::filtersql
