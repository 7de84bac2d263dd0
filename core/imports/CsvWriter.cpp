#include "core/imports/CsvWriter.h"

#include <QDir>
#include <QSaveFile>

namespace hc {

CsvWriter::CsvWriter(QIODevice* out, bool utf8Bom) : m_out(out), m_bomPending(utf8Bom) {}

bool CsvWriter::writeRow(const QStringList& fields)
{
    if (!m_error.isEmpty())
        return false;
    QString line;
    if (fields.size() == 1 && fields.first().isEmpty()) {
        // A bare empty line would be read back as a blank line, i.e. no record at all.
        line = QStringLiteral("\"\"");
    } else {
        for (qsizetype i = 0; i < fields.size(); ++i) {
            if (i > 0)
                line += QLatin1Char(',');
            line += cell(fields.at(i));
        }
    }
    line += QLatin1String("\r\n");

    QByteArray bytes;
    if (m_bomPending) {
        bytes = QByteArrayLiteral("\xEF\xBB\xBF");
        m_bomPending = false;
    }
    bytes += line.toUtf8();
    if (m_out->write(bytes) != bytes.size()) {
        m_error = m_out->errorString();
        if (m_error.isEmpty())
            m_error = tr("the data could not be written.");
        return false;
    }
    return true;
}

Status CsvWriter::status() const
{
    if (m_error.isEmpty())
        return {};
    return Error{QStringLiteral("file"), m_error, Error::Kind::Io};
}

QString CsvWriter::cell(const QString& field)
{
    return quote(neutralize(field));
}

QString CsvWriter::neutralize(const QString& field)
{
    if (field.isEmpty())
        return field;
    switch (field.front().unicode()) {
    case u'=':
    case u'+':
    case u'-':
    case u'@':
    case u'\t':
    case u'\r':
        return QLatin1Char('\'') + field;
    default:
        return field;
    }
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

Status CsvWriter::writeFile(const QString& path, const QList<QStringList>& rows, bool utf8Bom)
{
    QSaveFile file(path);
    const auto failed = [&path](const QString& reason) {
        return Error{QStringLiteral("file"),
                     tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), reason), Error::Kind::Io};
    };
    if (!file.open(QIODevice::WriteOnly))
        return failed(file.errorString());
    CsvWriter writer(&file, utf8Bom);
    for (const QStringList& row : rows)
        if (!writer.writeRow(row))
            break;
    if (Status s = writer.status(); !s) {
        file.cancelWriting(); // the temporary file is removed; `path` stays as it was
        return failed(s.error().message);
    }
    if (!file.commit())
        return failed(file.errorString());
    return {};
}

} // namespace hc
