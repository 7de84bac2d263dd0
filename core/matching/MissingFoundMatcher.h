#pragma once
// Missing vs found: ranks the open found-person records against a case's subject, or the
// open and investigating cases against a found person. Each factor (sex, age at the date
// found against the estimated range, height, place, time, name) gives points and a reason the
// UI shows; a sex mismatch, an age far outside the range or a person found before the subject
// went missing rules a candidate out. Identifying marks (schema 13) add points: the same kind at
// the same location 20 (kind "other" 10), the same kind at a neighbouring location 5 (see
// markPoints). Needs the EditCases right.
//
// People found living unregistered in the sweep (a screening "unregistered_found") are candidates
// for a case too, as their own kind: people taken as children may live unregistered elsewhere.
// They are compared as a found person is: their sex, their birth year (or an age written in the
// screening's notes, "约8岁") against the subject's, the household's address as the place and
// the date first found unregistered as the date found.
//
// A candidate's score is the sum of its reasons' points, every term shown (a term of its own
// raises a negative sum to 0). Candidates under the minimum score are counted, not listed, and
// so are the pairs an investigator ruled out (MatchDecisionService).

#include "core/auth/Actor.h"
#include "core/cases/IdentifyingMarks.h"
#include "core/common/Result.h"
#include "core/matching/DuplicateFinder.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QList>

namespace hc {

class Database;

struct MatchCandidate
{
    enum class Kind
    {
        FoundPerson,
        Case,
        Unregistered // a person found living unregistered (id: persons.id; number: household)
    };
    Kind kind = Kind::FoundPerson;
    qint64 id = 0;
    QString number; // record number or case number
    QString name;   // the subject's name, or the name the found person gave
    QString sex;    // M, F or empty
    QString age;    // "34" or "30–40"; empty when unknown
    int heightCm = 0;
    QString place; // last seen / found
    QString date;  // last seen / found
    QString station;
    QString status;
    int score = 0; // the reasons' points added up (at least 0, see MatchScore)
    QList<MatchReason> reasons;

    QJsonObject toJson() const;
};

struct MatchResult
{
    MatchCandidate::Kind subjectKind = MatchCandidate::Kind::Case;
    qint64 subjectId = 0;
    QString subjectNumber;
    QString subjectSummary;           // one line: name, sex, age, height, place and date
    QList<MatchCandidate> candidates; // best first
    int excluded = 0;                 // ruled out by sex, age or time
    int belowMinScore = 0;            // scored under the minimum score
    int ruledOut = 0;                 // pairs an investigator ruled out (not scored)

    QJsonObject toJson() const;
};

class MissingFoundMatcher
{
    Q_DECLARE_TR_FUNCTIONS(hc::MissingFoundMatcher)
public:
    // Years an age may lie outside the estimated range before the candidate is ruled out.
    static constexpr int kAgeTolerance = 5;
    // The default minimum score: more than one factor speaks for the candidate; the same sex
    // (20) or an age within the range (25) alone is not enough.
    static constexpr int kDefaultMinScore = 30;

    MissingFoundMatcher(Database& db, Actor actor);

    Result<MatchResult> forCase(qint64 caseId, int limit = 50, int minScore = kDefaultMinScore);
    Result<MatchResult> forFoundPerson(qint64 foundPersonId, int limit = 50, int minScore = kDefaultMinScore);
    Result<qint64> caseId(const QString& caseNo) const;
    Result<qint64> foundPersonId(const QString& recordNo) const;

    // The facts compared, exposed for tests and for the scoring of hand-made pairs.
    struct Missing
    {
        qint64 id = 0;
        QString caseNo, name, sex, lastSeenPlace, station, status;
        int birthYear = 0, heightCm = 0;
        qint64 stationId = 0;
        QDate lastSeen;
        qint64 personId = 0; // the registered subject, if any
        QString description; // a height written here counts when heightCm is 0
        QList<IdentifyingMark> marks;
    };
    struct Found
    {
        qint64 id = 0;
        QString recordNo, circumstance, sex, name, place, station, status;
        int ageMin = -1, ageMax = -1, heightCm = 0;
        qint64 stationId = 0;
        QDate found;
        QList<IdentifyingMark> marks;
        // An unregistered person: a birth year (0 unknown) instead of an age range, and the
        // notes of the screening, where an age may be written.
        bool unregistered = false;
        int birthYear = 0;
        QString notes;
    };
    // Points for one pair of marks: 20 for the same kind at the same location (10 when the kind
    // is "other", which says less), 5 for the same kind at a neighbouring location (the other
    // side, arm and hand, leg and foot, head and face, face and neck, chest and abdomen) or where
    // either location is "other"; else 0. A mark on one side only counts neither way: marks are
    // missed by whoever describes a person, and new ones come.
    static constexpr int kSameMarkPoints = 20;
    static constexpr int kSameOtherMarkPoints = 10;
    static constexpr int kNearMarkPoints = 5;
    static int markPoints(const IdentifyingMark& a, const IdentifyingMark& b);
    // Points and reasons; false when the pair is ruled out.
    static bool score(const Missing& m, const Found& f, int& points, QList<MatchReason>& reasons);

private:
    Status mayMatch() const;
    Database& m_db;
    Actor m_actor;
};

} // namespace hc
