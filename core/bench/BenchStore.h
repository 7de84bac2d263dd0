#pragma once
// The SQL the benchmarks need besides the services they time: people to draw search terms
// from, the first area of the city for the dashboard's filters, and emptying the phonetic cache
// before a cold duplicate scan.

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

private:
    Database& m_db;
};

} // namespace hc
