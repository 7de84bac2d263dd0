#include "core/matching/DuplicateStore.h"

#include "core/storage/Sql.h"

#include <QSqlError>

namespace hc {

Result<qint64> DuplicateStore::personCount() const
{
    const auto n = sql::scalar(m_db, QStringLiteral("SELECT count(*) FROM persons"));
    if (!n)
        return n.error();
    return n->toLongLong();
}

Status DuplicateStore::forEachPerson(const std::function<void(const PersonForMatching&)>& each) const
{
    auto q = sql::query(m_db, QStringLiteral("SELECT p.id, p.name, p.id_number, p.birth_date, p.birth_year, "
                                             "h.area_id, p.sex FROM persons p "
                                             "LEFT JOIN households h ON h.id = p.household_id"));
    if (!q)
        return q.error();
    PersonForMatching p;
    while (q.value().next()) {
        p.id = q->value(0).toLongLong();
        p.name = q->value(1).toString();
        p.idNumber = q->value(2).toString();
        p.birthDate = q->value(3).toString();
        p.birthYear = q->value(4).isNull() ? -1 : q->value(4).toInt();
        p.areaId = q->value(5).toLongLong();
        p.sex = q->value(6).toString();
        each(p);
    }
    if (q->lastError().isValid())
        return sql::failed(*q);
    return {};
}

Status
DuplicateStore::forEachPhoneticKey(const std::function<void(const QString&, const QString&)>& each) const
{
    auto q = sql::query(m_db, QStringLiteral("SELECT name, key FROM name_phonetic"));
    if (!q)
        return q.error();
    while (q.value().next())
        each(q->value(0).toString(), q->value(1).toString());
    return {};
}

Status DuplicateStore::insertPhoneticKeys(const QList<QPair<QString, QString>>& keys,
                                          const std::function<void(qint64)>& progress) const
{
    QSqlQuery q(m_db);
    if (Status s = sql::prepare(q, QStringLiteral("INSERT INTO name_phonetic(name, key) VALUES (:name, :key) "
                                                  "ON CONFLICT(name) DO NOTHING"));
        !s)
        return s;
    qint64 done = 0;
    for (const auto& [name, key] : keys) {
        if ((++done & 0xFFFF) == 0 && progress)
            progress(done);
        if (Status s = sql::exec(q, {{QStringLiteral(":name"), name}, {QStringLiteral(":key"), key}}); !s)
            return s;
    }
    return {};
}

Result<QList<QPair<qint64, qint64>>> DuplicateStore::dismissedPairs() const
{
    auto q = sql::query(m_db, QStringLiteral("SELECT person_a, person_b FROM person_match_dismissals"));
    if (!q)
        return q.error();
    QList<QPair<qint64, qint64>> out;
    while (q.value().next())
        out << qMakePair(q->value(0).toLongLong(), q->value(1).toLongLong());
    return out;
}

} // namespace hc
