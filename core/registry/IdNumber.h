#pragma once
// A Chinese resident ID number (公民身份号码, GB 11643-1999). IdNumber owns the normalised
// 18-character text and the birth date derived from it; parse() is the only way to get a non-null
// one, so a non-null IdNumber is always well-formed: valid check character (ISO 7064 MOD 11-2),
// real birth date between 1900-01-01 and "today". 15-digit first-generation numbers are converted
// to 18 characters. Rejections carry a translated reason with field "id_number".

#include "core/common/Result.h"

#include <QChar>
#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringView>

namespace hc {

class IdNumber
{
    Q_DECLARE_TR_FUNCTIONS(hc::IdNumber)
public:
    enum class Sex
    {
        Male,
        Female
    };

    IdNumber() = default; // null: no number

    // Trims surrounding whitespace (U+3000 included), maps full-width digits and Ｘ/ｘ to ASCII,
    // accepts a lowercase x, converts 15 digits to 18, and validates everything. Bulk callers
    // should pass `today` once rather than let every call read the clock.
    static Result<IdNumber> parse(const QString& input, QDate today = QDate::currentDate());

    bool isNull() const;
    const QString& text() const; // the normalised 18 characters; empty when null
    QString areaCode() const;    // first 6 characters
    QDate birthDate() const;     // invalid when null
    Sex sex() const;             // from the parity of the sequence; Male when null
    QChar sexCode() const;       // 'M' or 'F'; null QChar when null
    bool wasConverted() const;   // true when parsed from 15 digits

    // The check character for 17 ASCII digits (not verified, except by Q_ASSERT).
    static QChar checkCharacter(QStringView first17);
    // Builds a valid 18-character number (used by the demo data generator).
    // area6: 6 ASCII digits; birth: a valid date in years 1000..9999; seq in 0..999.
    static QString make(const QString& area6, QDate birth, int seq);

    friend bool operator==(const IdNumber& a, const IdNumber& b) { return a.m_text == b.m_text; }

private:
    QString m_text;
    QDate m_birth;
    bool m_converted = false;
};

} // namespace hc
