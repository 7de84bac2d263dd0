// Field-sheet rows (the import of paper forms) on arbitrary CSV bytes after a valid header,
// into a small registry: the import never crashes, and every run either imports or rejects
// rows by number, or refuses the file as a whole, leaving the database consistent.
#include "core/auth/Actor.h"
#include "core/common/Clock.h"
#include "core/imports/OfficerImporter.h"
#include "core/imports/RegistryImporter.h"
#include "core/imports/VisitImporter.h"
#include "core/operations/OperationService.h"
#include "core/storage/Database.h"

#include <QCoreApplication>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cstdint>
#include <memory>

using namespace hc;

namespace {
QTemporaryDir* g_dir = nullptr;
// Never destroyed: libFuzzer ends with exit(), after QtSql's own statics are gone.
Database* g_db = nullptr;
const char* kOperation = "春季行动";

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("cannot write %s", qPrintable(path));
    f.write(bytes);
}

void setUp()
{
    Clock::setInstance(std::make_unique<FixedClock>(QDateTime(QDate(2026, 5, 29), QTime(20, 0))));
    g_dir = new QTemporaryDir;
    auto db = Database::open(g_dir->filePath(QStringLiteral("fuzz.db")));
    if (!db)
        qFatal("%s", qPrintable(db.error().text()));
    g_db = std::move(db).value().release();
    const QString registry = g_dir->filePath(QStringLiteral("registry.csv"));
    writeFile(registry, "station,area,household_no,address,id_number,name,sex,birth_date,phone,relation\n"
                        "东岗派出所,东岗社区,H001,东岗路1号,620102198005120117,张伟,男,1980-05-12,,户主\n"
                        "东岗派出所,东岗社区,H001,东岗路1号,620102198203010226,王芳,女,1982-03-01,,配偶\n");
    const QString officers = g_dir->filePath(QStringLiteral("officers.csv"));
    writeFile(
        officers,
        "badge,name,station,role,password\n100001,马警官,东岗派出所,officer,Harbour-Kite-fuzz-100001\n");
    if (RegistryImporter(*g_db, Actor::system()).run(registry).fatal ||
        OfficerImporter(*g_db, Actor::system()).run(officers).fatal ||
        !OperationService(*g_db, Actor::system())
             .create(QString::fromUtf8(kOperation), QDate(2026, 3, 1), QDate(2026, 5, 29), {}, 4))
        qFatal("fuzz set-up failed");
}
} // namespace

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    static QCoreApplication app(*argc, *argv);
    setUp();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size > 4096)
        return 0;
    const QString path = g_dir->filePath(QStringLiteral("sheet.csv"));
    writeFile(path, QByteArray("household_no,badge,visited_at,outcome,id_number,name,status,whereabouts,"
                               "verified_by,notes\n") +
                        QByteArray(reinterpret_cast<const char*>(data), qsizetype(size)));
    const ImportReport report =
        VisitImporter(*g_db, Actor::system()).run(QString::fromUtf8(kOperation), path);
    for (const auto& issue : report.errors)
        if (issue.row < 0 || issue.row > report.rows)
            __builtin_trap(); // a rejection names a row of the file
    if (!report.fatal && report.rows != report.imported + report.updated + report.unchanged + report.rejected)
        __builtin_trap(); // every row is accounted for
    QSqlQuery q(g_db->sql());
    // Every visit is of the fixture's household and every screening of a visit that exists.
    if (!q.exec(QStringLiteral("SELECT count(*) FROM screenings s LEFT JOIN visits v ON v.id = s.visit_id "
                               "WHERE v.id IS NULL")) ||
        !q.next() || q.value(0).toInt() != 0)
        __builtin_trap();
    return 0;
}
