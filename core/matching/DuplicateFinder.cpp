#include "core/matching/DuplicateFinder.h"

#include "core/common/Clock.h"
#include "core/matching/PhoneticKey.h"
#include "core/registry/IdNumber.h"
#include "core/storage/Database.h"
#include "core/storage/Transaction.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>
#include <unordered_set>
#include <vector>

namespace hc {

namespace {
Q_LOGGING_CATEGORY(lcMatching, "homecoming.core.matching")

// One person, as compact as blocking needs: names and phonetic keys are interned.
struct Row
{
    qint64 id = 0;
    qint64 area = 0;   // the household's area; 0 when none
    quint64 idKey = 0; // the normalised ID number packed (see idKeyOf); 0 when none
    QString idText;    // as stored
    QString idNorm;    // only for a number that does not parse: stripped, upper case
    int name = 0;      // index into the names
    int birthDate = 0; // yyyymmdd; 0 when unknown
    int birthYear = 0; // 0 when unknown
    char sex = 0;      // 'M', 'F' or 0
};

constexpr quint64 kUnparsed = quint64(1) << 63;

// 17 digits and a check character (X = 10): exact, so two keys are equal only for the same number.
quint64 pack18(QStringView t)
{
    quint64 v = 0;
    for (int i = 0; i < 17; ++i)
        v = v * 10 + quint64(t[i].unicode() - u'0');
    const quint64 check = t[17] == u'X' ? 10 : quint64(t[17].unicode() - u'0');
    return v * 11 + check + 1;
}

bool plain18(QStringView t)
{
    if (t.size() != 18)
        return false;
    for (int i = 0; i < 17; ++i)
        if (t[i] < u'0' || t[i] > u'9')
            return false;
    return (t[17] >= u'0' && t[17] <= u'9') || t[17] == u'X';
}

// The same ID number written two ways gets the same key: spaces anywhere, full-width digits,
// lower-case x and first-generation 15-digit numbers are normalised through IdNumber.
quint64 idKeyOf(const QString& text, QString& norm, QDate today)
{
    if (text.isEmpty())
        return 0;
    if (plain18(text))
        return pack18(text);
    QString stripped = text;
    stripped.removeIf([](QChar c) { return c.isSpace(); });
    if (stripped.isEmpty())
        return 0;
    if (const auto id = IdNumber::parse(stripped, today))
        return pack18(id->text());
    norm = stripped.toUpper();
    return kUnparsed | (quint64(qHash(norm, 0x5eed)) & (kUnparsed - 1));
}

int dateKey(const QString& iso)
{
    if (iso.size() < 10)
        return 0;
    int v = 0;
    for (int i : {0, 1, 2, 3, 5, 6, 8, 9}) {
        const QChar c = iso.at(i);
        if (c < u'0' || c > u'9')
            return 0;
        v = v * 10 + (c.unicode() - u'0');
    }
    return v;
}

QString dateText(int key)
{
    return key == 0 ? QString()
                    : QStringLiteral("%1-%2-%3")
                          .arg(key / 10000, 4, 10, QLatin1Char('0'))
                          .arg(key / 100 % 100, 2, 10, QLatin1Char('0'))
                          .arg(key % 100, 2, 10, QLatin1Char('0'));
}

quint64 pairKey(qint64 a, qint64 b)
{
    return (quint64(std::min(a, b)) << 32) | quint64(std::max(a, b));
}

struct PairBuild
{
    int a = 0; // row indexes, a's id smaller
    int b = 0;
    int rules = 0;
};

class Cancelled
{
};
} // namespace

QString DuplicatePair::ruleLabel(Rule rule)
{
    switch (rule) {
    case SameIdNumber:
        return DuplicateFinder::tr("Same ID number");
    case SameNameBirthDate:
        return DuplicateFinder::tr("Same name and birth date");
    case SoundAlike:
        break;
    }
    return DuplicateFinder::tr("Names sound alike");
}

QString DuplicatePair::rulesText() const
{
    QStringList labels;
    for (Rule r : {SameIdNumber, SameNameBirthDate, SoundAlike})
        if (rules & r)
            labels << ruleLabel(r);
    return labels.join(QStringLiteral("; "));
}

QJsonObject DuplicatePair::toJson() const
{
    auto person = [](const DuplicatePerson& p) {
        return QJsonObject{{QStringLiteral("id"), p.id},
                           {QStringLiteral("name"), p.name},
                           {QStringLiteral("id_number"), p.idNumber},
                           {QStringLiteral("birth_date"), p.birthDate},
                           {QStringLiteral("birth_year"), p.birthYear},
                           {QStringLiteral("sex"), p.sex}};
    };
    QJsonArray ruleCodes, why;
    if (rules & SameIdNumber)
        ruleCodes << QStringLiteral("same_id_number");
    if (rules & SameNameBirthDate)
        ruleCodes << QStringLiteral("same_name_birth_date");
    if (rules & SoundAlike)
        ruleCodes << QStringLiteral("sound_alike");
    for (const MatchReason& r : reasons)
        why << QJsonObject{{QStringLiteral("text"), r.text}, {QStringLiteral("points"), r.points}};
    return QJsonObject{{QStringLiteral("a"), person(a)},
                       {QStringLiteral("b"), person(b)},
                       {QStringLiteral("rules"), ruleCodes},
                       {QStringLiteral("score"), score},
                       {QStringLiteral("reasons"), why}};
}

QJsonObject DuplicateScan::toJson() const
{
    return QJsonObject{{QStringLiteral("people"), people},
                       {QStringLiteral("pairs"), totalPairs},
                       {QStringLiteral("comparisons"), comparisons},
                       {QStringLiteral("blocks"), blocks},
                       {QStringLiteral("skipped_blocks"), skippedBlocks},
                       {QStringLiteral("skipped_people"), skippedPeople},
                       {QStringLiteral("dismissed_skipped"), dismissedSkipped},
                       {QStringLiteral("distinct_names"), distinctNames},
                       {QStringLiteral("names_transliterated"), namesKeyed},
                       {QStringLiteral("timings_ms"), timingsMs}};
}

DuplicateFinder::DuplicateFinder(Database& db, Actor actor) : m_db(db), m_actor(std::move(actor)) {}

Result<DuplicateScan> DuplicateFinder::run(const Options& options, const Progress& progress)
{
    if (!m_actor.can(Right::MergePeople))
        return denied(Roles::deniedMessage(m_actor, tr("look for duplicate people")));
    DuplicateScan scan;
    QElapsedTimer stage;
    stage.start();
    auto report = [&](int percent, const QString& what) {
        if (progress && !progress(percent, what))
            throw Cancelled{};
    };
    auto lap = [&](const char* name) { scan.timingsMs.insert(QLatin1String(name), double(stage.restart())); };

    try {
        // ---- Load: one pass over the people, names interned.
        report(0, tr("Reading people…"));
        QSqlQuery q(m_db.sql());
        if (!q.exec(QStringLiteral("SELECT count(*) FROM persons")) || !q.next())
            return storageError(q.lastError().text());
        const qint64 total = std::max<qint64>(1, q.value(0).toLongLong());
        q.finish();
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT p.id, p.name, p.id_number, p.birth_date, p.birth_year, h.area_id, "
                                   "p.sex FROM persons p LEFT JOIN households h ON h.id = p.household_id")))
            return storageError(q.lastError().text());
        std::vector<Row> rows;
        rows.reserve(size_t(total));
        QHash<QString, int> nameIndex;
        QStringList names;
        const QDate today = Clock::instance().now().date();
        while (q.next()) {
            Row r;
            r.id = q.value(0).toLongLong();
            const QString name = q.value(1).toString();
            auto it = nameIndex.constFind(name);
            if (it == nameIndex.constEnd()) {
                it = nameIndex.insert(name, int(names.size()));
                names << name;
            }
            r.name = *it;
            r.idText = q.value(2).toString();
            r.idKey = idKeyOf(r.idText, r.idNorm, today);
            r.birthDate = dateKey(q.value(3).toString());
            r.birthYear = q.value(4).isNull() ? r.birthDate / 10000 : q.value(4).toInt();
            r.area = q.value(5).toLongLong();
            const QString sex = q.value(6).toString();
            r.sex = sex.isEmpty() ? 0 : char(sex.at(0).toLatin1());
            rows.push_back(std::move(r));
            if ((rows.size() & 0xFFFF) == 0)
                report(int(60 * qint64(rows.size()) / total), tr("Reading people…"));
        }
        if (q.lastError().isValid())
            return storageError(q.lastError().text());
        q.finish();
        scan.people = qint64(rows.size());
        scan.distinctNames = names.size();
        // The same name written with spaces (王 芳, 王　芳) or in another case (Latin names).
        std::vector<int> sameName(size_t(names.size()));
        {
            QHash<QString, int> byWriting;
            for (qsizetype i = 0; i < names.size(); ++i) {
                QString key = names.at(i).toCaseFolded();
                key.removeIf([](QChar c) { return c.isSpace(); });
                sameName[size_t(i)] = *byWriting.insert(key, byWriting.value(key, int(i)));
            }
        }
        lap("load");

        // ---- Phonetic keys per distinct name: from the cache, the rest transliterated.
        report(60, tr("Comparing how names sound…"));
        std::vector<int> nameKey(size_t(names.size()), -1);
        QHash<QString, int> keyIndex;
        QStringList keyTexts;
        auto intern = [&keyIndex, &keyTexts](const QString& key) {
            auto it = keyIndex.constFind(key);
            if (it == keyIndex.constEnd()) {
                it = keyIndex.insert(key, int(keyTexts.size()));
                keyTexts << key;
            }
            return *it;
        };
        if (!q.exec(QStringLiteral("SELECT name, key FROM name_phonetic")))
            return storageError(q.lastError().text());
        while (q.next()) {
            const int at = nameIndex.value(q.value(0).toString(), -1);
            if (at >= 0)
                nameKey[size_t(at)] = intern(q.value(1).toString());
        }
        q.finish();
        lap("cache_read");
        PhoneticKeys keys;
        std::vector<std::pair<int, QString>> fresh;
        for (size_t i = 0; i < nameKey.size(); ++i) {
            if (nameKey[i] >= 0)
                continue;
            const QString key = keys.key(names.at(qsizetype(i)));
            nameKey[i] = intern(key);
            fresh.emplace_back(int(i), key);
        }
        scan.namesKeyed = qint64(fresh.size());
        lap("transliterate");
        if (options.writeCache && !fresh.empty() && keys.isValid()) {
            report(80, tr("Remembering how names sound…"));
            // Only a cache: when it cannot be written (a read-only file, a long lock) the
            // detection goes on and the next run transliterates again.
            Transaction tx(m_db.sql());
            bool written = q.prepare(QStringLiteral(
                "INSERT INTO name_phonetic(name, key) VALUES (?, ?) ON CONFLICT(name) DO NOTHING"));
            qint64 done = 0;
            for (auto it = fresh.cbegin(); written && it != fresh.cend(); ++it) {
                if ((++done & 0xFFFF) == 0)
                    report(80 + int(8 * done / qint64(fresh.size())), tr("Remembering how names sound…"));
                q.bindValue(0, names.at(it->first));
                q.bindValue(1, it->second);
                written = q.exec();
            }
            if (!written || !tx.commit())
                qCWarning(lcMatching)
                    << "phonetic cache not written:" << q.lastError().text() << m_db.sql().lastError().text();
            q.finish();
        }
        lap("cache_write");

        // ---- Blocks: sort (key, row) and compare only inside runs of equal keys.
        report(88, tr("Comparing people in blocks…"));
        std::unordered_set<quint64> dismissed;
        if (!q.exec(QStringLiteral("SELECT person_a, person_b FROM person_match_dismissals")))
            return storageError(q.lastError().text());
        while (q.next())
            dismissed.insert(pairKey(q.value(0).toLongLong(), q.value(1).toLongLong()));
        q.finish();
        std::unordered_set<quint64> dismissedSeen;
        QHash<quint64, int> pairAt;
        std::vector<PairBuild> built;
        auto addPair = [&](int x, int y, int rule) {
            if (rows[size_t(x)].id > rows[size_t(y)].id)
                std::swap(x, y);
            const quint64 key = pairKey(rows[size_t(x)].id, rows[size_t(y)].id);
            if (dismissed.count(key)) {
                if (dismissedSeen.insert(key).second)
                    ++scan.dismissedSkipped;
                return;
            }
            auto it = pairAt.constFind(key);
            if (it == pairAt.constEnd()) {
                it = pairAt.insert(key, int(built.size()));
                built.push_back(PairBuild{x, y, 0});
            }
            built[size_t(*it)].rules |= rule;
        };
        std::vector<std::pair<quint64, int>> blockKeys;
        blockKeys.reserve(rows.size());
        auto forBlocks = [&](auto compare) {
            std::sort(blockKeys.begin(), blockKeys.end());
            for (size_t i = 0; i < blockKeys.size();) {
                size_t j = i + 1;
                while (j < blockKeys.size() && blockKeys[j].first == blockKeys[i].first)
                    ++j;
                const size_t n = j - i;
                if (n > size_t(options.maxBlock)) {
                    ++scan.skippedBlocks;
                    scan.skippedPeople += qint64(n);
                } else if (n >= 2) {
                    ++scan.blocks;
                    for (size_t x = i; x < j; ++x)
                        for (size_t y = x + 1; y < j; ++y) {
                            ++scan.comparisons;
                            compare(blockKeys[x].second, blockKeys[y].second);
                        }
                }
                i = j;
            }
            blockKeys.clear();
        };

        // (a) the normalised ID number
        for (size_t i = 0; i < rows.size(); ++i)
            if (rows[i].idKey)
                blockKeys.emplace_back(rows[i].idKey, int(i));
        forBlocks([&](int x, int y) {
            const Row &rx = rows[size_t(x)], &ry = rows[size_t(y)];
            if ((rx.idKey & kUnparsed) && rx.idNorm != ry.idNorm)
                return; // a hash collision between two unparseable numbers
            addPair(x, y, DuplicatePair::SameIdNumber);
        });
        report(92, tr("Comparing people in blocks…"));
        // (b) the same name and birth date
        for (size_t i = 0; i < rows.size(); ++i)
            if (rows[i].birthDate)
                blockKeys.emplace_back(
                    (quint64(sameName[size_t(rows[i].name)]) << 32) | quint64(rows[i].birthDate), int(i));
        forBlocks([&](int x, int y) { addPair(x, y, DuplicatePair::SameNameBirthDate); });
        report(95, tr("Comparing people in blocks…"));
        // (c) the phonetic key, birth year and area
        const int noKey = keyIndex.value(QString(), -1); // a name with nothing to pronounce
        for (size_t i = 0; i < rows.size(); ++i) {
            const Row& r = rows[i];
            if (nameKey[size_t(r.name)] != noKey && r.birthYear > 0 && r.birthYear < 4096 && r.area > 0 &&
                r.area < (qint64(1) << 28))
                blockKeys.emplace_back((quint64(nameKey[size_t(r.name)]) << 40) |
                                           (quint64(r.birthYear) << 28) | quint64(r.area),
                                       int(i));
        }
        forBlocks([&](int x, int y) {
            const Row &rx = rows[size_t(x)], &ry = rows[size_t(y)];
            // The same written name: namesakes when both birth dates are known (and differ),
            // already rule (b) when they agree.
            if (sameName[size_t(rx.name)] == sameName[size_t(ry.name)] && rx.birthDate && ry.birthDate)
                return;
            addPair(x, y, DuplicatePair::SoundAlike);
        });
        lap("blocks");

        // ---- Score and explain.
        report(98, tr("Scoring pairs…"));
        scan.pairs.reserve(qsizetype(built.size()));
        for (const PairBuild& pb : built) {
            const Row &ra = rows[size_t(pb.a)], &rb = rows[size_t(pb.b)];
            DuplicatePair p;
            auto person = [&](const Row& r) {
                return DuplicatePerson{r.id,        names.at(r.name),
                                       r.idText,    dateText(r.birthDate),
                                       r.birthYear, r.sex ? QString(QLatin1Char(r.sex)) : QString()};
            };
            p.a = person(ra);
            p.b = person(rb);
            p.rules = pb.rules;
            bool first = true;
            auto rule = [&](int points, const QString& text) {
                p.reasons << MatchReason{text, first ? points : 10};
                first = false;
            };
            if (pb.rules & DuplicatePair::SameIdNumber)
                rule(90, tr("The same ID number, written %1 and %2.").arg(ra.idText, rb.idText));
            if (pb.rules & DuplicatePair::SameNameBirthDate)
                rule(60, tr("The same name and birth date: %1, %2.").arg(p.a.name, p.a.birthDate));
            if (pb.rules & DuplicatePair::SoundAlike) {
                const QString& key = keyTexts.at(nameKey[size_t(ra.name)]);
                rule(40, sameName[size_t(ra.name)] == sameName[size_t(rb.name)]
                             ? tr("The same name, born the same year (%1), in the same area; a birth date "
                                  "is missing.")
                                   .arg(ra.birthYear)
                             : tr("Names that sound alike (%1 and %2: %3), born the same year (%4), in the "
                                  "same area.")
                                   .arg(p.a.name, p.b.name, key)
                                   .arg(ra.birthYear));
            }
            if (ra.sex && rb.sex)
                p.reasons << (ra.sex == rb.sex ? MatchReason{tr("Same sex."), 5}
                                               : MatchReason{tr("Different sex."), -30});
            if (!(pb.rules & DuplicatePair::SameIdNumber) && ra.idKey && rb.idKey &&
                !(ra.idKey & kUnparsed) && !(rb.idKey & kUnparsed))
                p.reasons << MatchReason{tr("Different ID numbers (one person registered twice?)."), -20};
            if ((pb.rules & DuplicatePair::SameIdNumber) &&
                sameName[size_t(ra.name)] == sameName[size_t(rb.name)])
                p.reasons << MatchReason{tr("Same name."), 5};
            if (!(pb.rules & DuplicatePair::SameNameBirthDate) && ra.birthDate && rb.birthDate)
                p.reasons << (ra.birthDate == rb.birthDate ? MatchReason{tr("Same birth date."), 15}
                                                           : MatchReason{tr("Different birth dates."), -10});
            if ((pb.rules & DuplicatePair::SameNameBirthDate) && !(pb.rules & DuplicatePair::SoundAlike) &&
                ra.area && ra.area == rb.area)
                p.reasons << MatchReason{tr("Same area."), 10};
            int score = 0;
            for (const MatchReason& r : p.reasons)
                score += r.points;
            p.score = std::clamp(score, 0, 100);
            scan.pairs << std::move(p);
        }
        std::sort(scan.pairs.begin(), scan.pairs.end(), [](const DuplicatePair& x, const DuplicatePair& y) {
            if (x.score != y.score)
                return x.score > y.score;
            return std::pair(x.a.id, x.b.id) < std::pair(y.a.id, y.b.id);
        });
        scan.totalPairs = scan.pairs.size();
        if (options.limit > 0 && scan.pairs.size() > options.limit)
            scan.pairs.resize(options.limit);
        lap("score");
        report(100, tr("Done."));
    } catch (const Cancelled&) {
        return Error{{}, tr("Duplicate detection was cancelled."), Error::Kind::Cancelled};
    }
    return scan;
}

} // namespace hc
