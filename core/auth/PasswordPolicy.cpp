#include "core/auth/PasswordPolicy.h"

#include <cmath>
#include <vector>
#include <zxcvbn.h>

namespace hc {

namespace {
struct Estimate
{
    double bits = 0;
    ZxcTypeMatch_t weakest = NON_MATCH; // the pattern covering most of the password
};

Estimate estimate(const QString& password, const QStringList& userWords)
{
    const QByteArray pw = password.toUtf8();
    std::vector<QByteArray> words;
    for (const QString& w : userWords)
        if (!w.trimmed().isEmpty())
            words.push_back(w.trimmed().toUtf8());
    std::vector<const char*> dict;
    for (const QByteArray& w : words)
        dict.push_back(w.constData());
    dict.push_back(nullptr);
    ZxcMatch_t* info = nullptr;
    Estimate e;
    e.bits = ZxcvbnMatch(pw.constData(), dict.data(), &info);
    int longest = 0;
    for (const ZxcMatch_t* m = info; m; m = m->Next) {
        const auto type = ZxcTypeMatch_t(m->Type & ~MULTIPLE_MATCH);
        if (type != BRUTE_MATCH && type != NON_MATCH && m->Length > longest) {
            longest = m->Length;
            e.weakest = type;
        }
    }
    ZxcvbnFreeInfo(info);
    return e;
}
} // namespace

int PasswordPolicy::score(const QString& password, const QStringList& userWords)
{
    const double log10Guesses = estimate(password, userWords).bits * std::log10(2.0);
    if (log10Guesses < 3)
        return 0;
    if (log10Guesses < 6)
        return 1;
    if (log10Guesses < 8)
        return 2;
    if (log10Guesses < 10)
        return 3;
    return 4;
}

Status PasswordPolicy::check(const QString& password, const QStringList& userWords)
{
    if (password.size() < kMinLength)
        return invalid(QStringLiteral("password"),
                       tr("The password needs at least %n characters.", nullptr, kMinLength));
    if (score(password, userWords) >= kMinScore)
        return {};
    QString why;
    switch (estimate(password, userWords).weakest) {
    case DICTIONARY_MATCH:
    case DICT_LEET_MATCH:
        why = tr("it is built on a common word or password");
        break;
    case USER_MATCH:
    case USER_LEET_MATCH:
        why = tr("it contains the badge number or the name");
        break;
    case REPEATS_MATCH:
        why = tr("it repeats characters or a pattern");
        break;
    case SEQUENCE_MATCH:
        why = tr("it contains a sequence such as abc or 1234");
        break;
    case SPATIAL_MATCH:
        why = tr("it follows a keyboard pattern such as qwerty");
        break;
    case DATE_MATCH:
    case YEAR_MATCH:
        why = tr("it contains a date or a year");
        break;
    default:
        why = tr("it is short for the characters it uses");
        break;
    }
    return invalid(QStringLiteral("password"),
                   tr("This password is too easy to guess: %1. Make it longer with words or characters "
                      "that do not belong together.")
                       .arg(why));
}

} // namespace hc
