#pragma once
// The SQL behind the duplicate search: every person once (streamed: 200,000 rows at seed
// scale), the phonetic key cache name_phonetic, and the pairs the investigators dismissed.
// DuplicateFinder keeps the rules, the blocking and the cache's transaction.

#include "core/common/Result.h"

#include <QList>
#include <QPair>
#include <QSqlDatabase>
#include <functional>

namespace hc {

// One person as the search reads them.
struct PersonForMatching
{
    qint64 id = 0;
    QString name;
    QString idNumber;   // as stored
    QString birthDate;  // as stored (ISO text)
    int birthYear = -1; // -1: NULL
    qint64 areaId = 0;  // the household's area; 0 when none
    QString sex;
};

class DuplicateStore
{
public:
    explicit DuplicateStore(QSqlDatabase db) : m_db(std::move(db)) {}

    Result<qint64> personCount() const;
    // Calls `each` for every person; an exception from `each` ends the read.
    Status forEachPerson(const std::function<void(const PersonForMatching&)>& each) const;
    // Calls `each(name, key)` for every cached phonetic key.
    Status forEachPhoneticKey(const std::function<void(const QString&, const QString&)>& each) const;
    // Caches keys (name, key), leaving names already cached; `progress(done)` now and then.
    // Run inside the caller's transaction.
    Status insertPhoneticKeys(const QList<QPair<QString, QString>>& keys,
                              const std::function<void(qint64)>& progress) const;
    // The dismissed pairs, as stored (person_a < person_b).
    Result<QList<QPair<qint64, qint64>>> dismissedPairs() const;

private:
    QSqlDatabase m_db;
};

} // namespace hc
