// The CSV reader on arbitrary bytes: any encoding guess, broken quotes, control characters,
// overlong fields. It must end (no hang), never crash, and hand out only records it decoded.
#include "core/imports/CsvReader.h"
#include "tests/fuzz/FuzzInput.h"

#include <QCoreApplication>

#include <cstdint>

using namespace hc;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString path = fuzz::writeInput(QStringLiteral("input.csv"), data, size);
    if (path.isEmpty())
        return 0;

    CsvReader reader(path);
    if (!reader.open())
        return 0;
    QStringList fields;
    qint64 records = 0;
    while (reader.next(fields)) {
        const auto& problem = reader.problem();
        if (problem.kind != CsvReader::FieldProblem::Kind::None && problem.field >= fields.size())
            __builtin_trap(); // a problem names a field the record has
        ++records;
    }
    if (!reader.hasError() && reader.recordNumber() != records)
        __builtin_trap(); // record numbers count the records handed out
    return 0;
}
