#include "core/report/ReportTables.h"

#include "core/registry/Vocabulary.h"

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
    t.header << nameHeader << ReportTables::tr("Households in scope") << ReportTables::tr("Visited")
             << ReportTables::tr("Covered") << ReportTables::tr("Coverage")
             << ReportTables::tr("Person-checks") << ReportTables::tr("Whereabouts unknown")
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
    return {headline(r), subBureaus(r), stations(r), days(r), latestStatus(r), highRiskCases(r)};
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
    auto add = [&t](const QString& label, qint64 v) { t.rows << QVariantList{label, v}; };
    add(tr("Households in scope"), r.title.householdsInScope);
    if (r.title.targetHouseholds)
        add(tr("Target households"), *r.title.targetHouseholds);
    add(tr("Households visited"), h.householdsVisited);
    add(tr("Households covered"), h.householdsCovered);
    add(tr("Person-checks"), h.personChecks);
    add(tr("Persons screened"), h.personsScreened);
    add(tr("Whereabouts unknown now"), h.whereaboutsUnknownNow);
    add(tr("Missing people found or rescued"), h.foundOrRescued());
    add(tr("Found alive"), h.foundAlive);
    add(tr("Rescued"), h.rescued);
    add(tr("Found deceased"), h.foundDeceased);
    add(tr("Crimes uncovered"), h.crimesTotal());
    for (auto it = h.crimesUncovered.begin(); it != h.crimesUncovered.end(); ++it)
        add(tr("Crimes uncovered: %1").arg(Vocabulary::label(Vocabulary::Kind::CrimeKind, it.key())),
            it.value());
    add(tr("Families reunited"), h.familiesReunited);
    add(tr("Unregistered people found"), h.unregisteredFound);
    add(tr("Cases opened"), h.casesOpened);
    for (auto it = h.casesBySource.begin(); it != h.casesBySource.end(); ++it)
        add(tr("Cases opened: %1").arg(Vocabulary::label(Vocabulary::Kind::CaseSource, it.key())),
            it.value());
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
