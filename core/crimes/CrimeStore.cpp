#include "core/crimes/CrimeStore.h"

#include "core/storage/Sql.h"

#include <QHash>

namespace hc {

namespace {
// Free text is stored trimmed, NULL when nothing is left.
QVariant text(const QString& s)
{
    return sql::orNull(s.trimmed());
}
QDate date(const QVariant& v)
{
    return QDate::fromString(v.toString().left(10), Qt::ISODate);
}
sql::Binds draftBinds(const CrimeDraft& d)
{
    return {sql::bind(":kind", d.kind), sql::bind(":date", sql::orNull(d.date)),
            sql::bind(":no", text(d.criminalCaseNo)), sql::bind(":solved", d.solved ? 1 : 0),
            sql::bind(":note", text(d.note))};
}
} // namespace

Result<std::optional<CrimeCaseFacts>> CrimeStore::caseFacts(qint64 caseId) const
{
    auto q = sql::query(
        m_db,
        QStringLiteral(
            "SELECT c.id, c.case_no, c.status, coalesce(c.station_id, 0), "
            "coalesce(c.operation_id, 0), coalesce(p.household_id, 0), substr(c.outcome_date, 1, 10) "
            "FROM cases c "
            "LEFT JOIN persons p ON p.id = c.subject_person_id WHERE c.id = :id"),
        {sql::bind(":id", caseId)});
    if (!q)
        return q.error();
    if (!q.value().next())
        return std::optional<CrimeCaseFacts>();
    return std::optional<CrimeCaseFacts>(CrimeCaseFacts{
        q.value().value(0).toLongLong(), q.value().value(1).toString(), q.value().value(2).toString(),
        q.value().value(3).toLongLong(), q.value().value(4).toLongLong(), q.value().value(5).toLongLong(),
        QDate::fromString(q.value().value(6).toString(), Qt::ISODate)});
}

Result<qint64> CrimeStore::insert(const CrimeDraft& d, qint64 operationId, qint64 stationId, qint64 userId,
                                  const QString& createdAt)
{
    sql::Binds b = draftBinds(d);
    b << sql::bind(":op", sql::orNull(operationId)) << sql::bind(":station", sql::orNull(stationId))
      << sql::bind(":by", sql::orNull(userId)) << sql::bind(":at", createdAt);
    return sql::insert(m_db,
                       QStringLiteral("INSERT INTO crimes(operation_id, station_id, kind, crime_date, "
                                      "criminal_case_no, solved, note, created_by, created_at) VALUES "
                                      "(:op, :station, :kind, :date, :no, :solved, :note, :by, :at)"),
                       b);
}

Status CrimeStore::update(qint64 crimeId, const CrimeDraft& d)
{
    sql::Binds b = draftBinds(d);
    b << sql::bind(":id", crimeId);
    const auto n = sql::execute(m_db,
                                QStringLiteral("UPDATE crimes SET kind = :kind, crime_date = :date, "
                                               "criminal_case_no = :no, solved = :solved, note = :note "
                                               "WHERE id = :id"),
                                b);
    if (!n)
        return n.error();
    return {};
}

Result<std::optional<Crime>> CrimeStore::load(qint64 crimeId) const
{
    auto q =
        sql::query(m_db,
                   QStringLiteral("SELECT k.id, coalesce(k.operation_id, 0), coalesce(k.station_id, 0), "
                                  "coalesce(s.name, ''), k.kind, coalesce(k.crime_date, ''), "
                                  "coalesce(k.criminal_case_no, ''), k.solved, coalesce(k.note, ''), "
                                  "k.created_at FROM crimes k LEFT JOIN stations s ON s.id = k.station_id "
                                  "WHERE k.id = :id"),
                   {sql::bind(":id", crimeId)});
    if (!q)
        return q.error();
    if (!q.value().next())
        return std::optional<Crime>();
    Crime c;
    c.id = q.value().value(0).toLongLong();
    c.operationId = q.value().value(1).toLongLong();
    c.stationId = q.value().value(2).toLongLong();
    c.station = q.value().value(3).toString();
    c.fields = {q.value().value(4).toString(), date(q.value().value(5)), q.value().value(6).toString(),
                q.value().value(7).toBool(), q.value().value(8).toString()};
    c.createdAt = q.value().value(9).toString();
    auto v = victims(crimeId);
    if (!v)
        return v.error();
    c.victims = std::move(v).value();
    auto s = suspects(crimeId);
    if (!s)
        return s.error();
    c.suspects = std::move(s).value();
    return std::optional<Crime>(std::move(c));
}

Result<QList<CrimeVictim>> CrimeStore::victims(qint64 crimeId) const
{
    auto q =
        sql::query(m_db,
                   QStringLiteral("SELECT c.id, c.case_no, coalesce(c.subject_name, p.name, ''), c.status "
                                  "FROM crime_victims v JOIN cases c ON c.id = v.case_id "
                                  "LEFT JOIN persons p ON p.id = c.subject_person_id "
                                  "WHERE v.crime_id = :id ORDER BY c.case_no"),
                   {sql::bind(":id", crimeId)});
    if (!q)
        return q.error();
    QList<CrimeVictim> out;
    while (q.value().next())
        out << CrimeVictim{q.value().value(0).toLongLong(), q.value().value(1).toString(),
                           q.value().value(2).toString(), q.value().value(3).toString()};
    return out;
}

Result<QList<CrimeSuspect>> CrimeStore::suspects(qint64 crimeId) const
{
    auto q =
        sql::query(m_db,
                   QStringLiteral("SELECT entity_kind, entity_key, coalesce(note, '') FROM crime_suspects "
                                  "WHERE crime_id = :id ORDER BY entity_kind, entity_key"),
                   {sql::bind(":id", crimeId)});
    if (!q)
        return q.error();
    QList<CrimeSuspect> out;
    while (q.value().next())
        out << CrimeSuspect{{q.value().value(0).toString(), q.value().value(1).toString()},
                            {},
                            q.value().value(2).toString()};
    return out;
}

Result<QList<CrimeRow>> CrimeStore::list(const CrimeFilter& f) const
{
    QString where = QStringLiteral(" WHERE 1 = 1");
    sql::Binds b;
    if (f.operationId) {
        where += QStringLiteral(" AND k.operation_id = :op");
        b << sql::bind(":op", f.operationId);
    }
    if (f.stationId) {
        where += QStringLiteral(" AND k.station_id = :station");
        b << sql::bind(":station", f.stationId);
    }
    if (!f.kind.isEmpty()) {
        where += QStringLiteral(" AND k.kind = :kind");
        b << sql::bind(":kind", f.kind);
    }
    if (f.solved >= 0) {
        where += QStringLiteral(" AND k.solved = :solved");
        b << sql::bind(":solved", f.solved);
    }
    if (f.from.isValid() || f.to.isValid()) {
        where += QStringLiteral(" AND coalesce(k.crime_date, '') BETWEEN :from AND :to");
        b << sql::bind(":from", f.from.isValid() ? f.from.toString(Qt::ISODate) : QStringLiteral("0000"))
          << sql::bind(":to", f.to.isValid() ? f.to.toString(Qt::ISODate) : QStringLiteral("9999"));
    }
    if (f.caseId) {
        where += QStringLiteral(" AND EXISTS (SELECT 1 FROM crime_victims w WHERE w.crime_id = k.id "
                                "AND w.case_id = :case)");
        b << sql::bind(":case", f.caseId);
    }
    auto q = sql::query(
        m_db,
        QStringLiteral("SELECT k.id, k.kind, coalesce(k.crime_date, ''), coalesce(k.criminal_case_no, ''), "
                       "k.solved, coalesce(s.name, ''), "
                       "(SELECT count(*) FROM crime_suspects x WHERE x.crime_id = k.id) "
                       "FROM crimes k LEFT JOIN stations s ON s.id = k.station_id%1 "
                       "ORDER BY coalesce(k.crime_date, k.created_at) DESC, k.id DESC")
            .arg(where),
        b);
    if (!q)
        return q.error();
    QList<CrimeRow> rows;
    QHash<qint64, qsizetype> at;
    while (q.value().next()) {
        CrimeRow r;
        r.id = q.value().value(0).toLongLong();
        r.kind = q.value().value(1).toString();
        r.date = date(q.value().value(2));
        r.criminalCaseNo = q.value().value(3).toString();
        r.solved = q.value().value(4).toBool();
        r.station = q.value().value(5).toString();
        r.suspects = q.value().value(6).toInt();
        at.insert(r.id, rows.size());
        rows << r;
    }
    // The victims' case numbers, joined here: SQLite and PostgreSQL aggregate strings differently.
    auto v = sql::query(m_db, QStringLiteral("SELECT v.crime_id, c.case_no, c.id FROM crime_victims v "
                                             "JOIN cases c ON c.id = v.case_id ORDER BY c.case_no"));
    if (!v)
        return v.error();
    while (v.value().next()) {
        const auto it = at.constFind(v.value().value(0).toLongLong());
        if (it == at.constEnd())
            continue;
        CrimeRow& r = rows[*it];
        if (!r.victims)
            r.firstVictimId = v.value().value(2).toLongLong();
        r.victimCases += (r.victims++ ? QStringLiteral(", ") : QString()) + v.value().value(1).toString();
    }
    return rows;
}

Status CrimeStore::addVictim(qint64 crimeId, qint64 caseId)
{
    const auto n = sql::execute(
        m_db, QStringLiteral("INSERT INTO crime_victims(crime_id, case_id) VALUES (:crime, :case)"),
        {sql::bind(":crime", crimeId), sql::bind(":case", caseId)});
    if (!n)
        return n.error();
    return {};
}

Status CrimeStore::removeVictim(qint64 crimeId, qint64 caseId)
{
    const auto n = sql::execute(
        m_db, QStringLiteral("DELETE FROM crime_victims WHERE crime_id = :crime AND case_id = :case"),
        {sql::bind(":crime", crimeId), sql::bind(":case", caseId)});
    if (!n)
        return n.error();
    return {};
}

Status CrimeStore::addSuspect(qint64 crimeId, const EntityRef& e, const QString& note)
{
    const auto n =
        sql::execute(m_db,
                     QStringLiteral("INSERT INTO crime_suspects(crime_id, entity_kind, entity_key, note) "
                                    "VALUES (:crime, :kind, :key, :note)"),
                     {sql::bind(":crime", crimeId), sql::bind(":kind", e.kind), sql::bind(":key", e.key),
                      sql::bind(":note", text(note))});
    if (!n)
        return n.error();
    return {};
}

Status CrimeStore::removeSuspect(qint64 crimeId, const EntityRef& e)
{
    const auto n =
        sql::execute(m_db,
                     QStringLiteral("DELETE FROM crime_suspects WHERE crime_id = :crime "
                                    "AND entity_kind = :kind AND entity_key = :key"),
                     {sql::bind(":crime", crimeId), sql::bind(":kind", e.kind), sql::bind(":key", e.key)});
    if (!n)
        return n.error();
    return {};
}

Result<std::optional<Reunion>> CrimeStore::reunion(qint64 caseId) const
{
    auto q =
        sql::query(m_db,
                   QStringLiteral("SELECT r.id, r.case_id, c.case_no, r.reunited_on, r.how, r.family_key, "
                                  "coalesce(r.note, '') FROM reunions r JOIN cases c ON c.id = r.case_id "
                                  "WHERE r.case_id = :case"),
                   {sql::bind(":case", caseId)});
    if (!q)
        return q.error();
    if (!q.value().next())
        return std::optional<Reunion>();
    return std::optional<Reunion>(Reunion{q.value().value(0).toLongLong(), q.value().value(1).toLongLong(),
                                          q.value().value(2).toString(), date(q.value().value(3)),
                                          q.value().value(4).toString(), q.value().value(5).toString(),
                                          q.value().value(6).toString()});
}

Result<qint64> CrimeStore::insertReunion(qint64 caseId, const ReunionDraft& d, qint64 userId,
                                         const QString& createdAt)
{
    const auto id =
        sql::insert(m_db,
                    QStringLiteral("INSERT INTO reunions(case_id, family_key, reunited_on, how, note, "
                                   "created_by, created_at) VALUES (:case, :family, :date, :how, "
                                   ":note, :by, :at)"),
                    {sql::bind(":case", caseId), sql::bind(":family", d.familyKey),
                     sql::bind(":date", d.date.toString(Qt::ISODate)), sql::bind(":how", d.how),
                     sql::bind(":note", text(d.note)), sql::bind(":by", sql::orNull(userId)),
                     sql::bind(":at", createdAt)});
    if (!id)
        return id;
    const auto n = sql::execute(m_db, QStringLiteral("UPDATE cases SET family_reunited = 1 WHERE id = :case"),
                                {sql::bind(":case", caseId)});
    if (!n)
        return n.error();
    return id;
}

Status CrimeStore::removeReunion(qint64 caseId)
{
    for (const QString& statement :
         {QStringLiteral("DELETE FROM reunions WHERE case_id = :case"),
          QStringLiteral("UPDATE cases SET family_reunited = 0 WHERE id = :case")}) {
        const auto n = sql::execute(m_db, statement, {sql::bind(":case", caseId)});
        if (!n)
            return n.error();
    }
    return {};
}

} // namespace hc
