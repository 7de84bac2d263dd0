#pragma once
// Argon2id password hashes through libsodium (crypto_pwhash_str), OWASP's limits (19 MiB, t=2).

#include <QString>

namespace hc {

class PasswordHasher
{
public:
    // How hard hash() works, for the whole process. Interactive (the default, and the only one
    // the programs use): OWASP's recommended Argon2id limits, 19 MiB and two passes, about
    // 30 ms (libsodium's own interactive limits, 64 MiB, took 80-95 ms; hashes made with them
    // are made again at the next sign-in, see needsRehash).
    // Minimum: libsodium's minimum limits, for test processes only (tests/support sets it: the
    // suite makes thousands of accounts, and hashing them was four fifths of its time). A hash
    // carries its own limits, so verify() accepts either kind whatever the setting.
    enum class Cost
    {
        Interactive,
        Minimum
    };
    static void setCost(Cost cost);
    static Cost cost();

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
