#include "core/calls/CallStore.h"

#include "core/cases/RecordNumbers.h"
#include "core/stats/FilterStore.h"
#include "core/storage/Sql.h"

#include <QUuid>

namespace hc {

namespace {

const QString kSelect = QStringLiteral(
    "SELECT k.id, k.uuid, k.station_id, coalesce(s.name, ''), k.called_at, coalesce(k.caller_name, ''), "
    "k.caller_phone, k.line, coalesce(k.line_officer_id, 0), coalesce(o.name, ''), coalesce(o.badge, ''), "
    "k.report_text, k.result, coalesce(k.case_id, 0), coalesce(c.case_no, ''), coalesce(k.lead_id, 0), "
    "coalesce(k.reason, ''), coalesce(u.name, ''), k.logged_at FROM calls k "
    "LEFT JOIN stations s ON s.id = k.station_id LEFT JOIN users o ON o.id = k.line_officer_id "
    "LEFT JOIN users u ON u.id = k.logged_by LEFT JOIN cases c ON c.id = k.case_id");

Call callFrom(const QSqlQuery& q)
{
    Call c;
    c.id = q.value(0).toLongLong();
    c.uuid = q.value(1).toString();
    c.stationId = q.value(2).toLongLong();
    c.station = q.value(3).toString();
    c.at = QDateTime::fromString(q.value(4).toString(), Qt::ISODate);
    c.callerName = q.value(5).toString();
    c.callerPhone = q.value(6).toString();
    c.line = q.value(7).toString();
    c.lineOfficerId = q.value(8).toLongLong();
    c.lineOfficer = q.value(9).toString();
    c.lineOfficerBadge = q.value(10).toString();
    c.reportText = q.value(11).toString();
    c.result = q.value(12).toString();
    c.caseId = q.value(13).toLongLong();
    c.caseNo = q.value(14).toString();
    c.leadId = q.value(15).toLongLong();
    c.reason = q.value(16).toString();
    c.loggedBy = q.value(17).toString();
    c.loggedAt = q.value(18).toString();
    return c;
}

Result<QList<CallOfficer>> officersOf(const QSqlDatabase& db, const QString& where, const sql::Binds& b)
{
    auto q = sql::query(db,
                        QStringLiteral("SELECT id, badge, name, coalesce(station_id, 0) FROM users "
                                       "WHERE active = 1%1 ORDER BY name, badge")
                            .arg(where),
                        b);
    if (!q)
        return q.error();
    QList<CallOfficer> out;
    while (q.value().next())
        out << CallOfficer{q.value().value(0).toLongLong(), q.value().value(1).toString(),
                           q.value().value(2).toString(), q.value().value(3).toLongLong()};
    return out;
}

std::optional<CallOfficer> first(const QList<CallOfficer>& l)
{
    return l.isEmpty() ? std::optional<CallOfficer>() : std::optional<CallOfficer>(l.first());
}
} // namespace

Result<qint64> CallStore::insert(const CallDraft& d, qint64 caseId, qint64 leadId, qint64 userId,
                                 const QString& loggedAt)
{
    const sql::Binds b = {
        sql::bind(":uuid", QUuid::createUuid().toString(QUuid::WithoutBraces)),
        sql::bind(":station", d.stationId),
        sql::bind(":at", wallText(d.at)),
        sql::bind(":name", sql::orNull(d.callerName)),
        sql::bind(":phone", d.callerPhone),
        sql::bind(":line", d.line),
        sql::bind(":officer", sql::orNull(d.lineOfficerId)),
        sql::bind(":report", d.reportText),
        sql::bind(":result", d.result),
        sql::bind(":case", sql::orNull(caseId)),
        sql::bind(":lead", sql::orNull(leadId)),
        sql::bind(":reason", sql::orNull(d.reason)),
        sql::bind(":by", sql::orNull(userId)),
        sql::bind(":logged", loggedAt),
    };
    return sql::insert(
        m_db,
        QStringLiteral("INSERT INTO calls(uuid, station_id, called_at, caller_name, caller_phone, "
                       "line, line_officer_id, report_text, result, case_id, lead_id, reason, "
                       "logged_by, logged_at) VALUES (:uuid, :station, :at, :name, :phone, :line, "
                       ":officer, :report, :result, :case, :lead, :reason, :by, :logged)"),
        b);
}

Result<std::optional<Call>> CallStore::load(qint64 callId) const
{
    auto q = sql::query(m_db, kSelect + QStringLiteral(" WHERE k.id = :id"), {sql::bind(":id", callId)});
    if (!q)
        return q.error();
    if (!q.value().next())
        return std::optional<Call>();
    return std::optional<Call>(callFrom(q.value()));
}

Result<QList<Call>> CallStore::list(const CallFilter& f) const
{
    QString where = QStringLiteral(" WHERE 1 = 1");
    sql::Binds b;
    if (f.stationId) {
        where += QStringLiteral(" AND k.station_id = :station");
        b << sql::bind(":station", f.stationId);
    }
    if (f.from.isValid()) {
        where += QStringLiteral(" AND k.called_at >= :from");
        b << sql::bind(":from", f.from.toString(Qt::ISODate));
    }
    if (f.to.isValid()) {
        where += QStringLiteral(" AND k.called_at < :to");
        b << sql::bind(":to", f.to.addDays(1).toString(Qt::ISODate));
    }
    if (!f.line.isEmpty()) {
        where += QStringLiteral(" AND k.line = :line");
        b << sql::bind(":line", f.line);
    }
    if (!f.result.isEmpty()) {
        where += QStringLiteral(" AND k.result = :result");
        b << sql::bind(":result", f.result);
    }
    if (f.officerId) {
        where += QStringLiteral(" AND (k.line_officer_id = :officer OR k.logged_by = :officer)");
        b << sql::bind(":officer", f.officerId);
    }
    return sql::rows(
        sql::query(m_db, kSelect + where + QStringLiteral(" ORDER BY k.called_at DESC, k.id DESC"), b),
        callFrom);
}

Result<QList<CallOfficer>> CallStore::officers(qint64 stationId) const
{
    if (!stationId)
        return officersOf(m_db, {}, {});
    return officersOf(m_db, QStringLiteral(" AND station_id = :station"), {sql::bind(":station", stationId)});
}

Result<std::optional<CallOfficer>> CallStore::officer(qint64 userId) const
{
    const auto l = officersOf(m_db, QStringLiteral(" AND id = :id"), {sql::bind(":id", userId)});
    if (!l)
        return l.error();
    return first(*l);
}

Result<std::optional<CallOfficer>> CallStore::officerByBadge(const QString& badge) const
{
    const auto l =
        officersOf(m_db, QStringLiteral(" AND badge = :badge"), {sql::bind(":badge", badge.trimmed())});
    if (!l)
        return l.error();
    return first(*l);
}

Result<bool> CallStore::stationExists(qint64 stationId) const
{
    auto n = sql::scalar(m_db, QStringLiteral("SELECT count(*) FROM stations WHERE id = :id"),
                         {sql::bind(":id", stationId)});
    if (!n)
        return n.error();
    return n->toLongLong() > 0;
}

Result<CallCounts> CallStore::counts(const DashboardFilter& f) const
{
    // The operation's stations, narrowed as the filter's `sa` narrows areas, but kept by station:
    // a station without areas still takes calls.
    const QString text = QStringLiteral(
        "SELECT count(*), coalesce(sum(CASE WHEN k.result = 'case' THEN 1 ELSE 0 END), 0) FROM calls k "
        "JOIN stations s ON s.id = k.station_id WHERE ((SELECT all_stations FROM operations WHERE id = :op) "
        "= 1 "
        "OR s.id IN (SELECT station_id FROM operation_stations WHERE operation_id = :op)) "
        "AND (:sb = 0 OR s.sub_bureau_id = :sb) AND (:st = 0 OR s.id = :st) "
        "AND (:area = 0 OR s.id IN (SELECT station_id FROM areas WHERE id = :area)) "
        "AND substr(k.called_at, 1, 10) BETWEEN "
        "CASE WHEN :dated = 1 THEN :from ELSE (SELECT start_date FROM operations WHERE id = :op) END AND "
        "CASE WHEN :dated = 1 THEN :to ELSE (SELECT end_date FROM operations WHERE id = :op) END");
    auto q = sql::query(m_db, text, filtersql::binds(text, f));
    if (!q)
        return q.error();
    if (!q.value().next())
        return CallCounts{};
    return CallCounts{q.value().value(0).toLongLong(), q.value().value(1).toLongLong()};
}

} // namespace hc
