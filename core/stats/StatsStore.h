#pragma once
// The queries behind an operation's figures: the running counters (op_counters) the schema's
// triggers keep, the households in scope, the small aggregates over cases, and the full
// recount over visits and screenings the counters are checked against.

#include "core/common/Result.h"
#include "core/stats/DashboardData.h"

#include <QMap>
#include <QSqlDatabase>
#include <optional>

namespace hc {

// Cases of an operation by status, with the families reunited among them.
struct CaseStatusCount
{
    QString status;
    qint64 cases = 0;
    qint64 familiesReunited = 0;
};

// Crimes of one kind (schema-9.sql): the records, the solved among them, and their victims'
// cases. The records are the only source: a case's own crime_kind counts nothing.
struct CrimeKindCount
{
    qint64 crimes = 0;
    qint64 solved = 0;
    qint64 victims = 0;
};

// Distinct people found alive or rescued: by their case's outcome, or traced (a later check
// says present or away with verified whereabouts after one said whereabouts unknown) without
// a case.
struct FoundPeople
{
    qint64 withCase = 0;
    qint64 tracedWithoutCase = 0;
};

// The visit and screening figures recounted from the rows themselves.
struct RecountedFigures
{
    qint64 visits = 0;
    qint64 householdsVisited = 0;
    qint64 householdsCovered = 0;
    qint64 personChecks = 0;
    qint64 personsScreened = 0;
    qint64 unregisteredFound = 0;
    // Of those found unregistered within the filter: registered since, given an ID card.
    qint64 unregisteredRegistered = 0;
    qint64 unregisteredIdCards = 0;
    QMap<QString, qint64> checksByStatus;
    QMap<QString, qint64> personsByLatestStatus;
};

// People found living without registration within a filter (a screening saying so), and of
// them those registered since and those given an ID card (their registration file's stage).
struct UnregisteredFigures
{
    qint64 found = 0;
    qint64 registered = 0;
    qint64 idCards = 0;
};

// The case figures of a filter: opened, by status, by source and crimes count the cases opened
// within its dates; the outcomes count by their outcome date.
struct FilteredCases
{
    qint64 opened = 0;
    QMap<QString, qint64> byStatus;
    QMap<QString, qint64> bySource;
    qint64 foundAlive = 0;
    qint64 rescued = 0;
    qint64 foundDeceased = 0;
};

class StatsStore
{
public:
    explicit StatsStore(QSqlDatabase db) : m_db(std::move(db)) {}

    // Whether the operation covers every station; nullopt when there is no such operation.
    Result<std::optional<bool>> allStations(qint64 operationId) const;
    // From the households counted per area (area_households, kept by triggers; schema 3), as the
    // dashboard reads them: counting 543,000 households at scale 10 took 18 ms of `stats`'s time.
    Result<qint64> householdsCounted(const DashboardFilter& f) const;
    Result<QList<CaseStatusCount>> casesByStatus(qint64 operationId) const;
    Result<QMap<QString, qint64>> casesBySource(qint64 operationId) const;
    // The operation's running counters by name (see schema-1.sql).
    Result<QMap<QString, qint64>> counters(qint64 operationId) const;
    Result<RecountedFigures> recount(qint64 operationId) const;

    // Within a dashboard filter (FilterSql.h): the cases kept, and every visit and screening
    // figure recounted from the rows (a screening counts for its visit's household's area, or
    // its person's; the latest status for the person's household's area, undated).
    Result<FilteredCases> cases(const DashboardFilter& f) const;
    // Counted from the households themselves (the recount's check of the counters above).
    Result<qint64> householdsInScope(const DashboardFilter& f) const;
    Result<RecountedFigures> recount(const DashboardFilter& f) const;
    // The dashboard's registration tiles and `stats`'s figures: one query for both.
    Result<UnregisteredFigures> unregistered(const DashboardFilter& f) const;
    // Crimes, families and people found as the bureau counts them, within the filter
    // (filtersql: crimes by their date and their victims' cases, reunions by their date and the
    // family's household, people by the date found and their household). The whole operation
    // is the filter with only the operation set.
    Result<QMap<QString, CrimeKindCount>> crimesByKind(const DashboardFilter& f) const;
    Result<qint64> familiesReunited(const DashboardFilter& f) const;
    Result<FoundPeople> foundPeople(const DashboardFilter& f) const;

private:
    Result<QMap<QString, qint64>> grouped(const QString& statement, qint64 operationId) const;
    Result<qint64> count(const QString& statement, qint64 operationId) const;
    // Statements after the filter's `sa` table (FilterSql.h).
    Result<QMap<QString, qint64>> grouped(const QString& statement, const DashboardFilter& f) const;
    Result<qint64> count(const QString& statement, const DashboardFilter& f) const;
    Status screeningFigures(const DashboardFilter& f, RecountedFigures& r) const;
    QSqlDatabase m_db;
};

} // namespace hc
