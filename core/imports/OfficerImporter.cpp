#include "core/imports/OfficerImporter.h"

#include "core/audit/AuditLog.h"
#include "core/auth/PasswordHasher.h"
#include "core/common/Clock.h"
#include "core/imports/ImportRun.h"
#include "core/storage/Database.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace hc {

OfficerImporter::OfficerImporter(Database& db, Actor actor) : m_db(db), m_actor(std::move(actor)) {}

const QList<ColumnSpec>& OfficerImporter::columns()
{
    static const QList<ColumnSpec> spec = {
        {"badge", u"警号", true}, {"name", u"姓名", true},      {"station", u"派出所", true},
        {"role", u"角色", true},  {"password", u"密码", false},
    };
    return spec;
}

ImportReport OfficerImporter::run(const QString& path, const ImportOptions& options)
{
    if (!m_actor.can(Right::ManageUsers)) {
        ImportReport r;
        r.fatal = denied(Roles::deniedMessage(m_actor, tr("import officer accounts")));
        return r;
    }
    QSqlDatabase& db = m_db.sql();
    QSqlQuery selStation(db), selUser(db), insUser(db), updUser(db);
    const HeaderMap* map = nullptr;
    QSet<QString> seenBadges;
    QList<QPair<QString, QString>> generated;
    AuditLog audit(db);

    auto prepare = [&](const HeaderMap& h) -> Status {
        map = &h;
        // Each result is read once, front to back: no row cache in QtSql.
        selStation.setForwardOnly(true);
        selUser.setForwardOnly(true);
        insUser.setForwardOnly(true);
        updUser.setForwardOnly(true);
        const bool ok =
            selStation.prepare(QStringLiteral("SELECT id FROM stations WHERE name = ?")) &&
            selUser.prepare(QStringLiteral("SELECT id, name, station_id, role, password_hash FROM users "
                                           "WHERE badge = ?")) &&
            insUser.prepare(QStringLiteral("INSERT INTO users(badge, name, station_id, role, password_hash, "
                                           "created_at) VALUES (?, ?, ?, ?, ?, ?)")) &&
            updUser.prepare(QStringLiteral("UPDATE users SET name = ?, station_id = ?, role = ?, "
                                           "password_hash = ? WHERE id = ?"));
        if (!ok)
            return storageError(db.lastError().text());
        return {};
    };

    auto handler = [&](const QStringList& row, ImportRun::RowContext& ctx) -> ImportRun::RowResult {
        using R = ImportRun::RowResult;
        const QString badge = map->value(row, "badge");
        const QString name = map->value(row, "name");
        const QString station = map->value(row, "station");
        const QString roleText = map->value(row, "role");
        const QString password = map->value(row, "password");
        const auto role = Roles::parse(roleText);
        if (!role)
            return ctx.reject("role", tr("\"%1\" is not a role (officer, supervisor, investigator, admin or "
                                         "民警, 督导, 侦查员, 管理员).")
                                          .arg(roleText));
        if (seenBadges.contains(badge))
            return ctx.reject("badge", tr("Badge %1 appears twice in this file.").arg(badge));
        seenBadges.insert(badge);
        selStation.bindValue(0, station);
        if (!selStation.exec())
            return ctx.fail(selStation);
        if (!selStation.next())
            return ctx.reject("station",
                              tr("There is no station named %1 (import the registry first).").arg(station));
        const qint64 stationId = selStation.value(0).toLongLong();
        selStation.finish();

        selUser.bindValue(0, badge);
        if (!selUser.exec())
            return ctx.fail(selUser);
        if (!selUser.next()) {
            selUser.finish();
            QString pw = password;
            if (pw.isEmpty()) {
                pw = PasswordHasher::generate();
                generated << qMakePair(badge, pw);
            }
            insUser.bindValue(0, badge);
            insUser.bindValue(1, name);
            insUser.bindValue(2, stationId);
            insUser.bindValue(3, Roles::code(*role));
            insUser.bindValue(4, PasswordHasher::hash(pw));
            insUser.bindValue(5, Clock::instance().now().toString(Qt::ISODate));
            if (!insUser.exec())
                return ctx.fail(insUser);
            if (Status s = audit.append(m_actor, QStringLiteral("create"), QStringLiteral("user"), badge, {},
                                        {{QStringLiteral("name"), name},
                                         {QStringLiteral("station_id"), stationId},
                                         {QStringLiteral("role"), Roles::code(*role)}});
                !s) {
                return ctx.fail(s.error());
            }
            return R::Imported;
        }
        const qint64 userId = selUser.value(0).toLongLong();
        const QJsonObject before{{QStringLiteral("name"), selUser.value(1).toString()},
                                 {QStringLiteral("station_id"), selUser.value(2).toLongLong()},
                                 {QStringLiteral("role"), selUser.value(3).toString()}};
        QString hash = selUser.value(4).toString();
        selUser.finish();
        QJsonObject after{{QStringLiteral("name"), name},
                          {QStringLiteral("station_id"), stationId},
                          {QStringLiteral("role"), Roles::code(*role)}};
        // An empty password keeps the current one; a given one replaces it only if different.
        bool passwordChanged = false;
        if (!password.isEmpty() && !PasswordHasher::verify(hash, password)) {
            hash = PasswordHasher::hash(password);
            passwordChanged = true;
        }
        if (before == after && !passwordChanged)
            return R::Unchanged;
        updUser.bindValue(0, name);
        updUser.bindValue(1, stationId);
        updUser.bindValue(2, Roles::code(*role));
        updUser.bindValue(3, hash);
        updUser.bindValue(4, userId);
        if (!updUser.exec())
            return ctx.fail(updUser);
        if (passwordChanged)
            after.insert(QStringLiteral("password"), QStringLiteral("changed"));
        if (Status s =
                audit.append(m_actor, QStringLiteral("update"), QStringLiteral("user"), badge, before, after);
            !s) {
            return ctx.fail(s.error());
        }
        return R::Updated;
    };

    ImportRun run(m_db, m_actor, path, options);
    ImportReport report = run.execute(columns(), QStringLiteral("import-officers"), {}, prepare, handler);
    if (!report.fatal)
        report.newPasswords = generated;
    return report;
}

} // namespace hc
