#pragma once
// Reads households for the officer's screens: pages of a station's households with their
// coverage in an operation (keyset paging by household number, so a 2,000,000-person city
// never loads more than a page), one household's members and visit history, and the next
// household to visit. The SQL is HouseholdStore's.

#include "core/common/Result.h"
#include "core/households/Household.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <optional>

namespace hc {

class Database;

class HouseholdService
{
    Q_DECLARE_TR_FUNCTIONS(hc::HouseholdService)
public:
    explicit HouseholdService(Database& db);

    // Up to `limit` households after `afterHouseholdNo` (empty: from the start) in household
    // number order.
    Result<QList<HouseholdRow>> page(const HouseholdFilter& filter, const QString& afterHouseholdNo,
                                     int limit) const;
    // How many households the filter holds in all (the list shows them a page at a time).
    Result<qint64> count(const HouseholdFilter& filter) const;
    Result<HouseholdDetail> detail(qint64 householdId, qint64 operationId) const;
    // The next household after `afterHouseholdNo` in the area (or station) not yet covered.
    Result<std::optional<qint64>> nextToVisit(const HouseholdFilter& filter,
                                              const QString& afterHouseholdNo) const;
    QList<AreaRow> areas(qint64 stationId) const;
    QList<StationRow> stations() const;
    Result<qint64> findByNumber(const QString& householdNo) const;
    // The household a person is registered in (or was found living in).
    Result<qint64> householdOfPerson(qint64 personId) const;

private:
    Database& m_db;
};

} // namespace hc
