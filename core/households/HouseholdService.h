#pragma once
// Reads households for the officer's screens: pages of a station's households with their
// coverage in an operation (keyset paging by household number, so a 2,000,000-person city
// never loads more than a page), one household's members and visit history, and the next
// household to visit. An officer reaches their own station's households only (Scope): lists
// are narrowed in the SQL, one household of another station is refused; opening a household
// is audited. The SQL is HouseholdStore's.

#include "core/auth/Actor.h"
#include "core/common/Result.h"
#include "core/households/Household.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <optional>
#include <utility>

namespace hc {

class Database;

class HouseholdService
{
    Q_DECLARE_TR_FUNCTIONS(hc::HouseholdService)
public:
    HouseholdService(Database& db, Actor actor);

    // Up to `limit` households after `afterHouseholdNo` (empty: from the start) in household
    // number order. filter.stationId 0: every station the actor reaches.
    Result<QList<HouseholdRow>> page(const HouseholdFilter& filter, const QString& afterHouseholdNo,
                                     int limit) const;
    // The first page and how many households the filter holds in all (the list shows them a
    // page at a time), with one narrowing and one search.
    Result<std::pair<QList<HouseholdRow>, qint64>> firstPage(const HouseholdFilter& filter, int limit) const;
    // Audited (a view of the household's people).
    Result<HouseholdDetail> detail(qint64 householdId, qint64 operationId) const;
    // The next household after `afterHouseholdNo` in the area (or station) not yet covered.
    Result<std::optional<qint64>> nextToVisit(const HouseholdFilter& filter,
                                              const QString& afterHouseholdNo) const;
    // Station and area names (no personal data): every role, for the filters and forms.
    QList<AreaRow> areas(qint64 stationId) const;
    QList<StationRow> stations() const;
    Result<qint64> findByNumber(const QString& householdNo) const;
    // The household a person is registered in (or was found living in).
    Result<qint64> householdOfPerson(qint64 personId) const;

private:
    // The household's station, or the refusal (audited) when the actor does not reach it.
    Status reach(qint64 householdId, const QString& entityId) const;
    Result<std::optional<QList<qint64>>> searched(const HouseholdFilter& f) const;
    Result<HouseholdFilter> narrowed(const HouseholdFilter& f) const;
    // The filter narrowed to the actor's reach, and the households its search text finds.
    struct Scoped
    {
        HouseholdFilter filter;
        std::optional<QList<qint64>> within;
    };
    Result<Scoped> scoped(const HouseholdFilter& f) const;

    Database& m_db;
    Actor m_actor;
};

} // namespace hc
