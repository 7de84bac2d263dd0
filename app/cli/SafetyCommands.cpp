// audit verify (the hash chain of the audit log), backup and restore (SQLite's online backup
// API: safe while others write).
#include "app/cli/Commands.h"

#include "core/audit/AuditLog.h"
#include "core/storage/Backup.h"
#include "core/storage/Database.h"

#include <QJsonObject>

namespace hc::cli {

namespace {
// backup and restore name the database with --db; the base opens it only to sign the --user in
// (an administrator) and closes it again: the copy runs on SQLite's own connections.
QCommandLineOption dbOption()
{
    return {QStringLiteral("db"), Command::tr("The Homecoming database file."), Command::tr("file")};
}

int requireDb(Invocation& call)
{
    return call.value("db").isEmpty() ? call.refuse(Command::tr("--db FILE is required.")) : kDone;
}

class AuditVerifyCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(hc::cli::AuditVerifyCommand)
public:
    AuditVerifyCommand()
        : Command({QStringLiteral("audit verify"),
                   QStringLiteral("--db F [--json]"),
                   tr("check the audit log's hash chain (exit 0 intact, 1 broken)"),
                   {},
                   DatabaseUse::OpenExisting,
                   true,
                   0,
                   true,
                   Right::ManageDatabase})
    {
    }

protected:
    int execute(Invocation& call) const override
    {
        const auto v = AuditLog::verify(call.db().sql());
        if (!v)
            return call.fail(v.error());
        if (call.json()) {
            call.printJson(QJsonObject{{QStringLiteral("intact"), v->intact},
                                       {QStringLiteral("records"), v->records},
                                       {QStringLiteral("unsealed"), v->unsealed},
                                       {QStringLiteral("first_bad_record"), v->firstBadId},
                                       {QStringLiteral("problem"), v->problem},
                                       {QStringLiteral("head_hash"), v->headHash}});
        } else if (v->intact) {
            call.out() << tr("The audit log is intact: %n record(s).", nullptr, int(v->records)) << '\n';
            if (v->unsealed)
                call.out() << tr("%n record(s) from before the chain are sealed at the next change.", nullptr,
                                 int(v->unsealed))
                           << '\n';
            call.out() << tr("Last hash (note it down to detect records cut from the end): %1")
                              .arg(v->headHash.isEmpty() ? QStringLiteral("-") : v->headHash)
                       << '\n';
        } else {
            call.err() << tr("The audit log is broken at record %1: %2").arg(v->firstBadId).arg(v->problem)
                       << '\n';
        }
        return v->intact ? kDone : kFailed;
    }
};

class BackupCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(hc::cli::BackupCommand)
public:
    BackupCommand()
        : Command({QStringLiteral("backup"),
                   QStringLiteral("--db F OUT"),
                   tr("a consistent copy of the database, safe while others write"),
                   {dbOption()},
                   DatabaseUse::None,
                   true,
                   1,
                   true,
                   Right::ManageDatabase})
    {
    }

protected:
    int check(Invocation& call) const override { return requireDb(call); }
    int execute(Invocation& call) const override
    {
        const QString out = call.positional().at(0);
        if (Status s = Backup::copy(call.value("db"), out); !s)
            return call.fail(s.error());
        if (call.json())
            return call.printJson(
                QJsonObject{{QStringLiteral("database"), call.value("db")}, {QStringLiteral("backup"), out}});
        call.out() << tr("Copied %1 to %2.").arg(call.value("db"), out) << '\n';
        return kDone;
    }
};

class RestoreCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(hc::cli::RestoreCommand)
public:
    RestoreCommand()
        : Command({QStringLiteral("restore"),
                   QStringLiteral("--db F BACKUP"),
                   tr("replace the database with a backup (checked first)"),
                   {dbOption()},
                   DatabaseUse::None,
                   true,
                   1,
                   true,
                   Right::ManageDatabase})
    {
    }

protected:
    int check(Invocation& call) const override { return requireDb(call); }
    int execute(Invocation& call) const override
    {
        const QString from = call.positional().at(0);
        if (Status s = Backup::restore(from, call.value("db")); !s)
            return call.fail(s.error());
        if (call.json())
            return call.printJson(QJsonObject{{QStringLiteral("database"), call.value("db")},
                                              {QStringLiteral("restored_from"), from}});
        call.out() << tr("Restored %1 from %2.").arg(call.value("db"), from) << '\n';
        return kDone;
    }
};
} // namespace

Commands safetyCommands()
{
    Commands c;
    c.push_back(std::make_unique<AuditVerifyCommand>());
    c.push_back(std::make_unique<BackupCommand>());
    c.push_back(std::make_unique<RestoreCommand>());
    return c;
}

} // namespace hc::cli
