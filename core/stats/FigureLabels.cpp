#include "core/stats/FigureLabels.h"

#include "core/registry/Vocabulary.h"

#include <iterator>

namespace hc {

namespace {
struct FigureName
{
    Figure figure;
    const char* text;
};

// The one table of figure names (translated in the hc::FigureLabels context).
constexpr FigureName kFigures[] = {
    {Figure::HouseholdsInScope, QT_TRANSLATE_NOOP("hc::FigureLabels", "Households in scope")},
    {Figure::TargetHouseholds, QT_TRANSLATE_NOOP("hc::FigureLabels", "Target households")},
    {Figure::HouseholdsVisited, QT_TRANSLATE_NOOP("hc::FigureLabels", "Households visited")},
    {Figure::HouseholdsCovered, QT_TRANSLATE_NOOP("hc::FigureLabels", "Households covered")},
    {Figure::RevisitsPending, QT_TRANSLATE_NOOP("hc::FigureLabels", "Revisits pending")},
    {Figure::Visits, QT_TRANSLATE_NOOP("hc::FigureLabels", "Visits")},
    {Figure::PersonChecks, QT_TRANSLATE_NOOP("hc::FigureLabels", "Person-checks")},
    {Figure::PersonsScreened, QT_TRANSLATE_NOOP("hc::FigureLabels", "Persons screened")},
    {Figure::WhereaboutsUnknownNow, QT_TRANSLATE_NOOP("hc::FigureLabels", "Whereabouts unknown now")},
    {Figure::UnregisteredFound, QT_TRANSLATE_NOOP("hc::FigureLabels", "Unregistered people found")},
    {Figure::UnregisteredRegistered, QT_TRANSLATE_NOOP("hc::FigureLabels", "Of them registered")},
    {Figure::UnregisteredIdCards, QT_TRANSLATE_NOOP("hc::FigureLabels", "Of them given ID cards")},
    {Figure::CasesOpened, QT_TRANSLATE_NOOP("hc::FigureLabels", "Cases opened")},
    {Figure::CasesOpen, QT_TRANSLATE_NOOP("hc::FigureLabels", "Cases open")},
    {Figure::FoundOrRescued, QT_TRANSLATE_NOOP("hc::FigureLabels", "Missing people found or rescued")},
    {Figure::FoundAlive, QT_TRANSLATE_NOOP("hc::FigureLabels", "Found alive")},
    {Figure::Rescued, QT_TRANSLATE_NOOP("hc::FigureLabels", "Rescued")},
    {Figure::FoundDeceased, QT_TRANSLATE_NOOP("hc::FigureLabels", "Found deceased")},
    {Figure::FamiliesReunited, QT_TRANSLATE_NOOP("hc::FigureLabels", "Families reunited")},
    {Figure::CrimesUncovered, QT_TRANSLATE_NOOP("hc::FigureLabels", "Crimes uncovered")},
    {Figure::FoundWithCase, QT_TRANSLATE_NOOP("hc::FigureLabels", "Found or rescued with a case")},
    {Figure::Calls, QT_TRANSLATE_NOOP("hc::FigureLabels", "Calls logged")},
    {Figure::CallsCasesOpened, QT_TRANSLATE_NOOP("hc::FigureLabels", "Calls that opened a case")},
};

struct BreakdownName
{
    FigureBreakdown breakdown;
    Vocabulary::Kind kind;
    const char* text; // %1: the code's label
};

constexpr BreakdownName kBreakdowns[] = {
    {FigureBreakdown::ChecksByStatus, Vocabulary::Kind::Status,
     QT_TRANSLATE_NOOP("hc::FigureLabels", "Checks: %1")},
    {FigureBreakdown::PersonsByLatestStatus, Vocabulary::Kind::Status,
     QT_TRANSLATE_NOOP("hc::FigureLabels", "Persons now: %1")},
    {FigureBreakdown::CasesBySource, Vocabulary::Kind::CaseSource,
     QT_TRANSLATE_NOOP("hc::FigureLabels", "Cases opened from: %1")},
    {FigureBreakdown::CasesByStatus, Vocabulary::Kind::CaseStatus,
     QT_TRANSLATE_NOOP("hc::FigureLabels", "Cases: %1")},
    {FigureBreakdown::CrimesByKind, Vocabulary::Kind::CrimeKind,
     QT_TRANSLATE_NOOP("hc::FigureLabels", "Crimes uncovered: %1")},
    {FigureBreakdown::CrimesSolvedByKind, Vocabulary::Kind::CrimeKind,
     QT_TRANSLATE_NOOP("hc::FigureLabels", "Crimes solved: %1")},
    {FigureBreakdown::CrimeVictimsByKind, Vocabulary::Kind::CrimeKind,
     QT_TRANSLATE_NOOP("hc::FigureLabels", "Crime victims: %1")},
};
} // namespace

QString FigureLabels::label(Figure figure)
{
    for (const FigureName& f : kFigures)
        if (f.figure == figure)
            return tr(f.text);
    return {};
}

QString FigureLabels::label(FigureBreakdown breakdown, const QString& code)
{
    for (const BreakdownName& b : kBreakdowns)
        if (b.breakdown == breakdown)
            return tr(b.text).arg(Vocabulary::label(b.kind, code));
    return {};
}

} // namespace hc
