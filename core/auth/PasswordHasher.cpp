#include "core/auth/PasswordHasher.h"

#include <sodium.h>

#include <atomic>

namespace hc {

namespace {
bool ensureInit()
{
    static const bool ok = sodium_init() >= 0;
    return ok;
}

std::atomic<PasswordHasher::Cost> g_cost{PasswordHasher::Cost::Interactive};

// OWASP's Password Storage Cheat Sheet: Argon2id with at least 19 MiB, two passes, one lane
// (libsodium always uses one). About 28 ms to check on the development machine, against 80-95 ms
// for libsodium's interactive limits (64 MiB), which made every CLI command as a person spend
// most of its time signing in.
constexpr unsigned long long kOpsLimit = 2;
constexpr size_t kMemLimit = size_t(19) * 1024 * 1024;

unsigned long long opsLimit()
{
    return g_cost == PasswordHasher::Cost::Interactive ? kOpsLimit : crypto_pwhash_OPSLIMIT_MIN;
}

size_t memLimit()
{
    return g_cost == PasswordHasher::Cost::Interactive ? kMemLimit : crypto_pwhash_MEMLIMIT_MIN;
}
} // namespace

void PasswordHasher::setCost(Cost cost)
{
    g_cost = cost;
}

PasswordHasher::Cost PasswordHasher::cost()
{
    return g_cost;
}

QString PasswordHasher::hash(const QString& password)
{
    if (!ensureInit())
        return {};
    const QByteArray pw = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(out, pw.constData(), quint64(pw.size()), opsLimit(), memLimit()) != 0)
        return {}; // out of memory
    return QString::fromLatin1(out);
}

bool PasswordHasher::verify(const QString& hash, const QString& password)
{
    if (!ensureInit() || hash.isEmpty())
        return false;
    const QByteArray h = hash.toLatin1();
    const QByteArray pw = password.toUtf8();
    return crypto_pwhash_str_verify(h.constData(), pw.constData(), quint64(pw.size())) == 0;
}

bool PasswordHasher::needsRehash(const QString& hash)
{
    if (!ensureInit())
        return false;
    const QByteArray h = hash.toLatin1();
    return crypto_pwhash_str_needs_rehash(h.constData(), opsLimit(), memLimit()) != 0;
}

QString PasswordHasher::dummyHash()
{
    if (cost() == Cost::Minimum) {
        static const QString cheap = hash(generate(24));
        return cheap;
    }
    // Made once from a random password that was then thrown away (m=19 MiB, t=2: today's
    // limits). Should those limits change, a fresh one is made once per process instead.
    static const QString dummy = [] {
        const QString fixed = QStringLiteral("$argon2id$v=19$m=19456,t=2,p=1$BMIb47IUaJ9GRmpAz8uPUg$"
                                             "+mQw/Q4SOXn/68A13MiYX6KIXSYMvamhqID2yijlvRY");
        return needsRehash(fixed) ? hash(generate(24)) : fixed;
    }();
    return dummy;
}

QString PasswordHasher::generate(int length)
{
    ensureInit();
    static const char alphabet[] = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    const quint32 n = sizeof(alphabet) - 1;
    QString s;
    s.reserve(length);
    for (int i = 0; i < length; ++i)
        s += QLatin1Char(alphabet[randombytes_uniform(n)]);
    return s;
}

} // namespace hc
