#pragma once
// Households as the officer's screens show them: the list filter, a row with its coverage in
// an operation, one household's members and visit history, stations and areas.

#include <QList>
#include <QString>

namespace hc {

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

} // namespace hc
