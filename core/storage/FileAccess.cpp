#include "core/storage/FileAccess.h"

#include <QFile>
#include <cerrno>
#include <cstring>
#include <sys/stat.h>

namespace hc {

namespace {
QStringList withCompanions(const QString& path)
{
    return {path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm")};
}
} // namespace

void FileAccess::restrictNewFilesToOwner()
{
    ::umask(S_IRWXG | S_IRWXO);
}

QStringList FileAccess::openToOthers(const QString& databasePath)
{
    QStringList open;
    for (const QString& f : withCompanions(databasePath)) {
        struct stat st;
        if (::stat(QFile::encodeName(f).constData(), &st) != 0)
            continue;
        if (st.st_mode & (S_IRWXG | S_IRWXO))
            open << f;
    }
    return open;
}

Status FileAccess::restrictToOwner(const QString& databasePath)
{
    for (const QString& f : openToOthers(databasePath)) {
        if (::chmod(QFile::encodeName(f).constData(), S_IRUSR | S_IWUSR) != 0)
            return Error{QString(),
                         tr("Could not restrict %1 to its owner: %2")
                             .arg(f, QString::fromLocal8Bit(std::strerror(errno))),
                         Error::Kind::Io};
    }
    return {};
}

} // namespace hc
