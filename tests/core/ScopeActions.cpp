#include "tests/core/ScopeActions.h"

#include "core/actions/ActionService.h"
#include "core/audit/AuditLog.h"
#include "core/auth/Scope.h"
#include "core/calls/CallService.h"
#include "core/cases/CaseService.h"
#include "core/cases/FoundPersonService.h"
#include "core/common/Clock.h"
#include "core/crimes/CrimeService.h"
#include "core/crimes/ReunionService.h"
#include "core/exports/ExportService.h"
#include "core/households/HouseholdService.h"
#include "core/imports/OfficerImporter.h"
#include "core/imports/RegistryImporter.h"
#include "core/imports/VisitImporter.h"
#include "core/league/LeagueService.h"
#include "core/links/LinkService.h"
#include "core/matching/DuplicateFinder.h"
#include "core/matching/MissingFoundMatcher.h"
#include "core/matching/PersonMergeService.h"
#include "core/operations/OperationService.h"
#include "core/registration/RegistrationService.h"
#include "core/report/ReportService.h"
#include "core/search/SearchService.h"
#include "core/sheets/SheetService.h"
#include "core/stats/DashboardService.h"
#include "core/stats/StatsService.h"
#include "core/storage/Database.h"
#include "core/visits/FollowUpService.h"
#include "core/visits/VisitService.h"
#include "tests/support/Fixture.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <functional>

namespace hc::test::scopes {

PublicReport reportAt(const Call& c)
{
    PublicReport r;
    r.reporterName = QStringLiteral("来电人");
    r.reporterPhone = QStringLiteral("13900000099");
    r.subjectName = QStringLiteral("走失者");
    r.age = 70;
    r.lastSeenDate = QDate(2026, 3, 30);
    r.lastSeenPlace = QStringLiteral("公园");
    r.reportText = QStringLiteral("老人走失");
    r.risk = QStringLiteral("high");
    r.stationId = c.at.station;
    return r;
}

FoundPerson foundAt(const Call& c)
{
    FoundPerson f;
    f.circumstance = QStringLiteral("shelter");
    f.sex = QStringLiteral("M");
    f.ageMin = 60;
    f.ageMax = 75;
    f.placeFound = QStringLiteral("救助站");
    f.foundDate = QDate(2026, 3, 31);
    f.stationId = c.at.station;
    return f;
}

namespace {

Status ok()
{
    return {};
}
template <typename T> Status statusOf(const Result<T>& r)
{
    return r ? ok() : Status(r.error());
}
Status statusOf(const ImportReport& r)
{
    return r.fatal ? Status(*r.fatal) : ok();
}

DashboardFilter dashboardAt(const Call& c)
{
    DashboardFilter f;
    f.operationId = c.operation;
    f.stationId = c.at.station;
    return f;
}

VisitDraft draftAt(const Call& c)
{
    VisitDraft d;
    d.operationId = c.operation;
    d.householdId = c.at.household;
    d.visitedAt = QDateTime(QDate(2026, 4, 1), QTime(16, 30));
    d.outcome = QStringLiteral("no_answer");
    return d;
}

QList<Action> residentActions()
{
    return {
        {"search", kAll, false, true,
         [](Call& c) { return statusOf(SearchService(c.db, c.actor).search(c.at.searchText)); }},
        {"households.page", kAll, true, true,
         [](Call& c) {
             HouseholdFilter f{c.operation, c.at.station, 0, Coverage::Any, {}};
             return statusOf(HouseholdService(c.db, c.actor).page(f, {}, 50));
         }},
        {"households.nextToVisit", kAll, true, true,
         [](Call& c) {
             HouseholdFilter f{c.operation, c.at.station, 0, Coverage::Any, {}};
             return statusOf(HouseholdService(c.db, c.actor).nextToVisit(f, {}));
         }},
        {"households.detail", kAll, true, true,
         [](Call& c) {
             return statusOf(HouseholdService(c.db, c.actor).detail(c.at.household, c.operation));
         }},
        {"households.findByNumber", kAll, true, true,
         [](Call& c) { return statusOf(HouseholdService(c.db, c.actor).findByNumber(c.at.householdNo)); }},
        {"households.householdOfPerson", kAll, true, true,
         [](Call& c) { return statusOf(HouseholdService(c.db, c.actor).householdOfPerson(c.at.person)); }},
        {"households.areasAndStations", kAll, false, true,
         [](Call& c) {
             HouseholdService s(c.db, c.actor);
             return s.areas(c.at.station).isEmpty() || s.stations().isEmpty()
                        ? Status(invalid({}, QStringLiteral("no areas or stations")))
                        : ok();
         }},
        {"visits.validate", kVisitors, true, false,
         [](Call& c) { return VisitService(c.db, c.actor).validate(draftAt(c)); }},
        {"visits.record", kVisitors, true, true,
         [](Call& c) { return statusOf(VisitService(c.db, c.actor).record(draftAt(c))); }},
        {"visits.load", kAll, true, true,
         [](Call& c) { return statusOf(VisitService(c.db, c.actor).load(c.at.visit)); }},
        {"visits.correct",
         {S, A},
         true,
         true,
         [](Call& c) {
             // The saved visits are by another officer than the table's officer.
             auto d = VisitService(c.db, Actor::system()).load(c.at.visit);
             if (!d)
                 return Status(d.error());
             VisitDraft changed = *d;
             changed.notes = QStringLiteral("更正");
             return VisitService(c.db, c.actor).correct(c.at.visit, changed);
         }},
        {"visits.mayCorrect",
         {S, A},
         true,
         false,
         [](Call& c) { return VisitService(c.db, c.actor).mayCorrect(c.at.visit); }},
        {"visits.screeningId", kAll, true, false,
         [](Call& c) {
             return VisitService(c.db, c.actor).screeningId(c.at.visit, c.at.visitPerson)
                        ? ok()
                        : Status(denied(QStringLiteral("no screening in scope")));
         }},
        {"visits.findRegistered", kAll, false, true,
         [](Call& c) { return statusOf(VisitService(c.db, c.actor).findRegistered(c.at.idNumber)); }},
        {"visits.addUnregisteredPerson", kVisitors, true, true,
         [](Call& c) {
             return statusOf(
                 VisitService(c.db, c.actor)
                     .addUnregisteredPerson(c.at.household, QStringLiteral("无名"), QChar(u'F'), 2015, {}));
         }},
        {"followUp.revisits", kAll, true, true,
         [](Call& c) {
             return statusOf(FollowUpService(c.db, c.actor).revisits(c.operation, c.at.station));
         }},
        {"followUp.verifications", kAll, true, true,
         [](Call& c) {
             return statusOf(FollowUpService(c.db, c.actor).verifications(c.operation, c.at.station));
         }},
        {"followUp.unregistered", kAll, true, true,
         [](Call& c) {
             return statusOf(FollowUpService(c.db, c.actor).unregistered(c.operation, c.at.station));
         }},
        {"followUp.exportUnregisteredCsv", kAll, true, true,
         [](Call& c) {
             return statusOf(
                 FollowUpService(c.db, c.actor)
                     .exportUnregisteredCsv(c.operation, c.at.station, c.dir + QStringLiteral("/u.csv")));
         }},
        {"followUp.assignRevisit",
         {S, A},
         true,
         true,
         [](Call& c) {
             return FollowUpService(c.db, c.actor).assignRevisit(c.operation, c.at.household, c.at.officer);
         }},
        {"followUp.untraced", kAll, true, true,
         [](Call& c) {
             return statusOf(FollowUpService(c.db, c.actor).untraced(c.operation, c.at.station));
         }},
        {"followUp.markVerified", kVisitors, true, true,
         [](Call& c) {
             return FollowUpService(c.db, c.actor)
                 .markVerified(c.operation, c.at.person, QStringLiteral("在外地"), QStringLiteral("phone"));
         }},
    };
}

QList<Action> caseActions()
{
    return {
        {"cases.openFromScreening", kAll, true, true,
         [](Call& c) { return statusOf(CaseService(c.db, c.actor).openFromScreening(c.at.freshScreening)); }},
        {"cases.openFromPublicReport", kCaseEditors, false, true,
         [](Call& c) { return statusOf(CaseService(c.db, c.actor).openFromPublicReport(reportAt(c))); }},
        {"cases.list", kAll, true, true,
         [](Call& c) {
             CaseFilter f;
             f.stationId = c.at.station;
             return statusOf(CaseService(c.db, c.actor).list(f));
         }},
        {"cases.load", kAll, true, true,
         [](Call& c) { return statusOf(CaseService(c.db, c.actor).load(c.at.openCase)); }},
        {"cases.findByNumber", kAll, true, true,
         [](Call& c) { return statusOf(CaseService(c.db, c.actor).findByNumber(c.at.openCaseNo)); }},
        {"cases.validate", kAll, false, false,
         [](Call& c) {
             auto f = CaseService(c.db, Actor::system()).load(c.at.openCase);
             return f ? CaseService(c.db, c.actor).validate(f->fields) : Status(f.error());
         }},
        {"cases.update", kCaseEditors, false, true,
         [](Call& c) {
             auto f = CaseService(c.db, Actor::system()).load(c.at.openCase);
             if (!f)
                 return Status(f.error());
             CaseFields fields = f->fields;
             fields.circumstances += QStringLiteral("（补充）");
             return CaseService(c.db, c.actor).update(c.at.openCase, fields);
         }},
        {"cases.addLead", kCaseEditors, false, true,
         [](Call& c) {
             LeadDraft d{QDateTime(QDate(2026, 4, 2), QTime(9, 0)),
                         QStringLiteral("tip"),
                         QStringLiteral("有人见过"),
                         {}};
             return statusOf(CaseService(c.db, c.actor).addLead(c.at.openCase, d));
         }},
        {"cases.setOutcome", kCaseEditors, false, true,
         [](Call& c) {
             CaseOutcome o{QStringLiteral("found_alive"), QDate(2026, 4, 3), {}};
             return CaseService(c.db, c.actor).setOutcome(c.at.openCase, o);
         }},
        {"cases.reopen",
         {S, A},
         false,
         true,
         [](Call& c) { return CaseService(c.db, c.actor).reopen(c.at.closedCase); }},
        {"foundPersons.validate", kCaseEditors, false, false,
         [](Call& c) { return FoundPersonService(c.db, c.actor).validate(foundAt(c)); }},
        {"foundPersons.create", kCaseEditors, false, true,
         [](Call& c) { return statusOf(FoundPersonService(c.db, c.actor).create(foundAt(c))); }},
        {"foundPersons.update", kCaseEditors, false, true,
         [](Call& c) {
             FoundPerson f = foundAt(c);
             f.notes = QStringLiteral("更正");
             return FoundPersonService(c.db, c.actor).update(c.at.found, f);
         }},
        {"foundPersons.load", kAll, true, true,
         [](Call& c) { return statusOf(FoundPersonService(c.db, c.actor).load(c.at.found)); }},
        {"foundPersons.list", kAll, true, true,
         [](Call& c) {
             FoundPersonFilter f;
             f.stationId = c.at.station;
             return statusOf(FoundPersonService(c.db, c.actor).list(f));
         }},
        {"matching.forCase", kCaseEditors, false, true,
         [](Call& c) { return statusOf(MissingFoundMatcher(c.db, c.actor).forCase(c.at.openCase)); }},
        {"matching.forFoundPerson", kCaseEditors, false, true,
         [](Call& c) { return statusOf(MissingFoundMatcher(c.db, c.actor).forFoundPerson(c.at.found)); }},
        {"links.add", kCaseEditors, false, true,
         [](Call& c) {
             LinkInput in{{QStringLiteral("person"), QString::number(c.at.person)},
                          {QStringLiteral("phone"), QStringLiteral("13900000077")},
                          QStringLiteral("same_phone"),
                          0.9,
                          {}};
             return statusOf(LinkService(c.db, c.actor).add(in));
         }},
        {"links.remove", kCaseEditors, false, true,
         [](Call& c) { return LinkService(c.db, c.actor).remove(c.at.link); }},
        {"links.linksOf", kCaseEditors, false, true,
         [](Call& c) {
             return statusOf(LinkService(c.db, c.actor)
                                 .linksOf({QStringLiteral("person"), QString::number(c.at.person)}));
         }},
        {"links.find", kCaseEditors, false, true,
         [](Call& c) { return statusOf(LinkService(c.db, c.actor).find(c.at.link)); }},
        {"links.graph", kCaseEditors, false, true,
         [](Call& c) { return statusOf(LinkGraph::load(c.db, c.actor, {})); }},
        {"people.record",
         {S, I, A},
         false,
         true,
         [](Call& c) { return statusOf(PersonMergeService(c.db, c.actor).record(c.at.person)); }},
        {"people.merge", kMergers, false, true,
         [](Call& c) {
             return statusOf(PersonMergeService(c.db, c.actor).merge(c.at.mergeKeep, c.at.mergeDrop));
         }},
        {"people.dismiss", kMergers, false, true,
         [](Call& c) { return PersonMergeService(c.db, c.actor).dismiss(c.at.mergeKeep, c.at.mergeDrop); }},
        {"people.findDuplicates", kMergers, false, true,
         [](Call& c) { return statusOf(DuplicateFinder(c.db, c.actor).run()); }},
    };
}

QList<Action> figureActions()
{
    return {
        {"dashboard.refresh", kAll, true, true,
         [](Call& c) {
             return statusOf(DashboardService(c.db, c.actor).refresh(dashboardAt(c), QDate(2026, 4, 3)));
         }},
        {"dashboard.coverage", kAll, true, true,
         [](Call& c) {
             return statusOf(DashboardService(c.db, c.actor).coverage(c.operation, c.at.station));
         }},
        {"dashboard.days", kAll, true, true,
         [](Call& c) { return statusOf(DashboardService(c.db, c.actor).days(dashboardAt(c))); }},
        {"dashboard.officers", kAll, true, true,
         [](Call& c) {
             return statusOf(DashboardService(c.db, c.actor).officers(c.operation, c.at.station));
         }},
        {"dashboard.revisitBacklog", kAll, true, true,
         [](Call& c) {
             return statusOf(DashboardService(c.db, c.actor).revisitBacklog(c.operation, c.at.station));
         }},
        {"dashboard.overdueCases", kAll, false, true,
         [](Call& c) {
             return statusOf(DashboardService(c.db, c.actor).overdueCases(c.operation, QDate(2026, 4, 3)));
         }},
        {"dashboard.pendingHouseholds", kAll, true, true,
         [](Call& c) { return statusOf(DashboardService(c.db, c.actor).pendingHouseholds(dashboardAt(c))); }},
        {"dashboard.personsWithStatus", kAll, true, true,
         [](Call& c) {
             return statusOf(DashboardService(c.db, c.actor)
                                 .personsWithStatus(dashboardAt(c), QStringLiteral("present")));
         }},
        {"dashboard.visitsOnDay", kAll, true, true,
         [](Call& c) {
             return statusOf(DashboardService(c.db, c.actor).visitsOnDay(dashboardAt(c), QDate(2026, 3, 2)));
         }},
        {"dashboard.places", kAll, false, true,
         [](Call& c) {
             DashboardService s(c.db, c.actor);
             return s.stations(0).isEmpty() ? Status(invalid({}, QStringLiteral("no stations"))) : ok();
         }},
        {"stats.compute", kAll, false, true,
         [](Call& c) { return statusOf(StatsService(c.db).compute(c.operation)); }},
        {"report.build", kCaseEditors, false, true,
         [](Call& c) { return statusOf(ReportService(c.db, c.actor).build(c.operation)); }},
        // Station counts only: every role reads the league; the weights are the administrators'.
        {"league.table", kAll, false, true,
         [](Call& c) { return statusOf(LeagueService(c.db, c.actor).table(c.operation, 1)); }},
        {"league.weights", kAll, false, true,
         [](Call& c) { return statusOf(LeagueService(c.db, c.actor).weights(c.operation)); }},
        {"league.setWeights", kAdmins, false, true,
         [](Call& c) { return LeagueService(c.db, c.actor).setWeights(c.operation, LeagueWeights{}); }},
        {"exports.registry", kImporters, false, true,
         [](Call& c) {
             return statusOf(ExportService(c.db, c.actor).exportRegistry(c.dir + QStringLiteral("/r.csv")));
         }},
        {"exports.visits", kImporters, false, true,
         [](Call& c) {
             return statusOf(ExportService(c.db, c.actor)
                                 .exportVisits(test::kFixtureOperation, c.dir + QStringLiteral("/v.csv")));
         }},
        {"exports.list", kAll, false, true,
         [](Call& c) {
             return statusOf(
                 ExportService(c.db, c.actor)
                     .exportList(QStringLiteral("list"), c.dir + QStringLiteral("/l.csv"), {"a"}, {{"1"}}));
         }},
        {"operations.create", kImporters, false, true,
         [](Call& c) {
             return statusOf(
                 OperationService(c.db, c.actor)
                     .create(QStringLiteral("秋季行动"), QDate(2026, 9, 1), QDate(2026, 10, 1), {}, {}));
         }},
        {"operations.update", kImporters, false, true,
         [](Call& c) {
             return statusOf(
                 OperationService(c.db, c.actor)
                     .update(
                         c.operation,
                         {test::kFixtureOperation, QDate(2026, 3, 1), QDate(2026, 5, 29), {}, std::nullopt}));
         }},
        {"operations.close", kImporters, false, true,
         [](Call& c) { return OperationService(c.db, c.actor).close(c.operation); }},
        {"operations.reopen", kAdmins, false, true,
         [](Call& c) { return OperationService(c.db, c.actor).reopen(c.at.closedOperation); }},
        {"operations.findAndList", kAll, false, true,
         [](Call& c) {
             OperationService s(c.db, c.actor);
             return s.list().isEmpty() ? Status(invalid({}, QStringLiteral("no operations")))
                                       : statusOf(s.find(c.operation));
         }},
        {"imports.registry", kImporters, false, true,
         [](Call& c) {
             return statusOf(RegistryImporter(c.db, c.actor).run(test::dataFile("registry.csv")));
         }},
        {"imports.fieldSheets", kImporters, false, true,
         [](Call& c) {
             return statusOf(
                 VisitImporter(c.db, c.actor).run(test::kFixtureOperation, test::dataFile("visits.csv")));
         }},
        {"imports.officers", kAdmins, false, true,
         [](Call& c) {
             return statusOf(OfficerImporter(c.db, c.actor).run(test::dataFile("officers.csv")));
         }},
        {"audit.records", kAdmins, false, true,
         [](Call& c) { return statusOf(AuditLog(c.db.sql()).records(c.actor, {})); }},
        {"audit.actions", kAdmins, false, true,
         [](Call& c) { return statusOf(AuditLog(c.db.sql()).actions(c.actor)); }},
    };
}

// The campaign's crimes and reunions (issue 13).
QList<Action> campaignActions()
{
    return {
        {"crimes.create", kCaseEditors, true, true,
         [](Call& c) {
             const CrimeDraft d{
                 QStringLiteral("kidnapping"), QDate(2026, 4, 1), QStringLiteral("A2026-9"), false, {}};
             return statusOf(CrimeService(c.db, c.actor).create(c.at.openCase, d));
         }},
        {"crimes.list", kAll, true, true,
         [](Call& c) {
             CrimeFilter f;
             f.stationId = c.at.station;
             return statusOf(CrimeService(c.db, c.actor).list(f));
         }},
        {"crimes.update", kCaseEditors, true, true,
         [](Call& c) {
             const CrimeDraft d{
                 QStringLiteral("kidnapping"), QDate(2026, 3, 20), QStringLiteral("A2026-1"), true, {}};
             return CrimeService(c.db, c.actor).update(c.at.crime, d);
         }},
        {"crimes.addVictim", kCaseEditors, true, true,
         [](Call& c) { return CrimeService(c.db, c.actor).addVictim(c.at.crime, c.at.closedCase); }},
        {"crimes.removeVictim", kCaseEditors, true, true,
         [](Call& c) { return CrimeService(c.db, c.actor).removeVictim(c.at.crime, c.at.foundCase); }},
        {"crimes.addSuspect", kCaseEditors, true, true,
         [](Call& c) {
             return CrimeService(c.db, c.actor)
                 .addSuspect(c.at.crime, {QStringLiteral("phone"), QStringLiteral("13900000066")});
         }},
        {"crimes.removeSuspect", kCaseEditors, true, true,
         [](Call& c) {
             return CrimeService(c.db, c.actor)
                 .removeSuspect(c.at.crime, {QStringLiteral("phone"), kSuspectPhone});
         }},
        {"crimes.load", kAll, true, true,
         [](Call& c) { return statusOf(CrimeService(c.db, c.actor).load(c.at.crime)); }},
        {"reunions.record", kCaseEditors, true, true,
         [](Call& c) {
             const ReunionDraft d{QDate(2026, 4, 3), QStringLiteral("in_person"), {}, {}};
             return statusOf(ReunionService(c.db, c.actor).record(c.at.foundCase, d));
         }},
        {"reunions.remove", kCaseEditors, true, true,
         [](Call& c) { return ReunionService(c.db, c.actor).remove(c.at.reunitedCase); }},
        {"reunions.forCase", kAll, true, true,
         [](Call& c) { return statusOf(ReunionService(c.db, c.actor).forCase(c.at.reunitedCase)); }},
    };
}

// The calls, registration files, door-to-door sheets and actions (issue 13, 14).
QList<Action> recordActions()
{
    return {
        {"calls.log", kAll, true, true,
         [](Call& c) {
             CallDraft d;
             d.at = QDateTime(QDate(2026, 4, 2), QTime(20, 15));
             d.callerPhone = QStringLiteral("13900000088");
             d.line = QStringLiteral("hotline");
             d.stationId = c.at.station;
             d.reportText = QStringLiteral("邻居说老人回家了");
             d.result = QStringLiteral("info");
             return statusOf(CallService(c.db, c.actor).log(d));
         }},
        {"calls.list", kAll, true, true,
         [](Call& c) {
             CallFilter f;
             f.stationId = c.at.station;
             return statusOf(CallService(c.db, c.actor).list(f));
         }},
        {"calls.load", kAll, true, true,
         [](Call& c) { return statusOf(CallService(c.db, c.actor).load(c.at.call)); }},
        {"calls.officers", kAll, true, true,
         [](Call& c) { return statusOf(CallService(c.db, c.actor).officers(c.at.station)); }},
        {"calls.officerByBadge", kAll, true, true,
         [](Call& c) { return statusOf(CallService(c.db, c.actor).officerByBadge(c.at.officerBadge)); }},
        {"registration.list", kAll, true, true,
         [](Call& c) {
             RegistrationFilter f;
             f.stationId = c.at.station;
             return statusOf(RegistrationService(c.db, c.actor).list(f));
         }},
        {"registration.load", kAll, true, true,
         [](Call& c) { return statusOf(RegistrationService(c.db, c.actor).load(c.at.unregistered)); }},
        {"registration.timeline", kAll, true, true,
         [](Call& c) { return statusOf(RegistrationService(c.db, c.actor).timeline(c.at.unregistered)); }},
        {"registration.officers", kAll, true, true,
         [](Call& c) { return statusOf(RegistrationService(c.db, c.actor).officers(c.at.unregistered)); }},
        {"registration.households", kAll, true, true,
         [](Call& c) { return statusOf(RegistrationService(c.db, c.actor).households(c.at.unregistered)); }},
        {"registration.advance", kVisitors, true, true,
         [](Call& c) {
             RegistrationStep step;
             step.personId = c.at.unregistered;
             step.stage = QStringLiteral("referred");
             step.date = QDate(2026, 4, 2);
             step.officerId = c.at.officer;
             return RegistrationService(c.db, c.actor).advance(step);
         }},
        // Door-to-door sheets: for those who record visits, of an area they reach; any role may
        // name an area (an area's name is no one's data).
        {"sheets.sheets", kVisitors, true, true,
         [](Call& c) {
             return statusOf(SheetService(c.db, c.actor).sheets({c.operation, c.at.area, false}));
         }},
        {"sheets.findArea", kAll, false, true,
         [](Call& c) {
             const auto area = SheetService(c.db, c.actor).findArea(c.at.areaName);
             return !area                ? Status(area.error())
                    : *area != c.at.area ? Status(invalid({}, QStringLiteral("another area")))
                                         : ok();
         }},
        {"actions.raise", kCaseEditors, true, true,
         [](Call& c) {
             ActionDraft d;
             d.caseId = c.at.openCase;
             d.what = QStringLiteral("走访亲属");
             d.allocatedTo = c.at.officer;
             d.due = Clock::instance().now().date().addDays(7);
             return statusOf(ActionService(c.db, c.actor).raise(d));
         }},
        {"actions.list", kAll, false, true,
         [](Call& c) {
             ActionFilter f;
             f.caseId = c.at.openCase;
             return statusOf(ActionService(c.db, c.actor).list(f));
         }},
    };
}

} // namespace

QList<Action> allActions()
{
    return residentActions() + caseActions() + figureActions() + campaignActions() + recordActions();
}

namespace {
// The base tables of the schema with their numbers of columns, the same kind of tables on both
// engines: not the audit log, the phonetic cache the duplicate finder fills or the engine's own
// bookkeeping (SQLite's sqlite_* tables, PostgreSQL's schema_migrations, the counterpart of
// SQLite's user_version), and not the search structures the engine maintains (SQLite's FTS5
// table and its shadow tables; PostgreSQL's trigram indexes are no tables).
QList<std::pair<QString, int>> hashedTables(Database& db)
{
    QSqlQuery q(db.sql());
    q.exec(db.engine() == Database::Engine::Postgres
               ? QStringLiteral("SELECT c.relname, (SELECT count(*) FROM pg_attribute a WHERE a.attrelid = "
                                "c.oid AND a.attnum > 0 AND NOT a.attisdropped) FROM pg_class c JOIN "
                                "pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public' AND "
                                "c.relkind IN ('r', 'p') AND c.relname NOT IN ('audit_log', 'name_phonetic', "
                                "'schema_migrations') ORDER BY 1")
               : QStringLiteral("SELECT name, (SELECT count(*) FROM pragma_table_info(m.name)) FROM "
                                "sqlite_master m WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE "
                                "'\\' AND name NOT IN ('audit_log', 'name_phonetic') AND sql NOT LIKE "
                                "'CREATE VIRTUAL%' AND NOT EXISTS (SELECT 1 FROM sqlite_master v WHERE v.sql "
                                "LIKE 'CREATE VIRTUAL%' AND m.name LIKE v.name || '\\_%' ESCAPE '\\') "
                                "ORDER BY 1"));
    QList<std::pair<QString, int>> tables;
    while (q.next())
        tables.append({q.value(0).toString(), q.value(1).toInt()});
    if (tables.isEmpty())
        qFatal("dataHash: no tables: %s", qPrintable(q.lastError().text()));
    return tables;
}
} // namespace

// Every base table but the audit log, hashed row by row (in the order of the first column,
// then the others), each value as text (bytes as they are, NULL apart from ''): a refused call
// must leave it as it was.
QByteArray dataHash(Database& db)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    for (const auto& [table, columns] : hashedTables(db)) {
        QStringList order;
        for (int i = 1; i <= columns; ++i)
            order << QString::number(i);
        QSqlQuery q(db.sql());
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT * FROM \"%1\" ORDER BY %2").arg(table, order.join(u','))))
            qFatal("dataHash: %s", qPrintable(q.lastError().text()));
        h.addData(table.toUtf8() + '\x1d');
        while (q.next())
            for (int i = 0; i < columns; ++i) {
                const QVariant v = q.value(i);
                h.addData(v.isNull()                            ? QByteArray("\x1e")
                          : v.typeId() == QMetaType::QByteArray ? v.toByteArray()
                                                                : v.toString().toUtf8());
                h.addData("\x1f");
            }
    }
    return h.result();
}

qint64 countOf(Database& db, const QString& sql)
{
    QSqlQuery q(db.sql());
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

} // namespace hc::test::scopes
