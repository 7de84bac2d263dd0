#pragma once
// The demo city's draws that go beyond picking a word, none of which touch the database:
// households and their screening results, unique ID numbers, the visits a household gets, and the
// case outcomes that reproduce the published figures. DemoGenerator writes the results; keeping
// the two apart lets each read as one thing and stay a reviewable size.

#include "core/demo/DemoNames.h"

#include <QDate>
#include <QString>
#include <QStringList>
#include <vector>

namespace hc::demo {

// ---- Residents ----------------------------------------------------------------------------
enum class Check
{
    Present,
    AwayVerified,
    AwayUnverified,
    Unknown,
    Deceased,
    MovedOut,
    Unregistered
};
QString code(Check check); // the screenings.status code

// One member of the household being generated; only the current household is ever held.
struct Member
{
    qint64 id = 0;
    QString name, phone, relation, whereabouts, verifiedBy, eventDate, notes;
    QDate birth;
    int age = 0; // on the operation's first day
    bool male = true;
    Check check = Check::Present;
};

// Fills `out` with a plausible household of `size` (1..7): head (户主), spouse, children or
// grandchildren, parents, siblings, with surnames, ages relative to `reference`, adults' phones.
void makeFamily(Rng& rng, int size, QDate reference, std::vector<Member>& out);

// Hands out ID numbers so that no two people share one: a counter per (area code, birth date,
// sex) slot, stepped through a fixed permutation so sequences look scattered. A few MB at any
// scale, where a set of issued numbers would grow with the population.
class IdAllocator
{
public:
    IdAllocator();
    int codes() const { return int(m_codes.size()); }
    // Code index: 0..5 the sub-bureaus' own districts, then other cities. Empty only if some
    // 15,000 people of one sex shared a birthday.
    QString make(int code, QDate birth, bool male);

private:
    QStringList m_codes;
    int m_days = 0;
    std::vector<quint16> m_used;
};

// Draws about `target` candidates from a stream whose length is only estimated: the chance
// follows what is still wanted over the weight still expected, so the count lands near the
// target at every scale (the published figures are counts, not rates).
struct Quota
{
    qint64 target = 0, taken = 0;
    double seen = 0, prior = 1; // weight seen so far; expected weight per household at the start
    bool draw(Rng& rng, double weight, qint64 done, qint64 total);
};

// Screening result for a registered member screened at `at`: whereabouts unknown through the
// quota, else by age (present ~85%, away verified ~10%, unverified ~2.5%, moved out, deceased),
// with whereabouts text, how it was verified, event date and notes.
void drawCheck(Rng& rng, Member& m, Quota& unknown, qint64 done, qint64 total, QDate at);

// A member living in `family`'s home with no registration (黑户): mostly undeclared children.
Member unregisteredMember(Rng& rng, const std::vector<Member>& family, QDate reference);
// Someone from outside the registry whom the public reports missing.
Member outsider(Rng& rng, QDate reference);
// When a member screened as whereabouts unknown on `at` was last seen: weeks to some twenty years
// before, not before childhood. Also writes the screening's note.
QDate lastSeenBefore(Rng& rng, Member& m, QDate at);

// ---- The sweep ---------------------------------------------------------------------------
enum class Outcome
{
    Completed,
    NoAnswer,
    Refused,
    Vacant,
    Demolished,
    NotFound
};
QString code(Outcome outcome); // the visits.outcome code

struct PlannedVisit
{
    int day = 0; // 0 = the operation's first day
    Outcome outcome = Outcome::Completed;
};
// The visits one household gets, in order. `day` is when its covering visit falls (for the ~3%
// still pending at the end: its first failed attempt). About 87% are covered at the first knock,
// 8% after one or two failed ones, 1.5% found vacant, 0.5% demolished, a few address-not-found.
std::vector<PlannedVisit> planVisits(Rng& rng, int day, int days);

struct Area
{
    qint64 id = 0, planned = 0; // row id; households to generate
    qint64 firstHousehold = 0;  // its households' ids run firstHousehold .. + planned - 1
    QString name;
    bool village = false;
    QStringList roads;
    int firstNumber = 1, units = 2, next = 0;
    double weight = 1;
};
Area makeArea(Rng& rng, bool village);
// The next registered address: "…路N号N单元N室" in town, "…村N组N号" in a village.
QString nextAddress(Rng& rng, Area& area);

// ---- Cases -------------------------------------------------------------------------------
// A case before it is written: ~1,000 at scale 1, the only per-person list the generator keeps.
struct CaseSeed
{
    qint64 opened = 0; // seconds since the operation's first day began
    qint64 personId = 0, screeningId = 0, createdBy = 0, kinId = 0, rowId = 0;
    int station = 0, age = 0, duplicateOf = -1, number = 0;
    bool male = true, reunited = false;
    QDate lastSeen, outcome;
    QString area, reporterName, reporterPhone, kinName, kinRelation, kinPhone, status, crime;
    QString name, place; // the subject's name; where last seen (set when written)
    int birthYear = 0, heightCm = 0;
};
QString caseNumber(int number); // SZ2026-00001

// Gives every case that is not a duplicate a status, crime kind, outcome date and the reunited
// flag. At scale 1 the figures are those published: 551 found alive + 52 rescued (5 kidnapping,
// 36 trafficking, 11 pyramid-selling), 25 found deceased (2 homicides), 12 closed otherwise,
// 512 families reunited; other scales multiply them, keeping one homicide and one kidnapping
// from scale 0.01 up. Outcome dates fall after opening and never after `latest`.
void assignOutcomes(Rng& rng, std::vector<CaseSeed>& cases, double scale, QDate start, QDate latest);
// Splits `ids` into consecutive groups of lo..hi; a short tail joins the last group.
std::vector<std::vector<int>> rings(Rng& rng, const std::vector<int>& ids, int lo, int hi);

} // namespace hc::demo
