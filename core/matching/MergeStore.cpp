#include "core/matching/MergeStore.h"

#include "core/storage/Sql.h"

namespace hc {

namespace {

Status changed(const Result<int>& r)
{
    if (!r)
        return r.error();
    return {};
}

PersonRecord readRecord(const QSqlQuery& q)
{
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
} // namespace

const QStringList& MergeFields::columns()
{
    static const QStringList c = {QStringLiteral("id_number"),  QStringLiteral("sex"),
                                  QStringLiteral("birth_date"), QStringLiteral("birth_year"),
                                  QStringLiteral("phone"),      QStringLiteral("household_id"),
                                  QStringLiteral("relation"),   QStringLiteral("notes")};
    return c;
}

Result<std::optional<PersonRecord>> MergeStore::record(qint64 personId) const
{
    auto q = sql::query(
        m_db,
        QStringLiteral(
            "SELECT p.id, p.name, coalesce(p.id_number, ''), coalesce(p.sex, ''), coalesce(p.birth_date, "
            "''), "
            "coalesce(p.birth_year, CAST(substr(p.birth_date, 1, 4) AS INTEGER), 0), coalesce(p.phone, ''), "
            "coalesce(p.household_id, 0), coalesce(h.household_no, ''), coalesce(h.address, ''), "
            "coalesce(a.name, ''), coalesce(st.name, ''), coalesce(p.relation, ''), p.registered, "
            "coalesce(p.notes, ''), "
            "(SELECT count(*) FROM screenings s WHERE s.person_id = p.id), "
            "(SELECT count(*) FROM cases c WHERE c.subject_person_id = p.id), "
            "(SELECT count(*) FROM links l WHERE (l.a_kind = 'person' AND l.a_key = :key) "
            "   OR (l.b_kind = 'person' AND l.b_key = :key)) "
            "FROM persons p LEFT JOIN households h ON h.id = p.household_id "
            "LEFT JOIN areas a ON a.id = h.area_id LEFT JOIN stations st ON st.id = a.station_id "
            "WHERE p.id = :id"),
        {sql::bind(":key", QString::number(personId)), sql::bind(":id", personId)});
    if (!q)
        return q.error();
    if (!q.value().next())
        return std::optional<PersonRecord>();
    return std::optional<PersonRecord>(readRecord(*q));
}

Result<QList<SameVisitClash>> MergeStore::sameVisitClashes(qint64 keepId, qint64 dropId) const
{
    auto q = sql::query(
        m_db,
        QStringLiteral("SELECT d.id, k.id, d.visit_id, d.status FROM screenings d JOIN screenings k "
                       "ON k.visit_id = d.visit_id AND k.person_id = :keep WHERE d.person_id = :drop"),
        {sql::bind(":keep", keepId), sql::bind(":drop", dropId)});
    if (!q)
        return q.error();
    QList<SameVisitClash> out;
    while (q.value().next())
        out << SameVisitClash{q->value(0).toLongLong(), q->value(1).toLongLong(), q->value(2).toLongLong(),
                              q->value(3).toString()};
    return out;
}

Status MergeStore::resolveClash(const SameVisitClash& c) const
{
    if (Status s = changed(sql::execute(
            m_db, QStringLiteral("UPDATE cases SET screening_id = :keep WHERE screening_id = :drop"),
            {sql::bind(":keep", c.keptScreening), sql::bind(":drop", c.droppedScreening)}));
        !s)
        return s;
    return changed(sql::execute(m_db, QStringLiteral("DELETE FROM screenings WHERE id = :id"),
                                {sql::bind(":id", c.droppedScreening)}));
}

Result<int> MergeStore::moveScreenings(qint64 keepId, qint64 dropId) const
{
    // The follow-up of the screenings goes with them: failed verification attempts, and closings of
    // the untraced list (the kept person's own closing wins in an operation where both have one).
    for (const char* statement :
         {"DELETE FROM untraced_closures WHERE person_id = :drop AND operation_id IN (SELECT operation_id "
          "FROM untraced_closures WHERE person_id = :keep)",
          "UPDATE untraced_closures SET person_id = :keep WHERE person_id = :drop",
          "UPDATE verification_attempts SET person_id = :keep WHERE person_id = :drop"})
        if (const auto moved = sql::execute(m_db, QLatin1String(statement),
                                            {sql::bind(":keep", keepId), sql::bind(":drop", dropId)});
            !moved)
            return moved.error();
    // The schema's triggers recompute person_progress and the counters for both people.
    return sql::execute(m_db,
                        QStringLiteral("UPDATE screenings SET person_id = :keep WHERE person_id = :drop"),
                        {sql::bind(":keep", keepId), sql::bind(":drop", dropId)});
}

Result<int> MergeStore::moveCases(qint64 keepId, qint64 dropId) const
{
    // The cases the dropped person was ruled out for (schema 18) stay ruled out for the kept one
    // (the kept person's own rule-out of a case wins).
    for (const char* statement :
         {"DELETE FROM unregistered_rule_outs WHERE person_id = :drop AND case_id IN (SELECT case_id "
          "FROM unregistered_rule_outs WHERE person_id = :keep)",
          "UPDATE unregistered_rule_outs SET person_id = :keep WHERE person_id = :drop"})
        if (const auto moved = sql::execute(m_db, QLatin1String(statement),
                                            {sql::bind(":keep", keepId), sql::bind(":drop", dropId)});
            !moved)
            return moved.error();
    return sql::execute(
        m_db, QStringLiteral("UPDATE cases SET subject_person_id = :keep WHERE subject_person_id = :drop"),
        {sql::bind(":keep", keepId), sql::bind(":drop", dropId)});
}

Result<int> MergeStore::moveLinks(qint64 keepId, qint64 dropId) const
{
    int moved = 0;
    for (const char* side : {"a", "b"}) {
        const auto n = sql::execute(
            m_db,
            QStringLiteral("UPDATE links SET %1_key = :keep WHERE %1_kind = 'person' AND %1_key = :drop")
                .arg(QLatin1String(side)),
            {sql::bind(":keep", QString::number(keepId)), sql::bind(":drop", QString::number(dropId))});
        if (!n)
            return n.error();
        moved += *n;
    }
    return moved;
}

Result<int> MergeStore::removeSelfLinks(qint64 personId) const
{
    return sql::execute(m_db,
                        QStringLiteral("DELETE FROM links WHERE a_kind = 'person' AND b_kind = 'person' AND "
                                       "a_key = :key AND b_key = :key"),
                        {sql::bind(":key", QString::number(personId))});
}

Status MergeStore::forgetDismissals(qint64 personId) const
{
    return changed(sql::execute(
        m_db, QStringLiteral("DELETE FROM person_match_dismissals WHERE person_a = :id OR person_b = :id"),
        {sql::bind(":id", personId)}));
}

Result<std::optional<QPair<MergeFields, MergeFields>>> MergeStore::fields(qint64 keepId, qint64 dropId) const
{
    auto q = sql::query(m_db,
                        QStringLiteral("SELECT %1, registered FROM persons WHERE id IN (:keep, :drop) "
                                       "ORDER BY id = :kept")
                            .arg(MergeFields::columns().join(QStringLiteral(", "))),
                        {sql::bind(":keep", keepId), sql::bind(":drop", dropId), sql::bind(":kept", keepId)});
    if (!q)
        return q.error();
    MergeFields drop, keep; // the dropped row sorts first
    for (MergeFields* row : {&drop, &keep}) {
        if (!q.value().next())
            return std::optional<QPair<MergeFields, MergeFields>>();
        const int n = int(MergeFields::columns().size());
        for (int i = 0; i < n; ++i)
            row->values << q->value(i);
        row->registered = q->value(n).toInt() != 0;
    }
    return std::optional<QPair<MergeFields, MergeFields>>(qMakePair(keep, drop));
}

Status MergeStore::deletePerson(qint64 personId) const
{
    return changed(sql::execute(m_db, QStringLiteral("DELETE FROM persons WHERE id = :id"),
                                {sql::bind(":id", personId)}));
}

Status MergeStore::setFields(qint64 personId, const QList<QPair<QString, QVariant>>& values) const
{
    if (values.isEmpty())
        return {};
    QStringList sets;
    sql::Binds binds{sql::bind(":id", personId)};
    for (int i = 0; i < values.size(); ++i) {
        const QString& column = values.at(i).first;
        // Only the known column names reach the SQL text.
        if (!MergeFields::columns().contains(column) && column != u"registered")
            return storageError(QStringLiteral("not a person field: %1").arg(column));
        sets << QStringLiteral("%1 = :v%2").arg(column).arg(i);
        binds.append({QStringLiteral(":v%1").arg(i), values.at(i).second});
    }
    return changed(sql::execute(
        m_db, QStringLiteral("UPDATE persons SET %1 WHERE id = :id").arg(sets.join(QStringLiteral(", "))),
        binds));
}

Result<int> MergeStore::dismiss(qint64 personA, qint64 personB, qint64 by, const QString& at) const
{
    return sql::execute(
        m_db,
        QStringLiteral("INSERT INTO person_match_dismissals(person_a, person_b, dismissed_by, "
                       "dismissed_at) VALUES (:a, :b, :by, :at) "
                       "ON CONFLICT(person_a, person_b) DO NOTHING"),
        {sql::bind(":a", personA), sql::bind(":b", personB), sql::bind(":by", sql::orNull(by)),
         sql::bind(":at", at)});
}

} // namespace hc
