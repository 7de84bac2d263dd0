#include "core/cases/FoundPersonStore.h"

#include "core/cases/RecordNumberStore.h"
#include "core/storage/Sql.h"

#include <QUuid>

namespace hc {

namespace {
// Free text is stored trimmed, NULL when nothing is left.
QVariant text(const QString& s)
{
    return sql::orNull(s.trimmed());
}
QVariant orUnknown(int v)
{
    return v >= 0 ? QVariant(v) : QVariant();
}

const QString kSelect = QStringLiteral(
    "SELECT f.id, f.record_no, f.circumstance, coalesce(f.sex, ''), coalesce(f.age_min, -1), "
    "coalesce(f.age_max, -1), coalesce(f.height_cm, 0), coalesce(f.name_given, ''), coalesce(f.marks, ''), "
    "f.place_found, f.found_date, coalesce(f.notes, ''), coalesce(f.station_id, 0), coalesce(s.name, ''), "
    "f.status, coalesce(f.matched_case_id, 0), coalesce(c.case_no, ''), f.created_at "
    "FROM found_persons f LEFT JOIN stations s ON s.id = f.station_id "
    "LEFT JOIN cases c ON c.id = f.matched_case_id ");

FoundPerson readRecord(const QSqlQuery& q)
{
    FoundPerson r;
    r.id = q.value(0).toLongLong();
    r.recordNo = q.value(1).toString();
    r.circumstance = q.value(2).toString();
    r.sex = q.value(3).toString();
    r.ageMin = q.value(4).toInt();
    r.ageMax = q.value(5).toInt();
    r.heightCm = q.value(6).toInt();
    r.nameGiven = q.value(7).toString();
    r.marks = q.value(8).toString();
    r.placeFound = q.value(9).toString();
    r.foundDate = QDate::fromString(q.value(10).toString(), Qt::ISODate);
    r.notes = q.value(11).toString();
    r.stationId = q.value(12).toLongLong();
    r.station = q.value(13).toString();
    r.status = q.value(14).toString();
    r.matchedCaseId = q.value(15).toLongLong();
    r.matchedCaseNo = q.value(16).toString();
    r.createdAt = q.value(17).toString();
    return r;
}

// The columns insert and update share, bound from the record.
sql::Binds fieldBinds(const FoundPerson& r)
{
    return {sql::bind(":circumstance", r.circumstance),
            sql::bind(":station", sql::orNull(r.stationId)),
            sql::bind(":sex", text(r.sex)),
            sql::bind(":age_min", orUnknown(r.ageMin)),
            sql::bind(":age_max", orUnknown(r.ageMax)),
            sql::bind(":height", r.heightCm ? QVariant(r.heightCm) : QVariant()),
            sql::bind(":name", text(r.nameGiven)),
            sql::bind(":marks", text(r.marks)),
            sql::bind(":place", r.placeFound.trimmed()),
            sql::bind(":found", r.foundDate.toString(Qt::ISODate)),
            sql::bind(":notes", text(r.notes)),
            sql::bind(":status", r.status),
            sql::bind(":matched", sql::orNull(r.matchedCaseId))};
}
} // namespace

Result<QString> FoundPersonStore::nextRecordNo(int year) const
{
    return nextRecordNumber(m_db, QStringLiteral("found_persons"), QStringLiteral("record_no"),
                            QStringLiteral("WM%1-").arg(year));
}

Result<qint64> FoundPersonStore::insert(const FoundPerson& r, qint64 createdBy) const
{
    sql::Binds binds = fieldBinds(r);
    binds << sql::bind(":uuid", QUuid::createUuid().toString(QUuid::WithoutBraces))
          << sql::bind(":no", r.recordNo) << sql::bind(":by", sql::orNull(createdBy))
          << sql::bind(":created", r.createdAt);
    return sql::insert(
        m_db,
        QStringLiteral(
            "INSERT INTO found_persons(uuid, record_no, circumstance, station_id, sex, age_min, "
            "age_max, height_cm, name_given, marks, place_found, found_date, notes, status, "
            "matched_case_id, created_by, created_at) VALUES (:uuid, :no, :circumstance, :station, "
            ":sex, :age_min, :age_max, :height, :name, :marks, :place, :found, :notes, :status, "
            ":matched, :by, :created)"),
        binds);
}

Status FoundPersonStore::update(qint64 id, const FoundPerson& r) const
{
    sql::Binds binds = fieldBinds(r);
    binds << sql::bind(":id", id);
    const auto changed = sql::execute(
        m_db,
        QStringLiteral(
            "UPDATE found_persons SET circumstance = :circumstance, station_id = :station, sex = :sex, "
            "age_min = :age_min, age_max = :age_max, height_cm = :height, name_given = :name, "
            "marks = :marks, place_found = :place, found_date = :found, notes = :notes, "
            "status = :status, matched_case_id = :matched WHERE id = :id"),
        binds);
    if (!changed)
        return changed.error();
    return {};
}

Result<qint64> FoundPersonStore::idOf(const QString& recordNo) const
{
    const auto id = sql::scalar(m_db, QStringLiteral("SELECT id FROM found_persons WHERE record_no = :no"),
                                {{QStringLiteral(":no"), recordNo}});
    if (!id)
        return id.error();
    return id->toLongLong();
}

Result<std::optional<FoundPerson>> FoundPersonStore::load(qint64 id) const
{
    auto q = sql::query(m_db, kSelect + QStringLiteral("WHERE f.id = :id"), {sql::bind(":id", id)});
    if (!q)
        return q.error();
    if (!q.value().next())
        return std::optional<FoundPerson>();
    return std::optional<FoundPerson>(readRecord(*q));
}

Result<QList<FoundPerson>> FoundPersonStore::list(const FoundPersonFilter& f) const
{
    QString where = QStringLiteral("WHERE 1 = 1");
    sql::Binds binds;
    auto narrow = [&](const QString& condition, const char* name, const QVariant& value) {
        where += QStringLiteral(" AND ") + condition;
        binds << sql::bind(name, value);
    };
    if (!f.status.isEmpty())
        narrow(QStringLiteral("f.status = :status"), ":status", f.status);
    if (!f.circumstance.isEmpty())
        narrow(QStringLiteral("f.circumstance = :circ"), ":circ", f.circumstance);
    if (!f.sex.isEmpty())
        narrow(QStringLiteral("f.sex = :sex"), ":sex", f.sex);
    if (f.stationId)
        narrow(QStringLiteral("f.station_id = :station"), ":station", f.stationId);
    const QString text = f.text.simplified();
    if (!text.isEmpty()) {
        const auto has = [this](const char* column, const char* name) {
            return sql::containsText(m_db, QLatin1String(column), QLatin1String(name));
        };
        where += QStringLiteral(" AND (%1 OR %2 OR %3 OR %4)")
                     .arg(has("f.record_no", ":t1"), has("coalesce(f.name_given, '')", ":t2"),
                          has("f.place_found", ":t3"), has("coalesce(f.marks, '')", ":t4"));
        for (const char* name : {":t1", ":t2", ":t3", ":t4"})
            binds << sql::bind(name, text);
    }
    auto q =
        sql::query(m_db, kSelect + where + QStringLiteral(" ORDER BY f.found_date DESC, f.id DESC"), binds);
    if (!q)
        return q.error();
    QList<FoundPerson> rows;
    while (q.value().next())
        rows << readRecord(*q);
    return rows;
}

} // namespace hc
