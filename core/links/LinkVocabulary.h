#pragma once
// The words of link analysis: the kinds of entity a link joins (person, case, household,
// phone, address, vehicle) and the kinds of link, typed by an investigator (kin, same phone,
// ...) or implied by the data (a case's subject, household membership, the same ID number).
// Codes are what the links table stores; labels are translated for display; parse accepts a
// code or the Chinese name. The terms live in registry/Vocabulary with the other vocabularies;
// this names the link module's questions.

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <optional>

namespace hc {

class LinkVocabulary
{
public:
    static const QStringList& entityKinds();
    static QString entityLabel(const QString& kind);

    // What an investigator may type (the links table's CHECK list).
    static const QStringList& linkKinds();
    // What the graph derives: subject, member, same_id_number (same_phone is also derived,
    // from phone numbers on two records, and appears in linkKinds too).
    static const QStringList& impliedKinds();
    static QString linkLabel(const QString& kind);
    // Code (any case) or Chinese name of a typed kind -> code.
    static std::optional<QString> parseLinkKind(const QString& text);
};

} // namespace hc
