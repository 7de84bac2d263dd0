#include "core/matching/DuplicateFinder.h"

#include <QJsonArray>
#include <algorithm>

namespace hc {

int MatchScore::addUp(QList<MatchReason>& reasons, int lo, int hi)
{
    int sum = 0;
    for (const MatchReason& r : reasons)
        sum += r.points;
    if (sum > hi)
        reasons << MatchReason{tr("Capped at %1.").arg(hi), hi - sum};
    else if (sum < lo)
        reasons << MatchReason{tr("Raised to %1: a score is not lower.").arg(lo), lo - sum};
    return std::clamp(sum, lo, hi);
}

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
                       {QStringLiteral("below_min_score"), belowMinScore},
                       {QStringLiteral("other_rules"), otherRules},
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

} // namespace hc
