// The ID number parser on arbitrary text (UTF-8 and UTF-16 views of the bytes): it never
// crashes, and whatever it accepts is well-formed and parses again to itself.
#include "core/registry/IdNumber.h"

#include <QString>

#include <cstdint>

using namespace hc;

namespace {
void check(const QString& input)
{
    const QDate today(2026, 12, 2);
    const auto parsed = IdNumber::parse(input, today);
    if (!parsed)
        return;
    const QString& text = parsed->text();
    if (text.size() != 18 || IdNumber::checkCharacter(QStringView(text).left(17)) != text.at(17))
        __builtin_trap();
    const QDate birth = parsed->birthDate();
    if (!birth.isValid() || birth > today || birth < QDate(1900, 1, 1))
        __builtin_trap();
    const auto again = IdNumber::parse(text, today);
    if (!again || again->text() != text)
        __builtin_trap();
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size > 256)
        return 0;
    check(QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size)));
    check(QString(reinterpret_cast<const QChar*>(data), qsizetype(size / 2)));
    return 0;
}
