// The PFIF 1.4 reader (records received from other agencies and Person Finder instances) on
// arbitrary documents: it must end (no hang, no entity expansion), never crash, and hand out only
// records it can stand behind: a record without a problem has no field longer than the reader's
// limit, and once the document has failed nothing more comes.
#include "core/pfif/PfifReader.h"
#include "tests/fuzz/FuzzInput.h"

#include <cstdint>

using namespace hc;

namespace {
bool withinLimit(const pfif::Record& r)
{
    for (const QString& v : r.fields)
        if (v.size() > pfif::Reader::kMaxTextChars)
            return false;
    for (const QString& v : r.extra)
        if (v.size() > pfif::Reader::kMaxTextChars)
            return false;
    return true;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString path = fuzz::writeInput(QStringLiteral("input.xml"), data, size);
    if (path.isEmpty())
        return 0;
    pfif::Reader reader(path);
    if (!reader.open())
        return 0;
    pfif::Record record;
    int records = 0;
    while (reader.next(record)) {
        if (record.problem.isEmpty() && !withinLimit(record))
            __builtin_trap();
        for (const pfif::Record& note : record.notes)
            if (record.problem.isEmpty() && note.problem.isEmpty() && !withinLimit(note))
                __builtin_trap();
        if (++records > int(size) + 1) // a record takes bytes: more records than bytes is a loop
            __builtin_trap();
        record = {};
    }
    if (reader.error() && reader.next(record)) // a failed document gives nothing more
        __builtin_trap();
    return 0;
}
