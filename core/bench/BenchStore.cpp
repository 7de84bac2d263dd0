#include "core/bench/BenchStore.h"

#include "core/storage/Database.h"
#include "core/storage/Sql.h"

namespace hc {

BenchStore::BenchStore(Database& db) : m_db(db) {}

Result<QList<BenchPerson>> BenchStore::samplePeople(int count)
{
    const auto max = sql::scalar(m_db.sql(), QStringLiteral("SELECT max(id) FROM persons"));
    if (!max)
        return max.error();
    const qint64 maxId = max->toLongLong();
    if (maxId == 0)
        return storageError(QStringLiteral("no people to search"));
    QSqlQuery pick(m_db.sql());
    if (Status s =
            sql::prepare(pick, QStringLiteral("SELECT p.name, coalesce(p.id_number, ''), "
                                              "coalesce(p.phone, ''), coalesce(h.address, '') "
                                              "FROM persons p LEFT JOIN households h ON h.id = "
                                              "p.household_id WHERE p.id >= :id ORDER BY p.id LIMIT 1"));
        !s)
        return s.error();
    QList<BenchPerson> people;
    for (int i = 0; i < count; ++i) {
        if (!sql::exec(pick, {{QStringLiteral(":id"), 1 + (maxId * i) / count}}) || !pick.next())
            continue;
        people << BenchPerson{pick.value(0).toString(), pick.value(1).toString(), pick.value(2).toString(),
                              pick.value(3).toString()};
        pick.finish();
    }
    return people;
}

Result<BenchPlace> BenchStore::firstArea()
{
    auto q = sql::query(m_db.sql(), QStringLiteral("SELECT s.sub_bureau_id, s.id, a.id FROM areas a "
                                                   "JOIN stations s ON s.id = a.station_id "
                                                   "ORDER BY s.id, a.id LIMIT 1"));
    if (!q)
        return q.error();
    BenchPlace place;
    if (q.value().next())
        place = BenchPlace{q.value().value(0).toLongLong(), q.value().value(1).toLongLong(),
                           q.value().value(2).toLongLong()};
    return place;
}

Status BenchStore::clearPhoneticCache()
{
    const auto deleted = sql::execute(m_db.sql(), QStringLiteral("DELETE FROM name_phonetic"));
    if (!deleted)
        return deleted.error();
    return {};
}

Result<QList<StationOfficer>> BenchStore::stationOfficers()
{
    auto q = sql::query(m_db.sql(),
                        QStringLiteral("SELECT s.id, (SELECT u.badge FROM users u WHERE u.station_id = s.id "
                                       "AND u.role = 'officer' AND u.active = 1 ORDER BY u.id LIMIT 1) "
                                       "FROM stations s ORDER BY s.id"));
    if (!q)
        return q.error();
    QList<StationOfficer> officers;
    while (q.value().next())
        if (!q.value().value(1).isNull())
            officers << StationOfficer{q.value().value(0).toLongLong(), q.value().value(1).toString()};
    return officers;
}

Result<QList<BenchHousehold>> BenchStore::stationHouseholds(qint64 stationId, int limit)
{
    auto q = sql::query(m_db.sql(),
                        QStringLiteral("SELECT p.household_id, p.id FROM persons p WHERE p.household_id IN "
                                       "(SELECT h.id FROM households h JOIN areas a ON a.id = h.area_id "
                                       "WHERE a.station_id = :st AND EXISTS (SELECT 1 FROM persons r "
                                       "WHERE r.household_id = h.id) ORDER BY h.id LIMIT :n) "
                                       "ORDER BY p.household_id, p.id"),
                        {{QStringLiteral(":st"), stationId}, {QStringLiteral(":n"), limit}});
    if (!q)
        return q.error();
    QList<BenchHousehold> households;
    while (q.value().next()) {
        const qint64 household = q.value().value(0).toLongLong();
        if (households.isEmpty() || households.last().id != household)
            households << BenchHousehold{household, {}};
        households.last().residents << q.value().value(1).toLongLong();
    }
    return households;
}

Result<qint64> BenchStore::visitCount(qint64 operationId)
{
    const auto n =
        sql::scalar(m_db.sql(), QStringLiteral("SELECT count(*) FROM visits WHERE operation_id = :op"),
                    {{QStringLiteral(":op"), operationId}});
    if (!n)
        return n.error();
    return n->toLongLong();
}

} // namespace hc
