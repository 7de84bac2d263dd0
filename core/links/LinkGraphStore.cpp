#include "core/links/LinkGraphStore.h"

#include "core/storage/Sql.h"

#include <algorithm>

namespace hc {

Result<QHash<qint64, QString>> LinkGraphStore::linkAuthors() const
{
    // The few users that typed links, once (their names are shared by every edge).
    auto q = sql::query(m_db, QStringLiteral("SELECT id, name || ' (' || badge || ')' FROM users WHERE id IN "
                                             "(SELECT DISTINCT created_by FROM links)"));
    if (!q)
        return q.error();
    QHash<qint64, QString> users;
    while (q.value().next())
        users.insert(q->value(0).toLongLong(), q->value(1).toString());
    return users;
}

Result<QList<StoredLink>> LinkGraphStore::links() const
{
    auto q = sql::query(m_db, QStringLiteral("SELECT id, a_kind, a_key, b_kind, b_key, kind, confidence, "
                                             "coalesce(created_by, 0), created_at FROM links ORDER BY id"));
    if (!q)
        return q.error();
    QList<StoredLink> out;
    while (q.value().next())
        out << StoredLink{q->value(0).toLongLong(), q->value(1).toString(),   q->value(2).toString(),
                          q->value(3).toString(),   q->value(4).toString(),   q->value(5).toString(),
                          q->value(6).toDouble(),   q->value(7).toLongLong(), q->value(8).toString()};
    return out;
}

Result<QList<CaseEnds>> LinkGraphStore::caseEnds() const
{
    auto q = sql::query(
        m_db, QStringLiteral("SELECT id, coalesce(subject_person_id, 0), coalesce(reporter_phone, '') "
                             "FROM cases WHERE subject_person_id IS NOT NULL OR reporter_phone IS NOT "
                             "NULL ORDER BY id"));
    if (!q)
        return q.error();
    QList<CaseEnds> out;
    while (q.value().next())
        out << CaseEnds{q->value(0).toLongLong(), q->value(1).toLongLong(), q->value(2).toString()};
    return out;
}

Result<QList<PersonEnds>> LinkGraphStore::people(const QString& where) const
{
    auto q = sql::query(m_db, QStringLiteral("SELECT id, coalesce(id_number, ''), coalesce(household_id, 0), "
                                             "coalesce(phone, '') FROM persons WHERE ") +
                                  where + QStringLiteral(" ORDER BY id"));
    if (!q)
        return q.error();
    QList<PersonEnds> out;
    while (q.value().next())
        out << PersonEnds{q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toLongLong(),
                          q->value(3).toString()};
    return out;
}

Result<QList<PersonEnds>> LinkGraphStore::peopleById(const QList<qint64>& ids) const
{
    if (ids.isEmpty())
        return QList<PersonEnds>();
    // Integers only reach the SQL text.
    QStringList list;
    list.reserve(ids.size());
    for (qint64 id : ids)
        list << QString::number(id);
    return people(QStringLiteral("id IN (%1)").arg(list.join(u',')));
}

Result<QList<PersonEnds>> LinkGraphStore::peopleByIdNumber(const QStringList& numbers) const
{
    // Only digits and x reach the SQL text.
    QStringList list;
    for (const QString& n : numbers)
        if (!n.isEmpty() && std::all_of(n.begin(), n.end(), [](QChar c) {
                return (c >= u'0' && c <= u'9') || c == u'x' || c == u'X';
            }))
            list << QLatin1Char('\'') + n + QLatin1Char('\'');
    if (list.isEmpty())
        return QList<PersonEnds>();
    return people(QStringLiteral("id_number IN (%1)").arg(list.join(u',')));
}

} // namespace hc
