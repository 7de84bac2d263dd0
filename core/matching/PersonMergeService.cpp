#include "core/matching/PersonMergeService.h"

#include "core/audit/AuditLog.h"
#include "core/common/Clock.h"
#include "core/registry/IdNumber.h"
#include "core/storage/Database.h"
#include "core/storage/Transaction.h"

#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>

namespace hc {

namespace {
// Prepares, binds in order and runs; false with the error left in the query.
bool run(QSqlQuery& q, const QString& sql, const QVariantList& values = {})
{
    if (!q.prepare(sql))
        return false;
    for (const QVariant& v : values)
        q.addBindValue(v);
    return q.exec();
}

QString normalisedId(const QString& text)
{
    QString stripped = text;
    stripped.removeIf([](QChar c) { return c.isSpace(); });
    const auto id = IdNumber::parse(stripped, Clock::instance().now().date());
    return id ? id->text() : QString();
}
} // namespace

QJsonObject PersonRecord::toJson() const
{
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("name"), name},
                       {QStringLiteral("id_number"), idNumber},
                       {QStringLiteral("sex"), sex},
                       {QStringLiteral("birth_date"), birthDate},
                       {QStringLiteral("birth_year"), birthYear},
                       {QStringLiteral("phone"), phone},
                       {QStringLiteral("household_id"), householdId},
                       {QStringLiteral("household_no"), householdNo},
                       {QStringLiteral("relation"), relation},
                       {QStringLiteral("registered"), registered},
                       {QStringLiteral("notes"), notes},
                       {QStringLiteral("screenings"), screenings},
                       {QStringLiteral("cases"), cases},
                       {QStringLiteral("links"), links}};
}

PersonMergeService::PersonMergeService(Database& db, Actor actor) : m_db(db), m_actor(std::move(actor)) {}

Result<PersonRecord> PersonMergeService::record(qint64 personId) const
{
    QSqlQuery q(m_db.sql());
    const QString key = QString::number(personId);
    if (!run(q,
             QStringLiteral(
                 "SELECT p.id, p.name, coalesce(p.id_number, ''), coalesce(p.sex, ''), "
                 "coalesce(p.birth_date, ''), "
                 "coalesce(p.birth_year, CAST(substr(p.birth_date, 1, 4) AS INTEGER), 0), coalesce(p.phone, "
                 "''), "
                 "coalesce(p.household_id, 0), coalesce(h.household_no, ''), coalesce(h.address, ''), "
                 "coalesce(a.name, ''), coalesce(st.name, ''), coalesce(p.relation, ''), p.registered, "
                 "coalesce(p.notes, ''), "
                 "(SELECT count(*) FROM screenings s WHERE s.person_id = p.id), "
                 "(SELECT count(*) FROM cases c WHERE c.subject_person_id = p.id), "
                 "(SELECT count(*) FROM links l WHERE (l.a_kind = 'person' AND l.a_key = ?) "
                 "   OR (l.b_kind = 'person' AND l.b_key = ?)) "
                 "FROM persons p LEFT JOIN households h ON h.id = p.household_id "
                 "LEFT JOIN areas a ON a.id = h.area_id LEFT JOIN stations st ON st.id = a.station_id "
                 "WHERE p.id = ?"),
             {key, key, personId}))
        return storageError(q.lastError().text());
    if (!q.next())
        return notFound(QStringLiteral("person"), tr("There is no person number %1.").arg(personId));
    PersonRecord r;
    r.id = q.value(0).toLongLong();
    r.name = q.value(1).toString();
    r.idNumber = q.value(2).toString();
    r.sex = q.value(3).toString();
    r.birthDate = q.value(4).toString();
    r.birthYear = q.value(5).toInt();
    r.phone = q.value(6).toString();
    r.householdId = q.value(7).toLongLong();
    r.householdNo = q.value(8).toString();
    r.address = q.value(9).toString();
    r.area = q.value(10).toString();
    r.station = q.value(11).toString();
    r.relation = q.value(12).toString();
    r.registered = q.value(13).toInt() != 0;
    r.notes = q.value(14).toString();
    r.screenings = q.value(15).toInt();
    r.cases = q.value(16).toInt();
    r.links = q.value(17).toInt();
    return r;
}

Result<MergeSummary> PersonMergeService::merge(qint64 keepId, qint64 dropId)
{
    if (!m_actor.can(Right::MergePeople))
        return denied(Roles::deniedMessage(m_actor, tr("merge people")));
    if (keepId == dropId)
        return invalid(QStringLiteral("drop"), tr("A person cannot be merged with themself."));
    const auto kept = record(keepId);
    if (!kept)
        return Error{QStringLiteral("keep"), kept.error().message, kept.error().kind};
    const auto dropped = record(dropId);
    if (!dropped)
        return Error{QStringLiteral("drop"), dropped.error().message, dropped.error().kind};

    MergeSummary sum;
    sum.keptId = keepId;
    sum.droppedId = dropId;
    Transaction tx(m_db.sql());
    QSqlQuery q(m_db.sql());
    auto failed = [&q] { return storageError(q.lastError().text()); };
    const QString keepKey = QString::number(keepId), dropKey = QString::number(dropId);

    // Both screened in the same visit: UNIQUE(visit_id, person_id) allows one; the kept
    // person's screening stays and a case opened from the other now points at it.
    QJsonArray conflicts;
    if (!run(q,
             QStringLiteral("SELECT d.id, k.id, d.visit_id, d.status FROM screenings d JOIN screenings k "
                            "ON k.visit_id = d.visit_id AND k.person_id = ? WHERE d.person_id = ?"),
             {keepId, dropId}))
        return failed();
    QList<std::pair<qint64, qint64>> clashes;
    while (q.next()) {
        clashes << std::pair(q.value(0).toLongLong(), q.value(1).toLongLong());
        conflicts << QJsonObject{{QStringLiteral("visit_id"), q.value(2).toLongLong()},
                                 {QStringLiteral("kept_screening"), q.value(1).toLongLong()},
                                 {QStringLiteral("dropped_screening"), q.value(0).toLongLong()},
                                 {QStringLiteral("dropped_status"), q.value(3).toString()}};
    }
    q.finish();
    for (const auto& [drop, keep] : clashes) {
        if (!run(q, QStringLiteral("UPDATE cases SET screening_id = ? WHERE screening_id = ?"),
                 {keep, drop}) ||
            !run(q, QStringLiteral("DELETE FROM screenings WHERE id = ?"), {drop}))
            return failed();
        ++sum.screeningsDropped;
    }
    // The schema's triggers recompute person_progress and the counters for both people.
    if (!run(q, QStringLiteral("UPDATE screenings SET person_id = ? WHERE person_id = ?"), {keepId, dropId}))
        return failed();
    sum.screeningsMoved = q.numRowsAffected();
    if (!run(q, QStringLiteral("UPDATE cases SET subject_person_id = ? WHERE subject_person_id = ?"),
             {keepId, dropId}))
        return failed();
    sum.casesMoved = q.numRowsAffected();
    for (const char* side : {"a", "b"}) {
        const QString sql =
            QStringLiteral("UPDATE links SET %1_key = ? WHERE %1_kind = 'person' AND %1_key = ?")
                .arg(QLatin1String(side));
        if (!run(q, sql, {keepKey, dropKey}))
            return failed();
        sum.linksMoved += q.numRowsAffected();
    }
    if (!run(q,
             QStringLiteral("DELETE FROM links WHERE a_kind = 'person' AND b_kind = 'person' AND a_key = ? "
                            "AND b_key = ?"),
             {keepKey, keepKey}))
        return failed();
    sum.linksRemoved = q.numRowsAffected();
    sum.linksMoved -= sum.linksRemoved;
    if (!run(q, QStringLiteral("DELETE FROM person_match_dismissals WHERE person_a = ? OR person_b = ?"),
             {dropId, dropId}))
        return failed();

    // The fields the kept record lacks come from the dropped one; the dropped row goes first
    // (its ID number is UNIQUE).
    if (!run(q,
             QStringLiteral("SELECT id_number, sex, birth_date, birth_year, phone, household_id, relation, "
                            "notes, registered FROM persons WHERE id IN (?, ?) ORDER BY id = ?"),
             {keepId, dropId, keepId}))
        return failed();
    QVariantList dropRow, keepRow;
    for (QVariantList* row : {&dropRow, &keepRow}) {
        if (!q.next())
            return failed();
        for (int i = 0; i < 9; ++i)
            *row << q.value(i);
    }
    q.finish();
    if (!run(q, QStringLiteral("DELETE FROM persons WHERE id = ?"), {dropId}))
        return failed();
    static const char* const columns[] = {"id_number", "sex",          "birth_date", "birth_year",
                                          "phone",     "household_id", "relation",   "notes"};
    QStringList sets;
    QVariantList values;
    for (int i = 0; i < 8; ++i) {
        const bool missing = keepRow[i].isNull() || keepRow[i].toString().trimmed().isEmpty();
        const bool has = !dropRow[i].isNull() && !dropRow[i].toString().trimmed().isEmpty();
        QVariant value;
        if (missing && has)
            value = i == 0 && !normalisedId(dropRow[i].toString()).isEmpty()
                        ? normalisedId(dropRow[i].toString())
                        : dropRow[i];
        else if (i == 0 && !missing && has) {
            // The same number written two ways: keep its normalised 18-character form.
            const QString k = normalisedId(keepRow[i].toString());
            if (!k.isEmpty() && k == normalisedId(dropRow[i].toString()) && k != keepRow[i].toString())
                value = k;
        }
        if (value.isValid()) {
            sets << QLatin1String(columns[i]) + QStringLiteral(" = ?");
            values << value;
            sum.filledFields << QLatin1String(columns[i]);
        }
    }
    if (keepRow[8].toInt() == 0 && dropRow[8].toInt() != 0) {
        sets << QStringLiteral("registered = 1");
        sum.filledFields << QStringLiteral("registered");
    }
    if (!sets.isEmpty()) {
        values << keepId;
        if (!run(q, QStringLiteral("UPDATE persons SET %1 WHERE id = ?").arg(sets.join(QStringLiteral(", "))),
                 values))
            return failed();
    }
    const auto after = record(keepId);
    if (!after)
        return after.error();

    QJsonObject afterJson{{QStringLiteral("kept"), after->toJson()},
                          {QStringLiteral("screenings_moved"), sum.screeningsMoved},
                          {QStringLiteral("screenings_dropped_same_visit"), sum.screeningsDropped},
                          {QStringLiteral("same_visit_conflicts"), conflicts},
                          {QStringLiteral("cases_moved"), sum.casesMoved},
                          {QStringLiteral("links_moved"), sum.linksMoved},
                          {QStringLiteral("links_removed"), sum.linksRemoved},
                          {QStringLiteral("filled_fields"), QJsonArray::fromStringList(sum.filledFields)}};
    if (Status s = AuditLog(m_db.sql())
                       .append(m_actor, QStringLiteral("merge"), QStringLiteral("person"), keepKey,
                               {{QStringLiteral("kept"), kept->toJson()},
                                {QStringLiteral("dropped"), dropped->toJson()}},
                               afterJson);
        !s)
        return s.error();
    if (!tx.commit())
        return storageError(m_db.sql().lastError().text());
    return sum;
}

Status PersonMergeService::dismiss(qint64 personA, qint64 personB)
{
    if (!m_actor.can(Right::MergePeople))
        return denied(Roles::deniedMessage(m_actor, tr("dismiss possible duplicates")));
    if (personA == personB)
        return invalid(QStringLiteral("person"), tr("Choose two different people."));
    for (qint64 id : {personA, personB})
        if (const auto r = record(id); !r)
            return r.error();
    const qint64 a = std::min(personA, personB), b = std::max(personA, personB);
    Transaction tx(m_db.sql());
    QSqlQuery q(m_db.sql());
    if (!run(q,
             QStringLiteral(
                 "INSERT INTO person_match_dismissals(person_a, person_b, dismissed_by, dismissed_at) "
                 "VALUES (?, ?, ?, ?) ON CONFLICT(person_a, person_b) DO NOTHING"),
             {a, b, m_actor.userId ? QVariant(m_actor.userId) : QVariant(),
              Clock::instance().now().toString(Qt::ISODate)}))
        return storageError(q.lastError().text());
    if (q.numRowsAffected() == 0)
        return {}; // already dismissed
    if (Status s = AuditLog(m_db.sql())
                       .append(m_actor, QStringLiteral("dismiss"), QStringLiteral("person_pair"),
                               QStringLiteral("%1-%2").arg(a).arg(b), {},
                               {{QStringLiteral("person_a"), a}, {QStringLiteral("person_b"), b}});
        !s)
        return s;
    if (!tx.commit())
        return storageError(m_db.sql().lastError().text());
    return {};
}

} // namespace hc
