#include "core/cases/MarkStore.h"

#include "core/storage/Sql.h"

namespace hc {

namespace {
QString ownerColumn(MarkStore::Owner owner)
{
    return owner == MarkStore::Owner::Case ? QStringLiteral("case_id") : QStringLiteral("found_person_id");
}
// Never NULL (the column is NOT NULL DEFAULT ''): a null QString binds as NULL.
QString description(const IdentifyingMark& m)
{
    const QString text = m.description.trimmed();
    return text.isEmpty() ? QStringLiteral("") : text;
}
} // namespace

Result<QList<IdentifyingMark>> MarkStore::marks(Owner owner, qint64 ownerId) const
{
    auto q = sql::query(m_db,
                        QStringLiteral("SELECT id, kind, location, description FROM identifying_marks "
                                       "WHERE %1 = :owner ORDER BY id")
                            .arg(ownerColumn(owner)),
                        {{QStringLiteral(":owner"), ownerId}});
    if (!q)
        return q.error();
    QList<IdentifyingMark> out;
    while (q.value().next())
        out << IdentifyingMark{q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toString(),
                               q->value(3).toString()};
    return out;
}

Status MarkStore::replace(Owner owner, qint64 ownerId, const QList<IdentifyingMark>& marks) const
{
    const QString column = ownerColumn(owner);
    if (auto d =
            sql::execute(m_db, QStringLiteral("DELETE FROM identifying_marks WHERE %1 = :owner").arg(column),
                         {{QStringLiteral(":owner"), ownerId}});
        !d)
        return d.error();
    QSqlQuery q(m_db);
    if (Status s =
            sql::prepare(q, QStringLiteral("INSERT INTO identifying_marks(%1, kind, location, description) "
                                           "VALUES (:owner, :kind, :location, :description)")
                                .arg(column));
        !s)
        return s;
    for (const IdentifyingMark& m : marks)
        if (Status s = sql::exec(q, {{QStringLiteral(":owner"), ownerId},
                                     {QStringLiteral(":kind"), m.kind},
                                     {QStringLiteral(":location"), m.location},
                                     {QStringLiteral(":description"), description(m)}});
            !s)
            return s;
    return {};
}

} // namespace hc
