#include "core/links/EntityStore.h"

#include "core/storage/Sql.h"

#include <QHash>

namespace hc {

Result<qint64> EntityStore::findRow(const QString& select, const QVariant& value) const
{
    const auto id = sql::scalar(m_db, select, {{QStringLiteral(":v"), value}});
    if (!id)
        return id.error();
    return id->toLongLong();
}

Result<qint64> EntityStore::findPerson(const QString& by, const QVariant& value) const
{
    return findRow(by == u"id_number" ? QStringLiteral("SELECT id FROM persons WHERE id_number = :v")
                                      : QStringLiteral("SELECT id FROM persons WHERE id = :v"),
                   value);
}

Result<qint64> EntityStore::findCase(const QString& by, const QVariant& value) const
{
    return findRow(by == u"case_no" ? QStringLiteral("SELECT id FROM cases WHERE case_no = :v")
                                    : QStringLiteral("SELECT id FROM cases WHERE id = :v"),
                   value);
}

Result<qint64> EntityStore::findHousehold(const QString& by, const QVariant& value) const
{
    return findRow(by == u"household_no" ? QStringLiteral("SELECT id FROM households WHERE household_no = :v")
                                         : QStringLiteral("SELECT id FROM households WHERE id = :v"),
                   value);
}

Result<QList<EntityFacts>> EntityStore::facts(const QString& kind, const QList<qint64>& ids) const
{
    static const QHash<QString, QString> select = {
        {QStringLiteral("person"),
         QStringLiteral("SELECT id, name, coalesce(id_number, '') FROM persons WHERE id IN (%1)")},
        {QStringLiteral("case"),
         QStringLiteral("SELECT c.id, c.case_no, coalesce(c.subject_name, p.name, '') FROM cases c "
                        "LEFT JOIN persons p ON p.id = c.subject_person_id WHERE c.id IN (%1)")},
        {QStringLiteral("household"),
         QStringLiteral("SELECT id, household_no, address FROM households WHERE id IN (%1)")}};
    QList<EntityFacts> out;
    if (ids.isEmpty() || !select.contains(kind))
        return out;
    // Integers only reach the SQL text.
    QStringList list;
    list.reserve(ids.size());
    for (qint64 id : ids)
        list << QString::number(id);
    auto q = sql::query(m_db, select.value(kind).arg(list.join(u',')));
    if (!q)
        return q.error();
    while (q.value().next())
        out << EntityFacts{q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toString()};
    return out;
}

} // namespace hc
