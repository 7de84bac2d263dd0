// init (a new database and its first administrator), users list|add|disable|enable|
// reset-password (an administrator's work on accounts) and passwd (one's own password).
#include "app/cli/Commands.h"

#include "app/cli/PasswordPrompt.h"
#include "core/auth/PasswordHasher.h"
#include "core/auth/PasswordPolicy.h"
#include "core/auth/UserService.h"
#include "core/storage/Database.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace hc::cli {

namespace {
constexpr int kGeneratedLength = 14;

QJsonObject userJson(const User& u)
{
    return QJsonObject{{QStringLiteral("badge"), u.badge},
                       {QStringLiteral("name"), u.name},
                       {QStringLiteral("role"), Roles::code(u.role)},
                       {QStringLiteral("station"), u.stationName},
                       {QStringLiteral("active"), u.active},
                       {QStringLiteral("must_change_password"), u.mustChangePassword}};
}

QCommandLineOption generateOption()
{
    return {QStringLiteral("generate"), Command::tr("Make up a random password and print it once.")};
}

// The password being set: made up (--generate, printed once) or HOMECOMING_NEW_PASSWORD or asked.
std::optional<QString> passwordToSet(const Invocation& call, const QString& badge, bool& generated)
{
    generated = call.isSet("generate");
    if (generated)
        return PasswordHasher::generate(kGeneratedLength);
    QString why;
    auto pw = PasswordPrompt::newPassword(PasswordPrompt::kNewPasswordVariable, badge, call.err(), why);
    if (!pw)
        call.err() << why << '\n';
    return pw;
}

class InitCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(hc::cli::InitCommand)
public:
    InitCommand()
        : Command({QStringLiteral("init"),
                   QStringLiteral("--db F --admin-badge B --admin-name N [--json]"),
                   tr("create a new database with its first administrator"),
                   {{QStringLiteral("admin-badge"), tr("The administrator's badge number."), tr("badge")},
                    {QStringLiteral("admin-name"), tr("The administrator's name."), tr("name")}},
                   DatabaseUse::CreateIfMissing,
                   true,
                   0,
                   false})
    {
    }

protected:
    // Everything is checked before the base creates the file: a refusal leaves no file behind.
    int check(Invocation& call) const override
    {
        const QString badge = call.value("admin-badge").trimmed(), name = call.value("admin-name").trimmed();
        if (badge.isEmpty() || name.isEmpty())
            return call.refuse(tr("--admin-badge and --admin-name are required."));
        const QFileInfo file(call.value("db"));
        if (file.exists() && !file.isFile())
            return call.refuse(tr("%1 is not a file.").arg(file.filePath()));
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
        UserService users(call.db());
        // An existing file is taken only without accounts: one made by an older version, which
        // gets its first administrator here.
        if (users.hasUsers()) {
            call.err()
                << tr("%1 already has accounts: an administrator adds further ones with homecoming-cli "
                      "users add.")
                       .arg(call.value("db"))
                << '\n';
            return kRefused;
        }
        const auto admin = users.createFirstAdmin(call.value("admin-badge"), call.value("admin-name"),
                                                  m_password.value_or(QString()));
        if (!admin)
            return call.fail(admin.error());
        if (call.json())
            return call.printJson(userJson(*admin));
        call.out() << tr("Created %1 with the administrator %2 (%3).")
                          .arg(call.value("db"), admin->badge, admin->name)
                   << '\n';
        return kDone;
    }

private:
    mutable std::optional<QString> m_password; // one run per process
};

class UsersListCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(hc::cli::UsersListCommand)
public:
    UsersListCommand()
        : Command({QStringLiteral("users list"),
                   QStringLiteral("--db F [--json]"),
                   tr("the accounts (administrators)"),
                   {},
                   DatabaseUse::OpenExisting,
                   true})
    {
    }

protected:
    int execute(Invocation& call) const override
    {
        const auto users = UserService(call.db()).list(call.actor());
        if (!users)
            return call.fail(users.error());
        if (call.json()) {
            QJsonArray rows;
            for (const User& u : *users)
                rows.append(userJson(u));
            return call.printJson(rows);
        }
        for (const User& u : *users)
            call.out() << QStringLiteral("%1  %2  %3  %4  %5\n")
                              .arg(u.badge, u.name, Roles::label(u.role),
                                   u.stationName.isEmpty() ? QStringLiteral("-") : u.stationName,
                                   u.active ? tr("active") : tr("disabled"));
        return kDone;
    }
};

class UsersAddCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(hc::cli::UsersAddCommand)
public:
    UsersAddCommand()
        : Command({QStringLiteral("users add"),
                   QStringLiteral("--db F --badge B --name N --role R [--station S] [--generate] [--json]"),
                   tr("add an account (administrators)"),
                   {{QStringLiteral("badge"), tr("The new account's badge number."), tr("badge")},
                    {QStringLiteral("name"), tr("The person's name."), tr("name")},
                    {QStringLiteral("role"), tr("officer, supervisor, investigator or admin."), tr("role")},
                    {QStringLiteral("station"), tr("The station (officers and supervisors)."), tr("name")},
                    generateOption()},
                   DatabaseUse::OpenExisting,
                   true})
    {
    }

protected:
    int check(Invocation& call) const override
    {
        if (call.value("badge").trimmed().isEmpty() || call.value("name").trimmed().isEmpty())
            return call.refuse(tr("--badge and --name are required."));
        if (!Roles::parse(call.value("role")))
            return call.refuse(tr("--role must be officer, supervisor, investigator or admin."));
        return kDone;
    }

    int execute(Invocation& call) const override
    {
        NewAccount account{call.value("badge"),
                           call.value("name"),
                           *Roles::parse(call.value("role")),
                           call.value("station"),
                           {}};
        bool generated = false;
        const auto password = passwordToSet(call, account.badge.trimmed(), generated);
        if (!password)
            return kRefused;
        account.password = *password;
        // The administrator knows this password: the user sets their own at the first sign-in.
        account.temporaryPassword = true;
        const auto user = UserService(call.db()).add(call.actor(), account);
        if (!user)
            return call.fail(user.error());
        QJsonObject j = userJson(*user);
        if (generated)
            j.insert(QStringLiteral("password"), *password);
        if (call.json())
            return call.printJson(j);
        call.out() << tr("Added %1 (%2, %3).").arg(user->badge, user->name, Roles::label(user->role)) << '\n';
        if (generated)
            call.out() << tr("Password (shown once): %1").arg(*password) << '\n';
        return kDone;
    }
};

// users disable|enable|reset-password BADGE
class UsersChangeCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(hc::cli::UsersChangeCommand)
public:
    enum class What
    {
        Disable,
        Enable,
        Reset
    };
    explicit UsersChangeCommand(What what) : Command(spec(what)), m_what(what) {}

protected:
    int execute(Invocation& call) const override
    {
        const QString badge = call.positional().at(0).trimmed();
        UserService users(call.db());
        bool generated = false;
        std::optional<QString> password;
        if (m_what == What::Reset && !(password = passwordToSet(call, badge, generated)))
            return kRefused;
        const Status s = m_what == What::Reset ? users.resetPassword(call.actor(), badge, *password)
                                               : users.setActive(call.actor(), badge, m_what == What::Enable);
        if (!s)
            return call.fail(s.error());
        QJsonObject j{{QStringLiteral("badge"), badge}};
        if (generated)
            j.insert(QStringLiteral("password"), *password);
        if (call.json())
            return call.printJson(j);
        call.out() << (m_what == What::Disable  ? tr("%1 is disabled.").arg(badge)
                       : m_what == What::Enable ? tr("%1 is enabled.").arg(badge)
                                                : tr("The password of %1 is reset.").arg(badge))
                   << '\n';
        if (generated)
            call.out() << tr("Password (shown once): %1").arg(*password) << '\n';
        return kDone;
    }

private:
    static CommandSpec spec(What what)
    {
        CommandSpec s;
        s.json = true;
        s.positional = 1;
        if (what == What::Disable) {
            s.name = QStringLiteral("users disable");
            s.arguments = QStringLiteral("BADGE --db F [--json]");
            s.summary = tr("disable an account: it can no longer sign in (administrators)");
        } else if (what == What::Enable) {
            s.name = QStringLiteral("users enable");
            s.arguments = QStringLiteral("BADGE --db F [--json]");
            s.summary = tr("enable a disabled account again (administrators)");
        } else {
            s.name = QStringLiteral("users reset-password");
            s.arguments = QStringLiteral("BADGE --db F [--generate] [--json]");
            s.summary = tr("set a new password for an account (administrators)");
            s.options << generateOption();
        }
        return s;
    }

    What m_what;
};

class PasswdCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(hc::cli::PasswdCommand)
public:
    PasswdCommand() : Command(spec()) {}

protected:
    int execute(Invocation& call) const override
    {
        QString why;
        const auto fresh = PasswordPrompt::newPassword(PasswordPrompt::kNewPasswordVariable,
                                                       call.actor().name, call.err(), why);
        if (!fresh) {
            call.err() << why << '\n';
            return kRefused;
        }
        if (Status s = UserService(call.db()).changePassword(call.actor(), call.signInPassword(), *fresh); !s)
            return call.fail(s.error());
        if (call.json())
            return call.printJson(QJsonObject{{QStringLiteral("badge"), call.actor().name}});
        call.out() << tr("Your password is changed.") << '\n';
        return kDone;
    }

private:
    static CommandSpec spec()
    {
        CommandSpec s{QStringLiteral("passwd"),       QStringLiteral("--db F [--json]"),
                      tr("change your own password"), {},
                      DatabaseUse::OpenExisting,      true};
        s.whilePasswordDue = true; // the way out of a temporary password
        return s;
    }
};
} // namespace

Commands accountCommands()
{
    Commands c;
    c.push_back(std::make_unique<InitCommand>());
    c.push_back(std::make_unique<UsersListCommand>());
    c.push_back(std::make_unique<UsersAddCommand>());
    c.push_back(std::make_unique<UsersChangeCommand>(UsersChangeCommand::What::Disable));
    c.push_back(std::make_unique<UsersChangeCommand>(UsersChangeCommand::What::Enable));
    c.push_back(std::make_unique<UsersChangeCommand>(UsersChangeCommand::What::Reset));
    c.push_back(std::make_unique<PasswdCommand>());
    return c;
}

} // namespace hc::cli
