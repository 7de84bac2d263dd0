#pragma once
// The domain's rule for a case's default risk level (DOMAIN.md "Case life cycle"): high for a
// child (under 14) or an elderly person (over 70) at the date last seen, for a recorded mental
// illness or a suspected crime; otherwise medium. The rule raises a case's risk: a hand choice
// may raise a level, never go under the rule's high.
//
// The facts come from the case's fields (factsOf): the birth year, the date last seen, and the
// two boxes of the case form (schema 20).

#include "core/cases/CaseTypes.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>

namespace hc {

struct RiskFacts
{
    int birthYear = 0; // 0 unknown
    QDate lastSeen;    // the age is taken at this date; the opening date when it is not known
    bool mentalIllness = false;
    bool suspectedCrime = false;
};

struct RiskAssessment
{
    QString level;       // high or medium
    QStringList reasons; // why high (translated); empty for medium
};

class CaseRisk
{
    Q_DECLARE_TR_FUNCTIONS(hc::CaseRisk)
public:
    static constexpr int kChildUnder = 14;  // years
    static constexpr int kElderlyOver = 70; // years

    static RiskAssessment assess(const RiskFacts& facts);
    // The facts of a case's fields; `today` stands in for an unknown date last seen.
    static RiskFacts factsOf(const CaseFields& f, const QDate& today);
    // The level a new case opens with. `chosen` is what the caller passed (the form shows the
    // rule's level as it is filled in): empty takes the rule's level; when the rule says high,
    // high whatever was chosen; otherwise the choice (high, medium or low) stays.
    static QString opening(const QString& chosen, const RiskAssessment& rule);
};

} // namespace hc
