#pragma once
// Writes a PFIF 1.4 document: <pfif:pfif> with one <pfif:person> per record, its notes nested
// inside it, the fields in the specification's order (empty ones left out) and Homecoming's own
// fields in their namespace (PfifRecord.h) after the PFIF ones. Streams to the device.

#include "core/pfif/PfifRecord.h"

#include <QXmlStreamWriter>

class QIODevice;

namespace hc::pfif {

class Writer
{
public:
    explicit Writer(QIODevice* device);
    void begin();
    void writePerson(const Record& person);
    void end();
    bool hasError() const { return m_xml.hasError(); }

private:
    void writeRecord(const Record& r, const QString& element, const QStringList& fields);
    QXmlStreamWriter m_xml;
};

} // namespace hc::pfif
