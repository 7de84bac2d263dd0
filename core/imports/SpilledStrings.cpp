#include "core/imports/SpilledStrings.h"

namespace hc {

bool SpilledStrings::begin()
{
    return m_text.open() && m_starts.open();
}

bool SpilledStrings::add(const QString& s)
{
    const quint64 start = m_written;
    const qint64 bytes = qint64(s.size()) * qint64(sizeof(char16_t));
    m_written += quint64(bytes);
    return m_starts.write(reinterpret_cast<const char*>(&start), sizeof start) == sizeof start &&
           m_text.write(reinterpret_cast<const char*>(s.utf16()), bytes) == bytes;
}

bool SpilledStrings::finish()
{
    m_count = m_starts.size() / qint64(sizeof(quint64));
    // One start more than strings: the end of the last.
    if (m_starts.write(reinterpret_cast<const char*>(&m_written), sizeof m_written) != sizeof m_written ||
        !m_text.flush() || !m_starts.flush())
        return false;
    m_startMap = reinterpret_cast<const quint64*>(m_starts.map(0, m_starts.size()));
    m_textMap = m_written ? reinterpret_cast<const char16_t*>(m_text.map(0, qint64(m_written))) : u"";
    return m_startMap && m_textMap;
}

QString SpilledStrings::at(qint64 i) const
{
    const quint64 from = m_startMap[i] / 2;
    return QString(reinterpret_cast<const QChar*>(m_textMap + from), qsizetype(m_startMap[i + 1] / 2 - from));
}

} // namespace hc
