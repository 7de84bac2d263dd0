#pragma once
// Copies of a Homecoming database made with SQLite's online backup API: safe while other
// connections write (the copy is one consistent snapshot), written to a temporary file and
// renamed into place, so a copy is either whole or absent. Also the integrity check run when
// a database is opened, and the rotating daily copies the GUI keeps.

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>
#include <functional>

namespace hc {

class Backup
{
    Q_DECLARE_TR_FUNCTIONS(hc::Backup)
public:
    // Called with (pages done, pages in all); returning false cancels.
    using Progress = std::function<bool(int done, int total)>;

    // A consistent copy of the database at `source` written to `target` (replaced if present).
    static Status copy(const QString& source, const QString& target, const Progress& progress = {});
    // Replaces the contents of the database at `database` with the backup at `backup`, after
    // checking that the backup is a sound Homecoming database no newer than this program.
    static Status restore(const QString& backup, const QString& database, const Progress& progress = {});
    // PRAGMA quick_check on the file: an empty list when sound, else the problems found.
    static Result<QStringList> quickCheck(const QString& path);

    // The folder of rotating copies beside the database: <dir>/<name>.backups
    static QString rotationFolder(const QString& database);
    // Makes today's copy when there is none yet and deletes copies older than `keepDays`
    // days; returns the path of today's copy.
    static Result<QString> rotate(const QString& database, QDate today, int keepDays = 7);
    // The rotating copies, newest first.
    static QStringList rotatedCopies(const QString& database);
};

} // namespace hc
