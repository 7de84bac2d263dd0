#include "core/imports/RegistryCopyStore.h"

#include "core/storage/PgCopy.h"
#include "core/storage/Sql.h"

namespace hc {

namespace {
const QStringList kHouseholdColumns{QStringLiteral("id"), QStringLiteral("household_no"),
                                    QStringLiteral("area_id"), QStringLiteral("address")};
const QStringList kPersonColumns{
    QStringLiteral("id_number"),    QStringLiteral("name"),       QStringLiteral("sex"),
    QStringLiteral("birth_date"),   QStringLiteral("birth_year"), QStringLiteral("phone"),
    QStringLiteral("household_id"), QStringLiteral("relation"),   QStringLiteral("registered")};

QVariantList householdValues(const RegistryImportStore::Household& h, const QString& householdNo)
{
    return {h.id, householdNo, h.areaId, h.address};
}

QVariantList personValues(const RegistryImportStore::Person& p)
{
    return {p.idNumber,
            p.name,
            p.sex,
            p.birthDate,
            p.birthYear,
            sql::orNull(p.phone),
            p.householdId,
            sql::orNull(p.relation),
            1};
}
} // namespace

Result<qint64> RegistryCopyStore::nextHouseholdId()
{
    if (m_freeIds.isEmpty()) {
        auto q = sql::query(m_db,
                            // The sequence named once, not looked up again for every number.
                            QStringLiteral("SELECT nextval(q.s) FROM (SELECT pg_get_serial_sequence("
                                           "'households', 'id')::regclass AS s) q "
                                           "CROSS JOIN generate_series(1, :n)"),
                            {{QStringLiteral(":n"), kIdBatch}});
        if (!q)
            return q.error();
        while (q.value().next())
            m_freeIds.append(q.value().value(0).toLongLong());
        std::reverse(m_freeIds.begin(), m_freeIds.end()); // taken from the back, in ascending order
        if (m_freeIds.isEmpty())
            return storageError(tr("The server gave no new household numbers."));
    }
    return m_freeIds.takeLast();
}

Result<RegistryCopyStore::Household> RegistryCopyStore::addOrFindHousehold(const QString& householdNo,
                                                                           qint64 areaId,
                                                                           const QString& address,
                                                                           bool* created)
{
    if (const auto at = m_byNo.constFind(householdNo); at != m_byNo.constEnd()) {
        *created = false;
        return m_households.at(*at).household;
    }
    const auto id = nextHouseholdId();
    if (!id)
        return id.error();
    const Household h{*id, areaId, address};
    m_byNo.insert(householdNo, m_households.size());
    m_byId.insert(h.id, m_households.size());
    m_households.append({h, householdNo});
    *created = true;
    return h;
}

Status RegistryCopyStore::moveHousehold(qint64 id, qint64 areaId, const QString& address)
{
    const auto at = m_byId.constFind(id);
    if (at == m_byId.constEnd())
        return storageError(tr("Household %1 is not part of this import.").arg(id));
    Household& h = m_households[*at].household;
    h.areaId = areaId;
    h.address = address;
    if (*at >= m_written)
        return {}; // written with its block
    const auto n = sql::execute(m_db,
                                QStringLiteral("UPDATE households SET area_id = :area, address = :address "
                                               "WHERE id = :id"),
                                {{QStringLiteral(":area"), areaId},
                                 {QStringLiteral(":address"), address},
                                 {QStringLiteral(":id"), id}});
    if (!n)
        return n.error();
    return {};
}

std::optional<RegistryCopyStore::Failure> RegistryCopyStore::addNewPerson(Person&& p, qint64 tag)
{
    m_persons.append(std::move(p));
    m_tags.append(tag);
    return m_persons.size() < kBlock ? std::nullopt : flush();
}

std::optional<RegistryCopyStore::Failure> RegistryCopyStore::flush()
{
    if (m_written == m_households.size() && m_persons.isEmpty())
        return std::nullopt;
    if (Status s = stage(); !s)
        return Failure{0, s.error()};
    if (Status s = sql::statement(m_db, QStringLiteral("SAVEPOINT hc_copy_block")); !s)
        return Failure{0, s.error()};
    if (copyBlock()) {
        if (Status s = sql::statement(m_db, QStringLiteral("RELEASE SAVEPOINT hc_copy_block")); !s)
            return Failure{0, s.error()};
        m_written = m_households.size();
        m_persons.clear();
        m_tags.clear();
        return std::nullopt;
    }
    // The block left nothing behind; row by row names the row that fails.
    if (Status s = sql::statement(m_db, QStringLiteral("ROLLBACK TO SAVEPOINT hc_copy_block")); !s)
        return Failure{0, s.error()};
    return writeOneByOne();
}

Status RegistryCopyStore::stage()
{
    if (m_staged)
        return {};
    // COPY FROM refuses a table under row-level security (households and persons are, for
    // every login role but the owner): the rows go to temporary tables of this transaction,
    // and from there to the real ones with INSERT ... SELECT, which the policies check.
    if (Status s = sql::statement(m_db, QStringLiteral("CREATE TEMP TABLE hc_stage_households (id integer, "
                                                       "household_no text, area_id integer, address text) "
                                                       "ON COMMIT DROP"));
        !s)
        return s;
    if (Status s =
            sql::statement(m_db, QStringLiteral("CREATE TEMP TABLE hc_stage_persons (id_number text, "
                                                "name text, sex text, birth_date text, birth_year integer, "
                                                "phone text, household_id integer, relation text, "
                                                "registered integer) ON COMMIT DROP"));
        !s)
        return s;
    m_staged = true;
    return {};
}

Status RegistryCopyStore::copyBlock()
{
    if (m_written < m_households.size()) {
        auto copy = PgCopy::start(m_db, QStringLiteral("hc_stage_households"), kHouseholdColumns);
        if (!copy)
            return copy.error();
        for (qsizetype i = m_written; i < m_households.size(); ++i)
            if (Status s = copy.value().addRow(
                    householdValues(m_households.at(i).household, m_households.at(i).householdNo));
                !s)
                return s;
        if (const auto n = copy.value().finish(); !n)
            return n.error();
    }
    if (!m_persons.isEmpty()) {
        auto copy = PgCopy::start(m_db, QStringLiteral("hc_stage_persons"), kPersonColumns);
        if (!copy)
            return copy.error();
        for (const Person& p : std::as_const(m_persons))
            if (Status s = copy.value().addRow(personValues(p)); !s)
                return s;
        if (const auto n = copy.value().finish(); !n)
            return n.error();
    }
    for (const QString& move :
         {QStringLiteral("INSERT INTO households(id, household_no, area_id, address) "
                         "SELECT id, household_no, area_id, address FROM hc_stage_households"),
          QStringLiteral(
              "INSERT INTO persons(id_number, name, sex, birth_date, birth_year, phone, household_id, "
              "relation, registered) SELECT id_number, name, sex, birth_date, birth_year, phone, "
              "household_id, relation, registered FROM hc_stage_persons"),
          QStringLiteral("TRUNCATE hc_stage_households, hc_stage_persons")})
        if (Status s = sql::statement(m_db, move); !s)
            return s;
    return {};
}

std::optional<RegistryCopyStore::Failure> RegistryCopyStore::writeOneByOne()
{
    QSqlQuery household(m_db), person(m_db);
    if (Status s = sql::prepare(household, QStringLiteral("INSERT INTO households(id, household_no, area_id, "
                                                          "address) VALUES (?, ?, ?, ?)"));
        !s)
        return Failure{0, s.error()};
    if (Status s =
            sql::prepare(person, QStringLiteral("INSERT INTO persons(id_number, name, sex, birth_date, "
                                                "birth_year, phone, household_id, relation, registered) "
                                                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        !s)
        return Failure{0, s.error()};
    for (qsizetype i = m_written; i < m_households.size(); ++i) {
        const QVariantList values =
            householdValues(m_households.at(i).household, m_households.at(i).householdNo);
        for (int v = 0; v < values.size(); ++v)
            household.bindValue(v, values.at(v));
        if (Status s = sql::exec(household); !s)
            return Failure{0, s.error()};
    }
    for (qsizetype i = 0; i < m_persons.size(); ++i) {
        const QVariantList values = personValues(m_persons.at(i));
        for (int v = 0; v < values.size(); ++v)
            person.bindValue(v, values.at(v));
        if (Status s = sql::exec(person); !s)
            return Failure{m_tags.at(i), s.error()};
    }
    // Every row went in one by one: the block is written after all.
    m_written = m_households.size();
    m_persons.clear();
    m_tags.clear();
    return std::nullopt;
}

} // namespace hc
