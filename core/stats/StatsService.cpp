#include "core/stats/StatsService.h"

#include "core/operations/OperationService.h"
#include "core/registry/Vocabulary.h"
#include "core/storage/Database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace hc {

namespace {
QMap<QString, qint64> zeroed(Vocabulary::Kind kind)
{
    QMap<QString, qint64> m;
    for (const QString& c : Vocabulary::codes(kind))
        m.insert(c, 0);
    return m;
}

QJsonObject toObject(const QMap<QString, qint64>& m)
{
    QJsonObject o;
    for (auto it = m.begin(); it != m.end(); ++it)
        o.insert(it.key(), it.value());
    return o;
}
} // namespace

QJsonObject OperationStats::toJson() const
{
    return QJsonObject{
        {QStringLiteral("households_in_scope"), householdsInScope},
        {QStringLiteral("households_visited"), householdsVisited},
        {QStringLiteral("households_covered"), householdsCovered},
        {QStringLiteral("revisits_pending"), revisitsPending},
        {QStringLiteral("visits"), visits},
        {QStringLiteral("person_checks"), personChecks},
        {QStringLiteral("persons_screened"), personsScreened},
        {QStringLiteral("checks_by_status"), toObject(checksByStatus)},
        {QStringLiteral("persons_by_latest_status"), toObject(personsByLatestStatus)},
        {QStringLiteral("unregistered_found"), unregisteredFound},
        {QStringLiteral("cases_opened"), casesOpened},
        {QStringLiteral("cases_by_status"), toObject(casesByStatus)},
        {QStringLiteral("cases_by_source"), toObject(casesBySource)},
        {QStringLiteral("found_alive"), foundAlive},
        {QStringLiteral("rescued"), rescued},
        {QStringLiteral("found_deceased"), foundDeceased},
        {QStringLiteral("families_reunited"), familiesReunited},
        {QStringLiteral("crimes_uncovered"), toObject(crimesUncovered)},
    };
}

StatsService::StatsService(Database& db) : m_db(db) {}

Result<OperationStats> StatsService::compute(const QString& operationName) const
{
    const auto op = OperationService(m_db, Actor{}).find(operationName);
    if (!op)
        return op.error();
    return compute(op->id);
}

// Households in scope and the case figures: cheap aggregates, shared by both paths.
Result<OperationStats> StatsService::common(qint64 operationId) const
{
    OperationStats s;
    s.checksByStatus = zeroed(Vocabulary::Kind::Status);
    s.personsByLatestStatus = zeroed(Vocabulary::Kind::Status);
    s.casesByStatus = zeroed(Vocabulary::Kind::CaseStatus);
    s.crimesUncovered = zeroed(Vocabulary::Kind::CrimeKind);
    s.casesBySource = zeroed(Vocabulary::Kind::CaseSource);

    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT all_stations FROM operations WHERE id = ?"));
    q.addBindValue(operationId);
    if (!q.exec() || !q.next())
        return notFound(QStringLiteral("operation"), tr("There is no operation number %1.").arg(operationId));
    const bool all = q.value(0).toBool();
    q.finish();
    if (all) {
        q.exec(QStringLiteral("SELECT count(*) FROM households"));
    } else {
        q.prepare(QStringLiteral("SELECT count(*) FROM households h JOIN areas a ON a.id = h.area_id "
                                 "JOIN operation_stations os ON os.station_id = a.station_id "
                                 "WHERE os.operation_id = ?"));
        q.addBindValue(operationId);
        q.exec();
    }
    if (!q.next())
        return storageError(q.lastError().text());
    s.householdsInScope = q.value(0).toLongLong();
    q.finish();

    q.prepare(
        QStringLiteral("SELECT status, count(*), sum(family_reunited) FROM cases WHERE operation_id = ? "
                       "GROUP BY status"));
    q.addBindValue(operationId);
    if (!q.exec())
        return storageError(q.lastError().text());
    while (q.next()) {
        s.casesByStatus[q.value(0).toString()] = q.value(1).toLongLong();
        s.casesOpened += q.value(1).toLongLong();
        s.familiesReunited += q.value(2).toLongLong();
    }
    q.prepare(QStringLiteral("SELECT source, count(*) FROM cases WHERE operation_id = ? GROUP BY source"));
    q.addBindValue(operationId);
    if (!q.exec())
        return storageError(q.lastError().text());
    while (q.next())
        s.casesBySource[q.value(0).toString()] = q.value(1).toLongLong();
    s.foundAlive = s.casesByStatus.value(QStringLiteral("found_alive"));
    s.rescued = s.casesByStatus.value(QStringLiteral("rescued"));
    s.foundDeceased = s.casesByStatus.value(QStringLiteral("found_deceased"));

    q.prepare(
        QStringLiteral("SELECT crime_kind, count(*) FROM cases WHERE operation_id = ? AND crime_kind IS NOT "
                       "NULL AND status <> 'duplicate' GROUP BY crime_kind"));
    q.addBindValue(operationId);
    if (!q.exec())
        return storageError(q.lastError().text());
    while (q.next())
        s.crimesUncovered[q.value(0).toString()] = q.value(1).toLongLong();
    return s;
}

Result<OperationStats> StatsService::compute(qint64 operationId) const
{
    auto r = common(operationId);
    if (!r)
        return r;
    OperationStats s = std::move(r).value();
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT name, value FROM op_counters WHERE operation_id = ?"));
    q.addBindValue(operationId);
    if (!q.exec())
        return storageError(q.lastError().text());
    while (q.next()) {
        const QString name = q.value(0).toString();
        const qint64 v = q.value(1).toLongLong();
        if (name == u"visits")
            s.visits = v;
        else if (name == u"households_visited")
            s.householdsVisited = v;
        else if (name == u"households_covered")
            s.householdsCovered = v;
        else if (name == u"person_checks")
            s.personChecks = v;
        else if (name == u"persons_screened")
            s.personsScreened = v;
        else if (name == u"unregistered_found")
            s.unregisteredFound = v;
        else if (name.startsWith(u"checks."))
            s.checksByStatus[name.mid(7)] = v;
        else if (name.startsWith(u"latest."))
            s.personsByLatestStatus[name.mid(7)] = v;
    }
    s.revisitsPending = s.householdsVisited - s.householdsCovered;
    return s;
}

Result<OperationStats> StatsService::recount(qint64 operationId) const
{
    auto r = common(operationId);
    if (!r)
        return r;
    OperationStats s = std::move(r).value();
    QSqlQuery q(m_db.sql());
    auto scalar = [&](const QString& sql) -> qint64 {
        q.prepare(sql);
        q.addBindValue(operationId);
        if (!q.exec() || !q.next())
            return -1;
        const qint64 v = q.value(0).toLongLong();
        q.finish();
        return v;
    };
    s.visits = scalar(QStringLiteral("SELECT count(*) FROM visits WHERE operation_id = ?"));
    s.householdsVisited =
        scalar(QStringLiteral("SELECT count(DISTINCT household_id) FROM visits WHERE operation_id = ?"));
    s.householdsCovered =
        scalar(QStringLiteral("SELECT count(DISTINCT household_id) FROM visits WHERE operation_id = ? "
                              "AND outcome IN ('completed', 'vacant', 'demolished')"));
    s.revisitsPending = s.householdsVisited - s.householdsCovered;
    // From the visits where there is one (this checks the copies the triggers keep in the
    // screenings), from the screening itself for a follow-up check without a visit.
    const QString scr =
        QStringLiteral("(SELECT s.id, s.person_id, s.status, coalesce(v.operation_id, s.operation_id) AS op, "
                       "coalesce(v.visited_at, s.screened_at) AS at FROM screenings s LEFT JOIN visits v ON "
                       "v.id = s.visit_id)");
    s.personChecks = scalar(QStringLiteral("SELECT count(*) FROM %1 WHERE op = ?").arg(scr));
    s.personsScreened =
        scalar(QStringLiteral("SELECT count(DISTINCT person_id) FROM %1 WHERE op = ?").arg(scr));
    s.unregisteredFound =
        scalar(QStringLiteral(
                   "SELECT count(DISTINCT person_id) FROM %1 WHERE op = ? AND status = 'unregistered_found'")
                   .arg(scr));
    q.prepare(QStringLiteral("SELECT status, count(*) FROM %1 WHERE op = ? GROUP BY status").arg(scr));
    q.addBindValue(operationId);
    if (!q.exec())
        return storageError(q.lastError().text());
    while (q.next())
        s.checksByStatus[q.value(0).toString()] = q.value(1).toLongLong();
    // Latest screening per person: the latest time, ties broken by the screening's id.
    q.prepare(
        QStringLiteral(
            "SELECT status, count(*) FROM ("
            "  SELECT status, row_number() OVER (PARTITION BY person_id ORDER BY at DESC, id DESC) AS rn"
            "  FROM %1 WHERE op = ?"
            ") WHERE rn = 1 GROUP BY status")
            .arg(scr));
    q.addBindValue(operationId);
    if (!q.exec())
        return storageError(q.lastError().text());
    while (q.next())
        s.personsByLatestStatus[q.value(0).toString()] = q.value(1).toLongLong();
    return s;
}

QString StatsService::formatTable(const OperationStats& s)
{
    QList<QPair<QString, qint64>> rows = {
        {tr("Households in scope"), s.householdsInScope},
        {tr("Households visited"), s.householdsVisited},
        {tr("Households covered"), s.householdsCovered},
        {tr("Revisits pending"), s.revisitsPending},
        {tr("Visits"), s.visits},
        {tr("Person-checks"), s.personChecks},
        {tr("Persons screened"), s.personsScreened},
    };
    for (auto it = s.checksByStatus.begin(); it != s.checksByStatus.end(); ++it)
        rows.append(
            {tr("Checks: %1").arg(Vocabulary::label(Vocabulary::Kind::Status, it.key())), it.value()});
    for (auto it = s.personsByLatestStatus.begin(); it != s.personsByLatestStatus.end(); ++it)
        rows.append(
            {tr("Persons now: %1").arg(Vocabulary::label(Vocabulary::Kind::Status, it.key())), it.value()});
    rows.append({tr("Unregistered people found"), s.unregisteredFound});
    rows.append({tr("Cases opened"), s.casesOpened});
    for (auto it = s.casesBySource.begin(); it != s.casesBySource.end(); ++it)
        rows.append(
            {tr("Cases opened from: %1").arg(Vocabulary::label(Vocabulary::Kind::CaseSource, it.key())),
             it.value()});
    for (auto it = s.casesByStatus.begin(); it != s.casesByStatus.end(); ++it)
        rows.append(
            {tr("Cases: %1").arg(Vocabulary::label(Vocabulary::Kind::CaseStatus, it.key())), it.value()});
    rows.append({tr("Found alive"), s.foundAlive});
    rows.append({tr("Rescued"), s.rescued});
    rows.append({tr("Found deceased"), s.foundDeceased});
    rows.append({tr("Families reunited"), s.familiesReunited});
    for (auto it = s.crimesUncovered.begin(); it != s.crimesUncovered.end(); ++it)
        rows.append({tr("Crimes uncovered: %1").arg(Vocabulary::label(Vocabulary::Kind::CrimeKind, it.key())),
                     it.value()});

    // Align on display width: a CJK character takes two terminal columns.
    auto width = [](const QString& t) {
        int w = 0;
        for (QChar c : t)
            w += (c.unicode() >= 0x1100 &&
                  (c.unicode() <= 0x115F || (c.unicode() >= 0x2E80 && c.unicode() <= 0xFFDC)))
                     ? 2
                     : 1;
        return w;
    };
    int labelWidth = 0;
    for (const auto& r : rows)
        labelWidth = std::max(labelWidth, width(r.first));
    QString out;
    for (const auto& r : rows) {
        out += r.first + QString(labelWidth - width(r.first) + 2, QLatin1Char(' '));
        out += QStringLiteral("%1\n").arg(r.second, 10);
    }
    return out;
}

} // namespace hc
