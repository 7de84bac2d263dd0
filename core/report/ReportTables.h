#pragma once
// The report's tables with translated titles and headers, shared by the CSV export and the
// printed document so that both say the same thing: cells keep their raw values (counts, shares,
// dates) and each renderer formats them (plain in CSV, localised in the document).

#include "core/report/OperationReport.h"

#include <QCoreApplication>
#include <QVariant>

namespace hc {

struct ReportTable
{
    enum class Column
    {
        Text,
        Count,   // qint64
        Percent, // double, 0..1
        Date     // QDate
    };
    QString key;   // stable file name stem: "stations" -> stations.csv
    QString title; // translated
    QStringList header;
    QList<Column> columns;
    QList<QVariantList> rows;
    bool totalRow = false; // the last row sums the others
    int wrapColumn = -1;   // the one column of long free text, which may wrap when printed
};

class ReportTables
{
    Q_DECLARE_TR_FUNCTIONS(hc::ReportTables)
public:
    // Headline, sub-bureaus, stations, days, screening status, high-risk cases, station league, in
    // that order.
    static QList<ReportTable> all(const OperationReport& r);

    static ReportTable headline(const OperationReport& r);
    static ReportTable subBureaus(const OperationReport& r);
    static ReportTable stations(const OperationReport& r);
    static ReportTable days(const OperationReport& r);
    static ReportTable latestStatus(const OperationReport& r);
    static ReportTable highRiskCases(const OperationReport& r);
    // The station league of the whole operation: the top three, then the bottom three; the
    // title names the weights.
    static ReportTable league(const OperationReport& r);

    // The solved crimes as the bureau says it, "cracked 2 homicides, 5 kidnappings" (破获命案2起、
    // 绑架案5起): crimes (起), not victims; kinds without a solved crime left out.
    static QString crimesCracked(const ReportHeadline& h);
    // The calls of the operation's dates and the cases they opened, one sentence
    // (接听热线及民警公开电话来电N个，立案M起).
    static QString callsTaken(const ReportHeadline& h);

    // "2026-03-01 – 2026-05-29" in the current locale's short date format.
    static QString period(const OperationReport& r);
};

} // namespace hc
