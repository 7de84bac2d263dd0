#pragma once
// The demo city's words, none of which touch the database: the seeded random source that every
// draw uses, and the word lists (fictional districts, common Chinese names, the wording of field
// notes and case timelines) with the small draws that pick from them. DemoDraws.h builds people,
// visits and case outcomes on top of these; keeping the words apart lets the lists be edited
// without wading through the arithmetic of the figures.

#include <QDate>
#include <QString>
#include <QStringList>
#include <QUuid>
#include <random>
#include <span>

namespace hc::demo {

// Seeded random source. std::mt19937_64 is specified bit for bit; the std distributions are not
// across standard libraries, which is fine because we only build with libstdc++. Nothing here
// touches QRandomGenerator::global() or QUuid::createUuid(): same seed, same city.
class Rng
{
public:
    explicit Rng(quint64 seed) : m_engine(seed) {}

    int range(int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(m_engine); } // inclusive
    double real() { return std::uniform_real_distribution<double>(0.0, 1.0)(m_engine); }
    double real(double lo, double hi) { return lo + (hi - lo) * real(); }
    bool chance(double p) { return real() < p; }
    double normal(double mean, double sd) { return std::normal_distribution<double>(mean, sd)(m_engine); }
    // Index drawn with the given relative weights.
    int weighted(std::span<const double> weights);
    template <typename List> const auto& pick(const List& list)
    {
        return list.at(range(0, int(list.size()) - 1));
    }
    template <typename List> void shuffle(List& list)
    {
        for (qsizetype i = list.size() - 1; i > 0; --i)
            std::swap(list[i], list[range(0, int(i))]);
    }
    QUuid uuid(); // version 4, from this generator

private:
    std::mt19937_64 m_engine;
};

// ---- Places ------------------------------------------------------------------------------
// Six sub-bureaus: the first four are urban districts (社区), the last two counties (mostly 村).
const QStringList& subBureauNames();
bool isCounty(int subBureau);
QString stationName(int index); // index 0..59, distinct
// The 6-digit code printed in ID numbers of people born in each sub-bureau's district.
QString localAreaCode(int subBureau);
// Codes of other cities, for residents born elsewhere and for people reported from outside.
const QStringList& otherAreaCodes();
QString areaName(Rng& rng, bool village); // "…社区" / "…村"
QString roadName(Rng& rng);               // "…路" / "…街" / "…大道"
QString city(Rng& rng);                   // a city elsewhere in China

// ---- People ------------------------------------------------------------------------------
QString surname(Rng& rng); // weighted roughly by frequency
QString givenName(Rng& rng, bool male);
QString mobile(Rng& rng); // 11 digits, 1xx prefixes in use

// ---- Field notes -------------------------------------------------------------------------
QString visitNote(Rng& rng, const QString& outcome); // empty for most visits
QString followUpNote(Rng& rng);
QString awayWhereabouts(Rng& rng, int age, bool male);
QString unverifiedWhereabouts(Rng& rng); // may be empty
QString movedOutWhereabouts(Rng& rng, int age, bool male);
QString unknownNote(Rng& rng, QDate lastSeen);
QString unregisteredNote(Rng& rng, int age);

// ---- Cases -------------------------------------------------------------------------------
struct Circumstances
{
    QString text;
    int risk = 0; // -1 low, 0 medium, 1 high
};
Circumstances circumstances(Rng& rng, int age, bool fromScreening);
// `height`, when given, receives the height written into the description (cm).
QString description(Rng& rng, int age, bool male, int* height = nullptr);
QString lastSeenPlace(Rng& rng, const QString& areaName);
// Timeline entry of a kind (sighting/tip/call/search/action) while the case is open.
QString leadText(Rng& rng, const QString& kind, const QString& areaName);
// The entry that closes a case with `status` ('found_alive', 'rescued', ...) and `crime`.
QString closingLeadText(Rng& rng, const QString& status, const QString& crime);

} // namespace hc::demo
