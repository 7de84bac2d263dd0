#pragma once
// Reads households for the officer's screens: pages of a station's households with their
// coverage in an operation (keyset paging by household number, so a 2,000,000-person city
// never loads more than a page), one household's members and visit history, and the next
// household to visit.

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <optional>

namespace hc {

class Database;

enum class Coverage
{
    Any,
    NotVisited,
    Revisit,
    Covered
};

struct HouseholdFilter
{
    qint64 operationId = 0;
    qint64 stationId = 0; // 0: every station
    qint64 areaId = 0;    // 0: every area
    Coverage coverage = Coverage::Any;
    QString search; // name, ID number, phone, household number or address (2+ characters)
};

struct HouseholdRow
{
    qint64 id = 0;
    QString householdNo;
    QString address;
    QString area;
    int members = 0;
    QString lastVisit; // ISO wall-clock time, empty when never visited
    Coverage coverage = Coverage::NotVisited;
};

struct MemberRow
{
    qint64 id = 0;
    QString name;
    QString idNumber;
    QString sex;
    QString birthDate; // or the birth year for people found without papers
    QString relation;
    QString phone;
    bool registered = true;
    QString latestStatus; // in the operation; empty when not screened yet
};

struct VisitHistoryRow
{
    qint64 visitId = 0;
    QString visitedAt;
    QString officer;
    QString outcome;
    int screenings = 0;
    int corrections = 0;
};

struct HouseholdDetail
{
    HouseholdRow household;
    QString station;
    QList<MemberRow> members;
    QList<VisitHistoryRow> visits; // newest first
};

struct StationRow
{
    qint64 id = 0;
    QString name;
};

struct AreaRow
{
    qint64 id = 0;
    QString name;
    qint64 stationId = 0;
};

class HouseholdService
{
    Q_DECLARE_TR_FUNCTIONS(hc::HouseholdService)
public:
    explicit HouseholdService(Database& db);

    // Up to `limit` households after `afterHouseholdNo` (empty: from the start) in household
    // number order.
    Result<QList<HouseholdRow>> page(const HouseholdFilter& filter, const QString& afterHouseholdNo,
                                     int limit) const;
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
