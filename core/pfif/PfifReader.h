#pragma once
// Reads a PFIF 1.4 document record by record (QXmlStreamReader, streaming: memory holds one
// record, never the file). Refused before or while reading, with nothing returned after: a file
// over kMaxFileBytes (by its size, unread), any DOCTYPE (so no entity can be declared: no
// "billion laughs", no external entity), an entity reference, a root that is not <pfif> in the
// PFIF 1.4 namespace, XML that is not well formed. A record with a field over kMaxTextChars, or
// a field given twice, comes back with its `problem` set, for the import to reject.

#include "core/common/Result.h"
#include "core/pfif/PfifRecord.h"

#include <QCoreApplication>
#include <QFile>
#include <QXmlStreamReader>
#include <optional>

namespace hc::pfif {

class Reader
{
    Q_DECLARE_TR_FUNCTIONS(hc::pfif::Reader)
public:
    static constexpr qint64 kMaxFileBytes = 64LL * 1024 * 1024;
    static constexpr qsizetype kMaxTextChars = 64 * 1024;

    explicit Reader(const QString& path);
    // Opens the file and reads up to the root element.
    Status open();
    // The next top-level record (a person with its notes, or a note of its own); false at the
    // end of the document or when it cannot be read on (error()).
    bool next(Record& record);
    const std::optional<Error>& error() const { return m_error; }
    qint64 bytesRead() const { return m_file.pos(); }
    qint64 totalBytes() const { return m_size; }

private:
    bool readRoot();
    bool readRecord(Record& r, bool isPerson);
    // The text of the current field element; false on a document error.
    bool readField(Record& r, QMap<QString, QString>& into);
    // Fails the document when the token just read is one the reader refuses or an XML error.
    bool tokenRefused();
    bool fail(const QString& message);

    QString m_path;
    QFile m_file;
    qint64 m_size = 0;
    QXmlStreamReader m_xml;
    std::optional<Error> m_error;
    qint64 m_count = 0;
};

} // namespace hc::pfif
