#pragma once
// The league table's SQL (core/storage/Sql.h): the stations of an operation's scope with their
// households (the areas core/stats/FilterStore keeps), and the dated events each measure counts,
// grouped by station and day so that LeagueRanking folds them into any span (a week, the whole
// operation) without another query; and the administrator's weights (schema 12).

#include "core/common/Result.h"
#include "core/league/LeagueTypes.h"

#include <QHash>
#include <QSqlDatabase>

namespace hc {

// Events of one station on one day: count, and a part of them (visits: those on time).
struct LeagueDayCount
{
    qint64 stationId = 0;
    QDate day;
    qint64 count = 0;
    qint64 part = 0;
};

// Things that start on `since` and are settled on `until` (invalid: not yet): households first
// visited and first covered, away persons first found unverified and then verified.
struct LeagueSpanCount
{
    qint64 stationId = 0;
    QDate since;
    QDate until;
    qint64 count = 0;
};

struct LeagueFacts
{
    QList<LeagueFigures> stations; // id, name and households filled in; by name
    QList<LeagueSpanCount> households;
    QList<LeagueDayCount> visits;
    QList<LeagueSpanCount> verifications;
    QList<LeagueDayCount> casesClosed;
    QList<LeagueDayCount> registrations;
};

class LeagueStore
{
public:
    explicit LeagueStore(QSqlDatabase db) : m_db(std::move(db)) {}

    Result<LeagueFacts> facts(qint64 operationId) const;
    // Measure code -> weight, the rows stored for the operation.
    Result<QHash<QString, int>> weights(qint64 operationId) const;
    // Replaces the operation's weights (inside the caller's transaction).
    Status setWeights(qint64 operationId, const QHash<QString, int>& weights, const QString& by,
                      const QString& at) const;

private:
    Result<QList<LeagueFigures>> stations(qint64 operationId) const;
    Result<QList<LeagueSpanCount>> spans(const QString& statement, qint64 operationId) const;
    Result<QList<LeagueDayCount>> days(const QString& statement, qint64 operationId) const;
    QSqlDatabase m_db;
};

} // namespace hc
