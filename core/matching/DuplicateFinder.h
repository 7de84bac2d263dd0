#pragma once
// Finds possible duplicate people by three rules, each pair with its reasons and a score:
// the same ID number written two ways (15/18 digits, lower-case x, spaces), the same name and
// birth date, or names that sound alike in pinyin with the same birth year and area. Blocking:
// people are grouped by a key per rule (never all pairs); blocks larger than maxBlock are left
// out and counted. Phonetic keys are cached per distinct name in name_phonetic. Pairs the
// investigator dismissed are skipped.

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
    DuplicatePerson a; // the smaller id
    DuplicatePerson b;
    int rules = 0; // Rule bits
    int score = 0; // 0-100
    QList<MatchReason> reasons;

    QJsonObject toJson() const;
    static QString ruleLabel(Rule rule);
    QString rulesText() const; // the rule labels joined
};

struct DuplicateScan
{
    QList<DuplicatePair> pairs; // best score first
    qint64 people = 0;
    qint64 totalPairs = 0; // before the limit
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
    struct Options
    {
        int maxBlock = 50; // people; a larger block (a very common name) is skipped
        int limit = 0;     // pairs to return, best first; 0: all
        bool writeCache = true;
    };

    DuplicateFinder(Database& db, Actor actor);
    Result<DuplicateScan> run(const Options& options, const Progress& progress = {});
    Result<DuplicateScan> run() { return run(Options{}); }

private:
    Database& m_db;
    Actor m_actor;
};

} // namespace hc
