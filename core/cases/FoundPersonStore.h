#pragma once
// The SQL of the found-person records (people found without identification): their numbers,
// inserts and corrections, one record and the filtered list. FoundPersonService keeps the
// rights, validation, audit and transactions.

#include "core/cases/CaseTypes.h"
#include "core/common/Result.h"

#include <QSqlDatabase>
#include <optional>

namespace hc {

class FoundPersonStore
{
public:
    explicit FoundPersonStore(QSqlDatabase db) : m_db(std::move(db)) {}

    Result<QString> nextRecordNo(int year) const;
    // Inserts the record as given (its number and creation time set); returns its id.
    Result<qint64> insert(const FoundPerson& r, qint64 createdBy) const;
    Status update(qint64 id, const FoundPerson& r) const;
    Result<std::optional<FoundPerson>> load(qint64 id) const;
    // The id of the record numbered `recordNo`; 0 when there is none.
    Result<qint64> idOf(const QString& recordNo) const;
    // Newest found first.
    Result<QList<FoundPerson>> list(const FoundPersonFilter& filter) const;

private:
    QSqlDatabase m_db;
};

} // namespace hc
