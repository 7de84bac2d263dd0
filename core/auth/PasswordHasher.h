#pragma once
// Argon2id password hashes through libsodium (crypto_pwhash_str), interactive limits.

#include <QString>

namespace hc {

class PasswordHasher
{
public:
    static QString hash(const QString& password);
    static bool verify(const QString& hash, const QString& password);
    // True when `hash` was made with other Argon2id parameters (or another algorithm) than
    // hash() uses today: sign-in then hashes the password again.
    static bool needsRehash(const QString& hash);
    // A hash of a password nobody knows, with today's parameters: sign-in verifies against it
    // for an unknown badge, so that costs the same time as a wrong password for a real one.
    static QString dummyHash();
    // A random password of `length` characters from an unambiguous alphabet (no 0/O, 1/l).
    static QString generate(int length = 12);
};

} // namespace hc
