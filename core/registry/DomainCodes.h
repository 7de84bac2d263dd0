#pragma once
// The domain's fixed codes as enums (DOMAIN.md): visit outcomes, screening statuses, case
// statuses, a case's risk level, what a link joins, and roles. The database, the CSV files and core's structs
// keep the code strings; code that decides on a code converts it here, once, and compares enums. The strings
// themselves live in one place: the term tables of registry/Vocabulary (roles: auth/Actor's Roles), in the
// order of the enumerators below.

#include "core/auth/Actor.h"

#include <QString>
#include <optional>

namespace hc {

enum class VisitOutcome
{
    Completed,
    NoAnswer,
    Refused,
    Vacant,
    Demolished,
    AddressNotFound
};

enum class ScreeningStatus
{
    Present,
    AwayVerified,
    AwayUnverified,
    WhereaboutsUnknown,
    Deceased,
    MovedOut,
    UnregisteredFound
};

enum class CaseStatus
{
    Open,
    Investigating,
    FoundAlive,
    Rescued,
    FoundDeceased,
    ClosedOther,
    Duplicate
};

enum class RiskLevel
{
    High,
    Medium,
    Low
};

// What a link or a graph vertex stands for (EntityRef::kind).
enum class EntityKind
{
    Person,
    Case,
    Household,
    Phone,
    Address,
    Vehicle
};

// The stored code of a value.
QString codeOf(VisitOutcome value);
QString codeOf(ScreeningStatus value);
QString codeOf(CaseStatus value);
QString codeOf(RiskLevel value);
QString codeOf(EntityKind value);
QString codeOf(Role value);

// The value of a stored code (exact, as core stores it); nullopt when empty or unknown.
template <typename E> std::optional<E> enumOf(const QString& code);
template <> std::optional<VisitOutcome> enumOf<VisitOutcome>(const QString& code);
template <> std::optional<ScreeningStatus> enumOf<ScreeningStatus>(const QString& code);
template <> std::optional<CaseStatus> enumOf<CaseStatus>(const QString& code);
template <> std::optional<RiskLevel> enumOf<RiskLevel>(const QString& code);
template <> std::optional<EntityKind> enumOf<EntityKind>(const QString& code);
template <> std::optional<Role> enumOf<Role>(const QString& code);

// The translated label (Vocabulary::label of the code; Roles::label for a role).
QString labelOf(VisitOutcome value);
QString labelOf(ScreeningStatus value);
QString labelOf(CaseStatus value);
QString labelOf(RiskLevel value);
QString labelOf(EntityKind value);
QString labelOf(Role value);

} // namespace hc
