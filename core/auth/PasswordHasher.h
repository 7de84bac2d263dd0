#pragma once
// Argon2id password hashes through libsodium (crypto_pwhash_str), interactive limits.

#include <QString>

namespace hc {

class PasswordHasher
{
public:
    static QString hash(const QString& password);
    static bool verify(const QString& hash, const QString& password);
    // A random password of `length` characters from an unambiguous alphabet (no 0/O, 1/l).
    static QString generate(int length = 12);
};

} // namespace hc
