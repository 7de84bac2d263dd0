#pragma once
// Assembles an OperationReport from the database: the operation's figures (StatsService), the
// coverage and day series (DashboardService) and its own aggregates per station, per
// sub-bureau and over the open high-risk cases. Read-only but for one audit record per build
// naming the case photos the annex prints ("export", "attachment"); needs the ViewDashboard right.
// Runs in whichever thread owns the Database (the GUI runs it in a worker).

#include "core/attachments/Attachment.h"
#include "core/auth/Actor.h"
#include "core/common/Result.h"
#include "core/report/OperationReport.h"
#include "core/stats/DashboardData.h"

#include <QCoreApplication>
#include <functional>

namespace hc {

class Database;

class ReportService
{
    Q_DECLARE_TR_FUNCTIONS(hc::ReportService)
public:
    // Called between steps with the share done (0-100); returning false cancels the build.
    using Progress = std::function<bool(int percent)>;

    ReportService(Database& db, Actor actor);

    Result<OperationReport> build(qint64 operationId, const Progress& progress = {}) const;
    // Within a dashboard filter: the headline, the statuses and the days are the filter's (the
    // dashboard's own figures, StatsService::compute), the station tables keep its stations.
    Result<OperationReport> build(const DashboardFilter& filter, const Progress& progress = {}) const;
    Result<OperationReport> build(const QString& operationName, const Progress& progress = {}) const;

private:
    Status addStationFigures(const DashboardFilter& filter, OperationReport& r) const;
    Status addHighRiskCases(qint64 operationId, OperationReport& r) const;
    Status auditAnnexPictures(qint64 operationId, const QList<Attachment>& pictures) const;
    Status addTitle(qint64 operationId, OperationReport& r) const;
    Status addLeague(qint64 operationId, OperationReport& r) const;
    QString filterText(const DashboardFilter& f) const;

    Database& m_db;
    Actor m_actor;
};

} // namespace hc
