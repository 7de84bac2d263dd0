#include "core/cases/FoundPersonService.h"

#include "core/cases/CaseJson.h"

#include "core/audit/AuditLog.h"
#include "core/cases/RecordNumbers.h"
#include "core/common/Clock.h"
#include "core/registry/Vocabulary.h"
#include "core/storage/Database.h"
#include "core/storage/Transaction.h"

#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace hc {

namespace {
QVariant orNull(const QString& s)
{
    return s.trimmed().isEmpty() ? QVariant() : QVariant(s.trimmed());
}
QVariant orNull(qint64 v)
{
    return v ? QVariant(v) : QVariant();
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
} // namespace

FoundPersonService::FoundPersonService(Database& db, Actor actor) : m_db(db), m_actor(std::move(actor)) {}

Status FoundPersonService::validate(const FoundPerson& r) const
{
    if (!m_actor.can(Right::EditCases))
        return denied(Roles::deniedMessage(m_actor, tr("record found persons")));
    if (!Vocabulary::codes(Vocabulary::Kind::FoundCircumstance).contains(r.circumstance))
        return invalid(QStringLiteral("circumstance"),
                       tr("Choose where the person was found: shelter, hospital, remains or other."));
    if (!r.sex.isEmpty() && r.sex != u"M" && r.sex != u"F")
        return invalid(QStringLiteral("sex"), tr("Choose male or female, or leave it open."));
    if (r.ageMin < -1 || r.ageMin > 120)
        return invalid(QStringLiteral("age_min"), tr("The lowest estimated age must be between 0 and 120."));
    if (r.ageMax < -1 || r.ageMax > 120)
        return invalid(QStringLiteral("age_max"), tr("The highest estimated age must be between 0 and 120."));
    if (r.ageMin >= 0 && r.ageMax >= 0 && r.ageMin > r.ageMax)
        return invalid(QStringLiteral("age_max"),
                       tr("The highest estimated age is below the lowest (%1).").arg(r.ageMin));
    if (r.heightCm < 0 || r.heightCm > 259)
        return invalid(QStringLiteral("height_cm"), tr("The height is in centimetres, between 1 and 259."));
    if (r.placeFound.trimmed().isEmpty())
        return invalid(QStringLiteral("place_found"), tr("Enter where the person was found."));
    if (!r.foundDate.isValid())
        return invalid(QStringLiteral("found_date"), tr("Enter the date the person was found."));
    if (r.foundDate > Clock::instance().now().date())
        return invalid(QStringLiteral("found_date"), tr("The date found is in the future."));
    if (!Vocabulary::codes(Vocabulary::Kind::FoundStatus).contains(r.status))
        return invalid(QStringLiteral("status"), tr("Choose the record's status."));
    if (r.matchedCaseId && r.status != u"identified")
        return invalid(QStringLiteral("matched_case"),
                       tr("Only an identified person names the case it resolved."));
    QSqlQuery q(m_db.sql());
    if (r.stationId) {
        q.prepare(QStringLiteral("SELECT 1 FROM stations WHERE id = ?"));
        q.addBindValue(r.stationId);
        if (!q.exec())
            return storageError(q.lastError().text());
        if (!q.next())
            return invalid(QStringLiteral("station"), tr("There is no station number %1.").arg(r.stationId));
        q.finish();
    }
    if (r.matchedCaseId) {
        q.prepare(QStringLiteral("SELECT 1 FROM cases WHERE id = ?"));
        q.addBindValue(r.matchedCaseId);
        if (!q.exec())
            return storageError(q.lastError().text());
        if (!q.next())
            return invalid(QStringLiteral("matched_case"),
                           tr("There is no case number %1.").arg(r.matchedCaseId));
    }
    return {};
}

Result<FoundPerson> FoundPersonService::create(const FoundPerson& input)
{
    if (Status s = validate(input); !s)
        return s.error();
    FoundPerson r = input;
    const QDateTime now = Clock::instance().now();
    Transaction tx(m_db.sql());
    auto number = nextRecordNumber(m_db.sql(), QStringLiteral("found_persons"), QStringLiteral("record_no"),
                                   QStringLiteral("WM%1-").arg(now.date().year()));
    if (!number)
        return number.error();
    r.recordNo = *number;
    r.createdAt = wallText(now);
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral(
        "INSERT INTO found_persons(uuid, record_no, circumstance, station_id, sex, age_min, age_max, "
        "height_cm, "
        "name_given, marks, place_found, found_date, notes, status, matched_case_id, created_by, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
    q.addBindValue(r.recordNo);
    q.addBindValue(r.circumstance);
    q.addBindValue(orNull(r.stationId));
    q.addBindValue(orNull(r.sex));
    q.addBindValue(orUnknown(r.ageMin));
    q.addBindValue(orUnknown(r.ageMax));
    q.addBindValue(r.heightCm ? QVariant(r.heightCm) : QVariant());
    q.addBindValue(orNull(r.nameGiven));
    q.addBindValue(orNull(r.marks));
    q.addBindValue(r.placeFound.trimmed());
    q.addBindValue(r.foundDate.toString(Qt::ISODate));
    q.addBindValue(orNull(r.notes));
    q.addBindValue(r.status);
    q.addBindValue(orNull(r.matchedCaseId));
    q.addBindValue(orNull(m_actor.userId));
    q.addBindValue(r.createdAt);
    if (!q.exec())
        return storageError(q.lastError().text());
    r.id = q.lastInsertId().toLongLong();
    if (Status s = AuditLog(m_db.sql())
                       .append(m_actor, QStringLiteral("create"), QStringLiteral("found_person"),
                               QString::number(r.id), {}, toJson(r));
        !s)
        return s.error();
    if (!tx.commit())
        return storageError(m_db.sql().lastError().text());
    return load(r.id);
}

Status FoundPersonService::update(qint64 id, const FoundPerson& input)
{
    if (Status s = validate(input); !s)
        return s;
    auto before = load(id);
    if (!before)
        return before.error();
    FoundPerson r = input;
    r.recordNo = before->recordNo;
    Transaction tx(m_db.sql());
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral(
        "UPDATE found_persons SET circumstance = ?, station_id = ?, sex = ?, age_min = ?, age_max = ?, "
        "height_cm = ?, name_given = ?, marks = ?, place_found = ?, found_date = ?, notes = ?, status = ?, "
        "matched_case_id = ? WHERE id = ?"));
    q.addBindValue(r.circumstance);
    q.addBindValue(orNull(r.stationId));
    q.addBindValue(orNull(r.sex));
    q.addBindValue(orUnknown(r.ageMin));
    q.addBindValue(orUnknown(r.ageMax));
    q.addBindValue(r.heightCm ? QVariant(r.heightCm) : QVariant());
    q.addBindValue(orNull(r.nameGiven));
    q.addBindValue(orNull(r.marks));
    q.addBindValue(r.placeFound.trimmed());
    q.addBindValue(r.foundDate.toString(Qt::ISODate));
    q.addBindValue(orNull(r.notes));
    q.addBindValue(r.status);
    q.addBindValue(orNull(r.matchedCaseId));
    q.addBindValue(id);
    if (!q.exec())
        return storageError(q.lastError().text());
    if (Status s = AuditLog(m_db.sql())
                       .append(m_actor, QStringLiteral("update"), QStringLiteral("found_person"),
                               QString::number(id), toJson(*before), toJson(r));
        !s)
        return s;
    if (!tx.commit())
        return storageError(m_db.sql().lastError().text());
    return {};
}

Result<FoundPerson> FoundPersonService::load(qint64 id) const
{
    QSqlQuery q(m_db.sql());
    q.prepare(kSelect + QStringLiteral("WHERE f.id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return storageError(q.lastError().text());
    if (!q.next())
        return notFound(QStringLiteral("found_person"),
                        tr("There is no found-person record number %1.").arg(id));
    return readRecord(q);
}

Result<QList<FoundPerson>> FoundPersonService::list(const FoundPersonFilter& f) const
{
    QString where = QStringLiteral("WHERE 1 = 1");
    QList<QPair<QString, QVariant>> binds;
    if (!f.status.isEmpty()) {
        where += QStringLiteral(" AND f.status = :status");
        binds.append({QStringLiteral(":status"), f.status});
    }
    if (!f.circumstance.isEmpty()) {
        where += QStringLiteral(" AND f.circumstance = :circ");
        binds.append({QStringLiteral(":circ"), f.circumstance});
    }
    if (!f.sex.isEmpty()) {
        where += QStringLiteral(" AND f.sex = :sex");
        binds.append({QStringLiteral(":sex"), f.sex});
    }
    if (f.stationId) {
        where += QStringLiteral(" AND f.station_id = :station");
        binds.append({QStringLiteral(":station"), f.stationId});
    }
    const QString text = f.text.simplified();
    if (!text.isEmpty()) {
        where +=
            QStringLiteral(" AND (instr(f.record_no, :t1) > 0 OR instr(coalesce(f.name_given, ''), :t2) > 0 "
                           "OR instr(f.place_found, :t3) > 0 OR instr(coalesce(f.marks, ''), :t4) > 0)");
        for (const char* name : {":t1", ":t2", ":t3", ":t4"})
            binds.append({QLatin1String(name), text});
    }
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    if (!q.prepare(kSelect + where + QStringLiteral(" ORDER BY f.found_date DESC, f.id DESC")))
        return storageError(q.lastError().text());
    for (const auto& [name, value] : binds)
        q.bindValue(name, value);
    if (!q.exec())
        return storageError(q.lastError().text());
    QList<FoundPerson> rows;
    while (q.next())
        rows << readRecord(q);
    return rows;
}

} // namespace hc
