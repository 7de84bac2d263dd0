#pragma once
// The SQL of the field-sheet import: households and officers looked up, visits, people found
// at the door and screenings matched or written. Prepared statements are made once by
// prepare() and reused for every row.

#include "core/common/Result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <optional>

namespace hc {

class VisitImportStore
{
public:
    struct Visit
    {
        qint64 id = 0;
        QString outcome;
    };
    struct NewVisit
    {
        qint64 operationId = 0;
        qint64 householdId = 0;
        qint64 officerId = 0;
        QString visitedAt; // yyyy-MM-ddTHH:mm:ss, wall clock
        QString outcome;
        QString createdAt;
    };
    // A person found at the door who is not on record; the ID number and what it gives are
    // empty for someone without one.
    struct NewPerson
    {
        QString idNumber;
        QString name;
        QString sex;
        QString birthDate;
        int birthYear = 0;
        qint64 householdId = 0;
        bool registered = true;
    };
    // A screening's recorded values; empty strings for NULL.
    struct Screening
    {
        qint64 id = 0;
        QString status;
        QString whereabouts;
        QString verifiedBy;
        QString notes;
    };

    explicit VisitImportStore(QSqlDatabase db);
    Status prepare();

    Result<qint64> findHousehold(const QString& householdNo); // 0 when there is none
    Result<qint64> findOfficer(const QString& badge);         // 0 when there is none

    Result<std::optional<Visit>> findVisit(const NewVisit& v);
    Result<qint64> addVisit(const NewVisit& v);
    Status setOutcome(qint64 visitId, const QString& outcome);

    Result<qint64> findPerson(const QString& idNumber);                           // 0 when there is none
    Result<qint64> findUnnumberedPerson(qint64 householdId, const QString& name); // 0 when none
    Result<qint64> addPerson(const NewPerson& p);

    Result<std::optional<Screening>> findScreening(qint64 visitId, qint64 personId);
    Status addScreening(qint64 visitId, qint64 operationId, qint64 personId, const QString& at,
                        const Screening& s);
    Status updateScreening(const Screening& s);

private:
    Result<qint64> firstId(QSqlQuery& q);

    QSqlQuery m_findHousehold, m_findOfficer, m_findVisit, m_addVisit, m_setOutcome, m_findPerson,
        m_findUnnumbered, m_addPerson, m_findScreening, m_addScreening, m_updateScreening;
};

} // namespace hc
