#include "core/report/ReportService.h"

#include "core/attachments/AttachmentStore.h"
#include "core/auth/Scope.h"
#include "core/common/Clock.h"
#include "core/common/DateText.h"
#include "core/league/LeagueService.h"
#include "core/operations/OperationService.h"
#include "core/report/ReportStore.h"
#include "core/stats/DashboardService.h"
#include "core/storage/Database.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QLoggingCategory>
#include <algorithm>

namespace hc {

namespace {
Q_LOGGING_CATEGORY(lcReport, "homecoming.core.report")

bool cancelled(const ReportService::Progress& progress, int percent)
{
    return progress && !progress(percent);
}
} // namespace

qint64 ReportHeadline::crimesTotal() const
{
    qint64 n = 0;
    for (qint64 v : crimesUncovered)
        n += v;
    return n;
}

ReportService::ReportService(Database& db, Actor actor) : m_db(db), m_actor(std::move(actor)) {}

Result<OperationReport> ReportService::build(const QString& operationName, const Progress& progress) const
{
    const auto op = OperationService(m_db, m_actor).find(operationName);
    if (!op)
        return op.error();
    return build(op->id, progress);
}

Result<OperationReport> ReportService::build(qint64 operationId, const Progress& progress) const
{
    DashboardFilter f;
    f.operationId = operationId;
    return build(f, progress);
}

Result<OperationReport> ReportService::build(const DashboardFilter& filter, const Progress& progress) const
{
    const qint64 operationId = filter.operationId;
    if (!m_actor.can(Right::ViewDashboard))
        return refused(m_db.sql(), m_actor, QStringLiteral("operation"), {},
                       denied(Roles::deniedMessage(m_actor, tr("produce the operation report"))));
    const Error stop{{}, tr("The report was cancelled."), Error::Kind::Cancelled};
    if (cancelled(progress, 0))
        return stop;

    QElapsedTimer timer;
    timer.start();
    OperationReport r;
    r.filter = filter;
    const bool narrowed = filter.hasPlace() || filter.hasDates();
    const auto stats =
        narrowed ? StatsService(m_db).compute(filter, m_actor) : StatsService(m_db).compute(operationId);
    if (!stats)
        return stats.error();
    ReportHeadline& h = r.headline;
    h.householdsVisited = stats->householdsVisited;
    h.householdsCovered = stats->householdsCovered;
    h.personChecks = stats->personChecks;
    h.personsScreened = stats->personsScreened;
    h.whereaboutsUnknownNow = stats->personsByLatestStatus.value(QStringLiteral("whereabouts_unknown"));
    h.casesOpened = stats->casesOpened;
    h.foundAlive = stats->foundAlive;
    h.rescued = stats->rescued;
    h.foundDeceased = stats->foundDeceased;
    h.familiesReunited = stats->familiesReunited;
    h.unregisteredFound = stats->unregisteredFound;
    h.unregisteredRegistered = stats->unregisteredRegistered;
    h.unregisteredIdCards = stats->unregisteredIdCards;
    h.foundPeople = stats->foundPeople;
    h.foundWithCase = stats->foundWithCase;
    h.crimesUncovered = stats->crimesUncovered;
    h.crimesSolved = stats->crimesSolved;
    h.crimeVictims = stats->crimeVictims;
    h.calls = stats->calls;
    h.callsCasesOpened = stats->callsCasesOpened;
    h.casesBySource = stats->casesBySource; // every source code, zeros included
    r.latestStatus = stats->personsByLatestStatus;
    r.title.householdsInScope = stats->householdsInScope;
    if (cancelled(progress, 10))
        return stop;

    if (Status s = addTitle(operationId, r); !s)
        return s.error();
    r.title.narrowedTo = filterText(filter);
    if (cancelled(progress, 20))
        return stop;

    const auto days = DashboardService(m_db, m_actor).days(filter);
    if (!days)
        return days.error();
    for (const DayRow& d : *days)
        r.days << ReportDay{d.day, d.visits, d.cumulativeCovered};
    if (cancelled(progress, 35))
        return stop;

    qCInfo(lcReport) << "figures, title and days in" << timer.restart() << "ms";
    if (Status s = addStationFigures(filter, r); !s)
        return s.error();
    qCInfo(lcReport) << "per station figures in" << timer.restart() << "ms";
    if (cancelled(progress, 85))
        return stop;

    if (Status s = addHighRiskCases(operationId, r); !s)
        return s.error();
    qCInfo(lcReport) << "high-risk cases in" << timer.restart() << "ms";
    if (Status s = addLeague(operationId, r); !s)
        return s.error();
    qCInfo(lcReport) << "station league in" << timer.restart() << "ms";
    if (progress)
        progress(100);
    return r;
}

Status ReportService::addLeague(qint64 operationId, OperationReport& r) const
{
    const auto t = LeagueService(m_db, m_actor).table(operationId, 0);
    if (!t)
        return t.error();
    r.league.weights = t->weights;
    r.league.stations = int(t->rows.size());
    const int top = int(std::min<qsizetype>(3, t->rows.size()));
    r.league.top = t->rows.mid(0, top);
    for (int i = top; i < t->rows.size(); ++i)
        if (t->rows.at(i).bottomThree)
            r.league.bottom << t->rows.at(i);
    return {};
}

// The places and days the filter keeps, by name, for the title page.
QString ReportService::filterText(const DashboardFilter& f) const
{
    const DashboardService dashboard(m_db, m_actor);
    auto nameOf = [](const QList<Place>& places, qint64 id) {
        for (const Place& p : places)
            if (p.id == id)
                return p.name;
        return QString::number(id);
    };
    QStringList parts;
    if (f.subBureauId)
        parts << nameOf(dashboard.subBureaus(), f.subBureauId);
    if (f.stationId)
        parts << nameOf(dashboard.stations(0), f.stationId);
    if (f.areaId)
        parts << tr("area %1").arg(f.areaId);
    if (f.hasDates())
        parts << tr("%1 – %2").arg(f.from.isValid() ? dateText(f.from) : QString(),
                                   f.to.isValid() ? dateText(f.to) : QString());
    return parts.join(QStringLiteral(" · "));
}

Status ReportService::addTitle(qint64 operationId, OperationReport& r) const
{
    const auto op = OperationService(m_db, m_actor).find(operationId);
    if (!op)
        return op.error();
    r.title.operationName = op->name;
    r.title.start = op->start;
    r.title.end = op->end;
    r.title.allStations = op->allStations;
    r.title.targetHouseholds = op->targetHouseholds;
    r.title.generatedAt = Clock::instance().now();
    auto names = ReportStore(m_db.sql()).stationNames(operationId, op->allStations);
    if (!names)
        return names.error();
    r.title.stations = std::move(names).value();
    return {};
}

Status ReportService::addStationFigures(const DashboardFilter& filter, OperationReport& r) const
{
    const qint64 operationId = filter.operationId;
    DashboardFilter byStation;
    byStation.operationId = operationId;
    byStation.subBureauId = filter.subBureauId;
    auto found = DashboardService(m_db, m_actor).coverage(byStation);
    if (!found)
        return found.error();
    QList<CoverageRow> coverage = std::move(found).value();
    if (filter.stationId)
        coverage.removeIf([&](const CoverageRow& c) { return c.id != filter.stationId; });
    const ReportStore store(m_db.sql());
    const auto figures = store.stationFigures(operationId);
    if (!figures)
        return figures.error();
    const auto bureauOf = store.bureauOfStation();
    if (!bureauOf)
        return bureauOf.error();

    const QString noBureau = tr("(no sub-bureau)");
    QMap<qint64, ReportScopeRow> bureaus;
    for (const CoverageRow& c : coverage) {
        ReportScopeRow row;
        row.id = c.id;
        row.name = c.name;
        const StationBureau b = bureauOf->value(c.id);
        row.subBureau = b.id ? b.name : noBureau;
        row.inScope = c.inScope;
        row.visited = c.visited;
        row.covered = c.covered;
        row.personChecks = figures->personChecks.value(c.id);
        row.whereaboutsUnknown = figures->whereaboutsUnknown.value(c.id);
        row.cases = figures->cases.value(c.id);
        row.found = figures->found.value(c.id);
        r.stations << row;

        ReportScopeRow& sum = bureaus[b.id];
        sum.id = b.id;
        sum.name = row.subBureau;
        sum.inScope += row.inScope;
        sum.visited += row.visited;
        sum.covered += row.covered;
        sum.personChecks += row.personChecks;
        sum.whereaboutsUnknown += row.whereaboutsUnknown;
        sum.cases += row.cases;
        sum.found += row.found;
    }
    // By sub-bureau, stations without one last, then by name.
    std::sort(r.stations.begin(), r.stations.end(), [&](const ReportScopeRow& a, const ReportScopeRow& b) {
        const bool aNone = bureauOf->value(a.id).id == 0, bNone = bureauOf->value(b.id).id == 0;
        return std::tie(aNone, a.subBureau, a.name) < std::tie(bNone, b.subBureau, b.name);
    });
    for (const ReportScopeRow& b : bureaus)
        if (b.id)
            r.subBureaus << b;
    std::sort(r.subBureaus.begin(), r.subBureaus.end(),
              [](const ReportScopeRow& a, const ReportScopeRow& b) { return a.name < b.name; });
    if (bureaus.contains(0))
        r.subBureaus << bureaus.value(0);
    return {};
}

// The pictures leave in the report (PDF, print): one audit record per build names them, as opening
// one in the case file does (AttachmentService::open).
Status ReportService::auditAnnexPictures(qint64 operationId, const QList<Attachment>& pictures) const
{
    if (pictures.isEmpty())
        return {};
    QJsonArray attachmentIds, caseIds;
    for (const Attachment& a : pictures) {
        attachmentIds << a.id;
        if (!caseIds.contains(a.owner.id))
            caseIds << a.owner.id;
    }
    const QJsonObject details{{QStringLiteral("purpose"), QStringLiteral("operation_report")},
                              {QStringLiteral("operation_id"), operationId},
                              {QStringLiteral("attachment_ids"), attachmentIds},
                              {QStringLiteral("case_ids"), caseIds},
                              {QStringLiteral("count"), int(pictures.size())}};
    return auditRead(m_db.sql(), m_actor, QStringLiteral("export"), QStringLiteral("attachment"), {},
                     details);
}

Status ReportService::addHighRiskCases(qint64 operationId, OperationReport& r) const
{
    const auto rows = ReportStore(m_db.sql()).highRiskCases(operationId);
    if (!rows)
        return rows.error();
    const QDate today = r.title.generatedAt.date();
    QList<qint64> ids;
    for (const HighRiskCaseRow& row : *rows)
        ids << row.id;
    // The annex prints each case's photos; the report's readers (dashboard right) see every
    // station's high-risk cases already.
    const auto pictures = AttachmentStore(m_db.sql()).casePictures(ids);
    if (!pictures)
        return pictures.error();
    if (Status s = auditAnnexPictures(operationId, *pictures); !s)
        return s;
    for (const HighRiskCaseRow& row : *rows) {
        ReportHighRiskCase c;
        c.caseNo = row.caseNo;
        c.subject = row.subject;
        c.station = row.station;
        c.status = row.status;
        c.opened = QDate::fromString(row.openedAt.left(10), Qt::ISODate);
        c.daysOpen = int(std::max<qint64>(0, c.opened.daysTo(today)));
        c.lastLead = row.lastLead;
        c.lastLeadDate = QDate::fromString(row.lastLeadAt.left(10), Qt::ISODate);
        for (const Attachment& a : *pictures)
            if (a.owner.id == row.id)
                c.photos << ReportCasePhoto{a.caption.isEmpty() ? a.fileName : a.caption, a.thumbnail};
        r.highRiskCases << c;
    }
    return {};
}

} // namespace hc
