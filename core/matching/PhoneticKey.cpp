#include "core/matching/PhoneticKey.h"

#include <QHash>
#include <QLoggingCategory>
#include <algorithm>
#include <unicode/translit.h>
#include <unicode/unistr.h>
#include <vector>

namespace hc {

namespace {
Q_LOGGING_CATEGORY(lcPhonetic, "homecoming.core.matching")

bool isHan(char32_t c)
{
    return QChar::script(c) == QChar::Script_Han;
}
} // namespace

struct PhoneticKeys::Impl
{
    std::unique_ptr<icu::Transliterator> transliterator;
    QHash<char32_t, QString> han;   // one Han character -> its syllable
    QHash<QString, QString> others; // a run of other text -> its key

    QString transliterate(const QString& text)
    {
        QString out;
        if (transliterator) {
            icu::UnicodeString u(reinterpret_cast<const UChar*>(text.utf16()), int32_t(text.size()));
            transliterator->transliterate(u);
            out = QString(reinterpret_cast<const QChar*>(u.getBuffer()), u.length());
        } else {
            out = text.toLower();
        }
        out.removeIf([](QChar c) { return c.isSpace() || c == u'\'' || c == u'-' || c == u'·'; });
        return out;
    }
};

PhoneticKeys::PhoneticKeys() : d(std::make_unique<Impl>())
{
    UErrorCode status = U_ZERO_ERROR;
    d->transliterator.reset(icu::Transliterator::createInstance(
        icu::UnicodeString::fromUTF8("Han-Latin; Latin-ASCII; Lower"), UTRANS_FORWARD, status));
    if (U_FAILURE(status)) {
        qCWarning(lcPhonetic) << "no Han-Latin transliterator:" << u_errorName(status);
        d->transliterator.reset();
    }
}

PhoneticKeys::~PhoneticKeys() = default;

bool PhoneticKeys::isValid() const
{
    return bool(d->transliterator);
}

QString PhoneticKeys::key(const QString& name)
{
    QString key;
    key.reserve(name.size() * 4);
    QString run; // text between Han characters
    auto flush = [&] {
        if (run.isEmpty())
            return;
        auto it = d->others.constFind(run);
        if (it == d->others.constEnd())
            it = d->others.insert(run, d->transliterate(run));
        key += *it;
        run.clear();
    };
    const QStringView view(name);
    for (qsizetype i = 0; i < view.size();) {
        const char32_t c = view.at(i).isHighSurrogate() && i + 1 < view.size()
                               ? QChar::surrogateToUcs4(view.at(i), view.at(i + 1))
                               : char32_t(view.at(i).unicode());
        const qsizetype width = c > 0xFFFF ? 2 : 1;
        if (isHan(c)) {
            flush();
            auto it = d->han.constFind(c);
            if (it == d->han.constEnd())
                it = d->han.insert(c, d->transliterate(view.mid(i, width).toString()));
            key += *it;
        } else {
            run += view.mid(i, width);
        }
        i += width;
    }
    flush();
    return key;
}

int editDistance(QStringView a, QStringView b)
{
    if (a.size() < b.size())
        std::swap(a, b);
    std::vector<int> row(size_t(b.size()) + 1);
    for (size_t j = 0; j < row.size(); ++j)
        row[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        int diagonal = row[0];
        row[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int up = row[size_t(j)];
            row[size_t(j)] =
                std::min({up + 1, row[size_t(j - 1)] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diagonal = up;
        }
    }
    return row.back();
}

} // namespace hc
