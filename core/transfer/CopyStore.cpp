#include "core/transfer/CopyStore.h"

#include "core/storage/Sql.h"

namespace hc {

namespace {
QString quoted(const QString& name)
{
    QString q = name;
    q.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + q + QLatin1Char('"');
}

Result<QStringList> firstColumn(const QSqlDatabase& db, const QString& statement,
                                const sql::Binds& binds = {})
{
    auto q = sql::query(db, statement, binds);
    if (!q)
        return q.error();
    QStringList names;
    while (q.value().next())
        names << q.value().value(0).toString();
    return names;
}

// What marks an account whose password did not come along; PasswordHasher::verify accepts no
// password for it (it is no Argon2id hash).
const QString kNoPassword = QStringLiteral("!copied: set by an administrator");

const QString kSearchTables =
    QStringLiteral("SELECT s.name FROM sqlite_master s WHERE s.type = 'table' AND ("
                   "s.sql LIKE 'CREATE VIRTUAL TABLE%' OR EXISTS (SELECT 1 FROM sqlite_master v "
                   "WHERE v.type = 'table' AND v.sql LIKE 'CREATE VIRTUAL TABLE%' "
                   "AND s.name LIKE v.name || '\\_%' ESCAPE '\\')) ORDER BY 1");
} // namespace

Result<QStringList> CopyStore::sourceSearchTables(const QSqlDatabase& source)
{
    return firstColumn(source, kSearchTables);
}

Result<QStringList> CopyStore::sourceTables(const QSqlDatabase& source)
{
    return firstColumn(source, QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' "
                                              "AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' "
                                              "AND name NOT IN (") +
                                   kSearchTables + QStringLiteral(") ORDER BY 1"));
}

Result<QStringList> CopyStore::sourceColumns(const QSqlDatabase& source, const QString& table)
{
    return firstColumn(source, QStringLiteral("SELECT name FROM pragma_table_info(:t) ORDER BY cid"),
                       {{QStringLiteral(":t"), table}});
}

Result<QSqlQuery> CopyStore::sourceRows(const QSqlDatabase& source, const QString& table,
                                        const QStringList& columns)
{
    QStringList cols;
    for (const QString& c : columns)
        cols << quoted(c);
    return sql::query(
        source, QStringLiteral("SELECT %1 FROM %2").arg(cols.join(QStringLiteral(", ")), quoted(table)));
}

Result<QStringList> CopyStore::targetTablesInOrder(const QSqlDatabase& target)
{
    auto all =
        firstColumn(target, QStringLiteral("SELECT tablename FROM pg_tables WHERE schemaname = 'public' "
                                           "AND tablename <> 'schema_migrations' ORDER BY 1"));
    if (!all)
        return all.error();
    auto q = sql::query(
        target, QStringLiteral("SELECT DISTINCT c.conrelid::regclass::text, c.confrelid::regclass::text "
                               "FROM pg_constraint c WHERE c.contype = 'f' "
                               "AND c.connamespace = 'public'::regnamespace "
                               "AND c.conrelid <> c.confrelid"));
    if (!q)
        return q.error();
    QHash<QString, QStringList> needs; // table -> the tables it refers to
    while (q.value().next())
        needs[q.value().value(0).toString()] << q.value().value(1).toString();
    QStringList ordered, pending = *all;
    while (!pending.isEmpty()) {
        QStringList next;
        for (const QString& t : std::as_const(pending)) {
            const QStringList& refs = needs.value(t);
            if (std::all_of(refs.begin(), refs.end(), [&](const QString& r) { return ordered.contains(r); }))
                ordered << t;
            else
                next << t;
        }
        if (next.size() == pending.size())
            return storageError(tr("The foreign keys of %1 refer to each other in a cycle.")
                                    .arg(next.join(QStringLiteral(", "))));
        pending = next;
    }
    return ordered;
}

Result<QStringList> CopyStore::targetColumns(const QSqlDatabase& target, const QString& table)
{
    return firstColumn(
        target,
        QStringLiteral("SELECT attname FROM pg_attribute WHERE attrelid = to_regclass(:t) "
                       "AND attnum > 0 AND NOT attisdropped AND attgenerated = '' ORDER BY attnum"),
        {{QStringLiteral(":t"), quoted(table)}});
}

Status CopyStore::setTriggers(const QSqlDatabase& target, const QString& table, bool enabled)
{
    return sql::statement(
        target, QStringLiteral("ALTER TABLE %1 %2 TRIGGER USER")
                    .arg(quoted(table), enabled ? QStringLiteral("ENABLE") : QStringLiteral("DISABLE")));
}

Status CopyStore::syncIdentities(const QSqlDatabase& target, const QString& table)
{
    auto columns =
        firstColumn(target,
                    QStringLiteral("SELECT attname FROM pg_attribute WHERE attrelid = to_regclass(:t) "
                                   "AND attnum > 0 AND attidentity <> '' ORDER BY attnum"),
                    {{QStringLiteral(":t"), quoted(table)}});
    if (!columns)
        return columns.error();
    for (const QString& c : std::as_const(*columns)) {
        // The next id is one past the highest copied (1 for an empty table).
        const auto q = sql::query(
            target,
            QStringLiteral("SELECT setval(pg_get_serial_sequence(:t, :c), coalesce(max(%1), 0) + 1, false) "
                           "FROM %2")
                .arg(quoted(c), quoted(table)),
            {{QStringLiteral(":t"), quoted(table)}, {QStringLiteral(":c"), c}});
        if (!q)
            return q.error();
    }
    return {};
}

Result<QList<CopiedAccount>> CopyStore::accounts(const QSqlDatabase& target)
{
    auto q = sql::query(target, QStringLiteral("SELECT badge, role, active FROM users ORDER BY id"));
    if (!q)
        return q.error();
    QList<CopiedAccount> list;
    while (q.value().next())
        list.append(
            {q.value().value(0).toString(), q.value().value(1).toString(), q.value().value(2).toInt() != 0});
    return list;
}

Status CopyStore::clearPassword(const QSqlDatabase& target, const QString& badge)
{
    const auto n =
        sql::execute(target,
                     QStringLiteral("UPDATE users SET password_hash = :hash, password_changed_at = NULL, "
                                    "must_change_password = 1 WHERE badge = :badge"),
                     {{QStringLiteral(":hash"), kNoPassword}, {QStringLiteral(":badge"), badge}});
    if (!n)
        return n.error();
    return {};
}

Status CopyStore::setPasswordHash(const QSqlDatabase& target, const QString& badge, const QString& hash,
                                  const QString& changedAt)
{
    const auto n =
        sql::execute(target,
                     QStringLiteral("UPDATE users SET password_hash = :hash, password_changed_at = :at, "
                                    "must_change_password = 0 WHERE badge = :badge"),
                     {{QStringLiteral(":hash"), hash},
                      {QStringLiteral(":at"), changedAt},
                      {QStringLiteral(":badge"), badge}});
    if (!n)
        return n.error();
    return {};
}

Result<QList<qint64>> CopyStore::operationIds(const QSqlDatabase& db)
{
    auto q = sql::query(db, QStringLiteral("SELECT id FROM operations ORDER BY id"));
    if (!q)
        return q.error();
    QList<qint64> ids;
    while (q.value().next())
        ids << q.value().value(0).toLongLong();
    return ids;
}

} // namespace hc
