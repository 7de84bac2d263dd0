#pragma once
// homecoming-cli run as a process by the CLI tests (tst_cli, tst_cli_accounts): its exit status
// and output, the environment it gets (no password unless given), the people it acts as, and
// small reads of the database it wrote. Header-only: HC_CLI_PATH is the test target's.

#include "core/storage/Database.h"

#include <QList>
#include <QPair>
#include <QProcess>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

#ifndef HC_CLI_PATH
#error "HC_CLI_PATH must name the homecoming-cli under test"
#endif

namespace hc::test::cli {

inline QString data(const char* name)
{
    return QStringLiteral(HC_TEST_DATA "/") + QLatin1String(name);
}

struct Run
{
    int status = -1;
    QByteArray out;
    QByteArray err;
};

using Env = QList<QPair<QString, QString>>;
inline const QString kPasswordVar = QStringLiteral("HOMECOMING_PASSWORD");
inline const QString kNewPasswordVar = QStringLiteral("HOMECOMING_NEW_PASSWORD");

// Without a password in the environment (stdin is no terminal either): only what `extra` sets.
inline Run cli(const QStringList& args, const QString& lang = QStringLiteral("C.UTF-8"),
               const Env& extra = {})
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(kPasswordVar);
    env.remove(kNewPasswordVar);
    for (const auto& [name, value] : extra)
        env.insert(name, value);
    env.insert(QStringLiteral("LANG"), lang);
    env.insert(QStringLiteral("LC_ALL"), lang);
    env.insert(QStringLiteral("LANGUAGE"), lang.section(QLatin1Char('.'), 0, 0));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(HC_CLI_PATH), args);
    if (!p.waitForFinished(120000))
        return {};
    return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
}

struct Who
{
    QString badge;
    QString password;
};
// The administrator init() makes; the demo's administrator; an officer of tests/data/officers.csv.
inline const Who kAdmin{QStringLiteral("A0001"), QStringLiteral("Kestrel-Harbour-2026")};
inline const Who kDemoAdmin{QStringLiteral("admin"), QStringLiteral("demo")};
inline const Who kOfficer{QStringLiteral("100001"), QStringLiteral("Harbour-Kite-100001")};

// `args` run as `who` (--user, the password in HOMECOMING_PASSWORD).
inline Run as(const Who& who, QStringList args, const QString& lang = QStringLiteral("C.UTF-8"),
              Env extra = {})
{
    args << QStringLiteral("--user") << who.badge;
    extra << qMakePair(kPasswordVar, who.password);
    return cli(args, lang, extra);
}

// A new database whose administrator is kAdmin.
inline bool init(const QString& db)
{
    const Run r = cli({QStringLiteral("init"), QStringLiteral("--db"), db, QStringLiteral("--admin-badge"),
                       kAdmin.badge, QStringLiteral("--admin-name"), QStringLiteral("管理员")},
                      QStringLiteral("C.UTF-8"), {qMakePair(kPasswordVar, kAdmin.password)});
    if (r.status != 0)
        qWarning("init: %s", r.err.constData());
    return r.status == 0;
}

// init(db), then the fixture's registry and officers (each with its rejected rows: exit 3) and
// the operation 春季行动 of both stations, through the CLI. Empty when all went as expected, else
// the step that did not.
inline QString initWithFixture(const QString& db)
{
    if (!init(db))
        return QStringLiteral("init failed");
    const QList<QPair<QStringList, int>> steps = {
        {{QStringLiteral("import-registry"), QStringLiteral("--db"), db, data("registry.csv")}, 3},
        {{QStringLiteral("import-officers"), QStringLiteral("--db"), db, data("officers.csv")}, 3},
        {{QStringLiteral("operation"), QStringLiteral("create"), QStringLiteral("--db"), db,
          QStringLiteral("--name"), QStringLiteral("春季行动"), QStringLiteral("--start"),
          QStringLiteral("2026-03-01"), QStringLiteral("--end"), QStringLiteral("2026-05-29"),
          QStringLiteral("--stations"), QStringLiteral("东岗派出所,西湖派出所")},
         0}};
    for (const auto& [args, expected] : steps) {
        const Run r = as(kAdmin, args);
        if (r.status != expected)
            return QStringLiteral("%1: exit %2, not %3: %4")
                .arg(args.first())
                .arg(r.status)
                .arg(expected)
                .arg(QString::fromUtf8(r.err));
    }
    return {};
}

inline qint64 countRows(const QString& db, const QString& sql)
{
    auto open = hc::Database::open(db, hc::Database::Mode::OpenExisting);
    if (!open)
        return -1;
    QSqlQuery q((*open)->sql());
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

} // namespace hc::test::cli
