#include "core/report/ReportTables.h"

#include "core/league/LeagueService.h"
#include "core/registry/Vocabulary.h"
#include "core/stats/FigureLabels.h"

#include <QLocale>

namespace hc {

namespace {
using Column = ReportTable::Column;

ReportTable scopeTable(const QString& key, const QString& title, const QString& nameHeader,
                       const QList<ReportScopeRow>& rows, bool withBureau)
{
    ReportTable t;
    t.key = key;
    t.title = title;
    if (withBureau) {
        t.header << ReportTables::tr("Sub-bureau");
        t.columns << Column::Text;
    }
    t.header << nameHeader << FigureLabels::label(Figure::HouseholdsInScope) << ReportTables::tr("Visited")
             << ReportTables::tr("Covered") << ReportTables::tr("Coverage")
             << FigureLabels::label(Figure::PersonChecks) << ReportTables::tr("Whereabouts unknown")
             << ReportTables::tr("Cases") << ReportTables::tr("Found or rescued");
    t.columns << Column::Text << Column::Count << Column::Count << Column::Count << Column::Percent
              << Column::Count << Column::Count << Column::Count << Column::Count;
    ReportScopeRow total;
    for (const ReportScopeRow& r : rows) {
        QVariantList cells;
        if (withBureau)
            cells << r.subBureau;
        cells << r.name << r.inScope << r.visited << r.covered << r.coverage() << r.personChecks
              << r.whereaboutsUnknown << r.cases << r.found;
        t.rows << cells;
        total.inScope += r.inScope;
        total.visited += r.visited;
        total.covered += r.covered;
        total.personChecks += r.personChecks;
        total.whereaboutsUnknown += r.whereaboutsUnknown;
        total.cases += r.cases;
        total.found += r.found;
    }
    QVariantList cells;
    if (withBureau)
        cells << QString();
    cells << ReportTables::tr("Total") << total.inScope << total.visited << total.covered << total.coverage()
          << total.personChecks << total.whereaboutsUnknown << total.cases << total.found;
    t.rows << cells;
    t.totalRow = true;
    return t;
}
} // namespace

QList<ReportTable> ReportTables::all(const OperationReport& r)
{
    return {headline(r), subBureaus(r), stations(r), days(r), latestStatus(r), highRiskCases(r), league(r)};
}

QString ReportTables::period(const OperationReport& r)
{
    const QLocale l;
    return QStringLiteral("%1 – %2").arg(l.toString(r.title.start, QLocale::ShortFormat),
                                         l.toString(r.title.end, QLocale::ShortFormat));
}

ReportTable ReportTables::headline(const OperationReport& r)
{
    const ReportHeadline& h = r.headline;
    ReportTable t;
    t.key = QStringLiteral("headline");
    t.title = tr("Headline figures");
    t.header = QStringList{tr("Figure"), tr("Value")};
    t.columns = {Column::Text, Column::Count};
    using L = FigureLabels;
    auto add = [&t](const QString& label, qint64 v) { t.rows << QVariantList{label, v}; };
    auto breakdown = [&add](FigureBreakdown b, const QMap<QString, qint64>& values) {
        for (auto it = values.begin(); it != values.end(); ++it)
            add(L::label(b, it.key()), it.value());
    };
    add(L::label(Figure::HouseholdsInScope), r.title.householdsInScope);
    if (r.title.targetHouseholds)
        add(L::label(Figure::TargetHouseholds), *r.title.targetHouseholds);
    add(L::label(Figure::HouseholdsVisited), h.householdsVisited);
    add(L::label(Figure::HouseholdsCovered), h.householdsCovered);
    add(L::label(Figure::PersonChecks), h.personChecks);
    add(L::label(Figure::PersonsScreened), h.personsScreened);
    add(L::label(Figure::WhereaboutsUnknownNow), h.whereaboutsUnknownNow);
    add(L::label(Figure::FoundOrRescued), h.foundOrRescued());
    add(L::label(Figure::FoundWithCase), h.foundWithCase);
    add(L::label(Figure::FoundAlive), h.foundAlive);
    add(L::label(Figure::Rescued), h.rescued);
    add(L::label(Figure::FoundDeceased), h.foundDeceased);
    add(L::label(Figure::CrimesUncovered), h.crimesTotal());
    breakdown(FigureBreakdown::CrimesByKind, h.crimesUncovered);
    breakdown(FigureBreakdown::CrimesSolvedByKind, h.crimesSolved);
    breakdown(FigureBreakdown::CrimeVictimsByKind, h.crimeVictims);
    add(L::label(Figure::FamiliesReunited), h.familiesReunited);
    add(L::label(Figure::UnregisteredFound), h.unregisteredFound);
    add(L::label(Figure::UnregisteredRegistered), h.unregisteredRegistered);
    add(L::label(Figure::UnregisteredIdCards), h.unregisteredIdCards);
    add(L::label(Figure::CasesOpened), h.casesOpened);
    breakdown(FigureBreakdown::CasesBySource, h.casesBySource);
    add(L::label(Figure::Calls), h.calls);
    add(L::label(Figure::CallsCasesOpened), h.callsCasesOpened);
    return t;
}

ReportTable ReportTables::subBureaus(const OperationReport& r)
{
    return scopeTable(QStringLiteral("sub_bureaus"), tr("Per sub-bureau"), tr("Sub-bureau"), r.subBureaus,
                      false);
}

ReportTable ReportTables::stations(const OperationReport& r)
{
    return scopeTable(QStringLiteral("stations"), tr("Per station"), tr("Station"), r.stations, true);
}

ReportTable ReportTables::days(const OperationReport& r)
{
    ReportTable t;
    t.key = QStringLiteral("days");
    t.title = tr("Per day");
    t.header = QStringList{tr("Day"), tr("Visits"), tr("Households covered (cumulative)")};
    t.columns = {Column::Date, Column::Count, Column::Count};
    for (const ReportDay& d : r.days)
        t.rows << QVariantList{d.day, d.visits, d.cumulativeCovered};
    return t;
}

ReportTable ReportTables::latestStatus(const OperationReport& r)
{
    ReportTable t;
    t.key = QStringLiteral("screening_status");
    t.title = tr("Persons by latest screening status");
    t.header = QStringList{tr("Status"), tr("Persons")};
    t.columns = {Column::Text, Column::Count};
    // In the vocabulary's order (present first), not the codes' alphabetical order.
    for (const QString& code : Vocabulary::codes(Vocabulary::Kind::Status))
        t.rows << QVariantList{Vocabulary::label(Vocabulary::Kind::Status, code), r.latestStatus.value(code)};
    return t;
}

ReportTable ReportTables::highRiskCases(const OperationReport& r)
{
    ReportTable t;
    t.key = QStringLiteral("high_risk_cases");
    t.title = tr("Open high-risk cases");
    t.header = QStringList{tr("Case number"), tr("Subject"),   tr("Station"),   tr("Status"),
                           tr("Opened"),      tr("Days open"), tr("Last lead"), tr("Last lead on")};
    t.columns = {Column::Text, Column::Text,  Column::Text, Column::Text,
                 Column::Date, Column::Count, Column::Text, Column::Date};
    t.wrapColumn = 6;
    for (const ReportHighRiskCase& c : r.highRiskCases)
        t.rows << QVariantList{c.caseNo,   c.subject,
                               c.station,  Vocabulary::label(Vocabulary::Kind::CaseStatus, c.status),
                               c.opened,   qint64(c.daysOpen),
                               c.lastLead, c.lastLeadDate};
    return t;
}

} // namespace hc

namespace hc {

ReportTable ReportTables::league(const OperationReport& r)
{
    ReportTable t;
    t.key = QStringLiteral("league");
    t.title = tr("Station league of the whole operation (weights: %1)")
                  .arg(LeagueService::weightsText(r.league.weights));
    t.header = QStringList{tr("Rank"), tr("Station")};
    t.columns = {ReportTable::Column::Count, ReportTable::Column::Text};
    for (int m = 0; m < kLeagueMeasures; ++m) {
        const auto measure = LeagueMeasure(m);
        t.header << LeagueService::label(measure);
        const bool count = measure == LeagueMeasure::Backlog || measure == LeagueMeasure::CasesClosed ||
                           measure == LeagueMeasure::Registrations;
        t.columns << (count ? ReportTable::Column::Count : ReportTable::Column::Percent);
    }
    t.header << tr("Score") << tr("Standing");
    t.columns << ReportTable::Column::Text << ReportTable::Column::Text;
    auto add = [&t](const LeagueRow& row, const QString& standing) {
        QVariantList cells{qint64(row.rank), row.figures.station};
        for (int m = 0; m < kLeagueMeasures; ++m) {
            const double v = row.figures.value(LeagueMeasure(m));
            cells << (t.columns.at(2 + m) == ReportTable::Column::Count ? QVariant(qint64(v)) : QVariant(v));
        }
        cells << QString::number(row.score, 'f', 3)
              << (row.lastTwice ? tr("%1, last twice").arg(standing) : standing);
        t.rows << cells;
    };
    for (const LeagueRow& row : r.league.top)
        add(row, tr("Top three"));
    for (const LeagueRow& row : r.league.bottom)
        add(row, tr("Bottom three"));
    return t;
}

QString ReportTables::crimesCracked(const ReportHeadline& h)
{
    QString items;
    auto add = [&items](QString item) { items = items.isEmpty() ? item : tr("%1, %2").arg(items, item); };
    const qint64 homicides = h.crimesSolved.value(QStringLiteral("homicide"));
    const qint64 kidnappings = h.crimesSolved.value(QStringLiteral("kidnapping"));
    const qint64 trafficking = h.crimesSolved.value(QStringLiteral("trafficking"));
    const qint64 other = h.crimesSolved.value(QStringLiteral("other"));
    if (homicides)
        add(tr("%n homicide(s)", nullptr, int(homicides)));
    if (kidnappings)
        add(tr("%n kidnapping(s)", nullptr, int(kidnappings)));
    if (trafficking)
        add(tr("%n trafficking case(s)", nullptr, int(trafficking)));
    if (other)
        add(tr("%n other crime(s)", nullptr, int(other)));
    return items.isEmpty() ? tr("no crimes cracked") : tr("cracked %1").arg(items);
}

QString ReportTables::callsTaken(const ReportHeadline& h)
{
    const QLocale l;
    return tr("%1 calls taken on the hotline and officers' published phones opened %2 cases.")
        .arg(l.toString(h.calls), l.toString(h.callsCasesOpened));
}

} // namespace hc
