// The Builder's follow-up stage: failed attempts at verifying the whereabouts of people found away
// (unreachable, a wrong number, the family refusing to say), most of those still unverified having
// one to three; and a few people whose whereabouts are unknown and who have no case, taken off the
// untraced list by their station's supervisor with a reason. It draws from its own random source
// after every other row, so the rest of the demo city stays as it was.

#include "core/demo/DemoBuilder.h"

#include <QDateTime>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

namespace hc::demo {

namespace {
struct Pending
{
    qint64 person = 0, station = 0;
    Moment since = 0;
};

Moment momentOf(const QString& iso)
{
    const QDateTime t = QDateTime::fromString(iso, Qt::ISODate);
    return opStart().daysTo(t.date()) * kDay + t.time().msecsSinceStartOfDay() / 1000;
}

// People of the operation whose latest status is `status` (and, for whereabouts unknown, no case).
Result<std::vector<Pending>> pending(QSqlDatabase& db, qint64 operationId, const QString& status)
{
    QSqlQuery q(db);
    q.prepare(
        QStringLiteral("SELECT pp.person_id, a.station_id, pp.latest_at FROM person_progress pp "
                       "JOIN persons p ON p.id = pp.person_id JOIN households h ON h.id = p.household_id "
                       "JOIN areas a ON a.id = h.area_id WHERE pp.operation_id = ? AND pp.status = ? "
                       "AND NOT EXISTS (SELECT 1 FROM cases c WHERE c.subject_person_id = pp.person_id) "
                       "ORDER BY pp.person_id"));
    q.addBindValue(operationId);
    q.addBindValue(status);
    if (!q.exec())
        return storageError(q.lastError().text());
    std::vector<Pending> out;
    while (q.next())
        out.push_back({q.value(0).toLongLong(), q.value(1).toLongLong(), momentOf(q.value(2).toString())});
    return out;
}
} // namespace

Status Builder::followUp()
{
    Rng rng(m_options.seed ^ 0x0f011013ULL);
    QHash<qint64, const Station*> stations;
    for (const Station& st : std::as_const(m_stations))
        stations.insert(st.id, &st);
    auto officerOf = [&](qint64 station) {
        const Station* st = stations.value(station);
        return !st ? 0 : st->officers.isEmpty() ? st->supervisor : rng.pick(st->officers);
    };

    const auto away = pending(m_db, m_operationId, QStringLiteral("away_unverified"));
    if (!away)
        return away.error();
    const QStringList results{QStringLiteral("unreachable"), QStringLiteral("wrong_number"),
                              QStringLiteral("refused")};
    const double weights[] = {0.6, 0.25, 0.15};
    // What officers write in the record, as in the rest of the demo city: in Chinese.
    const QStringList notes{QStringLiteral("电话无人接听"), QStringLiteral("提示关机"),
                            QStringLiteral("空号"), QStringLiteral("号码已易主"),
                            QStringLiteral("家属不愿透露去向")};
    QSqlQuery attempt(m_db);
    attempt.prepare(
        QStringLiteral("INSERT INTO verification_attempts(uuid, operation_id, station_id, person_id, "
                       "officer_id, attempted_at, result, notes) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const Pending& p : *away) {
        if (!rng.chance(0.65))
            continue;
        Moment t = p.since;
        for (int n = rng.range(1, 3); n > 0; --n) {
            t = (t / kDay + rng.range(1, 4)) * kDay + rng.range(9 * 3600, 20 * 3600);
            if (t > kLastMoment)
                break;
            const int r = rng.weighted(weights);
            const QString note = r == 0   ? notes.at(rng.range(0, 1))
                                 : r == 1 ? notes.at(rng.range(2, 3))
                                          : notes.at(4);
            if (!insert(attempt, rng.uuid().toString(QUuid::WithoutBraces), m_operationId, p.station,
                        p.person, officerOf(p.station), stamp(t), results.at(r), note))
                return m_error;
        }
    }

    const auto unknown = pending(m_db, m_operationId, QStringLiteral("whereabouts_unknown"));
    if (!unknown)
        return unknown.error();
    const QStringList reasons{QStringLiteral("家属称其已出国定居，不需查找"),
                              QStringLiteral("户籍登记有误，此地址从无此人"),
                              QStringLiteral("多年前离家，家属未报失踪，无线索可查")};
    QSqlQuery closing(m_db);
    closing.prepare(
        QStringLiteral("INSERT INTO untraced_closures(operation_id, person_id, station_id, closed_by, "
                       "closed_at, reason) VALUES (?, ?, ?, ?, ?, ?)"));
    for (const Pending& p : *unknown) {
        const Station* st = stations.value(p.station);
        const Moment t = (p.since / kDay + rng.range(3, 10)) * kDay + rng.range(9 * 3600, 18 * 3600);
        if (!st || !rng.chance(0.2) || t > kLastMoment)
            continue;
        if (!insert(closing, m_operationId, p.person, p.station, st->supervisor, stamp(t), rng.pick(reasons)))
            return m_error;
    }
    return {};
}

} // namespace hc::demo
