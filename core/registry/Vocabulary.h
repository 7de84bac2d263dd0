#pragma once
// The fixed vocabularies of DOMAIN.md: visit outcomes, screening statuses, how whereabouts were
// verified, case statuses, crime kinds, sex. Codes are what the database stores; labels are
// translated for display; parse() accepts a code or the fixed Chinese name from the bureau's
// forms whatever the UI language.

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <optional>

namespace hc {

class Vocabulary
{
    Q_DECLARE_TR_FUNCTIONS(hc::Vocabulary)
public:
    enum class Kind
    {
        Outcome,
        Status,
        VerifiedBy,
        CaseStatus,
        CrimeKind,
        CaseSource,
        RiskLevel,
        LeadKind,
        FoundCircumstance,
        FoundStatus,
        EntityKind,  // what a link joins: person, case, household, phone, address, vehicle
        LinkKind,    // typed by an investigator: kin, same_phone, ...
        ImpliedLink, // derived by the link graph: subject, member, same_id_number
        MarkKind,    // an identifying mark: scar, mole, tattoo, ...
        BodyLocation // where a mark is: head, face, left_arm, ...
    };

    static const QStringList& codes(Kind kind);
    static QString label(Kind kind, const QString& code);
    // Code (any case) or Chinese name -> code; nullopt when unknown.
    static std::optional<QString> parse(Kind kind, const QString& text);

    // A household is covered by a visit with one of these outcomes.
    static bool isCoveringOutcome(const QString& outcome);

    // 男/女/M/F/male/female (any case) -> 'M'/'F'.
    static std::optional<QChar> parseSex(const QString& text);
    static QString sexLabel(QChar code);

    // A member's relation to the head of household, stored as the registry writes it (户主,
    // 配偶, 母亲 …): in English its English label, in Chinese the stored text; unknown text as
    // it is.
    static QString relationLabel(const QString& stored);
};

} // namespace hc
