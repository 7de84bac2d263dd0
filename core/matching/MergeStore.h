#pragma once
// The SQL of merging two person records and dismissing a pair: one person's record with what
// refers to it, moving every reference from the dropped person to the kept one, the fields a
// merge may fill, and the dismissals. PersonMergeService keeps the rights, the rules of what
// is filled, the audit and the transaction.

#include "core/common/Result.h"
#include "core/matching/PersonMergeService.h"

#include <QList>
#include <QSqlDatabase>
#include <QVariant>
#include <optional>

namespace hc {

// Both people screened in the same visit: the dropped person's screening and the kept one's.
struct SameVisitClash
{
    qint64 droppedScreening = 0;
    qint64 keptScreening = 0;
    qint64 visitId = 0;
    QString droppedStatus;
};

// The person fields a merge may fill from the dropped record, as stored (NULL stays invalid).
struct MergeFields
{
    // The columns, in the order of `values`.
    static const QStringList& columns();
    QVariantList values;
    bool registered = true;
};

class MergeStore
{
public:
    explicit MergeStore(QSqlDatabase db) : m_db(std::move(db)) {}

    Result<std::optional<PersonRecord>> record(qint64 personId) const;

    Result<QList<SameVisitClash>> sameVisitClashes(qint64 keepId, qint64 dropId) const;
    // Points the cases opened from the dropped screening at the kept one; deletes the dropped.
    Status resolveClash(const SameVisitClash& clash) const;
    // Each returns the rows changed.
    Result<int> moveScreenings(qint64 keepId, qint64 dropId) const;
    // The cases whose subject is the dropped person (the rule-outs of unregistered people move too).
    Result<int> moveCases(qint64 keepId, qint64 dropId) const;
    Result<int> moveLinks(qint64 keepId, qint64 dropId) const;
    // Links from the person to themself, which a merge of two linked people leaves.
    Result<int> removeSelfLinks(qint64 personId) const;
    Status forgetDismissals(qint64 personId) const;

    // The kept and the dropped person's fields; nullopt when either is gone.
    Result<std::optional<QPair<MergeFields, MergeFields>>> fields(qint64 keepId, qint64 dropId) const;
    Status deletePerson(qint64 personId) const;
    // Sets the named columns (of MergeFields::columns(), or "registered") on the person.
    Status setFields(qint64 personId, const QList<QPair<QString, QVariant>>& values) const;

    // Returns 0 when the pair was dismissed before.
    Result<int> dismiss(qint64 personA, qint64 personB, qint64 by, const QString& at) const;

private:
    QSqlDatabase m_db;
};

} // namespace hc
