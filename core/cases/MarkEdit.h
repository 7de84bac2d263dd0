#pragma once
// Replacing the identifying marks of a case or a found-person record, once the service has
// checked the right and that the record exists: the list is normalised and validated (errors
// name the field), an unchanged list writes nothing, and the new list and its audit record
// are one transaction. `audit` writes the audit record from the lists before and after.

#include "core/cases/IdentifyingMarks.h"
#include "core/cases/MarkStore.h"
#include "core/common/Result.h"

#include <QJsonObject>
#include <functional>

namespace hc {

class Database;

using MarkAudit = std::function<Status(const QJsonObject& before, const QJsonObject& after)>;
Status replaceMarks(Database& db, MarkStore::Owner owner, qint64 ownerId,
                    const QList<IdentifyingMark>& edited, const MarkAudit& audit);

} // namespace hc
