#pragma once
// The operation report's own aggregates: the stations in scope, per station figures (checks,
// whereabouts unknown, cases), the stations' sub-bureaus and the open high-risk cases.

#include "core/common/Result.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>

namespace hc {

struct StationBureau
{
    qint64 id = 0; // 0: the station has no sub-bureau
    QString name;
};

// Per station id: the person-checks, persons whose latest status is whereabouts unknown, the
// operation's cases and those found alive or rescued.
struct StationFigures
{
    QHash<qint64, qint64> personChecks;
    QHash<qint64, qint64> whereaboutsUnknown;
    QHash<qint64, qint64> cases;
    QHash<qint64, qint64> found;
};

struct HighRiskCaseRow
{
    QString caseNo;
    QString subject;
    QString station;
    QString status;
    QString openedAt;
    QString lastLead;   // text of the latest lead; empty when there is none
    QString lastLeadAt; // ISO time of the latest lead
    qint64 id = 0;
};

class ReportStore
{
public:
    explicit ReportStore(QSqlDatabase db) : m_db(std::move(db)) {}

    // Names, sorted; every station when the operation covers all.
    Result<QStringList> stationNames(qint64 operationId, bool allStations) const;
    Result<StationFigures> stationFigures(qint64 operationId) const;
    Result<QHash<qint64, StationBureau>> bureauOfStation() const;
    // Open or investigating high-risk cases, oldest first.
    Result<QList<HighRiskCaseRow>> highRiskCases(qint64 operationId) const;

private:
    Result<QHash<qint64, QList<qint64>>> grouped(const QString& statement, qint64 operationId,
                                                 int columns) const;
    QSqlDatabase m_db;
};

} // namespace hc
