#include "core/matching/PlaceOverlap.h"

#include <QRegularExpression>
#include <QSet>
#include <algorithm>
#include <vector>

namespace hc {

namespace {
// Words every address or description of a spot has: set aside before comparing.
const QStringList& genericWords()
{
    static const QStringList words = [] {
        QStringList w = {QStringLiteral("社区"),   QStringLiteral("街道"),   QStringLiteral("附近"),
                         QStringLiteral("小区"),   QStringLiteral("一带"),   QStringLiteral("周边"),
                         QStringLiteral("周围"),   QStringLiteral("对面"),   QStringLiteral("旁边"),
                         QStringLiteral("门口"),   QStringLiteral("路口"),   QStringLiteral("地区"),
                         QStringLiteral("片区"),   QStringLiteral("辖区"),   QStringLiteral("居委会"),
                         QStringLiteral("村委会"), QStringLiteral("委员会"), QStringLiteral("一号")};
        // Longest first, so a word is not cut by a shorter one inside it.
        std::stable_sort(w.begin(), w.end(),
                         [](const QString& x, const QString& y) { return x.size() > y.size(); });
        return w;
    }();
    return words;
}

// Characters that shared text may contain but that say nothing by themselves.
bool meaningless(QChar c)
{
    static const QString common =
        QStringLiteral("省市县区镇乡村街道路巷号组楼栋幢层单元室附近旁边的口门站场一带内外");
    return common.contains(c);
}

bool meaningful(QChar c)
{
    return c.script() == QChar::Script_Han && !meaningless(c);
}

const QSet<QString>& genericLatin()
{
    static const QSet<QString> words = {
        QStringLiteral("road"),     QStringLiteral("street"),    QStringLiteral("avenue"),
        QStringLiteral("ave"),      QStringLiteral("lane"),      QStringLiteral("district"),
        QStringLiteral("city"),     QStringLiteral("county"),    QStringLiteral("town"),
        QStringLiteral("township"), QStringLiteral("village"),   QStringLiteral("province"),
        QStringLiteral("near"),     QStringLiteral("the"),       QStringLiteral("and"),
        QStringLiteral("area"),     QStringLiteral("community"), QStringLiteral("estate"),
        QStringLiteral("block"),    QStringLiteral("building"),  QStringLiteral("unit"),
        QStringLiteral("room")};
    return words;
}

// Han text with everything else (generic words, Latin, digits, spaces) replaced by `stop`,
// a character the other text never has.
QString hanOnly(const QString& text, QChar stop)
{
    QString t = text.normalized(QString::NormalizationForm_KC);
    for (const QString& w : genericWords())
        t.replace(w, QString(w.size(), stop));
    for (QChar& c : t)
        if (c.script() != QChar::Script_Han)
            c = stop;
    return t;
}

QSet<QString> latinWords(const QString& text)
{
    static const QRegularExpression words(QStringLiteral("[A-Za-z]{3,}"));
    QSet<QString> out;
    for (auto it = words.globalMatch(text.normalized(QString::NormalizationForm_KC)); it.hasNext();) {
        const QString w = it.next().captured().toLower();
        if (!genericLatin().contains(w))
            out.insert(w);
    }
    return out;
}

struct Run
{
    qsizetype start = 0; // in the first text
    qsizetype length = 0;
};

// The maximal common runs of two or more characters (longest common substring table, one row).
std::vector<Run> commonRuns(const QString& a, const QString& b)
{
    std::vector<Run> runs;
    std::vector<int> previous(size_t(b.size()) + 1, 0), current(size_t(b.size()) + 1, 0);
    for (qsizetype i = 0; i < a.size(); ++i) {
        for (qsizetype j = 0; j < b.size(); ++j) {
            const int len = a.at(i) == b.at(j) ? previous[size_t(j)] + 1 : 0;
            current[size_t(j) + 1] = len;
            const bool extends = i + 1 < a.size() && j + 1 < b.size() && a.at(i + 1) == b.at(j + 1);
            if (len >= 2 && !extends)
                runs.push_back(Run{i - len + 1, len});
        }
        std::swap(previous, current);
    }
    return runs;
}
} // namespace

PlaceOverlap placeOverlap(const QString& a, const QString& b)
{
    PlaceOverlap o;
    const QString ha = hanOnly(a, QChar(0xE000)), hb = hanOnly(b, QChar(0xE001));
    std::vector<bool> covered(size_t(ha.size()), false);
    std::vector<Run> runs = commonRuns(ha, hb);
    std::sort(runs.begin(), runs.end(), [](const Run& x, const Run& y) {
        return x.start != y.start ? x.start < y.start : x.length > y.length;
    });
    for (const Run& r : runs) {
        const QString part = ha.mid(r.start, r.length);
        if (std::none_of(part.begin(), part.end(), meaningful))
            continue;
        for (qsizetype i = r.start; i < r.start + r.length; ++i)
            covered[size_t(i)] = true;
        if (!o.shared.contains(part))
            o.shared << part;
    }
    // One run written out once: drop a part that another part contains.
    const QStringList parts = o.shared;
    o.shared.removeIf([&parts](const QString& part) {
        return std::any_of(parts.cbegin(), parts.cend(),
                           [&part](const QString& other) { return other != part && other.contains(part); });
    });
    for (qsizetype i = 0; i < ha.size(); ++i)
        if (covered[size_t(i)] && meaningful(ha.at(i)))
            ++o.meaningful;
    QStringList latin = (latinWords(a) & latinWords(b)).values();
    latin.sort();
    o.shared << latin;
    o.meaningful += 2 * int(latin.size());
    o.points = o.meaningful >= 2 ? std::min(PlaceOverlap::kMaxPoints, 5 * (o.meaningful - 1)) : 0;
    return o;
}

} // namespace hc
