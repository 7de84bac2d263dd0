#include "core/registry/DomainCodes.h"

#include "core/registry/Vocabulary.h"

#include <array>

namespace hc {

namespace {
// Each enum's values in the order of its Vocabulary term table: the enumerator's position is
// the term's position, so the code strings are written once, in the table.
constexpr std::array kOutcomes = {VisitOutcome::Completed,  VisitOutcome::NoAnswer,
                                  VisitOutcome::Refused,    VisitOutcome::Vacant,
                                  VisitOutcome::Demolished, VisitOutcome::AddressNotFound};
constexpr std::array kStatuses = {ScreeningStatus::Present,          ScreeningStatus::AwayVerified,
                                  ScreeningStatus::AwayUnverified,   ScreeningStatus::WhereaboutsUnknown,
                                  ScreeningStatus::Deceased,         ScreeningStatus::MovedOut,
                                  ScreeningStatus::UnregisteredFound};
constexpr std::array kCaseStatuses = {
    CaseStatus::Open,          CaseStatus::Investigating, CaseStatus::FoundAlive, CaseStatus::Rescued,
    CaseStatus::FoundDeceased, CaseStatus::ClosedOther,   CaseStatus::Duplicate};
constexpr std::array kRiskLevelValues = {RiskLevel::High, RiskLevel::Medium, RiskLevel::Low};
constexpr std::array kEntityKinds = {EntityKind::Person, EntityKind::Case,    EntityKind::Household,
                                     EntityKind::Phone,  EntityKind::Address, EntityKind::Vehicle};

template <typename E> QString codeIn(Vocabulary::Kind kind, E value)
{
    return Vocabulary::codes(kind).value(int(value));
}

template <typename E, std::size_t N>
std::optional<E> valueIn(Vocabulary::Kind kind, const std::array<E, N>& values, const QString& code)
{
    const qsizetype i = code.isEmpty() ? -1 : Vocabulary::codes(kind).indexOf(code);
    if (i < 0 || std::size_t(i) >= N)
        return std::nullopt;
    return values[std::size_t(i)];
}
} // namespace

QString codeOf(VisitOutcome value)
{
    return codeIn(Vocabulary::Kind::Outcome, value);
}
QString codeOf(ScreeningStatus value)
{
    return codeIn(Vocabulary::Kind::Status, value);
}
QString codeOf(CaseStatus value)
{
    return codeIn(Vocabulary::Kind::CaseStatus, value);
}
QString codeOf(RiskLevel value)
{
    return codeIn(Vocabulary::Kind::RiskLevel, value);
}
QString codeOf(EntityKind value)
{
    return codeIn(Vocabulary::Kind::EntityKind, value);
}
QString codeOf(Role value)
{
    return Roles::code(value);
}

template <> std::optional<VisitOutcome> enumOf<VisitOutcome>(const QString& code)
{
    return valueIn(Vocabulary::Kind::Outcome, kOutcomes, code);
}
template <> std::optional<ScreeningStatus> enumOf<ScreeningStatus>(const QString& code)
{
    return valueIn(Vocabulary::Kind::Status, kStatuses, code);
}
template <> std::optional<CaseStatus> enumOf<CaseStatus>(const QString& code)
{
    return valueIn(Vocabulary::Kind::CaseStatus, kCaseStatuses, code);
}
template <> std::optional<RiskLevel> enumOf<RiskLevel>(const QString& code)
{
    return valueIn(Vocabulary::Kind::RiskLevel, kRiskLevelValues, code);
}
template <> std::optional<EntityKind> enumOf<EntityKind>(const QString& code)
{
    return valueIn(Vocabulary::Kind::EntityKind, kEntityKinds, code);
}
template <> std::optional<Role> enumOf<Role>(const QString& code)
{
    return Roles::fromCode(code);
}

QString labelOf(VisitOutcome value)
{
    return Vocabulary::label(Vocabulary::Kind::Outcome, codeOf(value));
}
QString labelOf(ScreeningStatus value)
{
    return Vocabulary::label(Vocabulary::Kind::Status, codeOf(value));
}
QString labelOf(CaseStatus value)
{
    return Vocabulary::label(Vocabulary::Kind::CaseStatus, codeOf(value));
}
QString labelOf(RiskLevel value)
{
    return Vocabulary::label(Vocabulary::Kind::RiskLevel, codeOf(value));
}
QString labelOf(EntityKind value)
{
    return Vocabulary::label(Vocabulary::Kind::EntityKind, codeOf(value));
}
QString labelOf(Role value)
{
    return Roles::label(value);
}

} // namespace hc
