// CaseService's reads: the case list with its filters and the whole case file.

#include "core/cases/CaseService.h"

#include "core/cases/RecordNumbers.h"
#include "core/common/Clock.h"
#include "core/storage/Database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace hc {

namespace {
// The last activity on a case: its latest lead, or its opening when it has none.
QDateTime lastActivity(const QString& openedAt, const QString& lastLeadAt)
{
    const QString latest = lastLeadAt > openedAt ? lastLeadAt : openedAt;
    return QDateTime(QDate::fromString(latest.left(10), Qt::ISODate),
                     QTime::fromString(latest.mid(11, 8), Qt::ISODate), Qt::UTC);
}
bool isActive(const QString& status)
{
    return status == u"open" || status == u"investigating";
}
QDateTime wallNow()
{
    const QDateTime now = Clock::instance().now();
    return QDateTime(now.date(), now.time(), Qt::UTC);
}
} // namespace

Result<QList<CaseRow>> CaseService::list(const CaseFilter& f) const
{
    const QDateTime now = wallNow();
    const QString cutoff = wallText(now.addDays(-kOverdueDays));
    QString where = QStringLiteral("1 = 1");
    QList<QPair<QString, QVariant>> binds;
    auto bind = [&binds](const QString& name, const QVariant& v) { binds.append({name, v}); };

    qint64 station = f.stationId;
    bool scoped = station != 0;
    if (!m_actor.can(Right::EditCases) && !m_actor.can(Right::ViewAllStations)) {
        // An officer works on the own station's cases (none without a station).
        if (station && station != m_actor.stationId)
            return denied(tr("Officers see their own station's cases only."));
        station = m_actor.stationId;
        scoped = true;
    }
    if (scoped) {
        where += QStringLiteral(" AND c.station_id = :station");
        bind(QStringLiteral(":station"), station);
    }
    if (!f.statuses.isEmpty()) {
        QStringList names;
        for (int i = 0; i < f.statuses.size(); ++i) {
            names << QStringLiteral(":st%1").arg(i);
            bind(names.last(), f.statuses.at(i));
        }
        where += QStringLiteral(" AND c.status IN (%1)").arg(names.join(QStringLiteral(", ")));
    }
    if (!f.risk.isEmpty()) {
        where += QStringLiteral(" AND c.risk_level = :risk");
        bind(QStringLiteral(":risk"), f.risk);
    }
    if (!f.source.isEmpty()) {
        where += QStringLiteral(" AND c.source = :source");
        bind(QStringLiteral(":source"), f.source);
    }
    if (f.openedFrom.isValid()) {
        where += QStringLiteral(" AND c.opened_at >= :from");
        bind(QStringLiteral(":from"), f.openedFrom.toString(Qt::ISODate));
    }
    if (f.openedTo.isValid()) {
        where += QStringLiteral(" AND c.opened_at < :to");
        bind(QStringLiteral(":to"), f.openedTo.addDays(1).toString(Qt::ISODate));
    }
    const QString text = f.text.normalized(QString::NormalizationForm_KC).simplified();
    if (!text.isEmpty()) {
        // A few thousand cases: a substring scan is instant, and finds 2-character names that the
        // trigram index cannot (TOOLCHAIN.md).
        where += QStringLiteral(" AND (c.case_no LIKE :t1 ESCAPE '\\' OR c.subject_name LIKE :t2 ESCAPE "
                                "'\\' OR c.reporter_phone LIKE :t3 ESCAPE '\\')");
        QString escaped = text;
        escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
            .replace(QLatin1Char('%'), QStringLiteral("\\%"))
            .replace(QLatin1Char('_'), QStringLiteral("\\_"));
        for (const char* name : {":t1", ":t2", ":t3"})
            bind(QLatin1String(name), QStringLiteral("%") + escaped + QStringLiteral("%"));
    }
    if (f.overdueOnly) {
        where += QStringLiteral(" AND c.status IN ('open', 'investigating') AND c.opened_at < :cut1 AND "
                                "coalesce(l.at, '') < :cut2");
        bind(QStringLiteral(":cut1"), cutoff);
        bind(QStringLiteral(":cut2"), cutoff);
    }

    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    const QString sql = QStringLiteral("SELECT c.id, c.case_no, coalesce(c.subject_name, p.name, ''), "
                                       "coalesce(c.subject_birth_year, 0), "
                                       "coalesce(c.station_id, 0), coalesce(s.name, ''), c.opened_at, "
                                       "coalesce(l.at, ''), coalesce(l.kind, ''), "
                                       "c.status, c.risk_level, c.source, coalesce(c.outcome_date, '') "
                                       "FROM cases c LEFT JOIN stations s ON s.id = c.station_id "
                                       "LEFT JOIN persons p ON p.id = c.subject_person_id "
                                       "LEFT JOIN leads l ON l.id = (SELECT id FROM leads WHERE case_id = "
                                       "c.id ORDER BY at DESC, id DESC LIMIT 1) "
                                       "WHERE %1 ORDER BY c.opened_at DESC, c.id DESC")
                            .arg(where);
    if (!q.prepare(sql))
        return storageError(q.lastError().text());
    for (const auto& [name, value] : binds)
        q.bindValue(name, value);
    if (!q.exec())
        return storageError(q.lastError().text());
    const QDate today = now.date();
    QList<CaseRow> rows;
    while (q.next()) {
        CaseRow r;
        r.id = q.value(0).toLongLong();
        r.caseNo = q.value(1).toString();
        r.subject = q.value(2).toString();
        const int birthYear = q.value(3).toInt();
        r.age = birthYear ? today.year() - birthYear : -1;
        r.stationId = q.value(4).toLongLong();
        r.station = q.value(5).toString();
        r.openedAt = q.value(6).toString();
        r.lastLeadAt = q.value(7).toString();
        r.lastLeadKind = q.value(8).toString();
        r.status = q.value(9).toString();
        r.risk = q.value(10).toString();
        r.source = q.value(11).toString();
        const QDate opened = QDate::fromString(r.openedAt.left(10), Qt::ISODate);
        const QDate until =
            isActive(r.status) ? today : QDate::fromString(q.value(12).toString(), Qt::ISODate);
        r.daysOpen = opened.isValid() && until.isValid() ? int(std::max<qint64>(0, opened.daysTo(until))) : 0;
        r.overdue = isActive(r.status) && lastActivity(r.openedAt, r.lastLeadAt) < now.addDays(-kOverdueDays);
        rows << r;
    }
    return rows;
}

Result<qint64> CaseService::findByNumber(const QString& caseNo) const
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT id FROM cases WHERE case_no = ?"));
    q.addBindValue(caseNo.trimmed().toUpper());
    if (!q.exec())
        return storageError(q.lastError().text());
    if (!q.next())
        return notFound(QStringLiteral("case"), tr("There is no case %1.").arg(caseNo.trimmed()));
    return q.value(0).toLongLong();
}

Result<CaseFile> CaseService::load(qint64 caseId) const
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral(
        "SELECT c.uuid, c.case_no, coalesce(c.operation_id, 0), coalesce(o.name, ''), coalesce(c.station_id, "
        "0), "
        "coalesce(s.name, ''), coalesce(c.subject_person_id, 0), c.source, coalesce(c.screening_id, 0), "
        "c.status, c.opened_at, coalesce(c.updated_at, ''), coalesce(c.subject_name, p.name, ''), "
        "coalesce(c.subject_sex, ''), coalesce(c.subject_birth_year, 0), coalesce(c.subject_height_cm, 0), "
        "coalesce(c.description, ''), coalesce(c.last_seen_date, ''), coalesce(c.last_seen_place, ''), "
        "coalesce(c.circumstances, ''), c.risk_level, coalesce(c.contacts, ''), coalesce(c.reporter_name, "
        "''), "
        "coalesce(c.reporter_phone, ''), coalesce(c.report_text, ''), coalesce(c.outcome_date, ''), "
        "coalesce(c.crime_kind, ''), c.family_reunited, coalesce(d.case_no, '') "
        "FROM cases c LEFT JOIN operations o ON o.id = c.operation_id LEFT JOIN stations s ON s.id = "
        "c.station_id "
        "LEFT JOIN persons p ON p.id = c.subject_person_id LEFT JOIN cases d ON d.id = c.duplicate_of "
        "WHERE c.id = ?"));
    q.addBindValue(caseId);
    if (!q.exec())
        return storageError(q.lastError().text());
    if (!q.next())
        return notFound(QStringLiteral("case"), tr("There is no case number %1.").arg(caseId));
    CaseFile c;
    c.id = caseId;
    c.uuid = q.value(0).toString();
    c.caseNo = q.value(1).toString();
    c.operationId = q.value(2).toLongLong();
    c.operationName = q.value(3).toString();
    c.fields.stationId = q.value(4).toLongLong();
    c.station = q.value(5).toString();
    c.subjectPersonId = q.value(6).toLongLong();
    c.source = q.value(7).toString();
    c.screeningId = q.value(8).toLongLong();
    c.status = q.value(9).toString();
    c.openedAt = q.value(10).toString();
    c.updatedAt = q.value(11).toString();
    CaseFields& f = c.fields;
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
    q.finish();
    if (Status s = visible(c.fields.stationId); !s)
        return s.error();

    q.prepare(
        QStringLiteral("SELECT l.id, l.at, l.kind, l.text, coalesce(l.source, ''), coalesce(u.name, '') "
                       "FROM leads l LEFT JOIN users u ON u.id = l.officer_id WHERE l.case_id = ? "
                       "ORDER BY l.at DESC, l.id DESC"));
    q.addBindValue(caseId);
    if (!q.exec())
        return storageError(q.lastError().text());
    while (q.next())
        c.leads << Lead{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                        q.value(3).toString(),   q.value(4).toString(), q.value(5).toString()};
    q.finish();
    c.overdue =
        !c.isClosed() && lastActivity(c.openedAt, c.leads.isEmpty() ? QString() : c.leads.first().at) <
                             wallNow().addDays(-kOverdueDays);

    // Links with this case at either end, seen from the case: the other end and a label for it.
    const QString key = QString::number(caseId);
    q.prepare(QStringLiteral(
        "SELECT id, CASE WHEN a_kind = 'case' AND a_key = ? THEN b_kind ELSE a_kind END, "
        "CASE WHEN a_kind = 'case' AND a_key = ? THEN b_key ELSE a_key END, kind, confidence, "
        "coalesce(note, '') FROM links WHERE (a_kind = 'case' AND a_key = ?) OR (b_kind = 'case' AND "
        "b_key = ?) ORDER BY created_at, id"));
    for (int i = 0; i < 4; ++i)
        q.addBindValue(key);
    if (!q.exec())
        return storageError(q.lastError().text());
    while (q.next())
        c.links << CaseLink{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), QString(),
                            q.value(3).toString(),   q.value(4).toDouble(), q.value(5).toString()};
    q.finish();
    QSqlQuery label(m_db.sql());
    for (CaseLink& l : c.links) {
        l.otherLabel = l.otherKey;
        QString sql;
        if (l.otherKind == u"person")
            sql = QStringLiteral(
                "SELECT name || coalesce(' (' || id_number || ')', '') FROM persons WHERE id = ?");
        else if (l.otherKind == u"case")
            sql =
                QStringLiteral("SELECT case_no || coalesce(' ' || subject_name, '') FROM cases WHERE id = ?");
        else if (l.otherKind == u"household")
            sql = QStringLiteral("SELECT household_no || ' ' || address FROM households WHERE id = ?");
        if (sql.isEmpty())
            continue;
        label.prepare(sql);
        label.addBindValue(l.otherKey.toLongLong());
        if (label.exec() && label.next())
            l.otherLabel = label.value(0).toString().simplified();
        label.finish();
    }
    return c;
}

} // namespace hc
