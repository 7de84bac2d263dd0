// CaseService's identifying marks of the missing person (schema 13): reading and replacing them.

#include "core/audit/AuditLog.h"
#include "core/cases/CaseService.h"
#include "core/cases/MarkEdit.h"
#include "core/storage/Database.h"

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
    return replaceMarks(m_db, MarkStore::Owner::Case, caseId, edited,
                        [&](const QJsonObject& before, const QJsonObject& after) {
                            return finishWrite(caseId, QStringLiteral("marks"), before, after);
                        });
}

} // namespace hc
