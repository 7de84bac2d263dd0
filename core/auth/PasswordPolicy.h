#pragma once
// What a new password must be: at least kMinLength characters and not easy to guess, as
// zxcvbn estimates it (libzxcvbn: an estimate below score 3, about 10^8 guesses, is refused,
// with the weakness it found). The account's badge and name count as easy words.

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QStringList>

namespace hc {

class PasswordPolicy
{
    Q_DECLARE_TR_FUNCTIONS(hc::PasswordPolicy)
public:
    static constexpr int kMinLength = 10;
    static constexpr int kMinScore = 3; // zxcvbn's 0 (too guessable) ... 4 (very unguessable)

    // zxcvbn's score: 0 below 10^3 estimated guesses, 1 below 10^6, 2 below 10^8, 3 below 10^10,
    // else 4.
    static int score(const QString& password, const QStringList& userWords = {});
    // Invalid (field "password") with the reason, or fine.
    static Status check(const QString& password, const QStringList& userWords = {});
};

} // namespace hc
