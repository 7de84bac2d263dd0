#include "ui/common/OwnConnection.h"

#include "core/storage/Database.h"

#include <QPointer>
#include <QThread>
#include <memory>

namespace hc {

void runOnOwnConnection(QObject* context, const QString& databasePath, std::function<void(Database&)> work,
                        std::function<void(const QString& failed)> done)
{
    auto failed = std::make_shared<QString>();
    QThread* thread = QThread::create([databasePath, work = std::move(work), failed] {
        auto db = Database::open(databasePath, Database::Mode::OpenExisting);
        if (!db) {
            *failed = db.error().text();
            return;
        }
        work(**db);
    });
    QObject::connect(thread, &QThread::finished, context,
                     [failed, done = std::move(done)] { done(*failed); });
    QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}

} // namespace hc
