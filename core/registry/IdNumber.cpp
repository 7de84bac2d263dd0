#include "core/registry/IdNumber.h"

#include "core/registry/AdminDivisions.h"

namespace hc {

namespace {

constexpr int kWeights[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
constexpr char16_t kCheckChars[] = u"10X98765432";

QString fieldName()
{
    return QStringLiteral("id_number");
}

bool isAsciiDigit(QChar c)
{
    return c.unicode() >= u'0' && c.unicode() <= u'9';
}
int digitAt(QStringView s, qsizetype i)
{
    return s[i].unicode() - u'0';
}
int numberAt(QStringView s, qsizetype from, qsizetype count)
{
    int n = 0;
    for (qsizetype i = from; i < from + count; ++i)
        n = n * 10 + digitAt(s, i);
    return n;
}

// Full-width forms (Ｘ, ０..９, punctuation) and the ideographic space: the only non-ASCII
// characters that NFKC may map for us. Anything else (①, ², Arabic-Indic digits...) is left
// alone so that it is reported as a non-digit rather than silently read as a digit.
bool onlyFullWidthBeyondAscii(QStringView s, bool& hasNonAscii)
{
    hasNonAscii = false;
    for (QChar c : s) {
        const char16_t u = c.unicode();
        if (u < 0x80)
            continue;
        hasNonAscii = true;
        if (u != 0x3000 && (u < 0xFF01 || u > 0xFF5E))
            return false;
    }
    return true;
}

void appendDigits(QString& out, int value, int width)
{
    char16_t buf[8];
    for (int i = width - 1; i >= 0; --i) {
        buf[i] = char16_t(u'0' + value % 10);
        value /= 10;
    }
    out.append(QStringView(buf, width));
}

// The character at i for an error message; keeps a surrogate pair together.
QString characterAt(QStringView s, qsizetype i)
{
    if (s[i].isHighSurrogate() && i + 1 < s.size() && s[i + 1].isLowSurrogate())
        return s.mid(i, 2).toString();
    return QString(s[i]);
}

} // namespace

Result<IdNumber> IdNumber::parse(const QString& input, QDate today)
{
    QStringView v = QStringView(input).trimmed();
    QString normalisedInput; // only filled for full-width input
    bool hasNonAscii = false;
    if (onlyFullWidthBeyondAscii(v, hasNonAscii) && hasNonAscii) {
        normalisedInput = v.toString().normalized(QString::NormalizationForm_KC);
        v = QStringView(normalisedInput).trimmed();
    }

    if (v.isEmpty())
        return invalid(fieldName(), tr("ID number is empty"));

    const qsizetype length = v.size();
    if (length != 15 && length != 18)
        return invalid(fieldName(),
                       tr("ID number length is %1; 15 or 18 characters are expected").arg(length));

    for (qsizetype i = 0; i < length; ++i) {
        const QChar c = v[i];
        if (isAsciiDigit(c))
            continue;
        if (length == 18 && i == 17) {
            if (c == u'X' || c == u'x')
                continue;
            return invalid(fieldName(),
                           tr("character 18 (\"%1\") must be a digit or X").arg(characterAt(v, i)));
        }
        return invalid(fieldName(),
                       tr("character %1 (\"%2\") is not a digit").arg(i + 1).arg(characterAt(v, i)));
    }

    if (const int region = numberAt(v, 0, 6); !AdminDivisions::isPlausibleIdRegion(region))
        return invalid(fieldName(),
                       tr("the first six digits %1 are not an administrative division code (GB/T 2260)")
                           .arg(v.first(6)));

    const bool converted = length == 15;
    const int year = converted ? 1900 + numberAt(v, 6, 2) : numberAt(v, 6, 4);
    const qsizetype monthAt = converted ? 8 : 10;
    const QDate birth(year, numberAt(v, monthAt, 2), numberAt(v, monthAt + 2, 2));
    if (!birth.isValid()) {
        QString dateText;
        dateText.reserve(8);
        if (converted)
            dateText.append(u"19");
        dateText.append(v.mid(6, converted ? 6 : 8));
        return invalid(fieldName(), tr("birth date %1 is not a valid date").arg(dateText));
    }
    if (year < 1900)
        return invalid(fieldName(), tr("birth date %1 is before 1900").arg(birth.toString(Qt::ISODate)));
    if (today.isValid() && birth > today)
        return invalid(fieldName(), tr("birth date %1 is in the future").arg(birth.toString(Qt::ISODate)));

    IdNumber id;
    id.m_birth = birth;
    id.m_converted = converted;
    if (converted) {
        id.m_text.reserve(18);
        id.m_text.append(v.first(6));
        id.m_text.append(u"19");
        id.m_text.append(v.sliced(6));
        id.m_text.append(checkCharacter(id.m_text));
        return id;
    }

    const QChar expected = checkCharacter(v.first(17));
    const QChar found = v[17] == u'x' ? QChar(u'X') : v[17];
    if (found != expected)
        return invalid(fieldName(), tr("check character is %1, expected %2").arg(found).arg(expected));

    // Share the caller's string when it already is the normalised text (the common case).
    if (v.data() == input.constData() && v.size() == input.size())
        id.m_text = input;
    else if (v.data() == normalisedInput.constData() && v.size() == normalisedInput.size())
        id.m_text = normalisedInput;
    else
        id.m_text = v.toString();
    if (v[17] == u'x')
        id.m_text[17] = u'X';
    return id;
}

bool IdNumber::isNull() const
{
    return m_text.isEmpty();
}

const QString& IdNumber::text() const
{
    return m_text;
}

QString IdNumber::areaCode() const
{
    return m_text.left(6);
}

QDate IdNumber::birthDate() const
{
    return m_birth;
}

IdNumber::Sex IdNumber::sex() const
{
    if (isNull())
        return Sex::Male;
    return digitAt(m_text, 16) % 2 == 1 ? Sex::Male : Sex::Female;
}

QChar IdNumber::sexCode() const
{
    if (isNull())
        return {};
    return sex() == Sex::Male ? QChar(u'M') : QChar(u'F');
}

bool IdNumber::wasConverted() const
{
    return m_converted;
}

QChar IdNumber::checkCharacter(QStringView first17)
{
    Q_ASSERT(first17.size() == 17);
    int sum = 0;
    for (qsizetype i = 0; i < 17; ++i)
        sum += digitAt(first17, i) * kWeights[i];
    return QChar(kCheckChars[sum % 11]);
}

QString IdNumber::make(const QString& area6, QDate birth, int seq)
{
    Q_ASSERT(area6.size() == 6);
    Q_ASSERT(birth.isValid() && birth.year() >= 1000 && birth.year() <= 9999);
    Q_ASSERT(seq >= 0 && seq <= 999);
    QString text;
    text.reserve(18);
    text.append(area6);
    appendDigits(text, birth.year(), 4);
    appendDigits(text, birth.month(), 2);
    appendDigits(text, birth.day(), 2);
    appendDigits(text, seq, 3);
    text.append(checkCharacter(text));
    return text;
}

} // namespace hc
