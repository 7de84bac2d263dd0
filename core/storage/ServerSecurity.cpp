#include "core/storage/ServerSecurity.h"

#include "core/common/Logging.h"
#include "core/storage/Database.h"
#include "core/storage/Sql.h"

#include <QCryptographicHash>
#include <QFile>
#include <QRegularExpression>
#include <QUrl>

namespace hc {

namespace {
constexpr int kMaxRoleBytes = 63; // NAMEDATALEN - 1
constexpr int kMaxPlainPrefix = 24;
} // namespace

QString ServerSecurity::rolePrefix(const QString& databaseName)
{
    static const QRegularExpression plain(QStringLiteral("^[a-z_][a-z0-9_]*$"));
    if (databaseName.size() <= kMaxPlainPrefix && plain.match(databaseName).hasMatch())
        return databaseName;
    QString safe = databaseName.toLower().left(12);
    for (QChar& c : safe)
        if (!((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'_'))
            c = u'_';
    const QByteArray digest =
        QCryptographicHash::hash(databaseName.toUtf8(), QCryptographicHash::Sha1).toHex().left(8);
    return QStringLiteral("hc_") + safe + QLatin1Char('_') + QString::fromLatin1(digest);
}

Result<QString> ServerSecurity::loginRole(const QString& databaseName, const QString& badge)
{
    const QString role = rolePrefix(databaseName) + QStringLiteral("_u_") + badge;
    if (role.toUtf8().size() > kMaxRoleBytes)
        return invalid(QStringLiteral("badge"),
                       tr("The badge number %1 is too long for a server account.").arg(badge));
    return role;
}

namespace {
// The security script with this database's role prefix, or an empty string when it is missing.
QString securityScript(const Database& db)
{
    QFile f(QStringLiteral(":/sql/pg/security.sql"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QString script = QString::fromUtf8(f.readAll());
    script.replace(QStringLiteral("@P@"), ServerSecurity::rolePrefix(QUrl(db.path()).path().mid(1)));
    return script;
}
} // namespace

Status ServerSecurity::install(Database& db)
{
    if (db.engine() != Database::Engine::Postgres)
        return {};
    const QString script = securityScript(db);
    if (script.isEmpty())
        return storageError(tr("The server security script is missing from this program."));
    if (Status s = db.execScript(QStringLiteral("BEGIN;\n") + script + QStringLiteral("\nCOMMIT;")); !s) {
        (void)db.execScript(QStringLiteral("ROLLBACK;"));
        return storageError(tr("Cannot set up the server's roles and policies: %1").arg(s.error().message));
    }
    qCInfo(lcStorage) << "server security installed, role prefix"
                      << rolePrefix(Database::serverDatabaseName(db.path()));
    return {};
}

Status ServerSecurity::installWithin(Database& db)
{
    if (db.engine() != Database::Engine::Postgres)
        return {};
    const QString script = securityScript(db);
    if (script.isEmpty())
        return storageError(tr("The server security script is missing from this program."));
    if (Status s = db.execScript(script); !s)
        return storageError(tr("Cannot set up the server's roles and policies: %1").arg(s.error().message));
    return {};
}

bool ServerSecurity::installed(const QSqlDatabase& db)
{
    if (db.driverName() != QLatin1String("QPSQL"))
        return false;
    auto q = sql::query(db, QStringLiteral("SELECT to_regprocedure('hc_sync_login(text,text)') IS NOT NULL"));
    return q && q.value().next() && q.value().value(0).toBool();
}

Status ServerSecurity::syncLogin(const QSqlDatabase& db, const QString& badge,
                                 const std::optional<QString>& password)
{
    const auto q = sql::query(db, QStringLiteral("SELECT hc_sync_login(:badge, :password)"),
                              {{QStringLiteral(":badge"), badge},
                               {QStringLiteral(":password"),
                                password ? QVariant(*password) : QVariant(QMetaType(QMetaType::QString))}});
    if (!q)
        return q.error();
    return {};
}

Status ServerSecurity::syncLoginIfServer(Database& db, const QString& badge,
                                         const std::optional<QString>& password)
{
    if (db.engine() != Database::Engine::Postgres || !installed(db.sql()))
        return {};
    if (auto role = loginRole(QUrl(db.path()).path().mid(1), badge); !role)
        return role.error();
    return syncLogin(db.sql(), badge, password);
}

} // namespace hc
