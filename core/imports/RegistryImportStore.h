#pragma once
// The SQL of the registry import: stations, areas, households and registered persons, matched
// by name, household number and ID number. Prepared statements are made once by prepare() and
// reused for every row.
//
// A first load (a database without households or persons) matches nothing: the secondary
// indexes of persons and households are set aside and built once at its end, inside the
// import's transaction (sorted once instead of updated at random for every row), and persons
// are written kBatch at a time by one statement through SQLite's own interface, their text
// bound without copies (QtSql's binding cost more than SQLite's insert); households are
// inserted the same way. A batch that fails is written again row by row to name the row that
// fails. On PostgreSQL a first load goes through COPY instead (RegistryCopyStore), and its
// secondary indexes are set aside the same way when the connection's role owns the tables.

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>
#include <memory>
#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace hc {

class RegistryCopyStore;

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

    // A failed write of a first load: the error and the tag (data row) of the person it concerns.
    struct Failure
    {
        qint64 tag = 0;
        Error error;
    };
    static constexpr int kBatch = 100;

    explicit RegistryImportStore(QSqlDatabase db);
    ~RegistryImportStore();
    RegistryImportStore(const RegistryImportStore&) = delete;
    RegistryImportStore& operator=(const RegistryImportStore&) = delete;
    Status prepare();

    // True when the database has neither households nor persons yet.
    Result<bool> isEmpty();
    // Drops the secondary indexes of persons and households, keeping their definitions for
    // restoreIndexes(); only inside a transaction. On a server through the owner's functions
    // (pg/schema-24.sql), which do so only while both tables are empty.
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

    // First load: prepares the batch statements; then persons (none on record, no two with
    // one ID number) are added, written when kBatch are waiting and by flushPersons().
    // On SQLite the first load's raw statements (beginFirstLoad); on PostgreSQL COPY
    // (RegistryCopyStore).
    bool hasFastFirstLoad() const;
    Status beginFirstLoad();
    std::optional<Failure> addNewPerson(Person&& p, qint64 tag);
    std::optional<Failure> flushPersons();

private:
    Error sqliteError() const;
    int bindPerson(sqlite3_stmt* stmt, int first, const Person& p);
    // First load: the new household's id, 0 when its number is on record.
    Result<qint64> insertHousehold(const QString& householdNo, qint64 areaId, const QString& address);
    std::optional<Failure> writeBatch();
    std::optional<Failure> writeOneByOne();

    QSqlDatabase m_db;
    QSqlQuery m_findStation, m_addStation, m_findArea, m_addArea, m_addHousehold, m_findHousehold,
        m_moveHousehold, m_addPerson, m_findPerson, m_updatePerson;
    QStringList m_deferred; // CREATE INDEX statements of the indexes set aside

    sqlite3* m_handle = nullptr;
    sqlite3_stmt* m_insertBatch = nullptr; // kBatch rows
    sqlite3_stmt* m_insertOne = nullptr;
    sqlite3_stmt* m_insertHousehold = nullptr;     // m_addHousehold without QtSql's binding
    std::unique_ptr<RegistryCopyStore> m_copyLoad; // a first load on PostgreSQL
    QList<Person> m_pending;
    QList<qint64> m_pendingTags;
};

} // namespace hc
