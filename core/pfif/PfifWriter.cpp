#include "core/pfif/PfifWriter.h"

namespace hc::pfif {

namespace {
// XML 1.0 allows tab, line feed, carriage return and no other control character.
QString xmlText(const QString& s)
{
    QString out;
    out.reserve(s.size());
    for (QChar c : s)
        if (c.unicode() >= 0x20 || c == u'\t' || c == u'\n' || c == u'\r')
            if (c.unicode() != 0xFFFE && c.unicode() != 0xFFFF)
                out += c;
    return out;
}
} // namespace

Writer::Writer(QIODevice* device) : m_xml(device)
{
    m_xml.setAutoFormatting(true);
    m_xml.setAutoFormattingIndent(2);
}

void Writer::begin()
{
    m_xml.writeStartDocument();
    m_xml.writeNamespace(kNamespace, QStringLiteral("pfif"));
    m_xml.writeNamespace(kHomecomingNamespace, QStringLiteral("hc"));
    m_xml.writeStartElement(kNamespace, QStringLiteral("pfif"));
}

void Writer::writePerson(const Record& person)
{
    writeRecord(person, QStringLiteral("person"), personFields());
}

void Writer::writeRecord(const Record& r, const QString& element, const QStringList& fields)
{
    m_xml.writeStartElement(kNamespace, element);
    for (const QString& f : fields)
        if (const QString v = r.value(f); !v.isEmpty())
            m_xml.writeTextElement(kNamespace, f, xmlText(v));
    for (auto it = r.extra.cbegin(); it != r.extra.cend(); ++it)
        m_xml.writeTextElement(kHomecomingNamespace, it.key(), xmlText(it.value()));
    for (const Record& note : r.notes)
        writeRecord(note, QStringLiteral("note"), noteFields());
    m_xml.writeEndElement();
}

void Writer::end()
{
    m_xml.writeEndElement();
    m_xml.writeEndDocument();
}

} // namespace hc::pfif
