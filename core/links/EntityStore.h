#pragma once
// The SQL behind EntityDirectory: finding a person, case or household row by its id or its
// number, and the facts a label is made of, in bulk.

#include "core/common/Result.h"

#include <QList>
#include <QSqlDatabase>

namespace hc {

// What a label is made of: the row id and two facts (person: name and ID number; case: case
// number and subject; household: household number and address).
struct EntityFacts
{
    qint64 id = 0;
    QString first, second;
};

class EntityStore
{
public:
    explicit EntityStore(QSqlDatabase db) : m_db(std::move(db)) {}

    // The row id, or 0 when there is none. `by`: id, id_number (persons), case_no (cases),
    // household_no (households).
    Result<qint64> findPerson(const QString& by, const QVariant& value) const;
    Result<qint64> findCase(const QString& by, const QVariant& value) const;
    Result<qint64> findHousehold(const QString& by, const QVariant& value) const;
    // The facts of the rows of `kind` (person, case, household) with these ids.
    Result<QList<EntityFacts>> facts(const QString& kind, const QList<qint64>& ids) const;

private:
    Result<qint64> findRow(const QString& sql, const QVariant& value) const;
    QSqlDatabase m_db;
};

} // namespace hc
