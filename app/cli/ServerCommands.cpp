// server init: the Homecoming schema (with the pg_trgm extension) and the first administrator
// in an empty PostgreSQL database (issue 11).
#include "app/cli/Commands.h"

#include "app/cli/PasswordPrompt.h"
#include "core/auth/PasswordPolicy.h"
#include "core/auth/UserService.h"
#include "core/storage/Database.h"
#include "core/storage/ServerSecurity.h"

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

} // namespace

Commands serverCommands()
{
    Commands c;
    c.push_back(std::make_unique<ServerInitCommand>());
    return c;
}

} // namespace hc::cli
