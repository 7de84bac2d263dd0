#include "core/imports/OfficerImporter.h"

#include "core/audit/AuditLog.h"
#include "core/auth/PasswordHasher.h"
#include "core/auth/PasswordPolicy.h"
#include "core/auth/Scope.h"
#include "core/common/Clock.h"
#include "core/imports/ImportRun.h"
#include "core/imports/OfficerImportStore.h"
#include "core/storage/Database.h"
#include "core/storage/ServerSecurity.h"

#include <QSet>

namespace hc {

namespace {
using RowResult = ImportRun::RowResult;
using RowContext = ImportRun::RowContext;

// One officer row, read and checked: the account as the file gives it (no hash yet) and the
// password column, empty when absent.
struct OfficerRow
{
    OfficerImportStore::Account account;
    QString password;
};

// The officer import's rows: each is read into an OfficerRow (or rejected naming its
// column), then the account is created (a missing password generated and reported once) or
// updated when something differs.
class OfficerRows : public ImportRun::Rows
{
    Q_DECLARE_TR_FUNCTIONS(hc::OfficerImporter)
public:
    OfficerRows(QSqlDatabase db, const Actor& actor)
        : m_db(db), m_store(db), m_audit(db), m_actor(actor), m_server(ServerSecurity::installed(db))
    {
    }

    Status begin(const HeaderMap& header) override
    {
        m_map = &header;
        return m_store.prepare();
    }
    RowResult row(const QStringList& fields, RowContext& ctx) override;
    QList<QPair<QString, QString>> generated() const { return m_generated; }

private:
    Result<OfficerRow> read(const QStringList& fields);
    Status create(OfficerRow& r);
    Result<bool> update(const OfficerRow& r, const OfficerImportStore::Account& old);
    static QJsonObject json(const OfficerImportStore::Account& a);
    // On a server database the account's login role follows (created, its group, its password).
    Status syncLogin(const QString& badge, const std::optional<QString>& password) const
    {
        return m_server ? ServerSecurity::syncLogin(m_db, badge, password) : Status{};
    }

    QSqlDatabase m_db;
    OfficerImportStore m_store;
    AuditLog m_audit;
    const Actor& m_actor;
    bool m_server = false;
    const HeaderMap* m_map = nullptr;
    QSet<QString> m_seenBadges;
    QList<QPair<QString, QString>> m_generated;
};

RowResult OfficerRows::row(const QStringList& fields, RowContext& ctx)
{
    auto value = read(fields);
    if (!value)
        return value.error().kind == Error::Kind::Invalid ? ctx.reject(value.error())
                                                          : ctx.fail(value.error());
    OfficerRow& r = value.value();
    const auto old = m_store.findAccount(r.account.badge);
    if (!old)
        return ctx.fail(old.error());
    if (!*old) {
        if (Status s = create(r); !s)
            return ctx.fail(s.error());
        return RowResult::Imported;
    }
    const auto changed = update(r, **old);
    if (!changed)
        return ctx.fail(changed.error());
    return *changed ? RowResult::Updated : RowResult::Unchanged;
}

Result<OfficerRow> OfficerRows::read(const QStringList& fields)
{
    OfficerRow r;
    r.account.badge = m_map->value(fields, "badge");
    r.account.name = m_map->value(fields, "name");
    r.password = m_map->value(fields, "password");
    const QString roleText = m_map->value(fields, "role");
    const auto role = Roles::parse(roleText);
    if (!role)
        return invalid(QStringLiteral("role"), tr("\"%1\" is not a role (officer, supervisor, investigator, "
                                                  "admin or 民警, 督导, 侦查员, 管理员).")
                                                   .arg(roleText));
    r.account.role = Roles::code(*role);
    if (m_seenBadges.contains(r.account.badge))
        return invalid(QStringLiteral("badge"),
                       tr("Badge %1 appears twice in this file.").arg(r.account.badge));
    m_seenBadges.insert(r.account.badge);
    const QString station = m_map->value(fields, "station");
    const auto stationId = m_store.findStation(station);
    if (!stationId)
        return stationId.error();
    if (*stationId == 0)
        return invalid(QStringLiteral("station"),
                       tr("There is no station named %1 (import the registry first).").arg(station));
    r.account.stationId = *stationId;
    // A password given in the file meets the policy of every other new password.
    if (!r.password.isEmpty())
        if (Status s = PasswordPolicy::check(r.password, {r.account.badge, r.account.name}); !s)
            return invalid(QStringLiteral("password"), s.error().message);
    return r;
}

QJsonObject OfficerRows::json(const OfficerImportStore::Account& a)
{
    return {{QStringLiteral("name"), a.name},
            {QStringLiteral("station_id"), a.stationId},
            {QStringLiteral("role"), a.role}};
}

Status OfficerRows::create(OfficerRow& r)
{
    if (r.password.isEmpty()) {
        r.password = PasswordHasher::generate();
        m_generated << qMakePair(r.account.badge, r.password);
    }
    r.account.passwordHash = PasswordHasher::hash(r.password);
    if (Status s = m_store.addAccount(r.account, Clock::instance().now().toString(Qt::ISODate)); !s)
        return s;
    if (Status s = syncLogin(r.account.badge, r.password); !s)
        return s;
    return m_audit.append(m_actor, QStringLiteral("create"), QStringLiteral("user"), r.account.badge, {},
                          json(r.account));
}

// An empty password keeps the current one; a given one replaces it only if different.
Result<bool> OfficerRows::update(const OfficerRow& r, const OfficerImportStore::Account& old)
{
    OfficerImportStore::Account account = r.account;
    account.id = old.id;
    account.passwordHash = old.passwordHash;
    bool passwordChanged = false;
    if (!r.password.isEmpty() && !PasswordHasher::verify(old.passwordHash, r.password)) {
        account.passwordHash = PasswordHasher::hash(r.password);
        passwordChanged = true;
    }
    const QJsonObject before = json(old);
    QJsonObject after = json(account);
    if (before == after && !passwordChanged)
        return false;
    if (Status s = m_store.updateAccount(account); !s)
        return s.error();
    if (Status s = syncLogin(account.badge, passwordChanged ? std::optional(r.password) : std::nullopt); !s)
        return s.error();
    if (passwordChanged)
        after.insert(QStringLiteral("password"), QStringLiteral("changed"));
    if (Status s = m_audit.append(m_actor, QStringLiteral("update"), QStringLiteral("user"), account.badge,
                                  before, after);
        !s)
        return s.error();
    return true;
}
} // namespace

OfficerImporter::OfficerImporter(Database& db, Actor actor) : m_db(db), m_actor(std::move(actor)) {}

const QList<ColumnSpec>& OfficerImporter::columns()
{
    static const QList<ColumnSpec> spec = {
        {"badge", u"警号", true, 32}, {"name", u"姓名", true, 100},      {"station", u"派出所", true, 100},
        {"role", u"角色", true, 40},  {"password", u"密码", false, 256},
    };
    return spec;
}

ImportReport OfficerImporter::run(const QString& path, const ImportOptions& options)
{
    if (!m_actor.can(Right::ManageUsers)) {
        ImportReport r;
        r.fatal = refused(m_db.sql(), m_actor, QStringLiteral("users"), {},
                          denied(Roles::deniedMessage(m_actor, tr("import officer accounts"))));
        return r;
    }
    OfficerRows rows(m_db.sql(), m_actor);
    ImportRun run(m_db, m_actor, path, options);
    ImportReport report = run.execute(columns(), QStringLiteral("import-officers"), {}, rows);
    if (!report.fatal)
        report.newPasswords = rows.generated();
    return report;
}

} // namespace hc
