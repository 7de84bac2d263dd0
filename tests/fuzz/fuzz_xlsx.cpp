// The Excel workbook reader on arbitrary input, two ways. An input that begins with "PK" is the
// .xlsx file itself (the seeds are small workbooks written by XlsxWriter): broken zips, parts
// missing or lying about their size. Any other input is the text of the workbook's parts,
// separated by "#PART#" (the sheet, the shared strings, the workbook, its relationships, the
// styles, in that order; a part not given is the seeds' own), zipped here so that the mutations
// reach the XML reading rather than stop at the zip's checksums. The reader must end (no hang),
// never crash, keep memory bounded, and hand out only rows whose problem names a field they have.
#include "core/imports/XlsxReader.h"

#include <QFile>
#include <QTemporaryDir>

#include <minizip/zip.h>

#include <array>
#include <cstdint>

using namespace hc;

namespace {
// A workbook of one sheet as XlsxWriter writes it, cut to what the reader looks at.
const std::array<const char*, 5> kPartNames = {"xl/worksheets/sheet1.xml", "xl/sharedStrings.xml",
                                               "xl/workbook.xml", "xl/_rels/workbook.xml.rels",
                                               "xl/styles.xml"};
const std::array<const char*, 5> kDefaults = {
    R"(<?xml version="1.0"?><worksheet><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c>)"
    R"(<c r="B1" s="1"><v>46082</v></c><c r="C1"><v>12</v></c></row></sheetData></worksheet>)",
    R"(<?xml version="1.0"?><sst count="1" uniqueCount="1"><si><t>东岗派出所</t></si></sst>)",
    R"(<?xml version="1.0"?><workbook><workbookPr/><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1" )"
    R"(xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"/></sheets></workbook>)",
    R"(<?xml version="1.0"?><Relationships><Relationship Id="rId1" Type="x/worksheet" )"
    R"(Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="x/styles" Target="styles.xml"/>)"
    R"(<Relationship Id="rId3" Type="x/sharedStrings" Target="sharedStrings.xml"/></Relationships>)",
    R"(<?xml version="1.0"?><styleSheet><numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy-mm-dd"/>)"
    R"(</numFmts><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="164"/></cellXfs></styleSheet>)"};

bool writeZip(const QString& path, const QByteArray& input)
{
    // The parts, split on the separator (QByteArray::split takes one character).
    QList<QByteArray> parts;
    qsizetype from = 0;
    for (;;) {
        const qsizetype at = input.indexOf("#PART#", from);
        parts << input.mid(from, at < 0 ? -1 : at - from);
        if (at < 0)
            break;
        from = at + 6;
    }
    zipFile zip = zipOpen64(QFile::encodeName(path).constData(), APPEND_STATUS_CREATE);
    if (!zip)
        return false;
    bool ok = true;
    for (size_t i = 0; i < kPartNames.size() && ok; ++i) {
        const QByteArray data =
            qsizetype(i) < parts.size() ? parts.at(qsizetype(i)) : QByteArray(kDefaults[i]);
        zip_fileinfo info{};
        ok = zipOpenNewFileInZip64(zip, kPartNames[i], &info, nullptr, 0, nullptr, 0, nullptr, Z_DEFLATED, 1,
                                   0) == ZIP_OK &&
             zipWriteInFileInZip(zip, data.constData(), unsigned(data.size())) == ZIP_OK &&
             zipCloseFileInZip(zip) == ZIP_OK;
    }
    return zipClose(zip, nullptr) == ZIP_OK && ok;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("input.xlsx"));
    const QByteArray input = QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    QFile::remove(path);
    if (input.startsWith("PK")) {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return 0;
        f.write(input);
        f.close();
    } else if (!writeZip(path, input)) {
        return 0;
    }

    (void)XlsxReader::sheetNames(path);
    // A small bound on the parts' inflated size: a zip bomb is refused, not inflated.
    XlsxReader reader(path, {}, qint64(1) << 20);
    if (!reader.open())
        return 0;
    QStringList fields;
    while (reader.next(fields)) {
        const auto& problem = reader.problem();
        if (problem.kind != TableReader::FieldProblem::Kind::None && problem.field >= fields.size())
            __builtin_trap(); // a problem names a field the row has
        if (fields.size() > 16384)
            __builtin_trap(); // no row wider than Excel's sheet
    }
    if (reader.bytesRead() > (qint64(1) << 20))
        __builtin_trap(); // the bound holds
    return 0;
}
