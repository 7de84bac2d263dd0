#include "core/pfif/PfifReader.h"

#include <QFileInfo>

namespace hc::pfif {

Reader::Reader(const QString& path) : m_path(path), m_file(path) {}

bool Reader::fail(const QString& message)
{
    if (!m_error)
        m_error = invalid(QStringLiteral("file"), message);
    return false;
}

Status Reader::open()
{
    const QFileInfo info(m_path);
    if (!info.exists())
        return notFound(QStringLiteral("file"), tr("The file %1 does not exist.").arg(m_path));
    m_size = info.size();
    if (m_size > kMaxFileBytes)
        return invalid(QStringLiteral("file"),
                       tr("The file is %1 MB; a PFIF file is read up to %2 MB. Split it into smaller files.")
                           .arg(m_size / (1024 * 1024))
                           .arg(kMaxFileBytes / (1024 * 1024)));
    if (!m_file.open(QIODevice::ReadOnly))
        return Error{QStringLiteral("file"), tr("Cannot read %1: %2").arg(m_path, m_file.errorString()),
                     Error::Kind::Io};
    m_xml.setDevice(&m_file);
    m_xml.setNamespaceProcessing(true);
    if (!readRoot())
        return *m_error;
    return {};
}

bool Reader::tokenRefused()
{
    switch (m_xml.tokenType()) {
    case QXmlStreamReader::DTD:
        return !fail(tr("The file declares a document type (DOCTYPE); PFIF files have none, and "
                        "such a file is refused unread (entities could expand without bound or "
                        "read other files)."));
    case QXmlStreamReader::EntityReference:
        return !fail(
            tr("The file refers to the entity &%1;, which PFIF does not use.").arg(m_xml.name().toString()));
    case QXmlStreamReader::Invalid:
        return !fail(tr("The file is not well-formed XML (line %1, column %2): %3")
                         .arg(m_xml.lineNumber())
                         .arg(m_xml.columnNumber())
                         .arg(m_xml.errorString()));
    default:
        return false;
    }
}

bool Reader::readRoot()
{
    while (!m_xml.atEnd()) {
        m_xml.readNext();
        if (tokenRefused())
            return false;
        if (m_xml.isStartElement()) {
            if (m_xml.name() != u"pfif" || m_xml.namespaceUri() != kNamespace)
                return fail(tr("This is not a PFIF 1.4 document: its root is <%1> in the namespace \"%2\", "
                               "expected <pfif> in \"%3\".")
                                .arg(m_xml.name().toString(), m_xml.namespaceUri().toString(), kNamespace));
            return true;
        }
    }
    return fail(tr("The file is empty."));
}

bool Reader::next(Record& record)
{
    while (!m_error && !m_xml.atEnd()) {
        m_xml.readNext();
        if (tokenRefused())
            return false;
        if (m_xml.isEndElement())
            return false; // </pfif>
        if (!m_xml.isStartElement())
            continue;
        const bool pfifElement = m_xml.namespaceUri() == kNamespace;
        if (pfifElement && (m_xml.name() == u"person" || m_xml.name() == u"note")) {
            record = Record();
            return readRecord(record, m_xml.name() == u"person");
        }
        m_xml.skipCurrentElement(); // another namespace's element: not ours to read
    }
    return false;
}

bool Reader::readRecord(Record& r, bool isPerson)
{
    r.number = ++m_count;
    r.isNote = !isPerson;
    const QStringList& fields = isPerson ? personFields() : noteFields();
    while (!m_xml.atEnd()) {
        m_xml.readNext();
        if (tokenRefused())
            return false;
        if (m_xml.isEndElement())
            return true;
        if (!m_xml.isStartElement())
            continue;
        const QString name = m_xml.name().toString();
        if (m_xml.namespaceUri() == kNamespace && isPerson && name == u"note") {
            Record note;
            if (!readRecord(note, false))
                return false;
            r.notes << note;
        } else if (m_xml.namespaceUri() == kNamespace && fields.contains(name)) {
            if (!readField(r, r.fields))
                return false;
        } else if (m_xml.namespaceUri() == kHomecomingNamespace) {
            if (!readField(r, r.extra))
                return false;
        } else {
            m_xml.skipCurrentElement(); // a field of another version or namespace
        }
    }
    return fail(tr("The file ends inside a record."));
}

bool Reader::readField(Record& r, QMap<QString, QString>& into)
{
    const QString name = m_xml.name().toString();
    QString text;
    bool tooLong = false;
    int depth = 1;
    while (depth > 0 && !m_xml.atEnd()) {
        m_xml.readNext();
        if (tokenRefused())
            return false;
        if (m_xml.isStartElement())
            ++depth;
        else if (m_xml.isEndElement())
            --depth;
        else if (m_xml.isCharacters() && depth == 1 && !tooLong) {
            tooLong = text.size() + m_xml.text().size() > kMaxTextChars;
            if (!tooLong)
                text += m_xml.text();
        }
    }
    if (depth > 0)
        return fail(tr("The file ends inside a record."));
    if (tooLong && r.problem.isEmpty())
        r.problem = tr("The field %1 is longer than %2 characters.").arg(name).arg(kMaxTextChars);
    else if (into.contains(name) && r.problem.isEmpty())
        r.problem = tr("The field %1 is given twice.").arg(name);
    into.insert(name, text.trimmed());
    return true;
}

} // namespace hc::pfif
