#include "core/stats/StatsService.h"

#include "core/calls/CallStore.h"
#include "core/common/Clock.h"
#include "core/operations/OperationService.h"
#include "core/registration/RegistrationStore.h"
#include "core/registry/Vocabulary.h"
#include "core/stats/DashboardService.h"
#include "core/stats/FigureLabels.h"
#include "core/stats/StatsStore.h"
#include "core/storage/Database.h"

namespace hc {

namespace {
QMap<QString, qint64> zeroed(Vocabulary::Kind kind)
{
    QMap<QString, qint64> m;
    for (const QString& c : Vocabulary::codes(kind))
        m.insert(c, 0);
    return m;
}

// Every breakdown with each of its codes at zero, so that every key is always present.
OperationStats emptyStats()
{
    OperationStats s;
    s.checksByStatus = zeroed(Vocabulary::Kind::Status);
    s.personsByLatestStatus = zeroed(Vocabulary::Kind::Status);
    s.casesByStatus = zeroed(Vocabulary::Kind::CaseStatus);
    s.crimesUncovered = zeroed(Vocabulary::Kind::CrimeKind);
    s.crimesSolved = s.crimesUncovered;
    s.crimeVictims = s.crimesUncovered;
    s.casesBySource = zeroed(Vocabulary::Kind::CaseSource);
    return s;
}

QJsonObject toObject(const QMap<QString, qint64>& m)
{
    QJsonObject o;
    for (auto it = m.begin(); it != m.end(); ++it)
        o.insert(it.key(), it.value());
    return o;
}
} // namespace

QJsonObject OperationStats::toJson() const
{
    return QJsonObject{
        {QStringLiteral("households_in_scope"), householdsInScope},
        {QStringLiteral("households_visited"), householdsVisited},
        {QStringLiteral("households_covered"), householdsCovered},
        {QStringLiteral("revisits_pending"), revisitsPending},
        {QStringLiteral("visits"), visits},
        {QStringLiteral("person_checks"), personChecks},
        {QStringLiteral("persons_screened"), personsScreened},
        {QStringLiteral("checks_by_status"), toObject(checksByStatus)},
        {QStringLiteral("persons_by_latest_status"), toObject(personsByLatestStatus)},
        {QStringLiteral("unregistered_found"), unregisteredFound},
        {QStringLiteral("unregistered_registered"), unregisteredRegistered},
        {QStringLiteral("unregistered_id_cards"), unregisteredIdCards},
        {QStringLiteral("cases_opened"), casesOpened},
        {QStringLiteral("cases_by_status"), toObject(casesByStatus)},
        {QStringLiteral("cases_by_source"), toObject(casesBySource)},
        {QStringLiteral("found_alive"), foundAlive},
        {QStringLiteral("rescued"), rescued},
        {QStringLiteral("found_deceased"), foundDeceased},
        {QStringLiteral("families_reunited"), familiesReunited},
        {QStringLiteral("found_people"), foundPeople},
        {QStringLiteral("found_with_case"), foundWithCase},
        {QStringLiteral("crimes_uncovered"), toObject(crimesUncovered)},
        {QStringLiteral("crimes_solved"), toObject(crimesSolved)},
        {QStringLiteral("crime_victims"), toObject(crimeVictims)},
        {QStringLiteral("calls"), calls},
        {QStringLiteral("calls_cases_opened"), callsCasesOpened},
    };
}

StatsService::StatsService(Database& db) : m_db(db) {}

Result<OperationStats> StatsService::compute(const QString& operationName) const
{
    const auto op = OperationService(m_db, Actor{}).find(operationName);
    if (!op)
        return op.error();
    return compute(op->id);
}

// Households in scope and the case figures: cheap aggregates, shared by both paths.
Result<OperationStats> StatsService::common(qint64 operationId) const
{
    OperationStats s = emptyStats();

    const StatsStore store(m_db.sql());
    const auto all = store.allStations(operationId);
    if (!all || !*all)
        return notFound(QStringLiteral("operation"), tr("There is no operation number %1.").arg(operationId));

    const auto byStatus = store.casesByStatus(operationId);
    if (!byStatus)
        return byStatus.error();
    for (const CaseStatusCount& c : *byStatus) {
        s.casesByStatus[c.status] = c.cases;
        s.casesOpened += c.cases;
    }
    const auto bySource = store.casesBySource(operationId);
    if (!bySource)
        return bySource.error();
    s.casesBySource.insert(*bySource);
    s.foundAlive = s.casesByStatus.value(QStringLiteral("found_alive"));
    s.rescued = s.casesByStatus.value(QStringLiteral("rescued"));
    s.foundDeceased = s.casesByStatus.value(QStringLiteral("found_deceased"));

    DashboardFilter whole;
    whole.operationId = operationId;
    const auto inScope = store.householdsCounted(whole);
    if (!inScope)
        return inScope.error();
    s.householdsInScope = *inScope;
    if (Status st = addOutcomes(store, whole, s); !st)
        return st.error();
    if (Status st = addCalls(whole, s); !st)
        return st.error();
    return s;
}

// Calls count by their date and station, whatever operation the figure is of.
Status StatsService::addCalls(const DashboardFilter& f, OperationStats& s) const
{
    const auto calls = CallStore(m_db.sql()).counts(f);
    if (!calls)
        return calls.error();
    s.calls = calls->calls;
    s.callsCasesOpened = calls->casesOpened;
    return {};
}

// Crimes, families and people found, each counted as the bureau counts them.
Status StatsService::addOutcomes(const StatsStore& store, const DashboardFilter& f, OperationStats& s) const
{
    const auto crimes = store.crimesByKind(f);
    if (!crimes)
        return crimes.error();
    for (auto it = crimes->begin(); it != crimes->end(); ++it) {
        s.crimesUncovered[it.key()] = it->crimes;
        s.crimesSolved[it.key()] = it->solved;
        s.crimeVictims[it.key()] = it->victims;
    }
    const auto families = store.familiesReunited(f);
    if (!families)
        return families.error();
    s.familiesReunited = *families;
    const auto found = store.foundPeople(f);
    if (!found)
        return found.error();
    s.foundWithCase = found->withCase;
    s.foundPeople = found->withCase + found->tracedWithoutCase;
    return {};
}

Result<OperationStats> StatsService::compute(qint64 operationId) const
{
    auto r = common(operationId);
    if (!r)
        return r;
    OperationStats s = std::move(r).value();
    const auto counters = StatsStore(m_db.sql()).counters(operationId);
    if (!counters)
        return counters.error();
    for (auto it = counters->begin(); it != counters->end(); ++it) {
        const QString& name = it.key();
        const qint64 v = it.value();
        if (name == u"visits")
            s.visits = v;
        else if (name == u"households_visited")
            s.householdsVisited = v;
        else if (name == u"households_covered")
            s.householdsCovered = v;
        else if (name == u"person_checks")
            s.personChecks = v;
        else if (name == u"persons_screened")
            s.personsScreened = v;
        else if (name == u"unregistered_found")
            s.unregisteredFound = v;
        else if (name.startsWith(u"checks."))
            s.checksByStatus[name.mid(7)] = v;
        else if (name.startsWith(u"latest."))
            s.personsByLatestStatus[name.mid(7)] = v;
    }
    s.revisitsPending = s.householdsVisited - s.householdsCovered;
    const RegistrationStore registrations(m_db.sql());
    if (Status st =
            registrationFigures(s, registrations.registered(operationId), registrations.idCards(operationId));
        !st)
        return st.error();
    return s;
}

// The registration files' figures: the files' stages (compute) or their timelines (recount).
Status StatsService::registrationFigures(OperationStats& s, const Result<qint64>& registered,
                                         const Result<qint64>& idCards)
{
    if (!registered)
        return registered.error();
    if (!idCards)
        return idCards.error();
    s.unregisteredRegistered = *registered;
    s.unregisteredIdCards = *idCards;
    return {};
}

Result<OperationStats> StatsService::recount(qint64 operationId) const
{
    auto r = common(operationId);
    if (!r)
        return r;
    OperationStats s = std::move(r).value();
    const StatsStore store(m_db.sql());
    DashboardFilter whole;
    whole.operationId = operationId;
    const auto inScope = store.householdsInScope(whole);
    if (!inScope)
        return inScope.error();
    s.householdsInScope = *inScope;
    const auto counted = store.recount(operationId);
    if (!counted)
        return counted.error();
    s.visits = counted->visits;
    s.householdsVisited = counted->householdsVisited;
    s.householdsCovered = counted->householdsCovered;
    s.revisitsPending = s.householdsVisited - s.householdsCovered;
    s.personChecks = counted->personChecks;
    s.personsScreened = counted->personsScreened;
    s.unregisteredFound = counted->unregisteredFound;
    s.checksByStatus.insert(counted->checksByStatus);
    s.personsByLatestStatus.insert(counted->personsByLatestStatus);
    const RegistrationStore registrations(m_db.sql());
    if (Status st = registrationFigures(s, registrations.registeredFromEvents(operationId),
                                        registrations.idCardsFromEvents(operationId));
        !st)
        return st.error();
    return s;
}

// The cases and the screening figures that have no counters, recounted within the filter.
Result<OperationStats> StatsService::filteredCommon(const DashboardFilter& f) const
{
    OperationStats s = emptyStats();
    const StatsStore store(m_db.sql());
    const auto all = store.allStations(f.operationId);
    if (!all || !*all)
        return notFound(QStringLiteral("operation"),
                        tr("There is no operation number %1.").arg(f.operationId));
    const auto cases = store.cases(f);
    if (!cases)
        return cases.error();
    s.casesOpened = cases->opened;
    s.casesByStatus.insert(cases->byStatus);
    s.casesBySource.insert(cases->bySource);
    s.foundAlive = cases->foundAlive;
    s.rescued = cases->rescued;
    s.foundDeceased = cases->foundDeceased;
    const auto counted = store.recount(f);
    if (!counted)
        return counted.error();
    s.visits = counted->visits;
    s.householdsVisited = counted->householdsVisited;
    s.householdsCovered = counted->householdsCovered;
    s.personChecks = counted->personChecks;
    s.personsScreened = counted->personsScreened;
    s.unregisteredFound = counted->unregisteredFound;
    s.unregisteredRegistered = counted->unregisteredRegistered;
    s.unregisteredIdCards = counted->unregisteredIdCards;
    s.checksByStatus.insert(counted->checksByStatus);
    s.personsByLatestStatus.insert(counted->personsByLatestStatus);
    if (Status st = addOutcomes(store, f, s); !st)
        return st.error();
    if (Status st = addCalls(f, s); !st)
        return st.error();
    return s;
}

Result<OperationStats> StatsService::recount(const DashboardFilter& filter) const
{
    auto r = filteredCommon(filter);
    if (!r)
        return r;
    OperationStats s = std::move(r).value();
    const auto inScope = StatsStore(m_db.sql()).householdsInScope(filter);
    if (!inScope)
        return inScope.error();
    s.householdsInScope = *inScope;
    s.revisitsPending = s.householdsVisited - s.householdsCovered;
    return s;
}

Result<OperationStats> StatsService::compute(const DashboardFilter& filter, const Actor& actor) const
{
    const auto d = DashboardService(m_db, actor).refresh(filter, Clock::instance().now().date());
    if (!d)
        return d.error();
    auto r = filteredCommon(d->filter);
    if (!r)
        return r;
    OperationStats s = std::move(r).value();
    const DashboardHeadline& h = d->headline;
    s.householdsInScope = h.householdsInScope;
    s.householdsVisited = h.householdsVisited;
    s.householdsCovered = h.householdsCovered;
    s.revisitsPending = s.householdsVisited - s.householdsCovered;
    s.visits = h.visits;
    s.personChecks = h.personChecks;
    s.foundAlive = h.foundAlive;
    s.rescued = h.rescued;
    s.familiesReunited = h.familiesReunited;
    for (const StatusCount& c : d->latestStatus)
        s.personsByLatestStatus[c.status] = c.persons;
    return s;
}

namespace {
// The `stats` table's rows, in the order the bureau reads them.
QList<QPair<QString, qint64>> tableRows(const OperationStats& s)
{
    using L = FigureLabels;
    QList<QPair<QString, qint64>> rows = {
        {L::label(Figure::HouseholdsInScope), s.householdsInScope},
        {L::label(Figure::HouseholdsVisited), s.householdsVisited},
        {L::label(Figure::HouseholdsCovered), s.householdsCovered},
        {L::label(Figure::RevisitsPending), s.revisitsPending},
        {L::label(Figure::Visits), s.visits},
        {L::label(Figure::PersonChecks), s.personChecks},
        {L::label(Figure::PersonsScreened), s.personsScreened},
    };
    auto breakdown = [&rows](FigureBreakdown b, const QMap<QString, qint64>& values) {
        for (auto it = values.begin(); it != values.end(); ++it)
            rows.append({L::label(b, it.key()), it.value()});
    };
    breakdown(FigureBreakdown::ChecksByStatus, s.checksByStatus);
    breakdown(FigureBreakdown::PersonsByLatestStatus, s.personsByLatestStatus);
    rows.append({L::label(Figure::UnregisteredFound), s.unregisteredFound});
    rows.append({L::label(Figure::UnregisteredRegistered), s.unregisteredRegistered});
    rows.append({L::label(Figure::UnregisteredIdCards), s.unregisteredIdCards});
    rows.append({L::label(Figure::CasesOpened), s.casesOpened});
    breakdown(FigureBreakdown::CasesBySource, s.casesBySource);
    breakdown(FigureBreakdown::CasesByStatus, s.casesByStatus);
    rows.append({L::label(Figure::FoundAlive), s.foundAlive});
    rows.append({L::label(Figure::Rescued), s.rescued});
    rows.append({L::label(Figure::FoundDeceased), s.foundDeceased});
    rows.append({L::label(Figure::FoundOrRescued), s.foundPeople});
    rows.append({L::label(Figure::FoundWithCase), s.foundWithCase});
    rows.append({L::label(Figure::FamiliesReunited), s.familiesReunited});
    breakdown(FigureBreakdown::CrimesByKind, s.crimesUncovered);
    breakdown(FigureBreakdown::CrimesSolvedByKind, s.crimesSolved);
    breakdown(FigureBreakdown::CrimeVictimsByKind, s.crimeVictims);
    rows.append({L::label(Figure::Calls), s.calls});
    rows.append({L::label(Figure::CallsCasesOpened), s.callsCasesOpened});
    return rows;
}

// Display width in a terminal: a CJK character takes two columns.
int displayWidth(const QString& t)
{
    int w = 0;
    for (QChar c : t)
        w += (c.unicode() >= 0x1100 &&
              (c.unicode() <= 0x115F || (c.unicode() >= 0x2E80 && c.unicode() <= 0xFFDC)))
                 ? 2
                 : 1;
    return w;
}
} // namespace

QString StatsService::formatTable(const OperationStats& s)
{
    const QList<QPair<QString, qint64>> rows = tableRows(s);
    int labelWidth = 0;
    for (const auto& r : rows)
        labelWidth = std::max(labelWidth, displayWidth(r.first));
    QString out;
    for (const auto& r : rows) {
        out += r.first + QString(labelWidth - displayWidth(r.first) + 2, QLatin1Char(' '));
        out += QStringLiteral("%1\n").arg(r.second, 10);
    }
    return out;
}

} // namespace hc
