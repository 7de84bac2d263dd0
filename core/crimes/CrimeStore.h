#pragma once
// The SQL behind crimes and reunions: crime records with their victims and suspects, the
// facts of a case the services check (station, operation, status, the subject's household),
// and the reunion of a case's subject with their family.

#include "core/common/Result.h"
#include "core/crimes/CrimeTypes.h"

#include <QDate>
#include <QSqlDatabase>

#include <optional>

namespace hc {

// What the crime and reunion services need to know of a case.
struct CrimeCaseFacts
{
    qint64 id = 0;
    QString caseNo, status;
    qint64 stationId = 0, operationId = 0;
    qint64 householdId = 0; // the subject's household; 0 when none on record
    QDate outcomeDate;      // the day the case closed (the person found); invalid while open
};

class CrimeStore
{
public:
    explicit CrimeStore(QSqlDatabase db) : m_db(std::move(db)) {}

    Result<std::optional<CrimeCaseFacts>> caseFacts(qint64 caseId) const;

    Result<qint64> insert(const CrimeDraft& d, qint64 operationId, qint64 stationId, qint64 userId,
                          const QString& createdAt);
    Status update(qint64 crimeId, const CrimeDraft& d);
    // The crime without its suspects' labels; nullopt when there is none.
    Result<std::optional<Crime>> load(qint64 crimeId) const;
    Result<QList<CrimeRow>> list(const CrimeFilter& f) const;

    Status addVictim(qint64 crimeId, qint64 caseId);
    Status removeVictim(qint64 crimeId, qint64 caseId);
    Status addSuspect(qint64 crimeId, const EntityRef& e, const QString& note);
    Status removeSuspect(qint64 crimeId, const EntityRef& e);

    Result<std::optional<Reunion>> reunion(qint64 caseId) const;
    // Records the reunion and marks the case's family as reunited; returns the reunion's id.
    Result<qint64> insertReunion(qint64 caseId, const ReunionDraft& d, qint64 userId,
                                 const QString& createdAt);
    Status removeReunion(qint64 caseId);

private:
    Result<QList<CrimeVictim>> victims(qint64 crimeId) const;
    Result<QList<CrimeSuspect>> suspects(qint64 crimeId) const;
    QSqlDatabase m_db;
};

} // namespace hc
