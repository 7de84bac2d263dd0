#pragma once
// Files for their owner only: the database holds a city's ID numbers, addresses and phones.
// New files (the database, its -wal/-shm, exports, backups) are created with mode 0600 by a
// process-wide umask set at start-up; an existing database that others may read is reported
// so that the administrator can restrict it.

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace hc {

class FileAccess
{
    Q_DECLARE_TR_FUNCTIONS(hc::FileAccess)
public:
    // Sets the umask to 077 for the whole process (both executables call it first thing).
    static void restrictNewFilesToOwner();
    // The database file and its -wal/-shm companions that exist and that the group or others
    // may read or write.
    static QStringList openToOthers(const QString& databasePath);
    // chmod 0600 on the database file and its companions.
    static Status restrictToOwner(const QString& databasePath);
};

} // namespace hc
