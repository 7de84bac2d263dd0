#pragma once
// The SQL behind missing-vs-found matching: case subjects and found-person records with the
// facts MissingFoundMatcher compares, and the numbers users type.

#include "core/common/Result.h"
#include "core/matching/MissingFoundMatcher.h"

#include <QHash>
#include <QSet>
#include <QSqlDatabase>

namespace hc {

class MissingFoundStore
{
public:
    explicit MissingFoundStore(QSqlDatabase db) : m_db(std::move(db)) {}

    // One case by id (an empty list when there is none), or the open and investigating ones.
    // heightCm is the column's; the matcher reads a height from the description when it is 0.
    Result<QList<MissingFoundMatcher::Missing>> caseById(qint64 caseId) const;
    Result<QList<MissingFoundMatcher::Missing>> activeCases() const;
    // One found-person record by id (an empty list when there is none), or the open ones.
    Result<QList<MissingFoundMatcher::Found>> foundById(qint64 foundPersonId) const;
    Result<QList<MissingFoundMatcher::Found>> openFound() const;
    // The people found living unregistered (each once, at their earliest such screening: the
    // household of its visit as the place, the station of its area), as found persons with
    // `unregistered` set; recordNo holds the household number, status the registration stage.
    Result<QList<MissingFoundMatcher::Found>> unregisteredFound() const;
    // The other side of the pairs ruled out (schema 5): found persons for a case, cases for a
    // found person.
    Result<QSet<qint64>> ruledOutForCase(qint64 caseId) const;
    Result<QSet<qint64>> ruledOutForFound(qint64 foundPersonId) const;
    // The unregistered people ruled out for a case (schema 18).
    Result<QSet<qint64>> ruledOutPersonsForCase(qint64 caseId) const;
    // Row ids by number; 0 when there is none.
    Result<qint64> caseIdOf(const QString& caseNo) const;
    Result<qint64> foundPersonIdOf(const QString& recordNo) const;

private:
    // `id`: bound to :id when valid.
    Result<QList<MissingFoundMatcher::Missing>> cases(const QString& where, const QVariant& id) const;
    Result<QList<MissingFoundMatcher::Found>> found(const QString& where, const QVariant& id) const;
    Result<QSet<qint64>> ids(const QString& select, qint64 id) const;
    // The identifying marks of the rows `where` selects, by owner id. `join`: the owner's table
    // and alias joined to the marks m ("cases c ON c.id = m.case_id").
    Result<QHash<qint64, QList<IdentifyingMark>>> marks(const QString& ownerColumn, const QString& join,
                                                        const QString& where, const QVariant& id) const;
    Result<qint64> idOf(const QString& select, const QString& number) const;
    QSqlDatabase m_db;
};

} // namespace hc
