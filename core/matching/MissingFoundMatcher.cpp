#include "core/matching/MissingFoundMatcher.h"

#include "core/matching/PhoneticKey.h"
#include "core/registry/Vocabulary.h"
#include "core/storage/Database.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>

namespace hc {

namespace {
// Place words too common to say anything (road, street, number, city, district...).
bool commonPlaceCharacter(QChar c)
{
    static const QString common = QStringLiteral("路街道巷号市区县镇乡村组楼单元栋室省附近的口站场中心家门");
    return common.contains(c);
}

// What two place descriptions share: Chinese character pairs and Latin words; when they share
// none, single Chinese characters other than the most common ones.
QStringList sharedPlaceParts(const QString& a, const QString& b, bool& characters)
{
    auto parts = [](const QString& text) {
        QSet<QString> out;
        static const QRegularExpression words(QStringLiteral("[A-Za-z]{3,}"));
        for (auto it = words.globalMatch(text); it.hasNext();)
            out.insert(it.next().captured().toLower());
        for (qsizetype i = 0; i + 1 < text.size(); ++i)
            if (text.at(i).script() == QChar::Script_Han && text.at(i + 1).script() == QChar::Script_Han)
                out.insert(text.mid(i, 2));
        return out;
    };
    QSet<QString> shared = parts(a) & parts(b);
    characters = false;
    if (shared.isEmpty()) {
        characters = true;
        for (QChar c : a)
            if (c.script() == QChar::Script_Han && !commonPlaceCharacter(c) && b.contains(c))
                shared.insert(QString(c));
    }
    QStringList list = shared.values();
    list.sort();
    return list;
}

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
    return k == MatchCandidate::Kind::Case ? QStringLiteral("case") : QStringLiteral("found_person");
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
                       {QStringLiteral("candidates"), list}};
}

MissingFoundMatcher::MissingFoundMatcher(Database& db, Actor actor) : m_db(db), m_actor(std::move(actor)) {}

bool MissingFoundMatcher::score(const Missing& m, const Found& f, int& points, QList<MatchReason>& reasons)
{
    reasons.clear();
    // Sex: a mismatch rules out when both are known.
    if (!m.sex.isEmpty() && !f.sex.isEmpty()) {
        if (m.sex != f.sex)
            return false;
        reasons << MatchReason{tr("Same sex (%1).").arg(Vocabulary::sexLabel(m.sex.at(0))), 20};
    } else {
        reasons << MatchReason{tr("Sex not known on both sides."), 0};
    }
    // Time: found after last seen, the nearer the better.
    if (m.lastSeen.isValid() && f.found.isValid()) {
        const qint64 days = m.lastSeen.daysTo(f.found);
        if (days < 0)
            return false;
        const int p = days <= 30 ? 15 : days <= 180 ? 10 : days <= 730 ? 5 : 0;
        reasons << MatchReason{tr("Found %n day(s) after last seen.", nullptr, int(days)), p};
    }
    // Age at the date found against the estimated range; the birth year alone leaves a year's doubt.
    if (m.birthYear > 0 && f.found.isValid() && (f.ageMin >= 0 || f.ageMax >= 0)) {
        const int age = f.found.year() - m.birthYear;
        const int lo = f.ageMin >= 0 ? f.ageMin : 0, hi = f.ageMax >= 0 ? f.ageMax : 150;
        const int outside = age + 1 < lo ? lo - age - 1 : age - 1 > hi ? age - 1 - hi : 0;
        if (outside > kAgeTolerance)
            return false;
        if (outside == 0)
            reasons << MatchReason{tr("Age about %1 when found, within the estimated %2.")
                                       .arg(age)
                                       .arg(ageText(f.ageMin, f.ageMax)),
                                   25};
        else
            reasons << MatchReason{
                tr("Age about %1 when found, %n year(s) outside the estimated %2.", nullptr, outside)
                    .arg(age)
                    .arg(ageText(f.ageMin, f.ageMax)),
                10 - 2 * outside};
    }
    // Height.
    if (m.heightCm > 0 && f.heightCm > 0) {
        const int diff = std::abs(m.heightCm - f.heightCm);
        const int p = diff <= 3 ? 15 : diff <= 7 ? 8 : diff <= 12 ? 0 : -10;
        reasons << MatchReason{tr("Height %1 cm against %2 cm.").arg(m.heightCm).arg(f.heightCm), p};
    }
    // Place: the same station, and what the two descriptions share.
    if (m.stationId && m.stationId == f.stationId)
        reasons << MatchReason{tr("Same station (%1).").arg(m.station), 10};
    if (!m.lastSeenPlace.isEmpty() && !f.place.isEmpty()) {
        bool characters = false;
        const QStringList shared = sharedPlaceParts(m.lastSeenPlace, f.place, characters);
        if (!shared.isEmpty()) {
            const int p =
                characters ? std::min(6, 2 * int(shared.size())) : std::min(15, 5 * int(shared.size()));
            reasons << MatchReason{tr("Places share %1.").arg(shared.mid(0, 5).join(QStringLiteral(", "))),
                                   p};
        }
    }
    // Name, where the found person gave one.
    if (!m.name.isEmpty() && !f.name.isEmpty()) {
        static thread_local PhoneticKeys keys;
        const QString km = keys.key(m.name), kf = keys.key(f.name);
        if (m.name == f.name)
            reasons << MatchReason{tr("Same name (%1).").arg(m.name), 25};
        else if (m.name.contains(f.name) || f.name.contains(m.name))
            reasons << MatchReason{tr("Name %1 is part of %2.").arg(f.name, m.name), 15};
        else if (!km.isEmpty() && km == kf)
            reasons << MatchReason{tr("Names sound alike (%1).").arg(km), 20};
        else if (!km.isEmpty() && !kf.isEmpty() && editDistance(km, kf) <= 2)
            reasons << MatchReason{tr("Names sound similar (%1, %2).").arg(km, kf), 8};
        else
            reasons << MatchReason{tr("Different name (%1).").arg(f.name), -5};
    }
    points = 0;
    for (const MatchReason& r : reasons)
        points += r.points;
    points = std::max(points, 0);
    return true;
}

Result<QList<MissingFoundMatcher::Missing>> MissingFoundMatcher::loadCases(const QString& where,
                                                                           const QVariant& value) const
{
    QSqlQuery q(m_db.sql());
    q.prepare(
        QStringLiteral(
            "SELECT c.id, c.case_no, coalesce(c.subject_name, p.name, ''), coalesce(c.subject_sex, p.sex, "
            "''), "
            "coalesce(c.subject_birth_year, p.birth_year, CAST(substr(p.birth_date, 1, 4) AS INTEGER), 0), "
            "coalesce(c.subject_height_cm, 0), coalesce(c.last_seen_date, ''), coalesce(c.last_seen_place, "
            "''), "
            "coalesce(c.station_id, 0), coalesce(st.name, ''), c.status, coalesce(c.description, '') "
            "FROM cases c LEFT JOIN persons p ON p.id = c.subject_person_id "
            "LEFT JOIN stations st ON st.id = c.station_id WHERE %1 ORDER BY c.id")
            .arg(where));
    if (value.isValid())
        q.addBindValue(value);
    if (!q.exec())
        return storageError(q.lastError().text());
    QList<Missing> out;
    while (q.next()) {
        Missing m;
        m.id = q.value(0).toLongLong();
        m.caseNo = q.value(1).toString();
        m.name = q.value(2).toString();
        m.sex = q.value(3).toString();
        m.birthYear = q.value(4).toInt();
        m.heightCm = q.value(5).toInt();
        if (m.heightCm == 0)
            m.heightCm = heightFromDescription(q.value(11).toString());
        m.lastSeen = QDate::fromString(q.value(6).toString().left(10), Qt::ISODate);
        m.lastSeenPlace = q.value(7).toString();
        m.stationId = q.value(8).toLongLong();
        m.station = q.value(9).toString();
        m.status = q.value(10).toString();
        out << m;
    }
    return out;
}

Result<QList<MissingFoundMatcher::Found>> MissingFoundMatcher::loadFound(const QString& where,
                                                                         const QVariant& value) const
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral(
                  "SELECT f.id, f.record_no, f.circumstance, coalesce(f.sex, ''), coalesce(f.age_min, -1), "
                  "coalesce(f.age_max, -1), coalesce(f.height_cm, 0), coalesce(f.name_given, ''), "
                  "f.place_found, f.found_date, coalesce(f.station_id, 0), coalesce(st.name, ''), f.status "
                  "FROM found_persons f LEFT JOIN stations st ON st.id = f.station_id WHERE %1 "
                  "ORDER BY f.id")
                  .arg(where));
    if (value.isValid())
        q.addBindValue(value);
    if (!q.exec())
        return storageError(q.lastError().text());
    QList<Found> out;
    while (q.next()) {
        Found f;
        f.id = q.value(0).toLongLong();
        f.recordNo = q.value(1).toString();
        f.circumstance = q.value(2).toString();
        f.sex = q.value(3).toString();
        f.ageMin = q.value(4).toInt();
        f.ageMax = q.value(5).toInt();
        f.heightCm = q.value(6).toInt();
        f.name = q.value(7).toString().trimmed();
        f.place = q.value(8).toString();
        f.found = QDate::fromString(q.value(9).toString().left(10), Qt::ISODate);
        f.stationId = q.value(10).toLongLong();
        f.station = q.value(11).toString();
        f.status = q.value(12).toString();
        out << f;
    }
    return out;
}

namespace {
QString sexText(const QString& sex)
{
    return sex.isEmpty() ? QString() : Vocabulary::sexLabel(sex.at(0));
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
} // namespace

Result<MatchResult> MissingFoundMatcher::forCase(qint64 caseId, int limit)
{
    if (!m_actor.can(Right::EditCases))
        return denied(Roles::deniedMessage(m_actor, tr("match missing and found people")));
    const auto cases = loadCases(QStringLiteral("c.id = ?"), caseId);
    if (!cases)
        return cases.error();
    if (cases->isEmpty())
        return notFound(QStringLiteral("case"), tr("There is no case number %1.").arg(caseId));
    const Missing& m = cases->first();
    const auto found = loadFound(QStringLiteral("f.status = 'open'"), {});
    if (!found)
        return found.error();
    MatchResult r;
    r.subjectKind = MatchCandidate::Kind::Case;
    r.subjectId = m.id;
    r.subjectNumber = m.caseNo;
    QStringList summary{m.name.isEmpty() ? tr("(name unknown)") : m.name};
    if (!m.sex.isEmpty())
        summary << sexText(m.sex);
    if (m.birthYear > 0)
        summary << tr("born %1").arg(m.birthYear);
    if (m.heightCm > 0)
        summary << tr("%1 cm").arg(m.heightCm);
    if (m.lastSeen.isValid() || !m.lastSeenPlace.isEmpty())
        summary << tr("last seen %1 %2").arg(m.lastSeen.toString(Qt::ISODate), m.lastSeenPlace).trimmed();
    r.subjectSummary = summary.join(QStringLiteral(", "));
    for (const Found& f : *found) {
        MatchCandidate c;
        if (!score(m, f, c.score, c.reasons)) {
            ++r.excluded;
            continue;
        }
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
        r.candidates << c;
    }
    rank(r.candidates, limit, false);
    return r;
}

Result<MatchResult> MissingFoundMatcher::forFoundPerson(qint64 foundPersonId, int limit)
{
    if (!m_actor.can(Right::EditCases))
        return denied(Roles::deniedMessage(m_actor, tr("match missing and found people")));
    const auto found = loadFound(QStringLiteral("f.id = ?"), foundPersonId);
    if (!found)
        return found.error();
    if (found->isEmpty())
        return notFound(QStringLiteral("found_person"),
                        tr("There is no found-person record number %1.").arg(foundPersonId));
    const Found& f = found->first();
    const auto cases = loadCases(QStringLiteral("c.status IN ('open', 'investigating')"), {});
    if (!cases)
        return cases.error();
    MatchResult r;
    r.subjectKind = MatchCandidate::Kind::FoundPerson;
    r.subjectId = f.id;
    r.subjectNumber = f.recordNo;
    QStringList summary{f.name.isEmpty() ? tr("(no name given)") : f.name};
    if (!f.sex.isEmpty())
        summary << sexText(f.sex);
    if (!ageText(f.ageMin, f.ageMax).isEmpty())
        summary << tr("age %1").arg(ageText(f.ageMin, f.ageMax));
    if (f.heightCm > 0)
        summary << tr("%1 cm").arg(f.heightCm);
    summary << tr("found %1 %2").arg(f.found.toString(Qt::ISODate), f.place).trimmed();
    r.subjectSummary = summary.join(QStringLiteral(", "));
    for (const Missing& m : *cases) {
        MatchCandidate c;
        if (!score(m, f, c.score, c.reasons)) {
            ++r.excluded;
            continue;
        }
        c.kind = MatchCandidate::Kind::Case;
        c.id = m.id;
        c.number = m.caseNo;
        c.name = m.name;
        c.sex = m.sex;
        c.age =
            m.birthYear > 0 && f.found.isValid() ? QString::number(f.found.year() - m.birthYear) : QString();
        c.heightCm = m.heightCm;
        c.place = m.lastSeenPlace;
        c.date = m.lastSeen.toString(Qt::ISODate);
        c.station = m.station;
        c.status = m.status;
        r.candidates << c;
    }
    rank(r.candidates, limit, true);
    return r;
}

Result<qint64> MissingFoundMatcher::caseId(const QString& caseNo) const
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT id FROM cases WHERE case_no = ?"));
    q.addBindValue(caseNo.trimmed());
    if (!q.exec())
        return storageError(q.lastError().text());
    if (!q.next())
        return notFound(QStringLiteral("case"), tr("There is no case %1.").arg(caseNo.trimmed()));
    return q.value(0).toLongLong();
}

Result<qint64> MissingFoundMatcher::foundPersonId(const QString& recordNo) const
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT id FROM found_persons WHERE record_no = ?"));
    q.addBindValue(recordNo.trimmed());
    if (!q.exec())
        return storageError(q.lastError().text());
    if (!q.next())
        return notFound(QStringLiteral("found_person"),
                        tr("There is no found-person record %1.").arg(recordNo.trimmed()));
    return q.value(0).toLongLong();
}

} // namespace hc
