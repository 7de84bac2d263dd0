#include "core/actions/ActionStore.h"

#include "core/storage/Sql.h"

#include <QUuid>

namespace hc {

namespace {

const QString kSelect = QStringLiteral(
    "SELECT a.id, a.case_id, c.case_no, coalesce(c.subject_name, ''), coalesce(a.station_id, 0), "
    "coalesce(s.name, ''), a.what, a.allocated_to, coalesce(u.name, ''), coalesce(u.badge, ''), a.due_date, "
    "a.priority, a.status, coalesce(a.result, ''), coalesce(a.sent_back_reason, ''), coalesce(a.lead_id, 0), "
    "coalesce(r.name, ''), a.raised_at, coalesce(a.returned_at, ''), coalesce(so.name, ''), "
    "coalesce(a.signed_off_at, '') "
    "FROM actions a JOIN cases c ON c.id = a.case_id LEFT JOIN stations s ON s.id = a.station_id "
    "LEFT JOIN users u ON u.id = a.allocated_to LEFT JOIN users r ON r.id = a.raised_by "
    "LEFT JOIN users so ON so.id = a.signed_off_by ");

CaseAction readAction(const QSqlQuery& q)
{
    CaseAction a;
    a.id = q.value(0).toLongLong();
    a.caseId = q.value(1).toLongLong();
    a.caseNo = q.value(2).toString();
    a.subject = q.value(3).toString();
    a.stationId = q.value(4).toLongLong();
    a.station = q.value(5).toString();
    a.what = q.value(6).toString();
    a.allocatedToId = q.value(7).toLongLong();
    a.allocatedTo = q.value(8).toString();
    a.allocatedBadge = q.value(9).toString();
    a.due = QDate::fromString(q.value(10).toString(), Qt::ISODate);
    a.priority = q.value(11).toString();
    a.status = q.value(12).toString();
    a.result = q.value(13).toString();
    a.sentBackReason = q.value(14).toString();
    a.leadId = q.value(15).toLongLong();
    a.raisedBy = q.value(16).toString();
    a.raisedAt = q.value(17).toString();
    a.returnedAt = q.value(18).toString();
    a.signedOffBy = q.value(19).toString();
    a.signedOffAt = q.value(20).toString();
    return a;
}

Status done(const Result<int>& changed)
{
    if (!changed)
        return changed.error();
    return {};
}
} // namespace

Result<qint64> ActionStore::insert(const ActionDraft& d, qint64 stationId, qint64 raisedBy,
                                   const QString& at) const
{
    return sql::insert(
        m_db,
        QStringLiteral(
            "INSERT INTO actions(uuid, case_id, station_id, lead_id, what, allocated_to, due_date, "
            "priority, status, raised_by, raised_at, updated_at) VALUES (:uuid, :case, :station, "
            ":lead, :what, :to, :due, :priority, 'allocated', :by, :at1, :at2)"),
        {sql::bind(":uuid", QUuid::createUuid().toString(QUuid::WithoutBraces)), sql::bind(":case", d.caseId),
         sql::bind(":station", sql::orNull(stationId)), sql::bind(":lead", sql::orNull(d.leadId)),
         sql::bind(":what", d.what.trimmed()), sql::bind(":to", d.allocatedTo),
         sql::bind(":due", d.due.toString(Qt::ISODate)), sql::bind(":priority", d.priority),
         sql::bind(":by", sql::orNull(raisedBy)), sql::bind(":at1", at), sql::bind(":at2", at)});
}

Result<QList<CaseAction>> ActionStore::list(const ActionFilter& f, std::optional<qint64> visibleStation,
                                            qint64 alsoUser, const QDate& today) const
{
    QStringList where{QStringLiteral("1 = 1")};
    sql::Binds binds;
    if (visibleStation) {
        where << QStringLiteral("(a.station_id = :vstation OR a.allocated_to = :vuser)");
        binds << sql::bind(":vstation", *visibleStation) << sql::bind(":vuser", alsoUser);
    }
    if (f.allocatedTo) {
        where << QStringLiteral("a.allocated_to = :to");
        binds << sql::bind(":to", f.allocatedTo);
    }
    if (f.stationId) {
        where << QStringLiteral("a.station_id = :station");
        binds << sql::bind(":station", f.stationId);
    }
    if (f.caseId) {
        where << QStringLiteral("a.case_id = :case");
        binds << sql::bind(":case", f.caseId);
    }
    if (!f.statuses.isEmpty()) {
        QStringList names;
        for (int i = 0; i < f.statuses.size(); ++i) {
            names << QStringLiteral(":st%1").arg(i);
            binds.append({names.last(), f.statuses.at(i)});
        }
        where << QStringLiteral("a.status IN (%1)").arg(names.join(QStringLiteral(", ")));
    }
    if (f.overdueOnly) {
        where << QStringLiteral("a.status IN ('allocated', 'sent_back') AND a.due_date < :today");
        binds << sql::bind(":today", today.toString(Qt::ISODate));
    }
    // Due first; then the most urgent; then the oldest.
    auto q = sql::query(m_db,
                        kSelect + QStringLiteral("WHERE %1 ORDER BY a.due_date, CASE a.priority WHEN 'high' "
                                                 "THEN 0 WHEN 'normal' THEN 1 ELSE 2 END, a.id")
                                      .arg(where.join(QStringLiteral(" AND "))),
                        binds);
    if (!q)
        return q.error();
    QList<CaseAction> out;
    while (q.value().next())
        out << readAction(*q);
    return out;
}

Result<std::optional<CaseAction>> ActionStore::load(qint64 id) const
{
    auto q = sql::query(m_db, kSelect + QStringLiteral("WHERE a.id = :id"), {sql::bind(":id", id)});
    if (!q)
        return q.error();
    if (!q.value().next())
        return std::optional<CaseAction>();
    return std::optional<CaseAction>(readAction(*q));
}

Status ActionStore::setReturned(qint64 id, const QString& result, const QString& at) const
{
    return done(sql::execute(
        m_db,
        QStringLiteral("UPDATE actions SET status = 'returned', result = :result, "
                       "returned_at = :at1, updated_at = :at2 WHERE id = :id"),
        {sql::bind(":result", result), sql::bind(":at1", at), sql::bind(":at2", at), sql::bind(":id", id)}));
}

Status ActionStore::setSentBack(qint64 id, const QString& reason, const QString& at) const
{
    return done(
        sql::execute(m_db,
                     QStringLiteral("UPDATE actions SET status = 'sent_back', sent_back_reason = :reason, "
                                    "updated_at = :at WHERE id = :id"),
                     {sql::bind(":reason", reason), sql::bind(":at", at), sql::bind(":id", id)}));
}

Status ActionStore::setSignedOff(qint64 id, qint64 by, const QString& at) const
{
    return done(sql::execute(m_db,
                             QStringLiteral("UPDATE actions SET status = 'signed_off', signed_off_by = :by, "
                                            "signed_off_at = :at1, updated_at = :at2 WHERE id = :id"),
                             {sql::bind(":by", sql::orNull(by)), sql::bind(":at1", at), sql::bind(":at2", at),
                              sql::bind(":id", id)}));
}

Status ActionStore::addEvent(const CaseAction& a, const QString& event, const QString& note, qint64 byUser,
                             const QString& actor, const QString& at) const
{
    const auto id =
        sql::insert(m_db,
                    QStringLiteral("INSERT INTO action_events(action_id, case_id, at, event, note, "
                                   "by_user, actor) VALUES (:action, :case, :at, :event, :note, "
                                   ":by, :actor)"),
                    {sql::bind(":action", a.id), sql::bind(":case", a.caseId), sql::bind(":at", at),
                     sql::bind(":event", event), sql::bind(":note", sql::orNull(note)),
                     sql::bind(":by", sql::orNull(byUser)), sql::bind(":actor", actor)});
    if (!id)
        return id.error();
    return {};
}

Result<QList<ActionEvent>> ActionStore::events(qint64 caseId) const
{
    auto q =
        sql::query(m_db,
                   QStringLiteral("SELECT e.action_id, e.at, e.event, coalesce(e.note, ''), "
                                  "coalesce(u.name, e.actor) FROM action_events e LEFT JOIN users u ON "
                                  "u.id = e.by_user WHERE e.case_id = :case ORDER BY e.at DESC, e.id DESC"),
                   {sql::bind(":case", caseId)});
    if (!q)
        return q.error();
    QList<ActionEvent> out;
    while (q.value().next())
        out << ActionEvent{q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toString(),
                           q->value(3).toString(), q->value(4).toString()};
    return out;
}

Result<std::optional<ActionOfficer>> ActionStore::oneOfficer(const QString& where,
                                                             const QVariant& value) const
{
    auto q = sql::query(m_db,
                        QStringLiteral("SELECT id, badge, name, coalesce(station_id, 0) FROM users WHERE "
                                       "active = 1 AND %1 = :v")
                            .arg(where),
                        {sql::bind(":v", value)});
    if (!q)
        return q.error();
    if (!q.value().next())
        return std::optional<ActionOfficer>();
    return std::optional<ActionOfficer>(ActionOfficer{q->value(0).toLongLong(), q->value(1).toString(),
                                                      q->value(2).toString(), q->value(3).toLongLong()});
}

Result<std::optional<ActionOfficer>> ActionStore::officer(qint64 id) const
{
    return oneOfficer(QStringLiteral("id"), id);
}

Result<std::optional<ActionOfficer>> ActionStore::officerByBadge(const QString& badge) const
{
    return oneOfficer(QStringLiteral("badge"), badge);
}

Result<QList<ActionOfficer>> ActionStore::officers() const
{
    auto q = sql::query(m_db, QStringLiteral("SELECT id, badge, name, coalesce(station_id, 0) FROM users "
                                             "WHERE active = 1 ORDER BY name, badge"));
    if (!q)
        return q.error();
    QList<ActionOfficer> out;
    while (q.value().next())
        out << ActionOfficer{q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toString(),
                             q->value(3).toLongLong()};
    return out;
}

} // namespace hc
