#pragma once
// `homecoming-cli copy`: a whole SQLite Homecoming database onto an empty PostgreSQL database
// (issue 11, outcome 6). In ONE server transaction, so that a failure leaves the database
// empty: the schema as `server init` makes it (the numbered migrations, pg_trgm, the roles,
// grants and row-level security), every table's rows through COPY (PgCopy) in the order the
// foreign keys need, ids kept, with the tables' triggers off while the rows go in (the
// counters and summaries come along as rows and must equal a recount, checked afterwards), the
// identity sequences moved past the copied ids, a login role per account, and one audit
// record of the copy appended to the hash chain (copied records keep their text, so their
// hashes verify on the server as they did in the file).
//
// Passwords: an SQLite Argon2id hash cannot become a SCRAM-SHA-256 secret, so every login
// role gets a random password nobody knows and its account a password hash no password
// matches (password_changed_at empty): nobody signs in with an old password. The
// administrator named by CopyOptions::adminBadge gets the password given; they then set the
// others' with `users reset-password BADGE --generate`; every copied account but theirs must set
// a new password at its first sign-in (users.must_change_password, schema 19): the GUI asks for
// one before the main window opens, the CLI refuses all but `passwd` until then.

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QList>
#include <functional>
#include <memory>

namespace hc {

class Database;

struct CopyOptions
{
    QString adminBadge;    // an active administrator of the source
    QString adminPassword; // their password on the server (PasswordPolicy applies)
};

struct CopiedTable
{
    QString name;
    qint64 rows = 0;
};

struct CopyReport
{
    QList<CopiedTable> tables;    // in the order copied
    QStringList searchTablesLeft; // the source's FTS5 tables: the server has pg_trgm indexes instead
    int accountsToReset = 0;      // accounts without a usable password (all but the administrator)
    bool countersEqualRecount = false;
    qint64 milliseconds = 0;
    qint64 rows() const;
};

class DatabaseCopy
{
    Q_DECLARE_TR_FUNCTIONS(hc::DatabaseCopy)
public:
    // Told after each table, with its rows.
    using Progress = std::function<void(const QString& table, qint64 rows)>;

    // The target of a copy: a server database with no tables at all. One that holds a
    // Homecoming database or other tables is refused (Error::Kind::Conflict), nothing written.
    static Result<std::unique_ptr<Database>> openEmptyTarget(const QString& uri);

    DatabaseCopy(Database& source, Database& target);
    Result<CopyReport> run(const CopyOptions& options, const Progress& progress = {});

private:
    Status checkAdmin(const CopyOptions& options) const;
    Result<QStringList> plan(CopyReport& report) const;
    Status copyTable(const QString& table, CopyReport& report, const Progress& progress);
    Status setUpAccounts(const CopyOptions& options, CopyReport& report);
    Status audit(const CopyOptions& options, const CopyReport& report);
    Result<bool> countersEqualRecount() const;

    Database& m_source;
    Database& m_target;
};

} // namespace hc
