#include "core/imports/CsvWriter.h"

namespace hc {

CsvWriter::CsvWriter(QIODevice* out, bool utf8Bom) : m_out(out), m_bomPending(utf8Bom) {}

void CsvWriter::writeRow(const QStringList& fields)
{
    QString line;
    if (fields.size() == 1 && fields.first().isEmpty()) {
        // A bare empty line would be read back as a blank line, i.e. no record at all.
        line = QStringLiteral("\"\"");
    } else {
        for (qsizetype i = 0; i < fields.size(); ++i) {
            if (i > 0)
                line += QLatin1Char(',');
            line += quote(fields.at(i));
        }
    }
    line += QLatin1String("\r\n");

    QByteArray bytes;
    if (m_bomPending) {
        bytes = QByteArrayLiteral("\xEF\xBB\xBF");
        m_bomPending = false;
    }
    bytes += line.toUtf8();
    m_out->write(bytes);
}

QString CsvWriter::quote(const QString& field)
{
    auto isBlank = [](QChar c) { return c == QLatin1Char(' ') || c == QLatin1Char('\t'); };
    bool needs = !field.isEmpty() && (isBlank(field.front()) || isBlank(field.back()));
    for (qsizetype i = 0; !needs && i < field.size(); ++i) {
        const QChar c = field.at(i);
        needs = c == QLatin1Char(',') || c == QLatin1Char('"') || c == QLatin1Char('\r') ||
                c == QLatin1Char('\n');
    }
    if (!needs)
        return field;
    QString quoted = field;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

} // namespace hc
