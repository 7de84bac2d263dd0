#pragma once
// The registry's first load on PostgreSQL (issue 11, outcome 5): with nothing on record there is
// nothing to match, so households and persons are not written one statement per row (a round
// trip each) but gathered and sent in blocks through COPY (PgCopy) into temporary staging tables,
// then moved by one INSERT ... SELECT per table (COPY FROM is refused on tables under row-level
// security, and the policies check the INSERT), each block under a savepoint.
// Household ids are drawn from their sequence in batches, so persons can name their household
// before it is written; a household met again is found in memory, and a move (another area or
// address) changes it in memory until its block is written, on the server afterwards. A block
// the server refuses is rolled back to its savepoint and written again row by row, to name the
// data row that fails. Owned by RegistryImportStore; part of the import's transaction. No other
// statement runs on the connection while a block is being copied.

#include "core/imports/RegistryImportStore.h"

#include <QHash>
#include <QList>

namespace hc {

class RegistryCopyStore
{
    Q_DECLARE_TR_FUNCTIONS(hc::RegistryCopyStore)
public:
    using Household = RegistryImportStore::Household;
    using Person = RegistryImportStore::Person;
    using Failure = RegistryImportStore::Failure;
    static constexpr int kBlock = 10000; // persons per COPY
    static constexpr int kIdBatch = 1000;

    explicit RegistryCopyStore(QSqlDatabase db) : m_db(std::move(db)) {}

    Result<Household> addOrFindHousehold(const QString& householdNo, qint64 areaId, const QString& address,
                                         bool* created);
    Status moveHousehold(qint64 id, qint64 areaId, const QString& address);
    std::optional<Failure> addNewPerson(Person&& p, qint64 tag);
    // Writes what is gathered (the end of the load).
    std::optional<Failure> flush();

private:
    struct HouseholdRow
    {
        Household household;
        QString householdNo;
    };
    Result<qint64> nextHouseholdId();
    Status stage();
    Status copyBlock();
    std::optional<Failure> writeOneByOne();

    QSqlDatabase m_db;
    bool m_staged = false;
    QList<qint64> m_freeIds;
    QList<HouseholdRow> m_households; // every household of the load, in the order met
    QHash<QString, qsizetype> m_byNo;
    QHash<qint64, qsizetype> m_byId;
    qsizetype m_written = 0; // m_households[0, m_written) are on the server
    QList<Person> m_persons; // the block being gathered
    QList<qint64> m_tags;
};

} // namespace hc
