#pragma once
// The visit tables as visit entry needs them: visits, their screenings, the household's
// people, and people found living at an address without registration.

#include "core/common/Result.h"
#include "core/visits/VisitDraft.h"

#include <QHash>
#include <QSqlDatabase>
#include <optional>

namespace hc {

struct HouseholdPerson
{
    QString name;
    bool registered = true;
};

struct VisitAuthor
{
    qint64 officerId = 0;
    QString createdAt; // ISO time the visit was entered
};

// A saved screening of a visit, with whether a case was opened from it.
struct SavedScreening
{
    qint64 id = 0;
    qint64 personId = 0;
    QString personName;
    bool hasCase = false;
};

class VisitStore
{
public:
    explicit VisitStore(QSqlDatabase db) : m_db(std::move(db)) {}

    // nullopt when there is no such household.
    Result<std::optional<qint64>> stationOfHousehold(qint64 householdId) const;
    // The household's people (registered or found here) by id.
    Result<QHash<qint64, HouseholdPerson>> peopleOf(qint64 householdId) const;
    // The name of a registered person; nullopt when there is none with that id.
    Result<std::optional<QString>> registeredName(qint64 personId) const;
    Result<std::optional<RegisteredPerson>> findByIdNumber(const QString& idNumber) const;

    // Error kind Conflict when the officer already has a visit to the household at that time.
    Result<qint64> insertVisit(const VisitDraft& d, qint64 officerId, const QString& visitedAt,
                               const QString& createdAt) const;
    // Rewrites the visit's own fields and raises its version; false (nothing written) when the
    // correction was made from another version than the saved one (fromVersion 0: unchecked).
    Result<bool> updateVisit(qint64 visitId, const VisitDraft& d, const QString& visitedAt, int fromVersion,
                             qint64 correctedBy, const QString& correctedAt) const;
    Result<std::optional<VisitVersion>> version(qint64 visitId) const;
    Result<std::optional<VisitDraft>> load(qint64 visitId) const;
    Result<std::optional<VisitAuthor>> author(qint64 visitId) const;

    Status insertScreenings(qint64 visitId, qint64 operationId, const QString& visitedAt,
                            const QList<ScreeningDraft>& screenings) const;
    Result<QList<SavedScreening>> screeningsOf(qint64 visitId) const;
    // Rewrites a saved screening's findings in place (its id, which cases refer to, stays).
    Status updateScreening(qint64 screeningId, const ScreeningDraft& s) const;
    Status deleteScreening(qint64 screeningId) const;
    // 0 when the person has no screening in the visit.
    Result<qint64> screeningId(qint64 visitId, qint64 personId) const;

    Result<qint64> insertUnregisteredPerson(qint64 householdId, const QString& name, QChar sex, int birthYear,
                                            const QString& notes) const;

private:
    QSqlDatabase m_db;
};

} // namespace hc
