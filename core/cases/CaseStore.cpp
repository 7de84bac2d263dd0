#include "core/cases/CaseStore.h"

#include "core/cases/RecordNumberStore.h"
#include "core/cases/RecordNumbers.h"
#include "core/storage/Sql.h"

#include <QUuid>

namespace hc {

namespace {
// Free text is stored trimmed, NULL when nothing is left.
QVariant text(const QString& s)
{
    return sql::orNull(s.trimmed());
}
QVariant positive(int v)
{
    return v > 0 ? QVariant(v) : QVariant();
}

const QString kActiveCase = QStringLiteral(
    "SELECT case_no FROM cases WHERE subject_person_id = :person AND status IN ('open', 'investigating')");

const QString kInsert = QStringLiteral(
    "INSERT INTO cases(uuid, case_no, operation_id, station_id, subject_person_id, source, screening_id, "
    "reporter_name, reporter_phone, status, risk_level, opened_at, last_seen_date, last_seen_place, "
    "circumstances, description, contacts, created_by, subject_name, subject_sex, subject_birth_year, "
    "subject_height_cm, report_text, updated_at, mental_illness, suspected_crime) "
    "VALUES (:uuid, :no, :op, :station, :person, :source, :screening, :reporter, :phone, 'open', :risk, "
    ":opened, :seen, :place, :circumstances, :description, :contacts, :by, :name, :sex, :year, :height, "
    ":report, :opened, :mental, :crime)");

const QString kFile = QStringLiteral(
    "SELECT c.uuid, c.case_no, coalesce(c.operation_id, 0), coalesce(o.name, ''), coalesce(c.station_id, 0), "
    "coalesce(s.name, ''), coalesce(c.subject_person_id, 0), c.source, coalesce(c.screening_id, 0), "
    "c.status, c.opened_at, coalesce(c.updated_at, ''), coalesce(c.subject_name, p.name, ''), "
    "coalesce(c.subject_sex, ''), coalesce(c.subject_birth_year, 0), coalesce(c.subject_height_cm, 0), "
    "coalesce(c.description, ''), coalesce(c.last_seen_date, ''), coalesce(c.last_seen_place, ''), "
    "coalesce(c.circumstances, ''), c.risk_level, coalesce(c.contacts, ''), coalesce(c.reporter_name, ''), "
    "coalesce(c.reporter_phone, ''), coalesce(c.report_text, ''), coalesce(c.outcome_date, ''), "
    "coalesce(c.crime_kind, ''), c.family_reunited, coalesce(d.case_no, ''), "
    "coalesce(c.officer_in_charge, 0), coalesce(oic.name, ''), coalesce(oic.badge, ''), c.mental_illness, "
    "c.suspected_crime "
    "FROM cases c LEFT JOIN operations o ON o.id = c.operation_id LEFT JOIN stations s ON s.id = "
    "c.station_id "
    "LEFT JOIN persons p ON p.id = c.subject_person_id LEFT JOIN cases d ON d.id = c.duplicate_of "
    "LEFT JOIN users oic ON oic.id = c.officer_in_charge "
    "WHERE c.id = :id");

const QString kList = QStringLiteral(
    "SELECT c.id, c.case_no, coalesce(c.subject_name, p.name, ''), coalesce(c.subject_birth_year, 0), "
    "coalesce(c.station_id, 0), coalesce(s.name, ''), c.opened_at, coalesce(l.at, ''), coalesce(l.kind, ''), "
    "c.status, c.risk_level, c.source, coalesce(c.outcome_date, ''), coalesce(c.officer_in_charge, 0), "
    "coalesce(oic.name, '') "
    "FROM cases c LEFT JOIN stations s ON s.id = c.station_id "
    "LEFT JOIN persons p ON p.id = c.subject_person_id LEFT JOIN users oic ON oic.id = c.officer_in_charge "
    "LEFT JOIN leads l ON l.id = (SELECT id FROM leads WHERE case_id = c.id ORDER BY at DESC, id DESC LIMIT "
    "1) "
    "WHERE %1 ORDER BY c.opened_at DESC, c.id DESC");

CaseFile readFile(const QSqlQuery& q, qint64 caseId)
{
    CaseFile c;
    c.id = caseId;
    c.uuid = q.value(0).toString();
    c.caseNo = q.value(1).toString();
    c.operationId = q.value(2).toLongLong();
    c.operationName = q.value(3).toString();
    c.station = q.value(5).toString();
    c.subjectPersonId = q.value(6).toLongLong();
    c.source = q.value(7).toString();
    c.screeningId = q.value(8).toLongLong();
    c.status = q.value(9).toString();
    c.openedAt = q.value(10).toString();
    c.updatedAt = q.value(11).toString();
    CaseFields& f = c.fields;
    f.stationId = q.value(4).toLongLong();
    f.subjectName = q.value(12).toString();
    f.subjectSex = q.value(13).toString();
    f.subjectBirthYear = q.value(14).toInt();
    f.subjectHeightCm = q.value(15).toInt();
    f.description = q.value(16).toString();
    f.lastSeenDate = QDate::fromString(q.value(17).toString(), Qt::ISODate);
    f.lastSeenPlace = q.value(18).toString();
    f.circumstances = q.value(19).toString();
    f.risk = q.value(20).toString();
    f.contacts = q.value(21).toString();
    f.reporterName = q.value(22).toString();
    f.reporterPhone = q.value(23).toString();
    f.reportText = q.value(24).toString();
    c.outcomeDate = QDate::fromString(q.value(25).toString(), Qt::ISODate);
    c.crimeKind = q.value(26).toString();
    c.familyReunited = q.value(27).toBool();
    c.duplicateOfCaseNo = q.value(28).toString();
    c.officerId = q.value(29).toLongLong();
    c.officerName = q.value(30).toString();
    c.officerBadge = q.value(31).toString();
    f.mentalIllness = q.value(32).toInt() != 0;
    f.suspectedCrime = q.value(33).toInt() != 0;
    return c;
}

// The list's WHERE clause and its binds, one condition per filter that narrows.
struct ListWhere
{
    QStringList conditions{QStringLiteral("1 = 1")};
    sql::Binds binds;
    void add(const QString& condition, const char* name = nullptr, const QVariant& value = {})
    {
        conditions << condition;
        if (name)
            binds.append(sql::bind(name, value));
    }
};

void addTextCondition(ListWhere& w, const QString& text)
{
    // A few thousand cases: a substring scan is instant, and finds 2-character names that the
    // trigram index cannot (TOOLCHAIN.md).
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char('%'), QStringLiteral("\\%"))
        .replace(QLatin1Char('_'), QStringLiteral("\\_"));
    const QString pattern = QStringLiteral("%") + escaped + QStringLiteral("%");
    w.add(QStringLiteral("(c.case_no LIKE :t1 ESCAPE '\\' OR c.subject_name LIKE :t2 ESCAPE '\\' OR "
                         "c.reporter_phone LIKE :t3 ESCAPE '\\')"));
    for (const char* name : {":t1", ":t2", ":t3"})
        w.binds.append(sql::bind(name, pattern));
}

ListWhere listWhere(const CaseFilter& f, std::optional<qint64> station, const QString& cutoff)
{
    ListWhere w;
    if (station)
        w.add(QStringLiteral("c.station_id = :station"), ":station", *station);
    if (!f.statuses.isEmpty()) {
        QStringList names;
        for (int i = 0; i < f.statuses.size(); ++i) {
            names << QStringLiteral(":st%1").arg(i);
            w.binds.append({names.last(), f.statuses.at(i)});
        }
        w.add(QStringLiteral("c.status IN (%1)").arg(names.join(QStringLiteral(", "))));
    }
    if (!f.risk.isEmpty())
        w.add(QStringLiteral("c.risk_level = :risk"), ":risk", f.risk);
    if (!f.source.isEmpty())
        w.add(QStringLiteral("c.source = :source"), ":source", f.source);
    if (f.openedFrom.isValid())
        w.add(QStringLiteral("c.opened_at >= :from"), ":from", f.openedFrom.toString(Qt::ISODate));
    if (f.openedTo.isValid())
        w.add(QStringLiteral("c.opened_at < :to"), ":to", f.openedTo.addDays(1).toString(Qt::ISODate));
    const QString text = f.text.normalized(QString::NormalizationForm_KC).simplified();
    if (!text.isEmpty())
        addTextCondition(w, text);
    if (f.officerId)
        w.add(QStringLiteral("c.officer_in_charge = :officer"), ":officer", f.officerId);
    if (f.overdueOnly) {
        w.add(QStringLiteral("c.status IN ('open', 'investigating') AND c.opened_at < :cut1 AND "
                             "coalesce(l.at, '') < :cut2"));
        w.binds << sql::bind(":cut1", cutoff) << sql::bind(":cut2", cutoff);
    }
    return w;
}
} // namespace

Result<std::optional<ScreenedSubject>> CaseStore::screenedSubject(qint64 screeningId) const
{
    auto q = sql::query(
        m_db,
        QStringLiteral(
            "SELECT s.person_id, s.operation_id, s.status, coalesce(a.station_id, 0), s.screened_at, "
            "coalesce(s.notes, ''), p.name, coalesce(p.birth_year, CAST(substr(p.birth_date, 1, 4) AS "
            "INTEGER), 0), coalesce(p.sex, '') "
            "FROM screenings s JOIN persons p ON p.id = s.person_id "
            "LEFT JOIN households h ON h.id = p.household_id LEFT JOIN areas a ON a.id = h.area_id "
            "WHERE s.id = :id"),
        {sql::bind(":id", screeningId)});
    if (!q)
        return q.error();
    if (!q.value().next())
        return std::optional<ScreenedSubject>();
    const QSqlQuery& r = *q;
    return std::optional<ScreenedSubject>(
        ScreenedSubject{r.value(0).toLongLong(), r.value(1).toLongLong(), r.value(3).toLongLong(),
                        r.value(2).toString(), r.value(4).toString(), r.value(5).toString(),
                        r.value(6).toString(), r.value(8).toString(), r.value(7).toInt()});
}

Result<std::optional<RegistrySubject>> CaseStore::registrySubject(qint64 personId) const
{
    auto q = sql::query(
        m_db,
        QStringLiteral("SELECT name, coalesce(sex, ''), coalesce(birth_year, "
                       "CAST(substr(birth_date, 1, 4) AS INTEGER), 0) FROM persons WHERE id = :id"),
        {sql::bind(":id", personId)});
    if (!q)
        return q.error();
    if (!q.value().next())
        return std::optional<RegistrySubject>();
    return std::optional<RegistrySubject>(
        RegistrySubject{q->value(0).toString(), q->value(1).toString(), q->value(2).toInt()});
}

Result<QString> CaseStore::activeCaseOf(qint64 personId) const
{
    const auto no = sql::scalar(m_db, kActiveCase, {sql::bind(":person", personId)});
    if (!no)
        return no.error();
    return no->toString();
}

Result<bool> CaseStore::stationExists(qint64 stationId) const
{
    const auto one = sql::scalar(m_db, QStringLiteral("SELECT 1 FROM stations WHERE id = :id"),
                                 {sql::bind(":id", stationId)});
    if (!one)
        return one.error();
    return one->isValid();
}

Result<qint64> CaseStore::stationOf(qint64 caseId) const
{
    const auto station =
        sql::scalar(m_db, QStringLiteral("SELECT coalesce(station_id, 0) FROM cases WHERE id = :id"),
                    {sql::bind(":id", caseId)});
    if (!station)
        return station.error();
    return station->toLongLong();
}

Result<bool> CaseStore::caseExists(qint64 caseId) const
{
    const auto one =
        sql::scalar(m_db, QStringLiteral("SELECT 1 FROM cases WHERE id = :id"), {sql::bind(":id", caseId)});
    if (!one)
        return one.error();
    return one->isValid();
}

Result<qint64> CaseStore::runningOperation(qint64 stationId, QDate day) const
{
    const QString d = day.toString(Qt::ISODate);
    const auto id = sql::scalar(
        m_db,
        QStringLiteral("SELECT id FROM operations o WHERE closed_at IS NULL AND start_date <= :d1 AND "
                       "end_date >= :d2 AND "
                       "(all_stations = 1 OR EXISTS (SELECT 1 FROM operation_stations s WHERE s.operation_id "
                       "= o.id AND s.station_id = :station)) ORDER BY start_date DESC, id DESC LIMIT 1"),
        {sql::bind(":d1", d), sql::bind(":d2", d), sql::bind(":station", stationId)});
    if (!id)
        return id.error();
    return id->toLongLong();
}

Result<QString> CaseStore::nextCaseNo(int year) const
{
    // Case numbers run per year: SZ<year>-<5 digits>.
    return nextRecordNumber(m_db, QStringLiteral("cases"), QStringLiteral("case_no"),
                            QStringLiteral("SZ%1-").arg(year));
}

Result<qint64> CaseStore::insert(const NewCase& c) const
{
    const CaseFields& f = c.fields;
    return sql::insert(m_db, kInsert,
                       {sql::bind(":uuid", QUuid::createUuid().toString(QUuid::WithoutBraces)),
                        sql::bind(":no", c.caseNo),
                        sql::bind(":op", sql::orNull(c.operationId)),
                        sql::bind(":station", sql::orNull(f.stationId)),
                        sql::bind(":person", sql::orNull(c.subjectPersonId)),
                        sql::bind(":source", c.source),
                        sql::bind(":screening", sql::orNull(c.screeningId)),
                        sql::bind(":reporter", text(f.reporterName)),
                        sql::bind(":phone", text(f.reporterPhone)),
                        sql::bind(":risk", f.risk),
                        sql::bind(":opened", c.openedAt),
                        sql::bind(":seen", sql::orNull(f.lastSeenDate)),
                        sql::bind(":place", text(f.lastSeenPlace)),
                        sql::bind(":circumstances", text(f.circumstances)),
                        sql::bind(":description", text(f.description)),
                        sql::bind(":contacts", text(f.contacts)),
                        sql::bind(":by", sql::orNull(c.createdBy)),
                        sql::bind(":name", f.subjectName),
                        sql::bind(":sex", text(f.subjectSex)),
                        sql::bind(":year", positive(f.subjectBirthYear)),
                        sql::bind(":height", positive(f.subjectHeightCm)),
                        sql::bind(":report", text(f.reportText)),
                        sql::bind(":mental", f.mentalIllness ? 1 : 0),
                        sql::bind(":crime", f.suspectedCrime ? 1 : 0)});
}

Result<QList<CaseListEntry>> CaseStore::list(const CaseFilter& filter, std::optional<qint64> station,
                                             const QString& overdueCutoff) const
{
    const ListWhere w = listWhere(filter, station, overdueCutoff);
    auto q = sql::query(m_db, kList.arg(w.conditions.join(QStringLiteral(" AND "))), w.binds);
    if (!q)
        return q.error();
    QList<CaseListEntry> rows;
    while (q.value().next()) {
        CaseListEntry e;
        CaseRow& r = e.row;
        r.id = q->value(0).toLongLong();
        r.caseNo = q->value(1).toString();
        r.subject = q->value(2).toString();
        e.birthYear = q->value(3).toInt();
        r.stationId = q->value(4).toLongLong();
        r.station = q->value(5).toString();
        r.openedAt = q->value(6).toString();
        r.lastLeadAt = q->value(7).toString();
        r.lastLeadKind = q->value(8).toString();
        r.status = q->value(9).toString();
        r.risk = q->value(10).toString();
        r.source = q->value(11).toString();
        e.outcomeDate = q->value(12).toString();
        r.officerId = q->value(13).toLongLong();
        r.officer = q->value(14).toString();
        rows << e;
    }
    return rows;
}

Result<std::optional<QPair<qint64, QString>>> CaseStore::findByNumber(const QString& caseNo) const
{
    auto q = sql::query(m_db, QStringLiteral("SELECT id, status FROM cases WHERE case_no = :no"),
                        {sql::bind(":no", caseNo)});
    if (!q)
        return q.error();
    if (!q.value().next())
        return std::optional<QPair<qint64, QString>>();
    return std::optional<QPair<qint64, QString>>(qMakePair(q->value(0).toLongLong(), q->value(1).toString()));
}

Result<std::optional<CaseFile>> CaseStore::file(qint64 caseId) const
{
    auto q = sql::query(m_db, kFile, {sql::bind(":id", caseId)});
    if (!q)
        return q.error();
    if (!q.value().next())
        return std::optional<CaseFile>();
    return std::optional<CaseFile>(readFile(*q, caseId));
}

Result<QList<Lead>> CaseStore::leads(qint64 caseId) const
{
    auto q = sql::query(m_db,
                        QStringLiteral("SELECT l.id, l.at, l.kind, l.text, coalesce(l.source, ''), "
                                       "coalesce(u.name, '') FROM leads l LEFT JOIN users u ON u.id = "
                                       "l.officer_id WHERE l.case_id = :id ORDER BY l.at DESC, l.id DESC"),
                        {sql::bind(":id", caseId)});
    if (!q)
        return q.error();
    QList<Lead> out;
    while (q.value().next())
        out << Lead{q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toString(),
                    q->value(3).toString(),   q->value(4).toString(), q->value(5).toString()};
    return out;
}

Result<QList<CaseLink>> CaseStore::links(qint64 caseId) const
{
    auto q = sql::query(
        m_db,
        QStringLiteral(
            "SELECT id, CASE WHEN a_kind = 'case' AND a_key = :k1 THEN b_kind ELSE a_kind END, "
            "CASE WHEN a_kind = 'case' AND a_key = :k2 THEN b_key ELSE a_key END, kind, confidence, "
            "coalesce(note, '') FROM links WHERE (a_kind = 'case' AND a_key = :k3) OR "
            "(b_kind = 'case' AND b_key = :k4) ORDER BY created_at, id"),
        {sql::bind(":k1", QString::number(caseId)), sql::bind(":k2", QString::number(caseId)),
         sql::bind(":k3", QString::number(caseId)), sql::bind(":k4", QString::number(caseId))});
    if (!q)
        return q.error();
    QList<CaseLink> out;
    while (q.value().next())
        out << CaseLink{q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toString(), QString(),
                        q->value(3).toString(),   q->value(4).toDouble(), q->value(5).toString()};
    for (CaseLink& l : out)
        l.otherLabel = otherLabel(l);
    return out;
}

QString CaseStore::otherLabel(const CaseLink& l) const
{
    QString select;
    if (l.otherKind == u"person")
        select = QStringLiteral(
            "SELECT name || coalesce(' (' || id_number || ')', '') FROM persons WHERE id = :id");
    else if (l.otherKind == u"case")
        select =
            QStringLiteral("SELECT case_no || coalesce(' ' || subject_name, '') FROM cases WHERE id = :id");
    else if (l.otherKind == u"household")
        select = QStringLiteral("SELECT household_no || ' ' || address FROM households WHERE id = :id");
    if (select.isEmpty())
        return l.otherKey;
    // A label is a nicety: the key stands in when the row is gone or cannot be read.
    const auto label = sql::scalar(m_db, select, {sql::bind(":id", l.otherKey.toLongLong())});
    return label && label->isValid() ? label->toString().simplified() : l.otherKey;
}

Status CaseStore::update(qint64 caseId, const CaseFields& f) const
{
    const auto changed = sql::execute(
        m_db,
        QStringLiteral(
            "UPDATE cases SET subject_name = :name, subject_sex = :sex, subject_birth_year = :year, "
            "subject_height_cm = :height, description = :description, last_seen_date = :seen, "
            "last_seen_place = :place, circumstances = :circumstances, risk_level = :risk, "
            "contacts = :contacts, reporter_name = :reporter, reporter_phone = :phone, "
            "report_text = :report, station_id = :station, mental_illness = :mental, "
            "suspected_crime = :crime WHERE id = :id"),
        {sql::bind(":name", f.subjectName), sql::bind(":sex", text(f.subjectSex)),
         sql::bind(":year", positive(f.subjectBirthYear)), sql::bind(":height", positive(f.subjectHeightCm)),
         sql::bind(":description", text(f.description)), sql::bind(":seen", sql::orNull(f.lastSeenDate)),
         sql::bind(":place", text(f.lastSeenPlace)), sql::bind(":circumstances", text(f.circumstances)),
         sql::bind(":risk", f.risk), sql::bind(":contacts", text(f.contacts)),
         sql::bind(":reporter", text(f.reporterName)), sql::bind(":phone", text(f.reporterPhone)),
         sql::bind(":report", text(f.reportText)), sql::bind(":station", f.stationId),
         sql::bind(":mental", f.mentalIllness ? 1 : 0), sql::bind(":crime", f.suspectedCrime ? 1 : 0),
         sql::bind(":id", caseId)});
    if (!changed)
        return changed.error();
    return {};
}

Result<qint64> CaseStore::insertLead(qint64 caseId, const LeadDraft& d, qint64 officerId) const
{
    return sql::insert(m_db,
                       QStringLiteral("INSERT INTO leads(case_id, at, kind, text, source, officer_id) "
                                      "VALUES (:case, :at, :kind, :text, :source, :officer)"),
                       {sql::bind(":case", caseId), sql::bind(":at", wallText(d.at)),
                        sql::bind(":kind", d.kind), sql::bind(":text", d.text.trimmed()),
                        sql::bind(":source", text(d.source)), sql::bind(":officer", sql::orNull(officerId))});
}

Status CaseStore::setStatus(qint64 caseId, const QString& status) const
{
    const auto changed =
        sql::execute(m_db, QStringLiteral("UPDATE cases SET status = :status WHERE id = :id"),
                     {sql::bind(":status", status), sql::bind(":id", caseId)});
    if (!changed)
        return changed.error();
    return {};
}

Status CaseStore::setOutcome(qint64 caseId, const CaseOutcome& o, qint64 duplicateOf) const
{
    const auto changed =
        sql::execute(m_db,
                     QStringLiteral("UPDATE cases SET status = :status, outcome_date = :date, "
                                    "duplicate_of = :duplicate WHERE id = :id"),
                     {sql::bind(":status", o.status), sql::bind(":date", o.date.toString(Qt::ISODate)),
                      sql::bind(":duplicate", sql::orNull(duplicateOf)), sql::bind(":id", caseId)});
    if (!changed)
        return changed.error();
    return {};
}

Status CaseStore::clearOutcome(qint64 caseId, const QString& status) const
{
    const auto changed = sql::execute(
        m_db,
        QStringLiteral("UPDATE cases SET status = :status, outcome_date = NULL, crime_kind = NULL, "
                       "family_reunited = 0, duplicate_of = NULL WHERE id = :id"),
        {sql::bind(":status", status), sql::bind(":id", caseId)});
    if (!changed)
        return changed.error();
    // A reopened case's person is missing again: their family's reunion goes with the outcome.
    const auto reunion = sql::execute(m_db, QStringLiteral("DELETE FROM reunions WHERE case_id = :id"),
                                      {sql::bind(":id", caseId)});
    if (!reunion)
        return reunion.error();
    return {};
}

Status CaseStore::setOfficer(qint64 caseId, qint64 officerId) const
{
    const auto changed =
        sql::execute(m_db, QStringLiteral("UPDATE cases SET officer_in_charge = :officer WHERE id = :id"),
                     {sql::bind(":officer", sql::orNull(officerId)), sql::bind(":id", caseId)});
    if (!changed)
        return changed.error();
    return {};
}

Result<QList<CaseOfficer>> CaseStore::officers(const QString& badge) const
{
    // Roles that may edit cases: investigators, supervisors, administrators.
    auto q = sql::query(
        m_db,
        QStringLiteral(
            "SELECT u.id, u.badge, u.name, u.role, coalesce(u.station_id, 0), coalesce(s.name, '') "
            "FROM users u LEFT JOIN stations s ON s.id = u.station_id WHERE u.active = 1 AND "
            "u.role IN ('investigator', 'supervisor', 'admin') AND (:b1 = 0 OR u.badge = :b2) "
            "ORDER BY u.name, u.badge"),
        {sql::bind(":b1", badge.isEmpty() ? 0 : 1), sql::bind(":b2", badge)});
    if (!q)
        return q.error();
    QList<CaseOfficer> out;
    while (q.value().next())
        out << CaseOfficer{q->value(0).toLongLong(), q->value(1).toString(),   q->value(2).toString(),
                           q->value(3).toString(),   q->value(4).toLongLong(), q->value(5).toString()};
    return out;
}

Status CaseStore::touch(qint64 caseId, const QString& updatedAt) const
{
    const auto changed =
        sql::execute(m_db, QStringLiteral("UPDATE cases SET updated_at = :at WHERE id = :id"),
                     {sql::bind(":at", updatedAt), sql::bind(":id", caseId)});
    if (!changed)
        return changed.error();
    return {};
}

} // namespace hc
