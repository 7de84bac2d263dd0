#pragma once
// The SQL of the registration follow-up: the people found unregistered with their files, one
// file's timeline, the writes a step makes (the file, the person registered, a household
// created) and the figures `stats` reads. Plain values in and out; RegistrationService keeps
// rights, stages, validation, audit and transactions.

#include "core/common/Result.h"
#include "core/registration/RegistrationTypes.h"

#include <QSqlDatabase>
#include <optional>

namespace hc {

// A household a person may join on registration.
struct RegistrationHousehold
{
    qint64 id = 0;
    qint64 areaId = 0;
    qint64 stationId = 0;
    QString householdNo, address;
};

// An active account that may be made responsible for a file.
struct RegistrationOfficer
{
    qint64 id = 0;
    QString badge, name;
    qint64 stationId = 0;
};

class RegistrationStore
{
public:
    explicit RegistrationStore(QSqlDatabase db) : m_db(std::move(db)) {}

    // `stationId` 0: every station (the service has narrowed it); `stalledBefore`: with
    // f.stalledOnly, open files whose latest step is before that date.
    Result<QList<RegistrationFile>> list(const RegistrationFilter& f, qint64 stationId,
                                         const QDate& stalledBefore) const;
    // nullopt: the person was never found unregistered.
    Result<std::optional<RegistrationFile>> load(qint64 personId) const;
    Result<QList<RegistrationEvent>> events(qint64 fileId) const; // oldest first

    Result<qint64> insertFile(const RegistrationFile& file, const QString& at) const;
    // Moves the file to `stage` with its date, and what that stage records.
    Status writeStep(qint64 fileId, const RegistrationStep& step, qint64 householdId, bool householdCreated,
                     const QString& at) const;
    Status addEvent(const RegistrationFile& file, const RegistrationStep& step, qint64 byUser,
                    const QString& actor, const QString& at) const;
    // The person registered: their new ID number (with birth date and sex) and household.
    Status registerPerson(qint64 personId, const QString& idNumber, const QDate& birth, const QString& sex,
                          qint64 householdId) const;

    Result<std::optional<RegistrationHousehold>> household(const QString& householdNo) const;
    Result<std::optional<RegistrationHousehold>> householdOfPerson(qint64 personId) const;
    Result<qint64> createHousehold(const QString& householdNo, qint64 areaId, const QString& address) const;
    // Another person holding this ID number (0 when none).
    Result<qint64> idNumberHolder(const QString& idNumber, qint64 exceptPerson) const;
    Result<std::optional<RegistrationOfficer>> officer(qint64 id) const;
    Result<std::optional<RegistrationOfficer>> officerByBadge(const QString& badge) const;
    // Active accounts of the station (and those of no station), by name.
    Result<QList<RegistrationOfficer>> officers(qint64 stationId) const;
    // Households of the station, by number (the household chooser).
    Result<QList<RegistrationHousehold>> households(qint64 stationId) const;

    // `stats`: people found unregistered in the operation and registered since; ID cards issued.
    Result<qint64> registered(qint64 operationId) const;
    Result<qint64> idCards(qint64 operationId) const;
    // The same figures recounted from the files' timelines (the check `stats --recount` runs).
    Result<qint64> registeredFromEvents(qint64 operationId) const;
    Result<qint64> idCardsFromEvents(qint64 operationId) const;

private:
    Result<std::optional<RegistrationOfficer>> oneOfficer(const QString& where, const QVariant& value) const;
    Result<std::optional<RegistrationHousehold>> oneHousehold(const QString& where,
                                                              const QVariant& value) const;
    Result<qint64> count(const QString& statement, qint64 operationId) const;
    QSqlDatabase m_db;
};

} // namespace hc
