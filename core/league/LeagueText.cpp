#include "core/league/LeagueText.h"

#include "core/league/LeagueService.h"

namespace hc {

namespace {
bool isShare(LeagueMeasure m)
{
    return m == LeagueMeasure::Coverage || m == LeagueMeasure::OnTime || m == LeagueMeasure::Verification;
}
} // namespace

QStringList LeagueText::header()
{
    QStringList h{tr("Rank"), tr("Station")};
    for (int m = 0; m < kLeagueMeasures; ++m)
        h << LeagueService::label(LeagueMeasure(m));
    h << tr("Score") << tr("Bottom three") << tr("Last twice");
    return h;
}

QString LeagueText::measureText(const LeagueFigures& f, LeagueMeasure m)
{
    const double v = f.value(m);
    return isShare(m) ? QString::number(v * 100.0, 'f', 1) + QLatin1Char('%') : QString::number(qint64(v));
}

QStringList LeagueText::cells(const LeagueRow& row)
{
    QStringList c{QString::number(row.rank), row.figures.station};
    for (int m = 0; m < kLeagueMeasures; ++m)
        c << measureText(row.figures, LeagueMeasure(m));
    c << QString::number(row.score, 'f', 3) << (row.bottomThree ? tr("yes") : QString())
      << (row.lastTwice ? tr("yes") : QString());
    return c;
}

QString LeagueText::span(const LeagueTable& t)
{
    const QString days =
        QStringLiteral("%1 – %2").arg(t.from.toString(Qt::ISODate), t.to.toString(Qt::ISODate));
    return t.week ? tr("Week %1 (%2)").arg(t.week).arg(days) : tr("Whole operation (%1)").arg(days);
}

QString LeagueText::caption(const LeagueTable& t)
{
    return tr("%1 · %2 · Weights: %3").arg(t.operationName, span(t), LeagueService::weightsText(t.weights));
}

QString LeagueText::lastWeeksText(const LeagueRow& row)
{
    if (row.lastWeeks.isEmpty())
        return {};
    QStringList weeks;
    for (int w : row.lastWeeks)
        weeks << QString::number(w);
    return tr("Last in weeks: %1").arg(weeks.join(QStringLiteral(", ")));
}

} // namespace hc
