#pragma once
// The SQL of the call log: the calls table (schema-10.sql), the officers whose published phones
// take calls, and the calls an operation's figures count (by the call's date and station).

#include "core/calls/CallTypes.h"
#include "core/common/Result.h"
#include "core/stats/DashboardData.h"

#include <QSqlDatabase>
#include <optional>

namespace hc {

class CallStore
{
public:
    explicit CallStore(QSqlDatabase db) : m_db(std::move(db)) {}

    // `d` as validated and normalised; returns the call's id.
    Result<qint64> insert(const CallDraft& d, qint64 caseId, qint64 leadId, qint64 userId,
                          const QString& loggedAt);
    Result<std::optional<Call>> load(qint64 callId) const;
    // Newest first.
    Result<QList<Call>> list(const CallFilter& f) const;

    // Active accounts, by name; stationId 0: every station.
    Result<QList<CallOfficer>> officers(qint64 stationId) const;
    Result<std::optional<CallOfficer>> officer(qint64 userId) const;
    Result<std::optional<CallOfficer>> officerByBadge(const QString& badge) const;
    // Whether the station exists.
    Result<bool> stationExists(qint64 stationId) const;

    // The calls a figure counts: those of the filter's stations (an area counts its station's),
    // on the filter's dates, or without dates on the operation's dates.
    Result<CallCounts> counts(const DashboardFilter& f) const;

private:
    QSqlDatabase m_db;
};

} // namespace hc
