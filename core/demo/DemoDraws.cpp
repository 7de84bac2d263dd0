#include "core/demo/DemoDraws.h"

#include "core/registry/IdNumber.h"

#include <algorithm>
#include <cmath>

namespace hc::demo {

// ---- Residents ----------------------------------------------------------------------------

QString code(Check check)
{
    static const char* const codes[] = {
        "present",  "away_verified", "away_unverified",   "whereabouts_unknown",
        "deceased", "moved_out",     "unregistered_found"};
    return QLatin1String(codes[int(check)]);
}

void makeFamily(Rng& rng, int size, QDate reference, std::vector<Member>& out)
{
    out.clear();
    auto add = [&](bool male, int age, const QString& relation, const QString& family) {
        Member m;
        m.male = male;
        m.age = std::clamp(age, 0, 95);
        m.birth = reference.addYears(-m.age).addDays(-rng.range(1, 364));
        m.relation = relation;
        m.name = family + givenName(rng, male);
        if (m.age >= 18 && rng.chance(m.age >= 75 ? 0.5 : 0.92))
            m.phone = mobile(rng);
        out.push_back(std::move(m));
    };
    const QString family = surname(rng);
    const bool headMale = rng.chance(0.72);
    const int headAge =
        size == 1 ? (rng.chance(0.4) ? rng.range(60, 92) : rng.range(20, 59)) : rng.range(24, 78);
    add(headMale, headAge, QStringLiteral(u"户主"), family);
    QString childSurname = family; // children usually carry the father's surname
    if (size >= 2 && rng.chance(size == 2 ? 0.75 : 0.9)) {
        const QString own = surname(rng);
        add(!headMale, headAge + (headMale ? -rng.range(0, 5) : rng.range(0, 5)), QStringLiteral(u"配偶"),
            own);
        if (!headMale)
            childSurname = own;
    }
    const bool threeGenerations = headAge >= 56 && rng.chance(0.6);
    int children = 0, parents = 0, adultChildAge = -1;
    QString grandSurname;
    while (int(out.size()) < size) {
        const bool male = rng.chance(0.52);
        if (threeGenerations && adultChildAge < 0) {
            adultChildAge = std::max(18, headAge - rng.range(24, 34));
            add(male, adultChildAge, male ? QStringLiteral(u"子") : QStringLiteral(u"女"), childSurname);
            grandSurname = male ? childSurname : surname(rng);
            if (int(out.size()) < size && rng.chance(0.8))
                add(!male, adultChildAge + rng.range(-3, 3),
                    male ? QStringLiteral(u"儿媳") : QStringLiteral(u"女婿"),
                    male ? surname(rng) : grandSurname);
        } else if (threeGenerations) {
            const int age = adultChildAge - rng.range(22, 34);
            add(male, age < 0 ? rng.range(0, 6) : age,
                male ? QStringLiteral(u"孙子") : QStringLiteral(u"孙女"), grandSurname);
        } else if (children < 3) {
            const int age = headAge - rng.range(22, 38);
            add(male, age < 0 ? rng.range(0, std::max(0, headAge - 20)) : age,
                male ? QStringLiteral(u"子") : QStringLiteral(u"女"), childSurname);
            ++children;
        } else if (parents < 2 && headAge <= 65) {
            const bool father = parents++ == 0;
            add(father, headAge + rng.range(22, 32),
                father ? QStringLiteral(u"父亲") : QStringLiteral(u"母亲"), father ? family : surname(rng));
        } else {
            add(male, headAge + rng.range(-8, 8), male ? QStringLiteral(u"兄弟") : QStringLiteral(u"姐妹"),
                family);
        }
    }
}

namespace {
QDate idBase()
{
    return QDate(1929, 1, 1);
}
} // namespace

IdAllocator::IdAllocator()
{
    for (int i = 0; i < 6; ++i)
        m_codes << localAreaCode(i);
    m_codes += otherAreaCodes();
    m_days = int(idBase().daysTo(QDate(2027, 1, 1)));
    m_used.assign(size_t(m_codes.size()) * size_t(m_days) * 2, 0);
}

QString IdAllocator::make(int code, QDate birth, bool male)
{
    const int day = std::clamp(int(idBase().daysTo(birth)), 0, m_days - 1);
    for (int attempt = 0; attempt < codes(); ++attempt) {
        const int c = (code + attempt) % codes();
        quint16& k = m_used[(size_t(c) * size_t(m_days) + size_t(day)) * 2 + (male ? 1 : 0)];
        if (k < 500) {
            // 137 is prime to 500: k = 0..499 visits every sequence of that sex exactly once.
            const int slot = int((quint64(c) * 7919 + quint64(day) * 104729) % 500);
            const int seq = ((slot + k * 137) % 500) * 2 + (male ? 1 : 0);
            ++k;
            return IdNumber::make(m_codes.at(c), birth, seq);
        }
    }
    return {};
}

bool Quota::draw(Rng& rng, double weight, qint64 done, qint64 total)
{
    seen += weight;
    if (weight <= 0 || taken >= target)
        return false;
    const double perHousehold = done >= 50 ? seen / double(done + 1) : prior;
    const double remaining = std::max(weight, perHousehold * double(total - done));
    if (!rng.chance(weight * double(target - taken) / remaining))
        return false;
    ++taken;
    return true;
}

void drawCheck(Rng& rng, Member& m, Quota& unknown, qint64 done, qint64 total, QDate at)
{
    const int a = m.age;
    // Whereabouts unknown: mostly working-age adults and the elderly, rarely children.
    const double w = a < 12 ? 0 : a < 16 ? 0.4 : a < 46 ? 1.3 : a < 70 ? 0.8 : 1.4;
    if (unknown.draw(rng, w, done, total)) {
        m.check = Check::Unknown;
        return;
    }
    const double deceased = a >= 80 ? 0.04 : a >= 70 ? 0.016 : a >= 50 ? 0.003 : 0.0004;
    const double moved = (a >= 18 && a <= 40) ? 0.03 : 0.01;
    const double away = a < 18 ? 0.04 : a <= 55 ? 0.145 : a <= 70 ? 0.065 : 0.03;
    const double unverified = (a >= 18 && a <= 55) ? 0.04 : 0.01;
    const double r = rng.real();
    if (r < deceased) {
        m.check = Check::Deceased;
        m.eventDate = at.addDays(-rng.range(20, 1500)).toString(Qt::ISODate);
        if (rng.chance(0.6))
            m.notes = QStringLiteral(u"已死亡，未办理户口注销");
    } else if (r < deceased + moved) {
        m.check = Check::MovedOut;
        m.whereabouts = movedOutWhereabouts(rng, a, m.male);
        if (rng.chance(0.7))
            m.eventDate = at.addDays(-rng.range(60, 3000)).toString(Qt::ISODate);
    } else if (r < deceased + moved + away) {
        static const double byWeights[] = {55, 25, 15, 5};
        static const char* const by[] = {"phone", "video", "third_party", "in_person"};
        m.check = Check::AwayVerified;
        m.whereabouts = awayWhereabouts(rng, a, m.male);
        m.verifiedBy = QLatin1String(by[rng.weighted(byWeights)]);
    } else if (r < deceased + moved + away + unverified) {
        m.check = Check::AwayUnverified;
        m.whereabouts = unverifiedWhereabouts(rng);
        m.notes = QStringLiteral(u"列入待核实名单");
    }
}

Member unregisteredMember(Rng& rng, const std::vector<Member>& family, QDate reference)
{
    Member u;
    const bool child = rng.chance(0.55);
    u.male = rng.chance(0.5);
    u.age = child ? rng.range(0, 17) : rng.range(18, 70);
    u.birth = reference.addYears(-u.age).addDays(-rng.range(1, 364));
    u.name = (child ? family.front().name.left(1) : surname(rng)) + givenName(rng, u.male);
    if (!child)
        u.relation = QStringLiteral(u"其他");
    else if (family.front().age >= 50)
        u.relation = u.male ? QStringLiteral(u"孙子") : QStringLiteral(u"孙女");
    else
        u.relation = u.male ? QStringLiteral(u"子") : QStringLiteral(u"女");
    u.check = Check::Unregistered;
    u.notes = unregisteredNote(rng, u.age);
    return u;
}

Member outsider(Rng& rng, QDate reference)
{
    static const double bands[] = {30, 40, 30}; // children, adults, the elderly
    const int band = rng.weighted(bands);
    Member m;
    m.male = rng.chance(0.55);
    m.age = band == 0 ? rng.range(3, 16) : band == 1 ? rng.range(17, 59) : rng.range(60, 90);
    m.birth = reference.addYears(-m.age).addDays(-rng.range(1, 364));
    m.name = surname(rng) + givenName(rng, m.male);
    return m;
}

QDate lastSeenBefore(Rng& rng, Member& m, QDate at)
{
    static const double bands[] = {35, 40, 25}; // under a year, one to five years, longer
    const int band = rng.weighted(bands);
    QDate seen = at.addDays(band == 0   ? -rng.range(30, 365)
                            : band == 1 ? -rng.range(366, 1825)
                                        : -rng.range(1826, 7300));
    if (seen < m.birth.addYears(std::min(m.age, 12)))
        seen = at.addDays(-rng.range(7, 60));
    m.notes = unknownNote(rng, seen);
    return seen;
}

// ---- The sweep ---------------------------------------------------------------------------

QString code(Outcome outcome)
{
    static const char* const codes[] = {"completed", "no_answer",  "refused",
                                        "vacant",    "demolished", "address_not_found"};
    return QLatin1String(codes[int(outcome)]);
}

std::vector<PlannedVisit> planVisits(Rng& rng, int day, int days)
{
    enum Fate
    {
        Direct,
        Revisit,
        NotFound,
        Vacant,
        Demolished,
        Pending
    };
    static const double fates[] = {86.7, 8.0, 0.3, 1.5, 0.5, 3.0};
    const int fate = rng.weighted(fates);
    const Outcome failed = rng.chance(0.85) ? Outcome::NoAnswer : Outcome::Refused;
    std::vector<PlannedVisit> plan;
    if (fate == Revisit)
        plan.assign(rng.chance(0.8) ? 1 : 2, {0, failed});
    else if (fate == NotFound)
        plan.push_back({0, Outcome::NotFound});
    else if (fate == Vacant && rng.chance(0.35))
        plan.push_back({0, Outcome::NoAnswer});
    static const Outcome last[] = {Outcome::Completed, Outcome::Completed,  Outcome::Completed,
                                   Outcome::Vacant,    Outcome::Demolished, Outcome::NoAnswer};
    plan.push_back({day, fate == Pending ? failed : last[fate]});
    if (fate == Pending) { // further failed attempts, as long as the operation lasts
        for (int k = rng.range(0, 2), d = day + rng.range(2, 10); k > 0 && d < days;
             --k, d += rng.range(2, 10))
            plan.push_back({d, failed});
        return plan;
    }
    // Failed attempts came a few days before the covering visit; early ones shift it later.
    for (int i = int(plan.size()) - 2; i >= 0; --i)
        plan[size_t(i)].day = plan[size_t(i) + 1].day - rng.range(1, 6);
    const int shift = std::max(0, -plan.front().day);
    for (PlannedVisit& p : plan)
        p.day += shift;
    return plan;
}

Area makeArea(Rng& rng, bool village)
{
    Area a;
    a.village = village;
    a.name = areaName(rng, village);
    for (int r = rng.range(2, 3); r > 0; --r)
        a.roads << roadName(rng);
    a.firstNumber = rng.range(0, 60) * 2 + 1;
    a.units = rng.range(2, 4);
    a.weight = rng.real(0.4, 1.6);
    return a;
}

QString nextAddress(Rng& rng, Area& a)
{
    const int j = a.next;
    a.next += rng.range(1, 3); // not every flat holds a registered household
    if (a.village)
        return a.name + QStringLiteral(u"%1组%2号").arg(j / 40 + 1).arg(j % 40 + 1);
    const int perBuilding = a.units * 12; // six floors, two flats a landing
    const int building = j / perBuilding, flat = j % perBuilding;
    return a.roads.at(building % a.roads.size()) +
           QStringLiteral(u"%1号%2单元%3室")
               .arg(a.firstNumber + int(building / a.roads.size()) * 2)
               .arg(flat / 12 + 1)
               .arg((flat % 12) / 2 * 100 + 101 + flat % 2);
}

// ---- Cases -------------------------------------------------------------------------------

QString caseNumber(int number)
{
    return QStringLiteral("SZ2026-%1").arg(number, 5, 10, QLatin1Char('0'));
}

void assignOutcomes(Rng& rng, std::vector<CaseSeed>& cases, double scale, QDate start, QDate latest)
{
    auto scaled = [&](double n) { return qint64(std::llround(n * scale)); };
    // From scale 0.01 up a small demo still shows a homicide and a kidnapping.
    const qint64 atLeast = scale >= 0.01 ? 1 : 0;
    const qint64 kidnapping = std::max(atLeast, scaled(5)), homicide = std::max(atLeast, scaled(2));
    const qint64 trafficking = scaled(36);
    const qint64 rescued = std::max(scaled(52), kidnapping + trafficking + scaled(11));

    std::vector<int> pool;
    for (int i = 0; i < int(cases.size()); ++i)
        if (cases[size_t(i)].duplicateOf < 0)
            pool.push_back(i);
    rng.shuffle(pool);
    std::vector<int> found; // found alive or rescued; rescues first
    // Takes `count` cases from the pool, preferring those that `fits` (e.g. children for kidnapping).
    auto assign = [&](qint64 count, const char* status, const char* crime, auto fits, int minDays,
                      int maxDays) {
        for (qint64 n = 0; n < count && !pool.empty(); ++n) {
            auto it = std::find_if(pool.begin(), pool.end(), [&](int i) { return fits(cases[size_t(i)]); });
            if (it == pool.end())
                it = pool.begin();
            const int i = *it;
            pool.erase(it);
            CaseSeed& c = cases[size_t(i)];
            c.status = QLatin1String(status);
            c.crime = QLatin1String(crime);
            c.outcome = std::min(latest, start.addDays(c.opened / 86400 + rng.range(minDays, maxDays)));
            if (c.status == u"found_alive" || c.status == u"rescued")
                found.push_back(i);
        }
    };
    assign(
        kidnapping, "rescued", "kidnapping", [](const CaseSeed& c) { return c.age < 16; }, 2, 40);
    assign(
        trafficking, "rescued", "trafficking",
        [](const CaseSeed& c) { return c.age < 14 || (!c.male && c.age >= 15 && c.age <= 35); }, 10, 150);
    // The rest of the rescues: people held in pyramid-selling rings.
    assign(
        rescued - kidnapping - trafficking, "rescued", "other",
        [](const CaseSeed& c) { return c.age >= 18 && c.age <= 45; }, 10, 120);
    assign(
        homicide, "found_deceased", "homicide", [](const CaseSeed& c) { return c.age >= 18 && c.age <= 65; },
        5, 150);
    assign(
        std::max(scaled(25), homicide) - homicide, "found_deceased", nullptr,
        [](const CaseSeed& c) { return c.age >= 60; }, 3, 150);
    assign(
        std::max<qint64>(0, scaled(603) - rescued), "found_alive", nullptr,
        [](const CaseSeed&) { return true; }, 1, 60);
    assign(
        scaled(12), "closed_other", nullptr, [](const CaseSeed& c) { return c.age >= 18; }, 20, 160);
    for (int i : pool)
        cases[size_t(i)].status = rng.chance(0.65) ? QStringLiteral("investigating") : QStringLiteral("open");
    for (size_t k = 0; k < found.size() && qint64(k) < scaled(512); ++k)
        cases[size_t(found[k])].reunited = true;
}

std::vector<std::vector<int>> rings(Rng& rng, const std::vector<int>& ids, int lo, int hi)
{
    std::vector<std::vector<int>> out;
    for (size_t i = 0; i < ids.size();) {
        const size_t n = std::min(ids.size() - i, size_t(rng.range(lo, hi)));
        std::vector<int> ring(ids.begin() + qsizetype(i), ids.begin() + qsizetype(i + n));
        i += n;
        if (int(ring.size()) < lo && !out.empty())
            out.back().insert(out.back().end(), ring.begin(), ring.end());
        else
            out.push_back(std::move(ring));
    }
    return out;
}

} // namespace hc::demo
