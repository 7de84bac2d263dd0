#pragma once
// Identifying marks as data (issue 14, outcome 4): a scar, mole, tattoo, birthmark, missing
// teeth or limb at a body location from a fixed list, with a free description, on a case's
// missing person or on a found-person record. Codes are what identifying_marks stores (its
// CHECK lists); labels are translated for display; parse accepts a code or the Chinese name.
// CaseService and FoundPersonService write them (MarkStore holds the SQL); MissingFoundMatcher
// scores them.

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace hc {

struct IdentifyingMark
{
    qint64 id = 0;    // 0 for a mark not saved yet
    QString kind;     // MarkVocabulary::kinds()
    QString location; // MarkVocabulary::locations()
    QString description;
    // The same mark, whatever its row id.
    bool sameAs(const IdentifyingMark& o) const
    {
        return kind == o.kind && location == o.location && description == o.description;
    }
};

class MarkVocabulary
{
    Q_DECLARE_TR_FUNCTIONS(hc::MarkVocabulary)
public:
    static const QStringList& kinds();
    static const QStringList& locations();
    static QString kindLabel(const QString& kind);
    static QString locationLabel(const QString& location);
    // Code (any case) or Chinese name -> code; nullopt when unknown.
    static std::optional<QString> parseKind(const QString& text);
    static std::optional<QString> parseLocation(const QString& text);
    // "Tattoo, left arm: dragon".
    static QString text(const IdentifyingMark& mark);

    // Checks a list of marks; the error names the field (mark_kind, mark_location,
    // mark_description) and the row, counted from 1.
    static Status validate(const QList<IdentifyingMark>& marks);
    // Trimmed descriptions, for storing and comparing.
    static QList<IdentifyingMark> normalised(QList<IdentifyingMark> marks);
    // The same list, in any order and whatever the row ids.
    static bool sameList(const QList<IdentifyingMark>& a, const QList<IdentifyingMark>& b);
    // For the audit log and --json: [{"kind", "location", "description"}].
    static QJsonArray toJson(const QList<IdentifyingMark>& marks);
    // Back from toJson's form (a PFIF export's hc:marks); nullopt when an entry is not an object
    // of strings. Not validated.
    static std::optional<QList<IdentifyingMark>> fromJson(const QJsonArray& marks);
};

} // namespace hc
