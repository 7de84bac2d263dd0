#pragma once
// The names of an operation's figures, one table for every place that shows them: the CLI's
// `stats` table, the overview page, the dashboard's tiles and the operation report, so that
// "households covered" reads the same everywhere and in every language.

#include <QCoreApplication>
#include <QString>

namespace hc {

enum class Figure
{
    HouseholdsInScope,
    TargetHouseholds,
    HouseholdsVisited,
    HouseholdsCovered,
    RevisitsPending,
    Visits,
    PersonChecks,
    PersonsScreened,
    WhereaboutsUnknownNow,
    UnregisteredFound,
    UnregisteredRegistered, // of the unregistered found, registered since
    UnregisteredIdCards,    // of the unregistered found, ID cards issued
    CasesOpened,
    CasesOpen, // open or investigating now
    FoundOrRescued,
    FoundAlive,
    Rescued,
    FoundDeceased,
    FamiliesReunited,
    CrimesUncovered,
    FoundWithCase,    // of the people found or rescued, those whose case closed so
    Calls,            // calls logged on the hotline and officers' published phones
    CallsCasesOpened, // of them, calls that opened a case
};

// A figure broken down by the codes of a vocabulary: "Checks: Present".
enum class FigureBreakdown
{
    ChecksByStatus,        // screening status
    PersonsByLatestStatus, // screening status
    CasesBySource,         // case source
    CasesByStatus,         // case status
    CrimesByKind,          // crime kind
    CrimesSolvedByKind,    // crime kind
    CrimeVictimsByKind,    // crime kind
};

class FigureLabels
{
    Q_DECLARE_TR_FUNCTIONS(hc::FigureLabels)
public:
    static QString label(Figure figure);
    // The breakdown's label for one code, the code named by its vocabulary label.
    static QString label(FigureBreakdown breakdown, const QString& code);
};

} // namespace hc
