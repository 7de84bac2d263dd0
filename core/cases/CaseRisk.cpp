#include "core/cases/CaseRisk.h"

namespace hc {

RiskAssessment CaseRisk::assess(const RiskFacts& f)
{
    RiskAssessment r;
    // Only the birth year is on record: the age is the difference of the years.
    const int age = f.birthYear > 0 && f.lastSeen.isValid() ? f.lastSeen.year() - f.birthYear : -1;
    if (age >= 0 && age < kChildUnder)
        r.reasons << tr("A child: %n year(s) old when last seen.", nullptr, age);
    if (age > kElderlyOver)
        r.reasons << tr("Elderly: %n year(s) old when last seen.", nullptr, age);
    if (f.mentalIllness)
        r.reasons << tr("A recorded mental illness.");
    if (f.suspectedCrime)
        r.reasons << tr("A crime is suspected.");
    r.level = r.reasons.isEmpty() ? QStringLiteral("medium") : QStringLiteral("high");
    return r;
}

RiskFacts CaseRisk::factsOf(const CaseFields& f, const QDate& today)
{
    return {f.subjectBirthYear, f.lastSeenDate.isValid() ? f.lastSeenDate : today, f.mentalIllness,
            f.suspectedCrime};
}

QString CaseRisk::opening(const QString& chosen, const RiskAssessment& rule)
{
    // The rule's high is a floor a hand choice cannot go under; below it the choice stands.
    if (chosen.isEmpty() || rule.level == u"high")
        return rule.level;
    return chosen;
}

} // namespace hc
