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

unsigned long long opsLimit()
{
    return g_cost == PasswordHasher::Cost::Interactive ? crypto_pwhash_OPSLIMIT_INTERACTIVE
                                                       : crypto_pwhash_OPSLIMIT_MIN;
}

size_t memLimit()
{
    return g_cost == PasswordHasher::Cost::Interactive ? crypto_pwhash_MEMLIMIT_INTERACTIVE
                                                       : crypto_pwhash_MEMLIMIT_MIN;
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
    // Made once from 24 random bytes (m=64 MiB, t=2: libsodium's interactive limits). Should
    // those limits change, a fresh one is made once per process instead.
    static const QString dummy = [] {
        const QString fixed = QStringLiteral("$argon2id$v=19$m=65536,t=2,p=1$9hhd4wiAIIAxcQCHBcGbKw$"
                                             "KNeQHShrCW17PnoG7UTTS4n+cnOnMD/CeicQiOnkk88");
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
