#include "core/cases/MarkEdit.h"

#include "core/storage/Database.h"
#include "core/storage/Transaction.h"

namespace hc {

Status replaceMarks(Database& db, MarkStore::Owner owner, qint64 ownerId,
                    const QList<IdentifyingMark>& edited, const MarkAudit& audit)
{
    const QList<IdentifyingMark> marks = MarkVocabulary::normalised(edited);
    if (Status s = MarkVocabulary::validate(marks); !s)
        return s;
    const MarkStore store(db.sql());
    const auto before = store.marks(owner, ownerId);
    if (!before)
        return before.error();
    if (MarkVocabulary::sameList(*before, marks))
        return {};
    Transaction tx(db.sql());
    if (Status s = store.replace(owner, ownerId, marks); !s)
        return s;
    if (Status s = audit(QJsonObject{{QStringLiteral("marks"), MarkVocabulary::toJson(*before)}},
                         QJsonObject{{QStringLiteral("marks"), MarkVocabulary::toJson(marks)}});
        !s)
        return s;
    return tx.commitOrError();
}

} // namespace hc
