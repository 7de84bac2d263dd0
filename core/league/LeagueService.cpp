#include "core/league/LeagueService.h"

#include "core/audit/AuditLog.h"
#include "core/auth/Scope.h"
#include "core/cases/RecordNumbers.h"
#include "core/common/Clock.h"
#include "core/league/LeagueRanking.h"
#include "core/league/LeagueStore.h"
#include "core/operations/OperationService.h"
#include "core/storage/Database.h"
#include "core/storage/Transaction.h"

#include <QJsonObject>

namespace hc {

namespace {
const char* const kMeasures[kLeagueMeasures][2] = {
    {"coverage", QT_TRANSLATE_NOOP("hc::LeagueService", "Coverage")},
    {"on_time", QT_TRANSLATE_NOOP("hc::LeagueService", "Visits on time")},
    {"backlog", QT_TRANSLATE_NOOP("hc::LeagueService", "Revisit backlog")},
    {"verification", QT_TRANSLATE_NOOP("hc::LeagueService", "Verification rate")},
    {"cases_closed", QT_TRANSLATE_NOOP("hc::LeagueService", "Cases closed")},
    {"registrations", QT_TRANSLATE_NOOP("hc::LeagueService", "Registrations")},
};

QJsonObject weightsJson(const LeagueWeights& w)
{
    QJsonObject o;
    for (int m = 0; m < kLeagueMeasures; ++m)
        o.insert(LeagueService::code(LeagueMeasure(m)), w.values[size_t(m)]);
    return o;
}
} // namespace

LeagueService::LeagueService(Database& db, Actor actor) : m_db(db), m_actor(std::move(actor)) {}

QString LeagueService::code(LeagueMeasure m)
{
    return QLatin1String(kMeasures[int(m)][0]);
}

QString LeagueService::label(LeagueMeasure m)
{
    return tr(kMeasures[int(m)][1]);
}

QString LeagueService::weightsText(const LeagueWeights& w)
{
    QStringList parts;
    for (int m = 0; m < kLeagueMeasures; ++m)
        parts << QStringLiteral("%1 %2").arg(label(LeagueMeasure(m))).arg(w.values[size_t(m)]);
    return parts.join(QStringLiteral(" · "));
}

Result<LeagueWeights> LeagueService::weights(qint64 operationId) const
{
    const auto stored = LeagueStore(m_db.sql()).weights(operationId);
    if (!stored)
        return stored.error();
    LeagueWeights w;
    for (int m = 0; m < kLeagueMeasures; ++m)
        w.values[size_t(m)] = stored->value(code(LeagueMeasure(m)), 1);
    return w;
}

Result<LeagueTable> LeagueService::table(qint64 operationId, int week) const
{
    const auto op = OperationService(m_db, m_actor).find(operationId);
    if (!op)
        return op.error();
    return build(*op, week);
}

Result<LeagueTable> LeagueService::table(const QString& operationName, int week) const
{
    const auto op = OperationService(m_db, m_actor).find(operationName);
    if (!op)
        return op.error();
    return build(*op, week);
}

Result<LeagueTable> LeagueService::build(const Operation& op, int week) const
{
    LeagueTable t;
    t.operationId = op.id;
    t.operationName = op.name;
    t.week = week;
    t.weeks = LeagueRanking::weekCount(op.start, op.end);
    if (week < 0 || week > t.weeks)
        return invalid(QStringLiteral("week"),
                       tr("Operation %1 runs from week 1 to week %2: choose a week in that range.")
                           .arg(op.name)
                           .arg(t.weeks));
    t.from = week ? LeagueRanking::weekStart(op.start, week) : op.start;
    t.to = week ? LeagueRanking::weekEnd(op.start, op.end, week) : op.end;
    const auto w = weights(op.id);
    if (!w)
        return w.error();
    t.weights = *w;
    const auto facts = LeagueStore(m_db.sql()).facts(op.id);
    if (!facts)
        return facts.error();
    t.rows = LeagueRanking::rank(LeagueRanking::figures(*facts, t.from, t.to), t.weights);
    const auto last = LeagueRanking::lastWeeks(*facts, op.start, op.end, t.weights, week ? week : t.weeks);
    LeagueRanking::markLastTwice(t.rows, last, week);
    return t;
}

Status LeagueService::setWeights(qint64 operationId, const LeagueWeights& w)
{
    const QString id = QString::number(operationId);
    if (!maySetWeights())
        return refused(m_db.sql(), m_actor, QStringLiteral("operation"), id,
                       denied(Roles::deniedMessage(m_actor, tr("set the weights of the station league"))));
    for (int v : w.values)
        if (v < 0 || v > LeagueWeights::kMax)
            return invalid(QStringLiteral("weights"),
                           tr("Each weight is a whole number from 0 to %1.").arg(LeagueWeights::kMax));
    if (w.total() == 0)
        return invalid(QStringLiteral("weights"), tr("Give at least one measure a weight above 0."));
    const auto op = OperationService(m_db, m_actor).find(operationId);
    if (!op)
        return op.error();
    if (Status s = OperationService::checkOpen(m_db, operationId); !s)
        return s;
    const auto before = weights(operationId);
    if (!before)
        return before.error();
    QHash<QString, int> rows;
    for (int m = 0; m < kLeagueMeasures; ++m)
        rows.insert(code(LeagueMeasure(m)), w.values[size_t(m)]);
    Transaction tx(m_db.sql());
    if (Status s = LeagueStore(m_db.sql())
                       .setWeights(operationId, rows, m_actor.name, wallText(Clock::instance().now()));
        !s)
        return s;
    if (Status s = AuditLog(m_db.sql())
                       .append(m_actor, QStringLiteral("league_weights"), QStringLiteral("operation"), id,
                               weightsJson(*before), weightsJson(w));
        !s)
        return s;
    return tx.commitOrError();
}

} // namespace hc
