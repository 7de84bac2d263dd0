#pragma once
// The SQL of the registry import: stations, areas, households and registered persons, matched
// by name, household number and ID number. Prepared statements are made once by prepare() and
// reused for every row. On a database without households yet, the secondary indexes of
// persons and households are set aside for the load and built once at its end, inside the
// import's transaction (sorted once instead of updated at random for every row).

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>
#include <optional>

namespace hc {

class RegistryImportStore
{
    Q_DECLARE_TR_FUNCTIONS(hc::RegistryImportStore)
public:
    struct Household
    {
        qint64 id = 0;
        qint64 areaId = 0;
        QString address;
    };
    // A registered person's registry columns; the phone and relation are empty when absent.
    struct Person
    {
        qint64 id = 0;
        QString idNumber;
        QString name;
        QString sex;       // 'M' or 'F'
        QString birthDate; // ISO
        int birthYear = 0;
        QString phone;
        qint64 householdId = 0;
        QString relation;
    };

    explicit RegistryImportStore(QSqlDatabase db);
    Status prepare();

    // True when the database has no household yet.
    Result<bool> isEmpty();
    // Drops the secondary indexes of persons and households, keeping their definitions for
    // restoreIndexes(); only inside a transaction.
    Status deferIndexes();
    Status restoreIndexes();

    Result<qint64> findStation(const QString& name); // 0 when there is none
    Result<qint64> addStation(const QString& name);
    Result<qint64> findArea(qint64 stationId, const QString& name); // 0 when there is none
    Result<qint64> addArea(qint64 stationId, const QString& name);

    // Inserts the household unless its number is on record; then returns the one on record.
    // `created` tells which.
    Result<Household> addOrFindHousehold(const QString& householdNo, qint64 areaId, const QString& address,
                                         bool* created);
    Status moveHousehold(qint64 id, qint64 areaId, const QString& address);

    // Inserts the person unless the ID number is on record: false then.
    Result<bool> addPerson(const Person& p);
    Result<Person> findPerson(const QString& idNumber);
    Status updatePerson(const Person& p);

private:
    QSqlDatabase m_db;
    QSqlQuery m_findStation, m_addStation, m_findArea, m_addArea, m_addHousehold, m_findHousehold,
        m_moveHousehold, m_addPerson, m_findPerson, m_updatePerson;
    QStringList m_deferred; // CREATE INDEX statements of the indexes set aside
};

} // namespace hc
