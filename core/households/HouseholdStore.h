#pragma once
// The household queries: keyset pages of households with their coverage (household_progress),
// the next one to visit, one household's members and visit history, stations and areas.

#include "core/common/Result.h"
#include "core/households/Household.h"

#include <QSqlDatabase>
#include <optional>

namespace hc {

class HouseholdStore
{
public:
    explicit HouseholdStore(QSqlDatabase db) : m_db(std::move(db)) {}

    // Households after `after` in household number order, within the filter's station, area
    // and coverage; `within` narrows to these households (a search's hits) when given.
    // (filter.search is the caller's: it becomes `within`.)
    Result<QList<HouseholdRow>> page(const HouseholdFilter& filter,
                                     const std::optional<QList<qint64>>& within, const QString& after,
                                     int limit) const;
    // How many households the filter holds (what page() would list from the start).
    Result<qint64> count(const HouseholdFilter& filter, const std::optional<QList<qint64>>& within) const;
    // The first household after `after` not yet covered (the filter's coverage is ignored).
    Result<std::optional<qint64>> nextToVisit(const HouseholdFilter& filter,
                                              const std::optional<QList<qint64>>& within,
                                              const QString& after) const;
    // The household row (members not counted) and its station; nullopt when there is none.
    Result<std::optional<HouseholdDetail>> household(qint64 householdId, qint64 operationId) const;
    // Registered members first (head of household first), then people found living here.
    Result<QList<MemberRow>> members(qint64 householdId, qint64 operationId) const;
    // Newest first, with each visit's screenings and corrections counted.
    Result<QList<VisitHistoryRow>> visits(qint64 householdId, qint64 operationId) const;

    Result<std::optional<qint64>> idOfNumber(const QString& householdNo) const;
    // The household's station; nullopt when there is no such household.
    Result<std::optional<qint64>> stationOfHousehold(qint64 householdId) const;
    // nullopt when there is no such person; 0 when the person belongs to no household.
    Result<std::optional<qint64>> householdOfPerson(qint64 personId) const;
    Result<QList<StationRow>> stations() const;
    // stationId 0: every station's areas.
    Result<QList<AreaRow>> areas(qint64 stationId) const;

private:
    QSqlDatabase m_db;
};

} // namespace hc
