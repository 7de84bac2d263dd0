#pragma once
// The SQL the benchmarks need besides the services they time: people to draw search terms
// from, the first area of the city for the dashboard's filters, emptying the phonetic cache
// before a cold duplicate scan, and for the stations load (bench stations): an officer of each
// station, a station's households with their residents, and the visits found afterwards.

#include "core/common/Result.h"

#include <QList>
#include <QString>

namespace hc {

class Database;

struct BenchPerson
{
    QString name;
    QString idNumber; // empty when unknown, as are the others
    QString phone;
    QString address;
};

struct BenchPlace
{
    qint64 subBureauId = 0;
    qint64 stationId = 0;
    qint64 areaId = 0;
};

struct StationOfficer
{
    qint64 stationId = 0;
    QString badge;
};

struct BenchHousehold
{
    qint64 id = 0;
    QList<qint64> residents; // the people registered or found living there, by id
};

class BenchStore
{
public:
    explicit BenchStore(Database& db);

    // `count` people spread evenly over the person ids (fewer when ids are missing); an error
    // when there are no people.
    Result<QList<BenchPerson>> samplePeople(int count);
    // The first area (by station, then area id) and its station and sub-bureau; zeros when none.
    Result<BenchPlace> firstArea();
    Status clearPhoneticCache();
    // The first active officer (by id) of each station that has one, by station id.
    Result<QList<StationOfficer>> stationOfficers();
    // Up to `limit` households of the station (by id) that have residents, with them.
    Result<QList<BenchHousehold>> stationHouseholds(qint64 stationId, int limit);
    Result<qint64> visitCount(qint64 operationId);

private:
    Database& m_db;
};

} // namespace hc
