#pragma once
// The SQL of identifying marks (schema 13): the marks of one case or one found-person record,
// and replacing them. The services keep the rights, validation, audit and transactions.

#include "core/cases/IdentifyingMarks.h"
#include "core/common/Result.h"

#include <QSqlDatabase>

namespace hc {

class MarkStore
{
public:
    enum class Owner
    {
        Case,
        FoundPerson
    };
    explicit MarkStore(QSqlDatabase db) : m_db(std::move(db)) {}

    // In the order entered.
    Result<QList<IdentifyingMark>> marks(Owner owner, qint64 ownerId) const;
    // Deletes the owner's marks and inserts these (inside the caller's transaction).
    Status replace(Owner owner, qint64 ownerId, const QList<IdentifyingMark>& marks) const;

private:
    QSqlDatabase m_db;
};

} // namespace hc
