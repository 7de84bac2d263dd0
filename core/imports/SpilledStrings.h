#pragma once
// A workbook's shared strings, kept on disk rather than in memory (XlsxReader): UTF-16 text in
// one temporary file and each string's start in another, both mapped once written. Looking
// one up copies only that string, so a sheet of a million distinct names costs page cache,
// not heap.

#include <QString>
#include <QTemporaryFile>

namespace hc {

class SpilledStrings
{
public:
    bool begin(); // false when the temporary files cannot be created
    bool add(const QString& s);
    bool finish(); // after the last add(): maps the files; false when that fails
    qint64 count() const { return m_count; }
    QString at(qint64 i) const; // 0 <= i < count()

private:
    QTemporaryFile m_text;
    QTemporaryFile m_starts;
    quint64 m_written = 0;
    qint64 m_count = 0;
    const quint64* m_startMap = nullptr;
    const char16_t* m_textMap = nullptr;
};

} // namespace hc
