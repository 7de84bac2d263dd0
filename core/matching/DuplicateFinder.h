#pragma once
// Finds possible duplicate people by three rules, each pair with its reasons and a score:
// the same ID number written two ways (15/18 digits, lower-case x, spaces), the same name and
// birth date, or names that sound alike in pinyin with the same birth year and area. Blocking:
// people are grouped by a key per rule (never all pairs); blocks larger than maxBlock are left
// out and counted. Phonetic keys are cached per distinct name in name_phonetic. Pairs the
// investigator dismissed are skipped.
//
// A pair's score is the sum of its reasons' points, shown term by term: the first rule that
// found it (same ID number 90, same name and birth date 60, names that sound alike 40), +10 for
// each further rule, then what agrees or disagrees (sex, ID numbers, name, birth date, area).
// Above 100 a "capped" term takes the excess off, below 0 a term brings it back to 0, so the
// terms always add up to the score shown. Pairs under Options::minScore are not listed.

#include "core/auth/Actor.h"
#include "core/common/Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <functional>

namespace hc {

class Database;

// One factor of a score, for the "why" column: translated text and the points it gave.
struct MatchReason
{
    QString text;
    int points = 0;
};

// Adds up a score's terms. Outside lo..hi a term of its own ("Capped at 100.", "Raised to 0.")
// brings the sum back, so the terms shown always add up to the score.
class MatchScore
{
    Q_DECLARE_TR_FUNCTIONS(hc::MatchScore)
public:
    static int addUp(QList<MatchReason>& reasons, int lo, int hi);
};

struct DuplicatePerson
{
    qint64 id = 0;
    QString name;
    QString idNumber; // as stored
    QString birthDate;
    int birthYear = 0; // 0: unknown
    QString sex;       // M, F or empty
};

struct DuplicatePair
{
    enum Rule
    {
        SameIdNumber = 1,
        SameNameBirthDate = 2,
        SoundAlike = 4
    };
    static constexpr int kAllRules = SameIdNumber | SameNameBirthDate | SoundAlike;
    static constexpr int kMaxScore = 100;

    DuplicatePerson a; // the smaller id
    DuplicatePerson b;
    int rules = 0;              // Rule bits
    int score = 0;              // 0-100: the sum of the reasons' points
    QList<MatchReason> reasons; // every term of the score, in the order shown

    QJsonObject toJson() const;
    static QString ruleLabel(Rule rule);
    QString rulesText() const; // the rule labels joined
};

struct DuplicateScan
{
    QList<DuplicatePair> pairs; // best score first
    qint64 people = 0;
    qint64 totalPairs = 0;    // listed (at least minScore, found by a chosen rule), before the limit
    qint64 belowMinScore = 0; // found, but scored under minScore
    qint64 otherRules = 0;    // found only by rules the options left out
    qint64 comparisons = 0;
    qint64 blocks = 0;        // blocks of 2+ people compared
    qint64 skippedBlocks = 0; // larger than maxBlock
    qint64 skippedPeople = 0;
    qint64 dismissedSkipped = 0;
    qint64 namesKeyed = 0; // distinct names transliterated in this run (not in the cache)
    qint64 distinctNames = 0;
    QJsonObject timingsMs; // per stage

    QJsonObject toJson() const; // figures only
};

class DuplicateFinder
{
    Q_DECLARE_TR_FUNCTIONS(hc::DuplicateFinder)
public:
    // Called now and then with 0-100; returning false cancels (the run returns Cancelled).
    using Progress = std::function<bool(int percent, const QString& stage)>;
    // The default minimum score: the weakest rule's points (names that sound alike, 40) with
    // nothing against it. Names that sound alike with different birth dates (30, or 35 with the
    // same sex), different ID numbers (20) or a different sex (10) are counted, not listed.
    static constexpr int kDefaultMinScore = 40;

    struct Options
    {
        int maxBlock = 50; // people; a larger block (a very common name) is skipped
        int limit = 0;     // pairs to return, best first; 0: all
        bool writeCache = true;
        int minScore = kDefaultMinScore;      // pairs scoring less are counted, not listed
        int rules = DuplicatePair::kAllRules; // list pairs found by one of these rules (Rule bits)
    };

    DuplicateFinder(Database& db, Actor actor);
    Result<DuplicateScan> run(const Options& options, const Progress& progress = {});
    Result<DuplicateScan> run() { return run(Options{}); }

private:
    Database& m_db;
    Actor m_actor;
};

} // namespace hc
