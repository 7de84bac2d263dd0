// DuplicateFinder::run: one run of the search in its stages (DuplicateFinder.h says what it
// finds and how a pair is scored).

#include "core/matching/DuplicateFinder.h"

#include "core/auth/Scope.h"
#include "core/common/Clock.h"
#include "core/matching/DuplicateStore.h"
#include "core/matching/PhoneticKey.h"
#include "core/registry/IdNumber.h"
#include "core/storage/Database.h"
#include "core/storage/Transaction.h"

#include <QElapsedTimer>
#include <QHash>
#include <QLoggingCategory>
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

namespace {
// One run of the search, in its stages: read the people, key how their names sound, compare
// inside blocks per rule, score and rank. Each stage reports progress (which may cancel by
// throwing Cancelled) and its time.
class DuplicateRun
{
public:
    DuplicateRun(Database& db, const DuplicateFinder::Options& options,
                 const DuplicateFinder::Progress& progress)
        : m_db(db), m_store(db.sql()), m_options(options), m_progress(progress)
    {
        m_stage.start();
    }

    Status run();
    DuplicateScan& scan() { return m_scan; }

private:
    void report(int percent, const QString& what)
    {
        if (m_progress && !m_progress(percent, what))
            throw Cancelled{};
    }
    void lap(const char* name) { m_scan.timingsMs.insert(QLatin1String(name), double(m_stage.restart())); }
    int internName(const QString& name);
    int internKey(const QString& key);

    Status loadPeople();
    void groupWritings();
    Status readKeyCache();
    void transliterate();
    void writeKeyCache();
    Status loadDismissals();
    template <typename Compare> void compareInBlocks(Compare compare);
    void addPair(int x, int y, int rule);
    void blockByIdNumber();
    void blockByNameAndBirthDate();
    void blockBySound();
    QList<MatchReason> reasonsFor(const PairBuild& pb) const;
    DuplicatePerson person(const Row& r) const;
    void scoreAndRank();

    Database& m_db;
    DuplicateStore m_store;
    const DuplicateFinder::Options& m_options;
    const DuplicateFinder::Progress& m_progress;
    QElapsedTimer m_stage;
    DuplicateScan m_scan;

    std::vector<Row> m_rows;
    QHash<QString, int> m_nameIndex;
    QStringList m_names;
    std::vector<int> m_sameName; // name -> the first name written the same way
    std::vector<int> m_nameKey;  // name -> phonetic key index
    QHash<QString, int> m_keyIndex;
    QStringList m_keyTexts;
    QList<QPair<QString, QString>> m_freshKeys; // (name, key) not in the cache
    bool m_keysValid = true;

    std::unordered_set<quint64> m_dismissed, m_dismissedSeen;
    QHash<quint64, int> m_pairAt;
    std::vector<PairBuild> m_built;
    std::vector<std::pair<quint64, int>> m_blockKeys;
};

int DuplicateRun::internName(const QString& name)
{
    auto it = m_nameIndex.constFind(name);
    if (it == m_nameIndex.constEnd()) {
        it = m_nameIndex.insert(name, int(m_names.size()));
        m_names << name;
    }
    return *it;
}

int DuplicateRun::internKey(const QString& key)
{
    auto it = m_keyIndex.constFind(key);
    if (it == m_keyIndex.constEnd()) {
        it = m_keyIndex.insert(key, int(m_keyTexts.size()));
        m_keyTexts << key;
    }
    return *it;
}

Status DuplicateRun::loadPeople()
{
    // One pass over the people, names interned.
    report(0, DuplicateFinder::tr("Reading people…"));
    const auto count = m_store.personCount();
    if (!count)
        return count.error();
    const qint64 total = std::max<qint64>(1, *count);
    m_rows.reserve(size_t(total));
    const QDate today = Clock::instance().now().date();
    const Status read = m_store.forEachPerson([&](const PersonForMatching& p) {
        Row r;
        r.id = p.id;
        r.name = internName(p.name);
        r.idText = p.idNumber;
        r.idKey = idKeyOf(r.idText, r.idNorm, today);
        r.birthDate = dateKey(p.birthDate);
        r.birthYear = p.birthYear < 0 ? r.birthDate / 10000 : p.birthYear;
        r.area = p.areaId;
        r.sex = p.sex.isEmpty() ? 0 : char(p.sex.at(0).toLatin1());
        m_rows.push_back(std::move(r));
        if ((m_rows.size() & 0xFFFF) == 0)
            report(int(60 * qint64(m_rows.size()) / total), DuplicateFinder::tr("Reading people…"));
    });
    if (!read)
        return read;
    m_scan.people = qint64(m_rows.size());
    m_scan.distinctNames = m_names.size();
    return {};
}

void DuplicateRun::groupWritings()
{
    // The same name written with spaces (王 芳, 王　芳) or in another case (Latin names).
    m_sameName.assign(size_t(m_names.size()), 0);
    QHash<QString, int> byWriting;
    for (qsizetype i = 0; i < m_names.size(); ++i) {
        QString key = m_names.at(i).toCaseFolded();
        key.removeIf([](QChar c) { return c.isSpace(); });
        m_sameName[size_t(i)] = *byWriting.insert(key, byWriting.value(key, int(i)));
    }
}

Status DuplicateRun::readKeyCache()
{
    // Phonetic keys per distinct name: from the cache first.
    report(60, DuplicateFinder::tr("Comparing how names sound…"));
    m_nameKey.assign(size_t(m_names.size()), -1);
    return m_store.forEachPhoneticKey([this](const QString& name, const QString& key) {
        const int at = m_nameIndex.value(name, -1);
        if (at >= 0)
            m_nameKey[size_t(at)] = internKey(key);
    });
}

void DuplicateRun::transliterate()
{
    PhoneticKeys keys;
    m_keysValid = keys.isValid();
    for (size_t i = 0; i < m_nameKey.size(); ++i) {
        if (m_nameKey[i] >= 0)
            continue;
        const QString key = keys.key(m_names.at(qsizetype(i)));
        m_nameKey[i] = internKey(key);
        m_freshKeys << qMakePair(m_names.at(qsizetype(i)), key);
    }
    m_scan.namesKeyed = qint64(m_freshKeys.size());
}

void DuplicateRun::writeKeyCache()
{
    if (!m_options.writeCache || m_freshKeys.isEmpty() || !m_keysValid)
        return;
    report(80, DuplicateFinder::tr("Remembering how names sound…"));
    // Only a cache: when it cannot be written (a read-only file, a long lock) the detection goes
    // on and the next run transliterates again.
    Transaction tx(m_db.sql());
    const qint64 total = m_freshKeys.size();
    Status written = m_store.insertPhoneticKeys(m_freshKeys, [&](qint64 done) {
        report(80 + int(8 * done / total), DuplicateFinder::tr("Remembering how names sound…"));
    });
    if (written && !tx.commit())
        written = tx.error();
    if (!written)
        qCWarning(lcMatching) << "phonetic cache not written:" << written.error().message;
}

Status DuplicateRun::loadDismissals()
{
    const auto pairs = m_store.dismissedPairs();
    if (!pairs)
        return pairs.error();
    for (const auto& [a, b] : *pairs)
        m_dismissed.insert(pairKey(a, b));
    return {};
}

void DuplicateRun::addPair(int x, int y, int rule)
{
    if (m_rows[size_t(x)].id > m_rows[size_t(y)].id)
        std::swap(x, y);
    const quint64 key = pairKey(m_rows[size_t(x)].id, m_rows[size_t(y)].id);
    if (m_dismissed.count(key)) {
        if (m_dismissedSeen.insert(key).second)
            ++m_scan.dismissedSkipped;
        return;
    }
    auto it = m_pairAt.constFind(key);
    if (it == m_pairAt.constEnd()) {
        it = m_pairAt.insert(key, int(m_built.size()));
        m_built.push_back(PairBuild{x, y, 0});
    }
    m_built[size_t(*it)].rules |= rule;
}

// Sorts (key, row) and compares only inside runs of equal keys; blocks larger than maxBlock
// are skipped and counted.
template <typename Compare> void DuplicateRun::compareInBlocks(Compare compare)
{
    std::sort(m_blockKeys.begin(), m_blockKeys.end());
    for (size_t i = 0; i < m_blockKeys.size();) {
        size_t j = i + 1;
        while (j < m_blockKeys.size() && m_blockKeys[j].first == m_blockKeys[i].first)
            ++j;
        const size_t n = j - i;
        if (n > size_t(m_options.maxBlock)) {
            ++m_scan.skippedBlocks;
            m_scan.skippedPeople += qint64(n);
        } else if (n >= 2) {
            ++m_scan.blocks;
            for (size_t x = i; x < j; ++x)
                for (size_t y = x + 1; y < j; ++y) {
                    ++m_scan.comparisons;
                    compare(m_blockKeys[x].second, m_blockKeys[y].second);
                }
        }
        i = j;
    }
    m_blockKeys.clear();
}

void DuplicateRun::blockByIdNumber()
{
    for (size_t i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].idKey)
            m_blockKeys.emplace_back(m_rows[i].idKey, int(i));
    compareInBlocks([this](int x, int y) {
        const Row &rx = m_rows[size_t(x)], &ry = m_rows[size_t(y)];
        if ((rx.idKey & kUnparsed) && rx.idNorm != ry.idNorm)
            return; // a hash collision between two unparseable numbers
        addPair(x, y, DuplicatePair::SameIdNumber);
    });
}

void DuplicateRun::blockByNameAndBirthDate()
{
    for (size_t i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].birthDate)
            m_blockKeys.emplace_back(
                (quint64(m_sameName[size_t(m_rows[i].name)]) << 32) | quint64(m_rows[i].birthDate), int(i));
    compareInBlocks([this](int x, int y) { addPair(x, y, DuplicatePair::SameNameBirthDate); });
}

void DuplicateRun::blockBySound()
{
    // The phonetic key, birth year and area.
    const int noKey = m_keyIndex.value(QString(), -1); // a name with nothing to pronounce
    for (size_t i = 0; i < m_rows.size(); ++i) {
        const Row& r = m_rows[i];
        const int key = m_nameKey[size_t(r.name)];
        if (key != noKey && r.birthYear > 0 && r.birthYear < 4096 && r.area > 0 && r.area < (qint64(1) << 28))
            m_blockKeys.emplace_back((quint64(key) << 40) | (quint64(r.birthYear) << 28) | quint64(r.area),
                                     int(i));
    }
    compareInBlocks([this](int x, int y) {
        const Row &rx = m_rows[size_t(x)], &ry = m_rows[size_t(y)];
        // The same written name: namesakes when both birth dates are known (and differ), already
        // rule (b) when they agree.
        if (m_sameName[size_t(rx.name)] == m_sameName[size_t(ry.name)] && rx.birthDate && ry.birthDate)
            return;
        addPair(x, y, DuplicatePair::SoundAlike);
    });
}

DuplicatePerson DuplicateRun::person(const Row& r) const
{
    return DuplicatePerson{r.id,        m_names.at(r.name),
                           r.idText,    dateText(r.birthDate),
                           r.birthYear, r.sex ? QString(QLatin1Char(r.sex)) : QString()};
}

// The terms of a pair's score: the first rule that found it in full, +10 for each further rule,
// then what agrees or disagrees.
QList<MatchReason> DuplicateRun::reasonsFor(const PairBuild& pb) const
{
    using P = DuplicatePair;
    const Row &ra = m_rows[size_t(pb.a)], &rb = m_rows[size_t(pb.b)];
    const QString &nameA = m_names.at(ra.name), &nameB = m_names.at(rb.name);
    const bool sameName = m_sameName[size_t(ra.name)] == m_sameName[size_t(rb.name)];
    QList<MatchReason> reasons;
    auto rule = [&reasons](int points, const QString& text) {
        reasons << MatchReason{text, reasons.isEmpty() ? points : 10};
    };
    if (pb.rules & P::SameIdNumber)
        rule(90, DuplicateFinder::tr("The same ID number, written %1 and %2.").arg(ra.idText, rb.idText));
    if (pb.rules & P::SameNameBirthDate)
        rule(60,
             DuplicateFinder::tr("The same name and birth date: %1, %2.").arg(nameA, dateText(ra.birthDate)));
    if (pb.rules & P::SoundAlike)
        rule(40, sameName ? DuplicateFinder::tr("The same name, born the same year (%1), in the same area; a "
                                                "birth date is missing.")
                                .arg(ra.birthYear)
                          : DuplicateFinder::tr("Names that sound alike (%1 and %2: %3), born the same year "
                                                "(%4), in the same area.")
                                .arg(nameA, nameB, m_keyTexts.at(m_nameKey[size_t(ra.name)]))
                                .arg(ra.birthYear));
    if (ra.sex && rb.sex)
        reasons << (ra.sex == rb.sex ? MatchReason{DuplicateFinder::tr("Same sex."), 5}
                                     : MatchReason{DuplicateFinder::tr("Different sex."), -30});
    if (!(pb.rules & P::SameIdNumber) && ra.idKey && rb.idKey && !(ra.idKey & kUnparsed) &&
        !(rb.idKey & kUnparsed))
        reasons << MatchReason{DuplicateFinder::tr("Different ID numbers (one person registered twice?)."),
                               -20};
    if ((pb.rules & P::SameIdNumber) && sameName)
        reasons << MatchReason{DuplicateFinder::tr("Same name."), 5};
    if (!(pb.rules & P::SameNameBirthDate) && ra.birthDate && rb.birthDate)
        reasons << (ra.birthDate == rb.birthDate
                        ? MatchReason{DuplicateFinder::tr("Same birth date."), 15}
                        : MatchReason{DuplicateFinder::tr("Different birth dates."), -10});
    if ((pb.rules & P::SameNameBirthDate) && !(pb.rules & P::SoundAlike) && ra.area && ra.area == rb.area)
        reasons << MatchReason{DuplicateFinder::tr("Same area."), 10};
    return reasons;
}

void DuplicateRun::scoreAndRank()
{
    report(98, DuplicateFinder::tr("Scoring pairs…"));
    m_scan.pairs.reserve(qsizetype(m_built.size()));
    for (const PairBuild& pb : m_built) {
        if (!(pb.rules & m_options.rules)) {
            ++m_scan.otherRules;
            continue;
        }
        DuplicatePair p;
        p.a = person(m_rows[size_t(pb.a)]);
        p.b = person(m_rows[size_t(pb.b)]);
        p.rules = pb.rules;
        p.reasons = reasonsFor(pb);
        p.score = MatchScore::addUp(p.reasons, 0, DuplicatePair::kMaxScore);
        if (p.score < m_options.minScore) {
            ++m_scan.belowMinScore;
            continue;
        }
        m_scan.pairs << std::move(p);
    }
    std::sort(m_scan.pairs.begin(), m_scan.pairs.end(), [](const DuplicatePair& x, const DuplicatePair& y) {
        if (x.score != y.score)
            return x.score > y.score;
        return std::pair(x.a.id, x.b.id) < std::pair(y.a.id, y.b.id);
    });
    m_scan.totalPairs = m_scan.pairs.size();
    if (m_options.limit > 0 && m_scan.pairs.size() > m_options.limit)
        m_scan.pairs.resize(m_options.limit);
}

Status DuplicateRun::run()
{
    if (Status s = loadPeople(); !s)
        return s;
    groupWritings();
    lap("load");
    if (Status s = readKeyCache(); !s)
        return s;
    lap("cache_read");
    transliterate();
    lap("transliterate");
    writeKeyCache();
    lap("cache_write");
    report(88, DuplicateFinder::tr("Comparing people in blocks…"));
    if (Status s = loadDismissals(); !s)
        return s;
    blockByIdNumber();
    report(92, DuplicateFinder::tr("Comparing people in blocks…"));
    blockByNameAndBirthDate();
    report(95, DuplicateFinder::tr("Comparing people in blocks…"));
    blockBySound();
    lap("blocks");
    scoreAndRank();
    lap("score");
    report(100, DuplicateFinder::tr("Done."));
    return {};
}
} // namespace

Result<DuplicateScan> DuplicateFinder::run(const Options& options, const Progress& progress)
{
    if (!m_actor.can(Right::MergePeople))
        return refused(m_db.sql(), m_actor, QStringLiteral("person"), {},
                       denied(Roles::deniedMessage(m_actor, tr("look for duplicate people"))));
    try {
        DuplicateRun run(m_db, options, progress);
        if (Status s = run.run(); !s)
            return s.error();
        return std::move(run.scan());
    } catch (const Cancelled&) {
        return Error{{}, tr("Duplicate detection was cancelled."), Error::Kind::Cancelled};
    }
}

} // namespace hc
