#include "core/imports/RegistryImportStore.h"

#include "core/imports/RegistryCopyStore.h"
#include "core/storage/Sql.h"

#include <QSqlDriver>

#include <sqlite3.h>
#include <utility>

namespace hc {

RegistryImportStore::RegistryImportStore(QSqlDatabase db)
    : m_db(db), m_findStation(db), m_addStation(db), m_findArea(db), m_addArea(db), m_addHousehold(db),
      m_findHousehold(db), m_moveHousehold(db), m_addPerson(db), m_findPerson(db), m_updatePerson(db)
{
}

RegistryImportStore::~RegistryImportStore()
{
    sqlite3_finalize(m_insertBatch);
    sqlite3_finalize(m_insertOne);
    sqlite3_finalize(m_insertHousehold);
}

Status RegistryImportStore::prepare()
{
    const std::pair<QSqlQuery*, QString> statements[] = {
        {&m_findStation, QStringLiteral("SELECT id FROM stations WHERE name = ?")},
        {&m_addStation, QStringLiteral("INSERT INTO stations(name) VALUES (?)") + sql::returningId(m_db)},
        {&m_findArea, QStringLiteral("SELECT id FROM areas WHERE station_id = ? AND name = ?")},
        {&m_addArea,
         QStringLiteral("INSERT INTO areas(station_id, name) VALUES (?, ?)") + sql::returningId(m_db)},
        // Insert first: in a first import every household is new, and a lookup before each
        // would cost a statement; a conflict on the number means it is on record.
        {&m_addHousehold,
         QStringLiteral("INSERT INTO households(household_no, area_id, address) VALUES (?, ?, ?) "
                        "ON CONFLICT(household_no) DO NOTHING") +
             sql::returningId(m_db)},
        {&m_findHousehold,
         QStringLiteral("SELECT id, area_id, address FROM households WHERE household_no = ?")},
        {&m_moveHousehold, QStringLiteral("UPDATE households SET area_id = ?, address = ? WHERE id = ?")},
        {&m_addPerson,
         QStringLiteral("INSERT INTO persons(id_number, name, sex, birth_date, birth_year, phone, "
                        "household_id, relation, registered) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1) "
                        "ON CONFLICT(id_number) DO NOTHING")},
        {&m_findPerson, QStringLiteral("SELECT id, name, sex, birth_date, phone, household_id, relation "
                                       "FROM persons WHERE id_number = ?")},
        {&m_updatePerson,
         QStringLiteral("UPDATE persons SET name = ?, sex = ?, birth_date = ?, birth_year = ?, "
                        "phone = ?, household_id = ?, relation = ?, registered = 1 WHERE id = ?")},
    };
    for (const auto& [q, text] : statements)
        if (Status s = sql::prepare(*q, text); !s)
            return s;
    return {};
}

Result<bool> RegistryImportStore::isEmpty()
{
    const auto any = sql::scalar(
        m_db, QStringLiteral("SELECT EXISTS (SELECT 1 FROM households) OR EXISTS (SELECT 1 FROM persons)"));
    if (!any)
        return any.error();
    return !any->toBool();
}

Status RegistryImportStore::deferIndexes()
{
    // On a server the indexes are the owner's: a function of theirs drops them, keeping their
    // definitions for the other (pg/schema-24.sql), whoever imports.
    if (m_db.driverName() == QLatin1String("QPSQL")) {
        const auto dropped = sql::scalar(m_db, QStringLiteral("SELECT hc_defer_registry_indexes()"));
        return dropped ? Status{} : dropped.error();
    }
    // Explicit indexes only: the UNIQUE constraints' own indexes (sql IS NULL) stay, they match
    // rows during the load.
    auto q =
        sql::query(m_db, QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' "
                                        "AND tbl_name IN ('persons', 'households') AND sql IS NOT NULL"));
    if (!q)
        return q.error();
    QSqlQuery& found = q.value();
    QStringList names;
    while (found.next()) {
        names << found.value(0).toString();
        m_deferred << found.value(1).toString();
    }
    for (const QString& name : names)
        if (Status s = sql::statement(m_db, QStringLiteral("DROP INDEX \"%1\"").arg(name)); !s)
            return s;
    return {};
}

Status RegistryImportStore::restoreIndexes()
{
    // On a server: those the owner's function set aside (deferred_indexes), none otherwise.
    if (m_db.driverName() == QLatin1String("QPSQL")) {
        const auto made = sql::scalar(m_db, QStringLiteral("SELECT hc_restore_registry_indexes()"));
        return made ? Status{} : made.error();
    }
    for (const QString& create : std::exchange(m_deferred, {}))
        if (Status s = sql::statement(m_db, create); !s)
            return s;
    return {};
}

Result<qint64> RegistryImportStore::findStation(const QString& name)
{
    m_findStation.bindValue(0, name);
    if (Status s = sql::exec(m_findStation); !s)
        return s.error();
    const qint64 id = m_findStation.next() ? m_findStation.value(0).toLongLong() : 0;
    m_findStation.finish();
    return id;
}

Result<qint64> RegistryImportStore::addStation(const QString& name)
{
    m_addStation.bindValue(0, name);
    if (Status s = sql::exec(m_addStation); !s)
        return s.error();
    return sql::insertedId(m_addStation);
}

Result<qint64> RegistryImportStore::findArea(qint64 stationId, const QString& name)
{
    m_findArea.bindValue(0, stationId);
    m_findArea.bindValue(1, name);
    if (Status s = sql::exec(m_findArea); !s)
        return s.error();
    const qint64 id = m_findArea.next() ? m_findArea.value(0).toLongLong() : 0;
    m_findArea.finish();
    return id;
}

Result<qint64> RegistryImportStore::addArea(qint64 stationId, const QString& name)
{
    m_addArea.bindValue(0, stationId);
    m_addArea.bindValue(1, name);
    if (Status s = sql::exec(m_addArea); !s)
        return s.error();
    return sql::insertedId(m_addArea);
}

Result<RegistryImportStore::Household> RegistryImportStore::addOrFindHousehold(const QString& householdNo,
                                                                               qint64 areaId,
                                                                               const QString& address,
                                                                               bool* created)
{
    if (m_copyLoad)
        return m_copyLoad->addOrFindHousehold(householdNo, areaId, address, created);
    if (m_insertHousehold) {
        auto added = insertHousehold(householdNo, areaId, address);
        if (!added)
            return added.error();
        *created = *added != 0;
        if (*created)
            return Household{*added, areaId, address};
    } else {
        m_addHousehold.bindValue(0, householdNo);
        m_addHousehold.bindValue(1, areaId);
        m_addHousehold.bindValue(2, address);
        if (Status s = sql::exec(m_addHousehold); !s)
            return s.error();
        const qint64 id = sql::insertedId(m_addHousehold);
        *created = id != 0;
        if (*created)
            return Household{id, areaId, address};
    }
    m_findHousehold.bindValue(0, householdNo);
    if (Status s = sql::exec(m_findHousehold); !s)
        return s.error();
    if (!m_findHousehold.next())
        return storageError(tr("Household %1 vanished during the import.").arg(householdNo));
    Household h{m_findHousehold.value(0).toLongLong(), m_findHousehold.value(1).toLongLong(),
                m_findHousehold.value(2).toString()};
    m_findHousehold.finish();
    return h;
}

Status RegistryImportStore::moveHousehold(qint64 id, qint64 areaId, const QString& address)
{
    if (m_copyLoad)
        return m_copyLoad->moveHousehold(id, areaId, address);
    m_moveHousehold.bindValue(0, areaId);
    m_moveHousehold.bindValue(1, address);
    m_moveHousehold.bindValue(2, id);
    return sql::exec(m_moveHousehold);
}

Result<bool> RegistryImportStore::addPerson(const Person& p)
{
    m_addPerson.bindValue(0, p.idNumber);
    m_addPerson.bindValue(1, p.name);
    m_addPerson.bindValue(2, p.sex);
    m_addPerson.bindValue(3, p.birthDate);
    m_addPerson.bindValue(4, p.birthYear);
    m_addPerson.bindValue(5, sql::orNull(p.phone));
    m_addPerson.bindValue(6, p.householdId);
    m_addPerson.bindValue(7, sql::orNull(p.relation));
    if (Status s = sql::exec(m_addPerson); !s)
        return s.error();
    return m_addPerson.numRowsAffected() == 1;
}

Result<RegistryImportStore::Person> RegistryImportStore::findPerson(const QString& idNumber)
{
    m_findPerson.bindValue(0, idNumber);
    if (Status s = sql::exec(m_findPerson); !s)
        return s.error();
    if (!m_findPerson.next())
        return notFound(QStringLiteral("id_number"), idNumber);
    Person p;
    p.id = m_findPerson.value(0).toLongLong();
    p.idNumber = idNumber;
    p.name = m_findPerson.value(1).toString();
    p.sex = m_findPerson.value(2).toString();
    p.birthDate = m_findPerson.value(3).toString();
    p.phone = m_findPerson.value(4).toString();
    p.householdId = m_findPerson.value(5).toLongLong();
    p.relation = m_findPerson.value(6).toString();
    m_findPerson.finish();
    return p;
}

Status RegistryImportStore::updatePerson(const Person& p)
{
    m_updatePerson.bindValue(0, p.name);
    m_updatePerson.bindValue(1, p.sex);
    m_updatePerson.bindValue(2, p.birthDate);
    m_updatePerson.bindValue(3, p.birthYear);
    m_updatePerson.bindValue(4, sql::orNull(p.phone));
    m_updatePerson.bindValue(5, p.householdId);
    m_updatePerson.bindValue(6, sql::orNull(p.relation));
    m_updatePerson.bindValue(7, p.id);
    return sql::exec(m_updatePerson);
}

namespace {
const char* const kInsertPerson = "INSERT INTO persons(id_number, name, sex, birth_date, birth_year, phone, "
                                  "household_id, relation, registered) VALUES ";
const char* const kPersonValues = "(?, ?, ?, ?, ?, ?, ?, ?, 1)";
constexpr int kPersonParameters = 8;
const char* const kInsertHousehold =
    "INSERT INTO households(household_no, area_id, address) VALUES (?, ?, ?) "
    "ON CONFLICT(household_no) DO NOTHING";

// Text bound in place: the QString outlives the statement's step (SQLITE_STATIC).
int bindText(sqlite3_stmt* stmt, int i, const QString& text)
{
    return sqlite3_bind_text16(stmt, i, text.constData(), int(text.size() * sizeof(QChar)), SQLITE_STATIC);
}
int bindTextOrNull(sqlite3_stmt* stmt, int i, const QString& text)
{
    return text.isEmpty() ? sqlite3_bind_null(stmt, i) : bindText(stmt, i, text);
}
} // namespace

Error RegistryImportStore::sqliteError() const
{
    return storageError(QString::fromUtf8(sqlite3_errmsg(m_handle)));
}

bool RegistryImportStore::hasFastFirstLoad() const
{
    return m_db.driverName() == QLatin1String("QSQLITE") || m_db.driverName() == QLatin1String("QPSQL");
}

Status RegistryImportStore::beginFirstLoad()
{
    if (m_db.driverName() == QLatin1String("QPSQL")) {
        m_copyLoad = std::make_unique<RegistryCopyStore>(m_db);
        return {};
    }
    const QVariant handle = m_db.driver()->handle();
    if (qstrcmp(handle.typeName(), "sqlite3*") != 0 || !*static_cast<sqlite3* const*>(handle.constData()))
        return storageError(tr("The SQLite driver handle is not available."));
    m_handle = *static_cast<sqlite3* const*>(handle.constData());
    QByteArray batch = kInsertPerson;
    for (int i = 0; i < kBatch; ++i)
        batch += (i ? ", " : "") + QByteArray(kPersonValues);
    const QByteArray one = QByteArray(kInsertPerson) + kPersonValues;
    if (sqlite3_prepare_v3(m_handle, batch.constData(), int(batch.size()), SQLITE_PREPARE_PERSISTENT,
                           &m_insertBatch, nullptr) != SQLITE_OK ||
        sqlite3_prepare_v3(m_handle, one.constData(), int(one.size()), SQLITE_PREPARE_PERSISTENT,
                           &m_insertOne, nullptr) != SQLITE_OK ||
        sqlite3_prepare_v3(m_handle, kInsertHousehold, -1, SQLITE_PREPARE_PERSISTENT, &m_insertHousehold,
                           nullptr) != SQLITE_OK)
        return sqliteError();
    m_pending.reserve(kBatch);
    m_pendingTags.reserve(kBatch);
    return {};
}

int RegistryImportStore::bindPerson(sqlite3_stmt* stmt, int first, const Person& p)
{
    int rc = bindText(stmt, first, p.idNumber);
    rc = rc ? rc : bindText(stmt, first + 1, p.name);
    rc = rc ? rc : bindText(stmt, first + 2, p.sex);
    rc = rc ? rc : bindText(stmt, first + 3, p.birthDate);
    rc = rc ? rc : sqlite3_bind_int(stmt, first + 4, p.birthYear);
    rc = rc ? rc : bindTextOrNull(stmt, first + 5, p.phone);
    rc = rc ? rc : sqlite3_bind_int64(stmt, first + 6, p.householdId);
    return rc ? rc : bindTextOrNull(stmt, first + 7, p.relation);
}

Result<qint64> RegistryImportStore::insertHousehold(const QString& householdNo, qint64 areaId,
                                                    const QString& address)
{
    int rc = bindText(m_insertHousehold, 1, householdNo);
    rc = rc ? rc : sqlite3_bind_int64(m_insertHousehold, 2, areaId);
    rc = rc ? rc : bindText(m_insertHousehold, 3, address);
    if (rc == SQLITE_OK)
        rc = sqlite3_step(m_insertHousehold);
    const Error error = rc == SQLITE_DONE ? Error{} : sqliteError();
    const qint64 id =
        rc == SQLITE_DONE && sqlite3_changes(m_handle) == 1 ? sqlite3_last_insert_rowid(m_handle) : 0;
    sqlite3_reset(m_insertHousehold);
    sqlite3_clear_bindings(m_insertHousehold);
    if (rc != SQLITE_DONE)
        return error;
    return id;
}

std::optional<RegistryImportStore::Failure> RegistryImportStore::addNewPerson(Person&& p, qint64 tag)
{
    if (m_copyLoad)
        return m_copyLoad->addNewPerson(std::move(p), tag);
    m_pending.append(std::move(p));
    m_pendingTags.append(tag);
    return m_pending.size() < kBatch ? std::nullopt : writeBatch();
}

std::optional<RegistryImportStore::Failure> RegistryImportStore::flushPersons()
{
    if (m_copyLoad)
        return m_copyLoad->flush();
    return m_pending.isEmpty() ? std::nullopt : writeOneByOne();
}

std::optional<RegistryImportStore::Failure> RegistryImportStore::writeBatch()
{
    int rc = SQLITE_OK;
    for (int i = 0; i < kBatch && rc == SQLITE_OK; ++i)
        rc = bindPerson(m_insertBatch, 1 + i * kPersonParameters, m_pending.at(i));
    if (rc == SQLITE_OK)
        rc = sqlite3_step(m_insertBatch);
    sqlite3_reset(m_insertBatch);
    sqlite3_clear_bindings(m_insertBatch);
    if (rc == SQLITE_DONE) {
        m_pending.clear();
        m_pendingTags.clear();
        return std::nullopt;
    }
    // The statement left nothing behind; row by row names the person that fails.
    return writeOneByOne();
}

std::optional<RegistryImportStore::Failure> RegistryImportStore::writeOneByOne()
{
    for (qsizetype i = 0; i < m_pending.size(); ++i) {
        int rc = bindPerson(m_insertOne, 1, m_pending.at(i));
        if (rc == SQLITE_OK)
            rc = sqlite3_step(m_insertOne);
        const Error error = rc == SQLITE_DONE ? Error{} : sqliteError();
        sqlite3_reset(m_insertOne);
        sqlite3_clear_bindings(m_insertOne);
        if (rc != SQLITE_DONE)
            return Failure{m_pendingTags.at(i), error};
    }
    m_pending.clear();
    m_pendingTags.clear();
    return std::nullopt;
}

} // namespace hc
