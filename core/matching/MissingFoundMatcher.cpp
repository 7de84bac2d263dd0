#include "core/matching/MissingFoundMatcher.h"

#include "core/auth/Scope.h"
#include "core/matching/MissingFoundStore.h"
#include "core/matching/PhoneticKey.h"
#include "core/matching/PlaceOverlap.h"
#include "core/registry/Vocabulary.h"
#include "core/storage/Database.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>
#include <limits>

namespace hc {

namespace {
// A height written in the description ("身高约165厘米", "about 165 cm"), for cases whose
// subject_height_cm is not filled in; 0 when none.
int heightFromDescription(const QString& text)
{
    static const QRegularExpression re(
        QStringLiteral(
            "(?:身高约?|height\\s*(?:about\\s*)?)(\\d{2,3})\\s*(?:厘米|cm)|(\\d{2,3})\\s*(?:厘米|cm)"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = re.match(text);
    if (!m.hasMatch())
        return 0;
    const int cm = (m.captured(1).isEmpty() ? m.captured(2) : m.captured(1)).toInt();
    return cm > 30 && cm < 260 ? cm : 0;
}

QString ageText(int min, int max)
{
    if (min < 0 && max < 0)
        return {};
    if (min == max)
        return QString::number(min);
    return QStringLiteral("%1–%2").arg(min < 0 ? QString() : QString::number(min),
                                       max < 0 ? QString() : QString::number(max));
}

QJsonArray reasonsJson(const QList<MatchReason>& reasons)
{
    QJsonArray a;
    for (const MatchReason& r : reasons)
        a << QJsonObject{{QStringLiteral("text"), r.text}, {QStringLiteral("points"), r.points}};
    return a;
}

QString kindCode(MatchCandidate::Kind k)
{
    switch (k) {
    case MatchCandidate::Kind::Case:
        return QStringLiteral("case");
    case MatchCandidate::Kind::Unregistered:
        return QStringLiteral("unregistered_person");
    case MatchCandidate::Kind::FoundPerson:
        break;
    }
    return QStringLiteral("found_person");
}
} // namespace

QJsonObject MatchCandidate::toJson() const
{
    return QJsonObject{{QStringLiteral("kind"), kindCode(kind)},
                       {QStringLiteral("id"), id},
                       {QStringLiteral("number"), number},
                       {QStringLiteral("name"), name},
                       {QStringLiteral("sex"), sex},
                       {QStringLiteral("age"), age},
                       {QStringLiteral("height_cm"), heightCm},
                       {QStringLiteral("place"), place},
                       {QStringLiteral("date"), date},
                       {QStringLiteral("station"), station},
                       {QStringLiteral("status"), status},
                       {QStringLiteral("score"), score},
                       {QStringLiteral("reasons"), reasonsJson(reasons)}};
}

QJsonObject MatchResult::toJson() const
{
    QJsonArray list;
    for (const MatchCandidate& c : candidates)
        list << c.toJson();
    return QJsonObject{{QStringLiteral("subject_kind"), kindCode(subjectKind)},
                       {QStringLiteral("subject_id"), subjectId},
                       {QStringLiteral("subject_number"), subjectNumber},
                       {QStringLiteral("subject"), subjectSummary},
                       {QStringLiteral("excluded"), excluded},
                       {QStringLiteral("below_min_score"), belowMinScore},
                       {QStringLiteral("ruled_out"), ruledOut},
                       {QStringLiteral("candidates"), list}};
}

MissingFoundMatcher::MissingFoundMatcher(Database& db, Actor actor) : m_db(db), m_actor(std::move(actor)) {}

namespace {
using M = MissingFoundMatcher;

QString sexText(const QString& sex)
{
    return sex.isEmpty() ? QString() : Vocabulary::sexLabel(sex.at(0));
}

// The factors, each adding its reason; false when it rules the pair out.
bool sexFactor(const M::Missing& m, const M::Found& f, QList<MatchReason>& reasons)
{
    // A mismatch rules out when both are known.
    if (m.sex.isEmpty() || f.sex.isEmpty()) {
        reasons << MatchReason{MissingFoundMatcher::tr("Sex not known on both sides."), 0};
        return true;
    }
    if (m.sex != f.sex)
        return false;
    reasons << MatchReason{MissingFoundMatcher::tr("Same sex (%1).").arg(sexText(m.sex)), 20};
    return true;
}

bool timeFactor(const M::Missing& m, const M::Found& f, QList<MatchReason>& reasons)
{
    // Found after last seen, the nearer the better.
    if (!m.lastSeen.isValid() || !f.found.isValid())
        return true;
    const qint64 days = m.lastSeen.daysTo(f.found);
    if (days < 0)
        return false;
    const int p = days <= 30 ? 15 : days <= 180 ? 10 : days <= 730 ? 5 : 0;
    reasons << MatchReason{MissingFoundMatcher::tr("Found %n day(s) after last seen.", nullptr, int(days)),
                           p};
    return true;
}

bool ageFactor(const M::Missing& m, const M::Found& f, QList<MatchReason>& reasons)
{
    // Age at the date found against the estimated range; the birth year alone leaves a year's doubt.
    if (m.birthYear <= 0 || !f.found.isValid() || (f.ageMin < 0 && f.ageMax < 0))
        return true;
    const int age = f.found.year() - m.birthYear;
    const int lo = f.ageMin >= 0 ? f.ageMin : 0, hi = f.ageMax >= 0 ? f.ageMax : 150;
    const int outside = age + 1 < lo ? lo - age - 1 : age - 1 > hi ? age - 1 - hi : 0;
    if (outside > M::kAgeTolerance)
        return false;
    if (outside == 0)
        reasons << MatchReason{MissingFoundMatcher::tr("Age about %1 when found, within the estimated %2.")
                                   .arg(age)
                                   .arg(ageText(f.ageMin, f.ageMax)),
                               25};
    else
        reasons << MatchReason{
            MissingFoundMatcher::tr("Age about %1 when found, %n year(s) outside the estimated %2.", nullptr,
                                    outside)
                .arg(age)
                .arg(ageText(f.ageMin, f.ageMax)),
            10 - 2 * outside};
    return true;
}

// An unregistered person's birth year, or one from an age written in the notes ("约8岁",
// "about 8 years old") at the date found; 0 when neither is known.
int unregisteredBirthYear(const M::Found& f)
{
    if (f.birthYear > 0)
        return f.birthYear;
    static const QRegularExpression re(
        QStringLiteral("(\\d{1,3})\\s*(?:周岁|岁)|(\\d{1,3})\\s*years?\\s*old"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = re.match(f.notes);
    if (!match.hasMatch() || !f.found.isValid())
        return 0;
    const int age = (match.captured(1).isEmpty() ? match.captured(2) : match.captured(1)).toInt();
    return age < 120 ? f.found.year() - age : 0;
}

// An unregistered person's birth year against the subject's, with a year's doubt either way.
bool birthYearFactor(const M::Missing& m, const M::Found& f, QList<MatchReason>& reasons)
{
    const int born = unregisteredBirthYear(f);
    if (m.birthYear <= 0 || born <= 0)
        return true;
    const int outside = std::max(0, std::abs(m.birthYear - born) - 1);
    if (outside > M::kAgeTolerance)
        return false;
    if (outside == 0)
        reasons << MatchReason{
            MissingFoundMatcher::tr("Born about %1, as the subject (%2).").arg(born).arg(m.birthYear), 25};
    else
        reasons << MatchReason{
            MissingFoundMatcher::tr("Born about %1, %n year(s) from the subject's %2.", nullptr, outside)
                .arg(born)
                .arg(m.birthYear),
            10 - 2 * outside};
    return true;
}

void heightFactor(const M::Missing& m, const M::Found& f, QList<MatchReason>& reasons)
{
    if (m.heightCm <= 0 || f.heightCm <= 0)
        return;
    const int diff = std::abs(m.heightCm - f.heightCm);
    const int p = diff <= 3 ? 15 : diff <= 7 ? 8 : diff <= 12 ? 0 : -10;
    reasons << MatchReason{
        MissingFoundMatcher::tr("Height %1 cm against %2 cm.").arg(m.heightCm).arg(f.heightCm), p};
}

void placeFactors(const M::Missing& m, const M::Found& f, QList<MatchReason>& reasons)
{
    // The same station, and the named places or roads the two descriptions share.
    if (m.stationId && m.stationId == f.stationId)
        reasons << MatchReason{MissingFoundMatcher::tr("Same station (%1).").arg(m.station), 10};
    if (m.lastSeenPlace.isEmpty() || f.place.isEmpty())
        return;
    const PlaceOverlap shared = placeOverlap(m.lastSeenPlace, f.place);
    if (shared.points > 0)
        reasons << MatchReason{MissingFoundMatcher::tr("Places share %1.")
                                   .arg(shared.shared.mid(0, 5).join(QStringLiteral(", "))),
                               shared.points};
}

void nameFactor(const M::Missing& m, const M::Found& f, QList<MatchReason>& reasons)
{
    // Name, where the found person gave one.
    if (m.name.isEmpty() || f.name.isEmpty())
        return;
    static thread_local PhoneticKeys keys;
    const QString km = keys.key(m.name), kf = keys.key(f.name);
    if (m.name == f.name)
        reasons << MatchReason{MissingFoundMatcher::tr("Same name (%1).").arg(m.name), 25};
    else if (m.name.contains(f.name) || f.name.contains(m.name))
        reasons << MatchReason{MissingFoundMatcher::tr("Name %1 is part of %2.").arg(f.name, m.name), 15};
    else if (!km.isEmpty() && km == kf)
        reasons << MatchReason{MissingFoundMatcher::tr("Names sound alike (%1).").arg(km), 20};
    else if (!km.isEmpty() && !kf.isEmpty() && editDistance(km, kf) <= 2)
        reasons << MatchReason{MissingFoundMatcher::tr("Names sound similar (%1, %2).").arg(km, kf), 8};
    else
        reasons << MatchReason{MissingFoundMatcher::tr("Different name (%1).").arg(f.name), -5};
}

bool neighbouring(const QString& a, const QString& b)
{
    static const QSet<QString> pairs = [] {
        QSet<QString> out;
        const char* near[][2] = {{"left_arm", "right_arm"}, {"left_hand", "right_hand"},
                                 {"left_leg", "right_leg"}, {"left_foot", "right_foot"},
                                 {"left_arm", "left_hand"}, {"right_arm", "right_hand"},
                                 {"left_leg", "left_foot"}, {"right_leg", "right_foot"},
                                 {"head", "face"},          {"face", "neck"},
                                 {"chest", "abdomen"}};
        for (const auto& p : near) {
            out << QString::fromLatin1(p[0]) + QLatin1Char('|') + QString::fromLatin1(p[1]);
            out << QString::fromLatin1(p[1]) + QLatin1Char('|') + QString::fromLatin1(p[0]);
        }
        return out;
    }();
    return a == u"other" || b == u"other" || pairs.contains(a + QLatin1Char('|') + b);
}

QString markDescriptions(const IdentifyingMark& a, const IdentifyingMark& b)
{
    QStringList d;
    for (const QString& t : {a.description.trimmed(), b.description.trimmed()})
        if (!t.isEmpty() && !d.contains(t))
            d << t;
    return d.join(QStringLiteral(" / "));
}

MatchReason markReason(const IdentifyingMark& a, const IdentifyingMark& b, int points)
{
    const QString kind = MarkVocabulary::kindLabel(a.kind);
    const QString descriptions = markDescriptions(a, b);
    QString text;
    if (a.location == b.location)
        text = descriptions.isEmpty()
                   ? MissingFoundMatcher::tr("Same mark: %1, %2.")
                         .arg(kind, MarkVocabulary::locationLabel(a.location))
                   : MissingFoundMatcher::tr("Same mark: %1, %2 (%3).")
                         .arg(kind, MarkVocabulary::locationLabel(a.location), descriptions);
    else
        text = MissingFoundMatcher::tr("Similar mark: %1, %2 against %3.")
                   .arg(kind, MarkVocabulary::locationLabel(a.location),
                        MarkVocabulary::locationLabel(b.location));
    return MatchReason{text, points};
}

// Each of the missing person's marks pairs with at most one of the found person's, the best
// pairs first; one reason per pair that scores.
void marksFactor(const M::Missing& m, const M::Found& f, QList<MatchReason>& reasons)
{
    struct Pair
    {
        int points, i, j;
    };
    QList<Pair> pairs;
    for (int i = 0; i < m.marks.size(); ++i)
        for (int j = 0; j < f.marks.size(); ++j)
            if (const int p = MissingFoundMatcher::markPoints(m.marks[i], f.marks[j]); p > 0)
                pairs << Pair{p, i, j};
    std::stable_sort(pairs.begin(), pairs.end(),
                     [](const Pair& a, const Pair& b) { return a.points > b.points; });
    QSet<int> usedM, usedF;
    for (const Pair& p : pairs) {
        if (usedM.contains(p.i) || usedF.contains(p.j))
            continue;
        usedM.insert(p.i);
        usedF.insert(p.j);
        reasons << markReason(m.marks[p.i], f.marks[p.j], p.points);
    }
}

// Best score first; on a tie, the nearer in time: found persons found earliest after the
// subject was last seen (latestFirst false), cases last seen latest before the person was found.
void rank(QList<MatchCandidate>& list, int limit, bool latestFirst)
{
    std::stable_sort(list.begin(), list.end(),
                     [latestFirst](const MatchCandidate& a, const MatchCandidate& b) {
                         if (a.score != b.score)
                             return a.score > b.score;
                         if (a.date.isEmpty() != b.date.isEmpty())
                             return b.date.isEmpty();
                         return latestFirst ? a.date > b.date : a.date < b.date;
                     });
    if (limit > 0 && list.size() > limit)
        list.resize(limit);
}

// Counts a scored candidate: ruled out, under the minimum, or listed.
void admit(MatchResult& r, bool inRange, MatchCandidate&& c, int minScore)
{
    if (!inRange)
        ++r.excluded;
    else if (c.score < minScore)
        ++r.belowMinScore;
    else
        r.candidates << std::move(c);
}

MatchCandidate foundCandidate(const M::Found& f)
{
    MatchCandidate c;
    c.kind = MatchCandidate::Kind::FoundPerson;
    c.id = f.id;
    c.number = f.recordNo;
    c.name = f.name;
    c.sex = f.sex;
    c.age = ageText(f.ageMin, f.ageMax);
    c.heightCm = f.heightCm;
    c.place = f.place;
    c.date = f.found.toString(Qt::ISODate);
    c.station = f.station;
    c.status = f.status;
    return c;
}

MatchCandidate unregisteredCandidate(const M::Found& f)
{
    MatchCandidate c = foundCandidate(f);
    c.kind = MatchCandidate::Kind::Unregistered;
    const int born = unregisteredBirthYear(f);
    c.age = born > 0 && f.found.isValid() ? QString::number(f.found.year() - born) : QString();
    return c;
}

MatchCandidate caseCandidate(const M::Missing& m, const M::Found& f)
{
    MatchCandidate c;
    c.kind = MatchCandidate::Kind::Case;
    c.id = m.id;
    c.number = m.caseNo;
    c.name = m.name;
    c.sex = m.sex;
    c.age = m.birthYear > 0 && f.found.isValid() ? QString::number(f.found.year() - m.birthYear) : QString();
    c.heightCm = m.heightCm;
    c.place = m.lastSeenPlace;
    c.date = m.lastSeen.toString(Qt::ISODate);
    c.station = m.station;
    c.status = m.status;
    return c;
}

QString caseSummary(const M::Missing& m)
{
    QStringList summary{m.name.isEmpty() ? MissingFoundMatcher::tr("(name unknown)") : m.name};
    if (!m.sex.isEmpty())
        summary << sexText(m.sex);
    if (m.birthYear > 0)
        summary << MissingFoundMatcher::tr("born %1").arg(m.birthYear);
    if (m.heightCm > 0)
        summary << MissingFoundMatcher::tr("%1 cm").arg(m.heightCm);
    if (m.lastSeen.isValid() || !m.lastSeenPlace.isEmpty())
        summary << MissingFoundMatcher::tr("last seen %1 %2")
                       .arg(m.lastSeen.toString(Qt::ISODate), m.lastSeenPlace)
                       .trimmed();
    return summary.join(QStringLiteral(", "));
}

QString foundSummary(const M::Found& f)
{
    QStringList summary{f.name.isEmpty() ? MissingFoundMatcher::tr("(no name given)") : f.name};
    if (!f.sex.isEmpty())
        summary << sexText(f.sex);
    if (!ageText(f.ageMin, f.ageMax).isEmpty())
        summary << MissingFoundMatcher::tr("age %1").arg(ageText(f.ageMin, f.ageMax));
    if (f.heightCm > 0)
        summary << MissingFoundMatcher::tr("%1 cm").arg(f.heightCm);
    summary << MissingFoundMatcher::tr("found %1 %2").arg(f.found.toString(Qt::ISODate), f.place).trimmed();
    return summary.join(QStringLiteral(", "));
}

// A height only written in the description counts too.
QList<M::Missing> withHeights(QList<M::Missing> cases)
{
    for (M::Missing& m : cases)
        if (m.heightCm == 0)
            m.heightCm = heightFromDescription(m.description);
    return cases;
}
} // namespace

int MissingFoundMatcher::markPoints(const IdentifyingMark& a, const IdentifyingMark& b)
{
    if (a.kind != b.kind)
        return 0;
    if (a.location == b.location)
        return a.kind == u"other" ? kSameOtherMarkPoints : kSameMarkPoints;
    return neighbouring(a.location, b.location) ? kNearMarkPoints : 0;
}

bool MissingFoundMatcher::score(const Missing& m, const Found& f, int& points, QList<MatchReason>& reasons)
{
    reasons.clear();
    if (!sexFactor(m, f, reasons) || !timeFactor(m, f, reasons) ||
        !(f.unregistered ? birthYearFactor(m, f, reasons) : ageFactor(m, f, reasons)))
        return false;
    heightFactor(m, f, reasons);
    placeFactors(m, f, reasons);
    nameFactor(m, f, reasons);
    marksFactor(m, f, reasons);
    points = MatchScore::addUp(reasons, 0, std::numeric_limits<int>::max());
    return true;
}

Status MissingFoundMatcher::mayMatch() const
{
    if (!m_actor.can(Right::EditCases))
        return refused(m_db.sql(), m_actor, QStringLiteral("match"), {},
                       denied(Roles::deniedMessage(m_actor, tr("match missing and found people"))));
    return {};
}

Result<MatchResult> MissingFoundMatcher::forCase(qint64 caseId, int limit, int minScore)
{
    if (Status s = mayMatch(); !s)
        return s.error();
    const MissingFoundStore store(m_db.sql());
    const auto cases = store.caseById(caseId);
    if (!cases)
        return cases.error();
    if (cases->isEmpty())
        return notFound(QStringLiteral("case"), tr("There is no case number %1.").arg(caseId));
    const Missing m = withHeights(*cases).first();
    const auto found = store.openFound();
    if (!found)
        return found.error();
    const auto ruledOut = store.ruledOutForCase(caseId);
    if (!ruledOut)
        return ruledOut.error();
    MatchResult r;
    r.subjectKind = MatchCandidate::Kind::Case;
    r.subjectId = m.id;
    r.subjectNumber = m.caseNo;
    r.subjectSummary = caseSummary(m);
    for (const Found& f : *found) {
        if (ruledOut->contains(f.id)) {
            ++r.ruledOut;
            continue;
        }
        MatchCandidate c = foundCandidate(f);
        const bool inRange = score(m, f, c.score, c.reasons);
        admit(r, inRange, std::move(c), minScore);
    }
    // People found living unregistered, but not the subject himself.
    const auto unregistered = store.unregisteredFound();
    if (!unregistered)
        return unregistered.error();
    const auto ruledOutPersons = store.ruledOutPersonsForCase(caseId);
    if (!ruledOutPersons)
        return ruledOutPersons.error();
    for (const Found& f : *unregistered) {
        if (m.personId && f.id == m.personId)
            continue;
        if (ruledOutPersons->contains(f.id)) {
            ++r.ruledOut;
            continue;
        }
        MatchCandidate c = unregisteredCandidate(f);
        const bool inRange = score(m, f, c.score, c.reasons);
        admit(r, inRange, std::move(c), minScore);
    }
    rank(r.candidates, limit, false);
    return r;
}

Result<MatchResult> MissingFoundMatcher::forFoundPerson(qint64 foundPersonId, int limit, int minScore)
{
    if (Status s = mayMatch(); !s)
        return s.error();
    const MissingFoundStore store(m_db.sql());
    const auto found = store.foundById(foundPersonId);
    if (!found)
        return found.error();
    if (found->isEmpty())
        return notFound(QStringLiteral("found_person"),
                        tr("There is no found-person record number %1.").arg(foundPersonId));
    const Found& f = found->first();
    const auto cases = store.activeCases();
    if (!cases)
        return cases.error();
    const auto ruledOut = store.ruledOutForFound(foundPersonId);
    if (!ruledOut)
        return ruledOut.error();
    MatchResult r;
    r.subjectKind = MatchCandidate::Kind::FoundPerson;
    r.subjectId = f.id;
    r.subjectNumber = f.recordNo;
    r.subjectSummary = foundSummary(f);
    for (const Missing& m : withHeights(*cases)) {
        if (ruledOut->contains(m.id)) {
            ++r.ruledOut;
            continue;
        }
        MatchCandidate c = caseCandidate(m, f);
        const bool inRange = score(m, f, c.score, c.reasons);
        admit(r, inRange, std::move(c), minScore);
    }
    rank(r.candidates, limit, true);
    return r;
}

Result<qint64> MissingFoundMatcher::caseId(const QString& caseNo) const
{
    const auto id = MissingFoundStore(m_db.sql()).caseIdOf(caseNo.trimmed());
    if (!id)
        return id.error();
    if (!*id)
        return notFound(QStringLiteral("case"), tr("There is no case %1.").arg(caseNo.trimmed()));
    return *id;
}

Result<qint64> MissingFoundMatcher::foundPersonId(const QString& recordNo) const
{
    const auto id = MissingFoundStore(m_db.sql()).foundPersonIdOf(recordNo.trimmed());
    if (!id)
        return id.error();
    if (!*id)
        return notFound(QStringLiteral("found_person"),
                        tr("There is no found-person record %1.").arg(recordNo.trimmed()));
    return *id;
}

} // namespace hc
