#include "core/league/LeagueRanking.h"

#include <QHash>
#include <algorithm>
#include <cmath>

namespace hc {

namespace {
constexpr double kEqual = 1e-9; // scores closer than this are equal

bool within(QDate d, QDate from, QDate to)
{
    return d.isValid() && d >= from && d <= to;
}

bool same(double a, double b)
{
    return std::abs(a - b) < kEqual;
}

double share(qint64 part, qint64 whole)
{
    return whole > 0 ? double(part) / double(whole) : 0.0;
}

void normalise(QList<LeagueRow>& rows, LeagueMeasure m)
{
    double lo = 0, hi = 0;
    for (int i = 0; i < rows.size(); ++i) {
        const double x = rows[i].figures.value(m);
        lo = i ? std::min(lo, x) : x;
        hi = i ? std::max(hi, x) : x;
    }
    for (LeagueRow& r : rows) {
        const double x = r.figures.value(m);
        double n = 1.0;
        if (hi - lo > kEqual)
            n = m == LeagueMeasure::Backlog ? (hi - x) / (hi - lo) : (x - lo) / (hi - lo);
        r.normalised[size_t(m)] = n;
    }
}

void markRanks(QList<LeagueRow>& rows)
{
    const int n = int(rows.size());
    const bool spread = !same(rows.first().score, rows.last().score);
    for (int i = 0; i < n; ++i) {
        LeagueRow& r = rows[i];
        int higher = 0;
        for (const LeagueRow& o : rows)
            higher += o.score > r.score + kEqual ? 1 : 0;
        r.rank = higher + 1;
        r.last = spread && same(r.score, rows.last().score);
        r.bottomThree = spread && (n > 3 ? i >= n - 3 : r.last);
    }
}
} // namespace

double LeagueFigures::value(LeagueMeasure m) const
{
    switch (m) {
    case LeagueMeasure::Coverage:
        return share(covered, households);
    case LeagueMeasure::OnTime:
        return share(visitsOnTime, visits);
    case LeagueMeasure::Backlog:
        return double(backlog);
    case LeagueMeasure::Verification:
        return share(verificationsDone, verificationsNeeded);
    case LeagueMeasure::CasesClosed:
        return double(casesClosed);
    case LeagueMeasure::Registrations:
        return double(registrations);
    }
    return 0;
}

int LeagueRanking::weekCount(QDate start, QDate end)
{
    if (!start.isValid() || !end.isValid() || end < start)
        return 0;
    return int((start.daysTo(end) + 7) / 7);
}

QDate LeagueRanking::weekStart(QDate start, int week)
{
    return start.addDays(7 * qint64(week - 1));
}

QDate LeagueRanking::weekEnd(QDate start, QDate end, int week)
{
    return std::min(end, start.addDays(7 * qint64(week) - 1));
}

QList<LeagueFigures> LeagueRanking::figures(const LeagueFacts& facts, QDate from, QDate to)
{
    QList<LeagueFigures> out = facts.stations;
    QHash<qint64, LeagueFigures*> byId;
    for (LeagueFigures& s : out)
        byId.insert(s.stationId, &s);
    for (const LeagueSpanCount& h : facts.households)
        if (LeagueFigures* s = byId.value(h.stationId)) {
            s->covered += within(h.until, from, to) ? h.count : 0;
            // Visited by the span's end and not covered by then.
            s->backlog +=
                h.since.isValid() && h.since <= to && !(h.until.isValid() && h.until <= to) ? h.count : 0;
        }
    for (const LeagueDayCount& v : facts.visits)
        if (LeagueFigures* s = byId.value(v.stationId); s && within(v.day, from, to)) {
            s->visits += v.count;
            s->visitsOnTime += v.part;
        }
    for (const LeagueSpanCount& p : facts.verifications)
        if (LeagueFigures* s = byId.value(p.stationId)) {
            // Awaiting verification in the span: found unverified by its end, not verified before it.
            if (!p.since.isValid() || p.since > to || (p.until.isValid() && p.until < from))
                continue;
            s->verificationsNeeded += p.count;
            s->verificationsDone += within(p.until, from, to) ? p.count : 0;
        }
    for (const LeagueDayCount& c : facts.casesClosed)
        if (LeagueFigures* s = byId.value(c.stationId); s && within(c.day, from, to))
            s->casesClosed += c.count;
    for (const LeagueDayCount& r : facts.registrations)
        if (LeagueFigures* s = byId.value(r.stationId); s && within(r.day, from, to))
            s->registrations += r.count;
    return out;
}

QList<LeagueRow> LeagueRanking::rank(const QList<LeagueFigures>& figures, const LeagueWeights& weights)
{
    QList<LeagueRow> rows;
    for (const LeagueFigures& f : figures) {
        LeagueRow r;
        r.figures = f;
        rows << r;
    }
    if (rows.isEmpty())
        return rows;
    for (int m = 0; m < kLeagueMeasures; ++m)
        normalise(rows, LeagueMeasure(m));
    const int total = weights.total();
    for (LeagueRow& r : rows) {
        double sum = 0;
        for (int m = 0; m < kLeagueMeasures; ++m)
            sum += weights.values[size_t(m)] * r.normalised[size_t(m)];
        r.score = total > 0 ? sum / total : 0.0;
    }
    std::stable_sort(rows.begin(), rows.end(), [](const LeagueRow& a, const LeagueRow& b) {
        if (!same(a.score, b.score))
            return a.score > b.score;
        return a.figures.station < b.figures.station;
    });
    markRanks(rows);
    return rows;
}

QMap<qint64, QList<int>> LeagueRanking::lastWeeks(const LeagueFacts& facts, QDate start, QDate end,
                                                  const LeagueWeights& weights, int upToWeek)
{
    QMap<qint64, QList<int>> out;
    for (int w = 1; w <= upToWeek; ++w) {
        const QList<LeagueFigures> week = figures(facts, weekStart(start, w), weekEnd(start, end, w));
        qint64 visits = 0;
        for (const LeagueFigures& f : week)
            visits += f.visits;
        if (visits == 0) // a week nobody worked in (not begun yet): its backlog alone ranks nobody
            continue;
        for (const LeagueRow& r : rank(week, weights))
            if (r.last)
                out[r.figures.stationId] << w;
    }
    return out;
}

void LeagueRanking::markLastTwice(QList<LeagueRow>& rows, const QMap<qint64, QList<int>>& lastWeeks, int week)
{
    for (LeagueRow& r : rows) {
        r.lastWeeks = lastWeeks.value(r.figures.stationId);
        r.lastTwice = false;
        for (int w : r.lastWeeks)
            if (r.lastWeeks.contains(w + 1) && (week == 0 || w + 1 == week))
                r.lastTwice = true;
    }
}

} // namespace hc
