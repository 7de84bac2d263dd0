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
#include <algorithm>
#include <cmath>

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
} // namespace

Status Builder::duplicates()
{
    Rng rng(m_options.seed ^ 0xd0b1e5ULL);
    QSqlQuery members(m_db), registered(m_db);
    if (!members.prepare(
            QStringLiteral("SELECT id, id_number, name, sex, birth_date, birth_year FROM persons "
                           "WHERE household_id = ? AND registered = 1 AND length(id_number) = 18")) ||
        !registered.prepare(
            QStringLiteral("SELECT count(*) FROM persons WHERE household_id = ? AND registered = 1")))
        return storageError(m_db.lastError().text());
    QSet<qint64> used; // people and the households that took a second record, each used once
    PhoneticKeys keys;

    QString failed; // a query that failed inside a draw
    // A household of `area` (or of the whole station when area is null), other than
    // `notHousehold`; one with room for another registered member (at most 7) when `room`.
    auto household = [&](const Station& st, const Area* area, qint64 notHousehold, bool room) -> qint64 {
        const qint64 first = area ? area->firstHousehold : st.firstHousehold;
        const qint64 n = area ? area->planned : st.households;
        for (int attempt = 0; attempt < 20 && n > 1; ++attempt) {
            const qint64 hh = first + rng.range(0, int(n - 1));
            if (hh == notHousehold || used.contains(-hh))
                continue;
            if (room) {
                registered.bindValue(0, hh);
                if (!registered.exec() || !registered.next()) {
                    failed = registered.lastError().text();
                    return 0;
                }
                if (registered.value(0).toInt() >= 7)
                    continue;
            }
            return hh;
        }
        return 0;
    };
    // A registered resident of a random household of `area`, born fromYear..toYear.
    auto original = [&](const Area& area, int fromYear, int toYear) -> Original {
        if (area.planned <= 0)
            return {};
        const qint64 hh = area.firstHousehold + rng.range(0, int(area.planned - 1));
        members.bindValue(0, hh);
        if (!members.exec()) {
            failed = members.lastError().text();
            return {};
        }
        std::vector<Original> found;
        while (members.next()) {
            Original o{members.value(0).toLongLong(), hh,
                       members.value(1).toString(),   members.value(2).toString(),
                       members.value(3).toString(),   members.value(4).toString(),
                       members.value(5).toInt()};
            if (o.birthYear >= fromYear && o.birthYear <= toYear && !used.contains(o.id))
                found.push_back(o);
        }
        if (found.empty())
            return {};
        return found[size_t(rng.range(0, int(found.size()) - 1))];
    };
    // One character of `name` swapped for a homophone the phonetic search hears the same.
    auto byEar = [&](const QString& name) -> QString {
        std::vector<QString> options;
        for (qsizetype i = 0; i < name.size(); ++i)
            for (QChar alt : homophones().value(name.at(i))) {
                QString other = name;
                other[i] = alt;
                if (!keys.isValid() || keys.key(other) == keys.key(name))
                    options.push_back(other);
            }
        return options.empty() ? QString() : options[size_t(rng.range(0, int(options.size()) - 1))];
    };
    auto write = [&](const Original& o, const QVariant& idNumber, const QString& name,
                     const QVariant& birthDate, qint64 hh, bool isRegistered, const QString& relation,
                     const QString& notes) {
        if (!insert(m_insPerson, idNumber, name, o.sex, birthDate, o.birthYear, QVariant(), hh, relation,
                    isRegistered ? 1 : 0, notes))
            return false;
        ++m_sum.persons;
        used.insert(o.id);
        used.insert(-hh);
        return true;
    };

    const std::pair<Kind, double> plan[] = {
        {Kind::RegisteredTwice, 16}, {Kind::SaidUnregistered, 12}, {Kind::WrittenByEar, 12}};
    for (const auto& [kind, atScale1] : plan) {
        const qint64 wanted = std::max<qint64>(1, std::llround(atScale1 * m_scale));
        qint64 planted = 0;
        for (int attempt = 0; planted < wanted && attempt < 200 * wanted; ++attempt) {
            const int s = rng.range(0, int(m_stations.size()) - 1);
            const Station& st = m_stations.at(s);
            const Area& area = rng.pick(st.areas);
            switch (kind) {
            case Kind::RegisteredTwice: {
                // First-generation cards were issued to people born in the last century.
                const Original o = original(area, 1925, 1984);
                const qint64 hh = o.id ? household(st, nullptr, o.household, true) : 0;
                if (!failed.isEmpty())
                    return storageError(failed);
                if (!hh)
                    continue;
                const QString old15 = o.idNumber.left(6) + o.idNumber.mid(8, 9);
                if (!write(o, old15, o.name, o.birthDate, hh, true, QStringLiteral(u"其他"),
                           QStringLiteral(u"按第一代身份证登记")))
                    return m_error;
                break;
            }
            case Kind::SaidUnregistered: {
                const Original o = original(area, 1940, 2008);
                const Station& elsewhere = m_stations.at(rng.range(0, int(m_stations.size()) - 1));
                const qint64 hh = o.id ? household(elsewhere, nullptr, o.household, false) : 0;
                if (!failed.isEmpty())
                    return storageError(failed);
                if (!hh)
                    continue;
                if (!write(o, QVariant(), o.name, o.birthDate, hh, false, QStringLiteral(u"借住"),
                           QStringLiteral(u"走访中发现，自述未落户，姓名、出生日期据本人陈述")))
                    return m_error;
                break;
            }
            case Kind::WrittenByEar: {
                const Original o = original(area, 1940, 2008);
                const QString name = o.id ? byEar(o.name) : QString();
                const qint64 hh = name.isEmpty() ? 0 : household(st, &area, o.household, false);
                if (!failed.isEmpty())
                    return storageError(failed);
                if (!hh)
                    continue;
                if (!write(o, QVariant(), name, rng.chance(0.5) ? QVariant(o.birthDate) : QVariant(), hh,
                           false, QStringLiteral(u"暂住"),
                           QStringLiteral(u"走访中登记的暂住人员，姓名据口述记录")))
                    return m_error;
                break;
            }
            }
            ++planted;
        }
    }
    return {};
}

} // namespace hc::demo
