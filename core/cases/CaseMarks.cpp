// CaseService's identifying marks of the missing person (schema 13): reading and replacing them.

#include "core/audit/AuditLog.h"
#include "core/cases/CaseService.h"
#include "core/cases/MarkStore.h"
#include "core/storage/Database.h"
#include "core/storage/Transaction.h"

namespace hc {

Result<QList<IdentifyingMark>> CaseService::marks(qint64 caseId) const
{
    if (auto file = loadFile(caseId); !file)
        return file.error();
    return MarkStore(m_db.sql()).marks(MarkStore::Owner::Case, caseId);
}

Status CaseService::setMarks(qint64 caseId, const QList<IdentifyingMark>& edited)
{
    if (Status s = mayWrite(tr("edit cases"), caseId); !s)
        return s;
    if (auto file = loadFile(caseId); !file)
        return file.error();
    const QList<IdentifyingMark> marks = MarkVocabulary::normalised(edited);
    if (Status s = MarkVocabulary::validate(marks); !s)
        return s;
    const MarkStore store(m_db.sql());
    const auto before = store.marks(MarkStore::Owner::Case, caseId);
    if (!before)
        return before.error();
    if (MarkVocabulary::sameList(*before, marks))
        return {};
    Transaction tx(m_db.sql());
    if (Status s = store.replace(MarkStore::Owner::Case, caseId, marks); !s)
        return s;
    if (Status s = finishWrite(caseId, QStringLiteral("marks"),
                               QJsonObject{{QStringLiteral("marks"), MarkVocabulary::toJson(*before)}},
                               QJsonObject{{QStringLiteral("marks"), MarkVocabulary::toJson(marks)}});
        !s)
        return s;
    if (!tx.commit())
        return tx.error();
    return {};
}

} // namespace hc
