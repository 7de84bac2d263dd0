// server init: the Homecoming schema (with the pg_trgm extension) and the first administrator
// in an empty PostgreSQL database; copy: a whole SQLite database onto an empty PostgreSQL
// database (issue 11).
#include "app/cli/Commands.h"

#include "app/cli/PasswordPrompt.h"
#include "core/auth/PasswordPolicy.h"
#include "core/auth/UserService.h"
#include "core/storage/Database.h"
#include "core/storage/ServerSecurity.h"
#include "core/transfer/DatabaseCopy.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QUrl>

namespace hc::cli {

namespace {

class ServerInitCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(hc::cli::ServerInitCommand)
public:
    ServerInitCommand()
        : Command({QStringLiteral("server init"),
                   QStringLiteral(
                       "--db postgresql://OWNER@HOST[:PORT]/DB --admin-badge B --admin-name N [--json]"),
                   tr("create the schema and the first administrator in an empty PostgreSQL database"),
                   // --db is the command's own: the base would open it, and a refusal must come first.
                   {{QStringLiteral("db"), tr("The server database, as a libpq URI."), tr("uri")},
                    {QStringLiteral("admin-badge"), tr("The administrator's badge number."), tr("badge")},
                    {QStringLiteral("admin-name"), tr("The administrator's name."), tr("name")}},
                   DatabaseUse::None,
                   true,
                   0,
                   false})
    {
    }

protected:
    int check(Invocation& call) const override
    {
        const QString badge = call.value("admin-badge").trimmed(), name = call.value("admin-name").trimmed();
        if (!Database::isServerUri(call.value("db")))
            return call.refuse(tr("--db must be a server database: postgresql://OWNER@HOST[:PORT]/DB "
                                  "(homecoming-cli init creates a database file)."));
        if (badge.isEmpty() || name.isEmpty())
            return call.refuse(tr("--admin-badge and --admin-name are required."));
        QString why;
        m_password = PasswordPrompt::newPassword(PasswordPrompt::kPasswordVariable, badge, call.err(), why);
        if (!m_password) {
            call.err() << why << '\n';
            return kRefused;
        }
        if (Status s = PasswordPolicy::check(*m_password, {badge, name}); !s)
            return call.fail(s.error());
        return kDone;
    }

    int execute(Invocation& call) const override
    {
        const QString uri = call.value("db");
        // A database that already holds a Homecoming schema is not initialised again.
        if (auto existing = Database::open(uri, Database::Mode::OpenExisting)) {
            call.err() << tr("%1 already holds a Homecoming database: an administrator adds accounts with "
                             "homecoming-cli users add.")
                              .arg(shown(uri))
                       << '\n';
            return kRefused;
        } else if (existing.error().kind != Error::Kind::NotFound) {
            return call.fail(existing.error());
        }
        auto db = Database::open(uri, Database::Mode::CreateIfMissing);
        if (!db) {
            call.err() << db.error().text() << '\n';
            // Another program's tables: refused, nothing was created.
            return db.error().kind == Error::Kind::Conflict ? kRefused : exitCodeFor(db.error().kind);
        }
        // The roles, grants and row-level security; then the administrator's login role.
        if (Status s = ServerSecurity::install(*db.value()); !s)
            return call.fail(s.error());
        const auto admin =
            UserService(*db.value())
                .createFirstAdmin(call.value("admin-badge").trimmed(), call.value("admin-name").trimmed(),
                                  m_password.value_or(QString()));
        if (!admin)
            return call.fail(admin.error());
        if (call.json())
            return call.printJson(QJsonObject{{QStringLiteral("database"), shown(uri)},
                                              {QStringLiteral("schema"), db.value()->schemaVersion()},
                                              {QStringLiteral("badge"), admin->badge},
                                              {QStringLiteral("name"), admin->name}});
        call.out() << tr("Created the Homecoming schema %1 in %2 with the administrator %3 (%4).")
                          .arg(db.value()->schemaVersion())
                          .arg(shown(uri), admin->badge, admin->name)
                   << '\n';
        return kDone;
    }

private:
    static QString shown(const QString& uri) { return QUrl(uri).toDisplayString(QUrl::RemovePassword); }

    mutable std::optional<QString> m_password;
};

// copy --from FILE --to postgresql://OWNER@HOST/DB --admin-badge B: DatabaseCopy, progress per
// table on stderr.
class CopyCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(hc::cli::CopyCommand)
public:
    CopyCommand()
        : Command({QStringLiteral("copy"),
                   QStringLiteral("--from F --to postgresql://OWNER@HOST[:PORT]/DB --admin-badge B [--json]"),
                   tr("copy a whole database file onto an empty PostgreSQL database"),
                   {{QStringLiteral("from"), tr("The Homecoming database file to copy."), tr("file")},
                    {QStringLiteral("to"), tr("The empty server database, as a libpq URI."), tr("uri")},
                    {QStringLiteral("admin-badge"),
                     tr("An administrator of the file: their password on the server comes from "
                        "HOMECOMING_PASSWORD or a prompt; the other accounts get theirs from them."),
                     tr("badge")}},
                   DatabaseUse::None,
                   true,
                   0,
                   false})
    {
    }

protected:
    int check(Invocation& call) const override
    {
        if (call.value("from").isEmpty() || Database::isServerUri(call.value("from")))
            return call.refuse(tr("--from must be a Homecoming database file."));
        if (!Database::isServerUri(call.value("to")))
            return call.refuse(tr("--to must be a server database: postgresql://OWNER@HOST[:PORT]/DB."));
        const QString badge = call.value("admin-badge").trimmed();
        if (badge.isEmpty())
            return call.refuse(tr("--admin-badge is required."));
        QString why;
        m_password = PasswordPrompt::newPassword(PasswordPrompt::kPasswordVariable, badge, call.err(), why);
        if (!m_password) {
            call.err() << why << '\n';
            return kRefused;
        }
        return kDone;
    }

    int execute(Invocation& call) const override
    {
        auto source = Database::open(call.value("from"), Database::Mode::OpenExisting);
        if (!source) {
            call.err() << source.error().text() << '\n';
            return kRefused;
        }
        auto target = DatabaseCopy::openEmptyTarget(call.value("to"));
        if (!target) {
            call.err() << target.error().text() << '\n';
            return target.error().kind == Error::Kind::Conflict ? kRefused : exitCodeFor(target.error().kind);
        }
        QTextStream& err = call.err();
        const auto report =
            DatabaseCopy(*source.value(), *target.value())
                .run({call.value("admin-badge").trimmed(), m_password.value_or(QString())},
                     [&err](const QString& table, qint64 rows) {
                         err << tr("%1: %n row(s)", nullptr, int(std::min<qint64>(rows, INT_MAX))).arg(table)
                             << '\n';
                         err.flush();
                     });
        if (!report)
            return call.fail(report.error());
        if (call.json())
            return call.printJson(json(*report));
        call.out() << tr("Copied %1 rows of %2 tables in %3 s. %n account(s) have no password on the server "
                         "yet: an administrator sets each with homecoming-cli users reset-password BADGE "
                         "--generate.",
                         nullptr, report->accountsToReset)
                          .arg(report->rows())
                          .arg(report->tables.size())
                          .arg(double(report->milliseconds) / 1000.0, 0, 'f', 1)
                   << '\n';
        if (!report->countersEqualRecount)
            call.out() << tr("Warning: the copied counters differ from a recount of the rows.") << '\n';
        return report->countersEqualRecount ? kDone : kFailed;
    }

private:
    static QJsonObject json(const CopyReport& r)
    {
        QJsonObject rows;
        QJsonArray tables;
        for (const CopiedTable& t : r.tables) {
            tables.append(t.name);
            rows.insert(t.name, t.rows);
        }
        return {
            {QStringLiteral("tables"), tables},
            {QStringLiteral("rows"), rows},
            {QStringLiteral("rows_total"), r.rows()},
            {QStringLiteral("search_tables_left_out"), QJsonArray::fromStringList(r.searchTablesLeft)},
            {QStringLiteral("accounts_to_reset"), r.accountsToReset},
            {QStringLiteral("how_to_reset"),
             QStringLiteral("homecoming-cli users reset-password BADGE --generate --db URI --user ADMIN")},
            {QStringLiteral("counters_equal_recount"), r.countersEqualRecount},
            {QStringLiteral("seconds"), double(r.milliseconds) / 1000.0}};
    }

    mutable std::optional<QString> m_password;
};

} // namespace

Commands serverCommands()
{
    Commands c;
    c.push_back(std::make_unique<ServerInitCommand>());
    c.push_back(std::make_unique<CopyCommand>());
    return c;
}

} // namespace hc::cli
