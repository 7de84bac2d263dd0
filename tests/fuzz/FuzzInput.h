#pragma once
// The fuzz targets' readers open files: the input of one run, written to `name` in a folder that
// lasts for the process. Returns the path, or an empty string when it could not be written.
#include <QByteArray>
#include <QFile>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>

namespace hc::fuzz {

inline QString writeInput(const QString& name, const QByteArray& bytes)
{
    static QTemporaryDir dir;
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(bytes) != bytes.size())
        return {};
    return path;
}

inline QString writeInput(const QString& name, const uint8_t* data, size_t size)
{
    return writeInput(name, QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size)));
}

} // namespace hc::fuzz
