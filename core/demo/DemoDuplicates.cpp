// The Builder's last stage: people on record twice, the work the investigator's duplicate search
// is for. Three ways it happens in a real registry, about 40 pairs at scale 1 (at least one of
// each at any scale):
//  - registered twice: a second, older record carrying the first-generation 15-digit ID number
//    (the 18-digit one without the century "19" and the check character), left behind in another
//    household of the same station when the person moved and the old entry was never cancelled;
//  - said to be unregistered: someone found living in a household elsewhere in the city who told
//    the officer they had no registration and gave their name and birth date, while registered
//    in their own home;
//  - written by ear: someone the officer recorded in another household of the same area from what
//    they said, one character of the name a homophone (张伟 / 章伟), with the birth year only or
//    the full date.
// They draw from their own random source and come after every other row, so adding them left the
// rest of the demo city (and its published figures) as it was.

#include "core/demo/DemoBuilder.h"
#include "core/matching/PhoneticKey.h"

#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>
#include <cmath>
#include <optional>

namespace hc::demo {

namespace {
// Characters read alike once the tones are gone, common in names, that a clerk or an officer
// writing by ear mixes up. Each group reads the same.
const QHash<QChar, QString>& homophones()
{
    static const QHash<QChar, QString> table = [] {
        static const char16_t* const groups[] = {
            // surnames
            u"张章", u"李理", u"王汪", u"徐许", u"刘柳", u"杨阳", u"黄皇", u"吴武", u"周舟", u"林琳", u"朱祝",
            u"胡湖", u"郭国", u"何贺",
            // given-name characters
            u"伟玮卫", u"娜纳", u"静婧", u"敏民", u"丽莉", u"芳方", u"军君", u"勇永", u"艳燕", u"杰洁",
            u"涛韬", u"明铭", u"华桦", u"平萍", u"刚钢", u"玲铃", u"霞侠", u"红宏", u"斌彬", u"辉晖", u"鹏朋",
            u"浩昊", u"宇雨", u"欣新", u"婷亭", u"梅玫", u"建健", u"峰锋", u"波博", u"秀绣"};
        QHash<QChar, QString> t;
        for (const char16_t* g : groups) {
            const QString group = QString::fromUtf16(g);
            for (QChar c : group) {
                QString others = group;
                others.remove(c);
                t.insert(c, others);
            }
        }
        return t;
    }();
    return table;
}

struct Original
{
    qint64 id = 0, household = 0;
    QString idNumber, name, sex, birthDate;
    int birthYear = 0;
};

enum class Kind
{
    RegisteredTwice,
    SaidUnregistered,
    WrittenByEar
};

// One planted record: a second record of `original`.
struct Duplicate
{
    Original original;
    QVariant idNumber;
    QString name;
    QVariant birthDate;
    qint64 household = 0;
    bool registered = false;
    QString relation, notes;
};

// The draws behind the planted duplicates, in the order the generator has always made them
// (the demo is the same for the same seed).
class Draws
{
public:
    Draws(QSqlDatabase& db, quint64 seed) : rng(seed), m_members(db), m_registered(db) {}

    bool prepare()
    {
        return m_members.prepare(
                   QStringLiteral("SELECT id, id_number, name, sex, birth_date, birth_year FROM persons "
                                  "WHERE household_id = ? AND registered = 1 AND length(id_number) = 18")) &&
               m_registered.prepare(
                   QStringLiteral("SELECT count(*) FROM persons WHERE household_id = ? AND registered = 1"));
    }
    QString prepareError() const
    {
        return m_members.lastError().isValid() ? m_members.lastError().text()
                                               : m_registered.lastError().text();
    }

    // The record to write for one duplicate of `kind`, or nothing when this draw found none.
    std::optional<Duplicate> draw(Kind kind, const QList<Station>& stations, const Station& st,
                                  const Area& area)
    {
        switch (kind) {
        case Kind::RegisteredTwice: {
            // First-generation cards were issued to people born in the last century.
            const Original o = original(area, 1925, 1984);
            const qint64 hh = o.id ? household(st, nullptr, o.household, true) : 0;
            if (!hh || !failed.isEmpty())
                return {};
            const QString old15 = o.idNumber.left(6) + o.idNumber.mid(8, 9);
            return Duplicate{o,
                             old15,
                             o.name,
                             o.birthDate,
                             hh,
                             true,
                             QStringLiteral(u"其他"),
                             QStringLiteral(u"按第一代身份证登记")};
        }
        case Kind::SaidUnregistered: {
            const Original o = original(area, 1940, 2008);
            const Station& elsewhere = stations.at(rng.range(0, int(stations.size()) - 1));
            const qint64 hh = o.id ? household(elsewhere, nullptr, o.household, false) : 0;
            if (!hh || !failed.isEmpty())
                return {};
            return Duplicate{o,
                             QVariant(),
                             o.name,
                             o.birthDate,
                             hh,
                             false,
                             QStringLiteral(u"借住"),
                             QStringLiteral(u"走访中发现，自述未落户，姓名、出生日期据本人陈述")};
        }
        case Kind::WrittenByEar: {
            const Original o = original(area, 1940, 2008);
            const QString name = o.id ? byEar(o.name) : QString();
            const qint64 hh = name.isEmpty() ? 0 : household(st, &area, o.household, false);
            if (!hh || !failed.isEmpty())
                return {};
            return Duplicate{o,
                             QVariant(),
                             name,
                             rng.chance(0.5) ? QVariant(o.birthDate) : QVariant(),
                             hh,
                             false,
                             QStringLiteral(u"暂住"),
                             QStringLiteral(u"走访中登记的暂住人员，姓名据口述记录")};
        }
        }
        return {};
    }

    // The person and the household that took a second record, each used once.
    void markUsed(const Duplicate& d)
    {
        m_used.insert(d.original.id);
        m_used.insert(-d.household);
    }

    Rng rng;
    QString failed; // a query that failed inside a draw

private:
    // A household of `area` (or of the whole station when area is null), other than
    // `notHousehold`; one with room for another registered member (at most 7) when `room`.
    qint64 household(const Station& st, const Area* area, qint64 notHousehold, bool room)
    {
        const qint64 first = area ? area->firstHousehold : st.firstHousehold;
        const qint64 n = area ? area->planned : st.households;
        for (int attempt = 0; attempt < 20 && n > 1; ++attempt) {
            const qint64 hh = first + rng.range(0, int(n - 1));
            if (hh == notHousehold || m_used.contains(-hh))
                continue;
            if (room) {
                m_registered.bindValue(0, hh);
                if (!m_registered.exec() || !m_registered.next()) {
                    failed = m_registered.lastError().text();
                    return 0;
                }
                if (m_registered.value(0).toInt() >= 7)
                    continue;
            }
            return hh;
        }
        return 0;
    }

    // A registered resident of a random household of `area`, born fromYear..toYear.
    Original original(const Area& area, int fromYear, int toYear)
    {
        if (area.planned <= 0)
            return {};
        const qint64 hh = area.firstHousehold + rng.range(0, int(area.planned - 1));
        m_members.bindValue(0, hh);
        if (!m_members.exec()) {
            failed = m_members.lastError().text();
            return {};
        }
        std::vector<Original> found;
        while (m_members.next()) {
            Original o{m_members.value(0).toLongLong(), hh,
                       m_members.value(1).toString(),   m_members.value(2).toString(),
                       m_members.value(3).toString(),   m_members.value(4).toString(),
                       m_members.value(5).toInt()};
            if (o.birthYear >= fromYear && o.birthYear <= toYear && !m_used.contains(o.id))
                found.push_back(o);
        }
        if (found.empty())
            return {};
        return found[size_t(rng.range(0, int(found.size()) - 1))];
    }

    // One character of `name` swapped for a homophone the phonetic search hears the same.
    QString byEar(const QString& name)
    {
        std::vector<QString> options;
        for (qsizetype i = 0; i < name.size(); ++i)
            for (QChar alt : homophones().value(name.at(i))) {
                QString other = name;
                other[i] = alt;
                if (!m_keys.isValid() || m_keys.key(other) == m_keys.key(name))
                    options.push_back(other);
            }
        return options.empty() ? QString() : options[size_t(rng.range(0, int(options.size()) - 1))];
    }

    QSqlQuery m_members, m_registered;
    QSet<qint64> m_used; // people (id) and households (-id) already used
    PhoneticKeys m_keys;
};

} // namespace

Status Builder::duplicates()
{
    Draws draws(m_db, m_options.seed ^ 0xd0b1e5ULL);
    if (!draws.prepare())
        return storageError(draws.prepareError());
    const std::pair<Kind, double> plan[] = {
        {Kind::RegisteredTwice, 16}, {Kind::SaidUnregistered, 12}, {Kind::WrittenByEar, 12}};
    for (const auto& [kind, atScale1] : plan) {
        const qint64 wanted = std::max<qint64>(1, std::llround(atScale1 * m_scale));
        qint64 planted = 0;
        for (int attempt = 0; planted < wanted && attempt < 200 * wanted; ++attempt) {
            const int s = draws.rng.range(0, int(m_stations.size()) - 1);
            const Station& st = m_stations.at(s);
            const Area& area = draws.rng.pick(st.areas);
            const std::optional<Duplicate> d = draws.draw(kind, m_stations, st, area);
            if (!draws.failed.isEmpty())
                return storageError(draws.failed);
            if (!d)
                continue;
            if (!insert(m_insPerson, d->idNumber, d->name, d->original.sex, d->birthDate,
                        d->original.birthYear, QVariant(), d->household, d->relation, d->registered ? 1 : 0,
                        d->notes))
                return m_error;
            ++m_sum.persons;
            draws.markUsed(*d);
            ++planted;
        }
    }
    return {};
}

} // namespace hc::demo
