#include "core/transfer/DatabaseCopy.h"

#include "core/audit/AuditLog.h"
#include "core/auth/PasswordHasher.h"
#include "core/auth/PasswordPolicy.h"
#include "core/auth/UserService.h"
#include "core/common/Clock.h"
#include "core/common/Logging.h"
#include "core/stats/StatsService.h"
#include "core/storage/Database.h"
#include "core/storage/PgCopy.h"
#include "core/storage/ServerSecurity.h"
#include "core/storage/Transaction.h"
#include "core/transfer/CopyStore.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlRecord>

namespace hc {

qint64 CopyReport::rows() const
{
    qint64 n = 0;
    for (const CopiedTable& t : tables)
        n += t.rows;
    return n;
}

Result<std::unique_ptr<Database>> DatabaseCopy::openEmptyTarget(const QString& uri)
{
    if (!Database::isServerUri(uri))
        return invalid(QStringLiteral("to"), tr("%1 is not a server database (postgresql://…).").arg(uri));
    // A Homecoming database already there is refused like any other tables.
    if (auto existing = Database::open(uri, Database::Mode::OpenExisting)) {
        return Error{QStringLiteral("to"),
                     tr("%1 already holds a Homecoming database; copy needs an empty database.")
                         .arg(Database::displayName(uri)),
                     Error::Kind::Conflict};
    } else if (existing.error().kind != Error::Kind::NotFound) {
        return existing.error();
    }
    // No migrations: the connection only (openServer refuses other programs' tables).
    return Database::open(uri, Database::Mode::CreateIfMissing, QStringList{});
}

DatabaseCopy::DatabaseCopy(Database& source, Database& target) : m_source(source), m_target(target) {}

Status DatabaseCopy::checkAdmin(const CopyOptions& options) const
{
    const auto admin = UserService(m_source).find(options.adminBadge);
    if (!admin)
        return admin.error();
    if (admin->role != Role::Admin || !admin->active)
        return invalid(
            QStringLiteral("admin-badge"),
            tr("%1 is not an active administrator of the database copied.").arg(options.adminBadge));
    return PasswordPolicy::check(options.adminPassword, {admin->badge, admin->name});
}

Result<CopyReport> DatabaseCopy::run(const CopyOptions& options, const Progress& progress)
{
    QElapsedTimer clock;
    clock.start();
    if (m_source.engine() != Database::Engine::Sqlite || m_target.engine() != Database::Engine::Postgres)
        return invalid(QStringLiteral("to"), tr("copy goes from an SQLite file to a server database."));
    if (Status s = checkAdmin(options); !s)
        return s.error();
    CopyReport report;
    Transaction tx(m_target.sql());
    if (!tx.active())
        return tx.error();
    if (Status s = m_target.createSchemaWithin(); !s)
        return s.error();
    if (Status s = ServerSecurity::installWithin(m_target); !s)
        return s.error();
    const auto tables = plan(report);
    if (!tables)
        return tables.error();
    for (const QString& t : *tables)
        if (Status s = copyTable(t, report, progress); !s)
            return s.error();
    if (Status s = setUpAccounts(options, report); !s)
        return s.error();
    if (Status s = audit(options, report); !s)
        return s.error();
    if (!tx.commit())
        return tx.error();
    const auto equal = countersEqualRecount();
    if (!equal)
        return equal.error();
    report.countersEqualRecount = *equal;
    report.milliseconds = clock.elapsed();
    qCInfo(lcStorage) << "copied" << m_source.path() << "to the server:" << report.rows() << "rows in"
                      << report.milliseconds << "ms";
    return report;
}

// The server's tables in foreign-key order; every table of the file must have one there.
Result<QStringList> DatabaseCopy::plan(CopyReport& report) const
{
    const auto source = CopyStore::sourceTables(m_source.sql());
    const auto search = CopyStore::sourceSearchTables(m_source.sql());
    const auto target = CopyStore::targetTablesInOrder(m_target.sql());
    if (!source || !search || !target)
        return !source ? source.error() : !search ? search.error() : target.error();
    report.searchTablesLeft = *search;
    for (const QString& t : *source)
        if (!target->contains(t))
            return storageError(tr("The table %1 of %2 has no counterpart on the server (a file of another "
                                   "version of Homecoming?).")
                                    .arg(t, m_source.path()));
    QStringList order;
    for (const QString& t : *target)
        if (source->contains(t))
            order << t;
    return order;
}

Status DatabaseCopy::copyTable(const QString& table, CopyReport& report, const Progress& progress)
{
    const auto from = CopyStore::sourceColumns(m_source.sql(), table);
    const auto to = CopyStore::targetColumns(m_target.sql(), table);
    if (!from || !to)
        return !from ? from.error() : to.error();
    for (const QString& c : *from)
        if (!to->contains(c))
            return storageError(tr("The column %1.%2 has no counterpart on the server.").arg(table, c));
    if (Status s = CopyStore::setTriggers(m_target.sql(), table, false); !s)
        return s;
    auto rows = CopyStore::sourceRows(m_source.sql(), table, *from);
    if (!rows)
        return rows.error();
    auto copy = PgCopy::start(m_target.sql(), table, *from);
    if (!copy)
        return copy.error();
    QVariantList values;
    const int n = int(from->size());
    while (rows.value().next()) {
        values.resize(0);
        for (int i = 0; i < n; ++i)
            values.append(rows.value().value(i));
        if (Status s = copy.value().addRow(values); !s)
            return s;
    }
    const auto copied = copy.value().finish();
    if (!copied)
        return copied.error();
    if (Status s = CopyStore::setTriggers(m_target.sql(), table, true); !s)
        return s;
    if (Status s = CopyStore::syncIdentities(m_target.sql(), table); !s)
        return s;
    report.tables.append({table, *copied});
    if (progress)
        progress(table, *copied);
    return {};
}

// Every account a login role: the administrator's with the password given, the others' with a
// random one nobody learns, their password hash unusable until an administrator resets it.
Status DatabaseCopy::setUpAccounts(const CopyOptions& options, CopyReport& report)
{
    const auto accounts = CopyStore::accounts(m_target.sql());
    if (!accounts)
        return accounts.error();
    for (const CopiedAccount& a : *accounts) {
        const bool admin = a.badge == options.adminBadge;
        if (admin) {
            const QString hash = PasswordHasher::hash(options.adminPassword);
            if (hash.isEmpty())
                return storageError(tr("The password could not be hashed (out of memory)."));
            if (Status s = CopyStore::setPasswordHash(m_target.sql(), a.badge, hash,
                                                      Clock::instance().now().toString(Qt::ISODate));
                !s)
                return s;
        } else if (Status s = CopyStore::clearPassword(m_target.sql(), a.badge); !s) {
            return s;
        }
        if (auto role = ServerSecurity::loginRole(Database::serverDatabaseName(m_target.path()), a.badge);
            !role)
            return role.error();
        const QString password = admin ? options.adminPassword : PasswordHasher::generate(32);
        if (Status s = ServerSecurity::syncLogin(m_target.sql(), a.badge, password); !s)
            return s;
        if (!admin)
            ++report.accountsToReset;
    }
    return {};
}

Status DatabaseCopy::audit(const CopyOptions& options, const CopyReport& report)
{
    const auto admin = UserService(m_target).find(options.adminBadge);
    if (!admin)
        return admin.error();
    QJsonObject rows;
    for (const CopiedTable& t : report.tables)
        rows.insert(t.name, t.rows);
    return AuditLog(m_target.sql())
        .append(admin->actor(), QStringLiteral("copy_database"), QStringLiteral("database"),
                Database::displayName(m_source.path()), {},
                {{QStringLiteral("rows"), rows},
                 {QStringLiteral("accounts_to_reset"), report.accountsToReset},
                 {QStringLiteral("admin"), options.adminBadge}});
}

// The counters and summaries came along as rows: they must still equal the rows they count.
Result<bool> DatabaseCopy::countersEqualRecount() const
{
    const auto ops = CopyStore::operationIds(m_target.sql());
    if (!ops)
        return ops.error();
    const StatsService stats(m_target);
    for (const qint64 op : *ops) {
        const auto kept = stats.compute(op);
        const auto counted = stats.recount(op);
        if (!kept || !counted)
            return !kept ? kept.error() : counted.error();
        if (!(*kept == *counted))
            return false;
    }
    return true;
}

} // namespace hc
