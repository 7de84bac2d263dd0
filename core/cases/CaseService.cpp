#include "core/cases/CaseService.h"

#include "core/cases/CaseJson.h"

#include "core/audit/AuditLog.h"
#include "core/cases/RecordNumbers.h"
#include "core/common/Clock.h"
#include "core/imports/ImportRun.h"
#include "core/registry/Vocabulary.h"
#include "core/storage/Database.h"
#include "core/storage/Transaction.h"

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
QVariant dateOrNull(const QDate& d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant();
}

QJsonObject outcomeJson(const QString& status, const QDate& date, const QString& crime, bool reunited,
                        const QString& duplicateOf)
{
    return QJsonObject{{QStringLiteral("status"), status},
                       {QStringLiteral("outcome_date"), date.toString(Qt::ISODate)},
                       {QStringLiteral("crime_kind"), crime},
                       {QStringLiteral("family_reunited"), reunited},
                       {QStringLiteral("duplicate_of"), duplicateOf}};
}

const QStringList& outcomeStatuses()
{
    static const QStringList s = {QStringLiteral("found_alive"), QStringLiteral("rescued"),
                                  QStringLiteral("found_deceased"), QStringLiteral("closed_other"),
                                  QStringLiteral("duplicate")};
    return s;
}
} // namespace

QString normalisedPhone(const QString& phone)
{
    QString out;
    for (QChar c : phone.normalized(QString::NormalizationForm_KC))
        if (c != QLatin1Char(' ') && c != QLatin1Char('-'))
            out += c;
    return out;
}

CaseService::CaseService(Database& db, Actor actor) : m_db(db), m_actor(std::move(actor)) {}

bool CaseService::mayReopen() const
{
    return m_actor.role == Role::Supervisor || m_actor.role == Role::Admin;
}

Status CaseService::mayWrite(const QString& what) const
{
    if (!m_actor.can(Right::EditCases))
        return denied(Roles::deniedMessage(m_actor, what));
    return {};
}

Status CaseService::visible(qint64 stationId) const
{
    if (m_actor.can(Right::EditCases) || m_actor.can(Right::ViewAllStations) ||
        stationId == m_actor.stationId)
        return {};
    return denied(tr("This case belongs to another station; its officers and the investigators see it."));
}

Result<QString> CaseService::insertCase(const QJsonObject& audit,
                                        const std::function<Status(const QString&)>& insert)
{
    const QDateTime now = Clock::instance().now();
    Transaction tx(m_db.sql());
    // Case numbers run per year: SZ<year>-<5 digits>.
    auto caseNo = nextRecordNumber(m_db.sql(), QStringLiteral("cases"), QStringLiteral("case_no"),
                                   QStringLiteral("SZ%1-").arg(now.date().year()));
    if (!caseNo)
        return caseNo.error();
    if (Status s = insert(*caseNo); !s)
        return s.error();
    QSqlQuery q(m_db.sql());
    const qint64 caseId =
        q.exec(QStringLiteral("SELECT last_insert_rowid()")) && q.next() ? q.value(0).toLongLong() : 0;
    QJsonObject after = audit;
    after.insert(QStringLiteral("case_no"), *caseNo);
    if (Status s = AuditLog(m_db.sql())
                       .append(m_actor, QStringLiteral("create"), QStringLiteral("case"),
                               QString::number(caseId), {}, after);
        !s)
        return s.error();
    if (!tx.commit())
        return storageError(m_db.sql().lastError().text());
    return *caseNo;
}

Result<QString> CaseService::openFromScreening(qint64 screeningId)
{
    // Officers open cases from their own screenings; editing cases is for investigators.
    if (!m_actor.can(Right::RecordVisits) && !m_actor.can(Right::EditCases))
        return denied(Roles::deniedMessage(m_actor, tr("open cases")));
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral(
        "SELECT s.person_id, s.operation_id, s.status, a.station_id, s.screened_at, "
        "coalesce(s.notes, ''), p.name, coalesce(p.birth_year, CAST(substr(p.birth_date, 1, 4) AS INTEGER), "
        "0), "
        "coalesce(p.sex, '') "
        "FROM screenings s JOIN persons p ON p.id = s.person_id "
        "LEFT JOIN households h ON h.id = p.household_id LEFT JOIN areas a ON a.id = h.area_id "
        "WHERE s.id = ?"));
    q.addBindValue(screeningId);
    if (!q.exec())
        return storageError(q.lastError().text());
    if (!q.next())
        return notFound(QStringLiteral("screening"), tr("There is no screening number %1.").arg(screeningId));
    const qint64 personId = q.value(0).toLongLong(), operationId = q.value(1).toLongLong();
    const qint64 stationId = q.value(3).toLongLong();
    const QString status = q.value(2).toString(), screenedAt = q.value(4).toString(),
                  notes = q.value(5).toString();
    const QString name = q.value(6).toString(), sex = q.value(8).toString();
    const int birthYear = q.value(7).toInt();
    q.finish();
    if (status != u"whereabouts_unknown")
        return invalid(QStringLiteral("status"),
                       tr("A case is opened for a person whose whereabouts are unknown."));
    q.prepare(QStringLiteral("SELECT case_no FROM cases WHERE subject_person_id = ? AND status IN ('open', "
                             "'investigating')"));
    q.addBindValue(personId);
    if (!q.exec())
        return storageError(q.lastError().text());
    if (q.next())
        return Error{QStringLiteral("person"),
                     tr("%1 already has the open case %2.").arg(name, q.value(0).toString()),
                     Error::Kind::Conflict};
    q.finish();

    const QDateTime now = Clock::instance().now();
    // Children and the elderly are high risk from the start (DOMAIN.md).
    const int age = birthYear ? now.date().year() - birthYear : -1;
    const QString risk =
        (age >= 0 && (age < 14 || age >= 70)) ? QStringLiteral("high") : QStringLiteral("medium");
    const QJsonObject audit{{QStringLiteral("subject_person_id"), personId},
                            {QStringLiteral("subject_name"), name},
                            {QStringLiteral("screening_id"), screeningId},
                            {QStringLiteral("source"), QStringLiteral("screening")},
                            {QStringLiteral("risk_level"), risk}};
    return insertCase(audit, [&](const QString& caseNo) -> Status {
        QSqlQuery ins(m_db.sql());
        ins.prepare(QStringLiteral(
            "INSERT INTO cases(uuid, case_no, operation_id, station_id, subject_person_id, source, "
            "screening_id, status, risk_level, opened_at, last_seen_date, circumstances, created_by, "
            "subject_name, subject_sex, subject_birth_year, updated_at) "
            "VALUES (?, ?, ?, ?, ?, 'screening', ?, 'open', ?, ?, NULL, ?, ?, ?, ?, ?, ?)"));
        ins.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
        ins.addBindValue(caseNo);
        ins.addBindValue(operationId);
        ins.addBindValue(orNull(stationId));
        ins.addBindValue(personId);
        ins.addBindValue(screeningId);
        ins.addBindValue(risk);
        ins.addBindValue(wallText(now));
        ins.addBindValue(
            notes.isEmpty() ? tr("Whereabouts unknown at the household visit of %1.").arg(screenedAt.left(10))
                            : notes);
        ins.addBindValue(orNull(m_actor.userId));
        ins.addBindValue(name);
        ins.addBindValue(orNull(sex));
        ins.addBindValue(birthYear ? QVariant(birthYear) : QVariant());
        ins.addBindValue(wallText(now));
        if (!ins.exec())
            return storageError(ins.lastError().text());
        return {};
    });
}

Status CaseService::validate(const CaseFields& f) const
{
    const QDate today = Clock::instance().now().date();
    if (f.subjectName.trimmed().isEmpty())
        return invalid(QStringLiteral("subject_name"), tr("Enter the missing person's name."));
    if (!f.subjectSex.isEmpty() && f.subjectSex != u"M" && f.subjectSex != u"F")
        return invalid(QStringLiteral("subject_sex"), tr("Choose male or female, or leave it open."));
    if (f.subjectBirthYear != 0 && (f.subjectBirthYear < 1900 || f.subjectBirthYear > today.year()))
        return invalid(QStringLiteral("subject_birth_year"),
                       tr("The birth year must be between 1900 and %1.").arg(today.year()));
    if (f.subjectHeightCm < 0 || f.subjectHeightCm > 259)
        return invalid(QStringLiteral("subject_height_cm"),
                       tr("The height is in centimetres, between 1 and 259."));
    if (f.lastSeenDate.isValid() && f.lastSeenDate > today)
        return invalid(QStringLiteral("last_seen_date"), tr("The date last seen is in the future."));
    if (f.lastSeenDate.isValid() && f.subjectBirthYear && f.lastSeenDate.year() < f.subjectBirthYear)
        return invalid(QStringLiteral("last_seen_date"), tr("The date last seen is before the birth year."));
    if (!Vocabulary::codes(Vocabulary::Kind::RiskLevel).contains(f.risk))
        return invalid(QStringLiteral("risk_level"), tr("Choose the risk level."));
    if (!f.reporterPhone.trimmed().isEmpty()) {
        const QString phone = normalisedPhone(f.reporterPhone);
        bool digits = phone.size() >= 7 && phone.size() <= 20;
        for (QChar c : phone)
            digits = digits && c.isDigit() && c.unicode() < 128;
        if (!digits)
            return invalid(QStringLiteral("reporter_phone"),
                           tr("The caller's phone number is 7 to 20 digits (spaces and hyphens are "
                              "allowed)."));
    }
    if (f.stationId == 0)
        return invalid(QStringLiteral("station"), tr("Choose the station that handles the case."));
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT 1 FROM stations WHERE id = ?"));
    q.addBindValue(f.stationId);
    if (!q.exec())
        return storageError(q.lastError().text());
    if (!q.next())
        return invalid(QStringLiteral("station"), tr("There is no station number %1.").arg(f.stationId));
    return {};
}

Result<QString> CaseService::openFromPublicReport(const PublicReport& r)
{
    if (Status s = mayWrite(tr("open cases from public reports")); !s)
        return s.error();
    const QDateTime now = Clock::instance().now();
    if (r.reporterName.trimmed().isEmpty())
        return invalid(QStringLiteral("reporter_name"), tr("Enter the caller's name."));
    if (r.reporterPhone.trimmed().isEmpty())
        return invalid(QStringLiteral("reporter_phone"), tr("Enter the caller's phone number."));
    if (r.age != -1 && (r.age < 0 || r.age > 130))
        return invalid(QStringLiteral("age"), tr("The age must be between 0 and 130."));
    if (r.birthYear && r.age >= 0 && std::abs(now.date().year() - r.age - r.birthYear) > 1)
        return invalid(QStringLiteral("age"), tr("The age and the birth year disagree; give one of them."));
    CaseFields f;
    f.subjectName = r.subjectName.trimmed();
    f.subjectSex = r.subjectSex;
    f.subjectBirthYear = r.birthYear ? r.birthYear : (r.age >= 0 ? now.date().year() - r.age : 0);
    f.subjectHeightCm = r.heightCm;
    f.description = r.description.trimmed();
    f.lastSeenDate = r.lastSeenDate;
    f.lastSeenPlace = r.lastSeenPlace.trimmed();
    f.circumstances = r.circumstances.trimmed();
    f.risk = r.risk;
    f.contacts = r.contacts.trimmed();
    f.reporterName = r.reporterName.trimmed();
    f.reporterPhone = normalisedPhone(r.reporterPhone);
    f.reportText = r.reportText.trimmed();
    f.stationId = r.stationId;

    QSqlQuery q(m_db.sql());
    if (r.subjectPersonId) {
        q.prepare(
            QStringLiteral("SELECT name, coalesce(sex, ''), coalesce(birth_year, CAST(substr(birth_date, "
                           "1, 4) AS INTEGER), 0) FROM persons WHERE id = ?"));
        q.addBindValue(r.subjectPersonId);
        if (!q.exec())
            return storageError(q.lastError().text());
        if (!q.next())
            return notFound(QStringLiteral("subject_person"),
                            tr("There is no person number %1 in the registry.").arg(r.subjectPersonId));
        // The registry fills in what the caller did not say.
        if (f.subjectName.isEmpty())
            f.subjectName = q.value(0).toString();
        if (f.subjectSex.isEmpty())
            f.subjectSex = q.value(1).toString();
        if (!f.subjectBirthYear)
            f.subjectBirthYear = q.value(2).toInt();
        q.finish();
        q.prepare(QStringLiteral("SELECT case_no FROM cases WHERE subject_person_id = ? AND status IN "
                                 "('open', 'investigating')"));
        q.addBindValue(r.subjectPersonId);
        if (!q.exec())
            return storageError(q.lastError().text());
        if (q.next())
            return Error{QStringLiteral("subject_person"),
                         tr("%1 already has the open case %2; add the report to it as a lead.")
                             .arg(f.subjectName, q.value(0).toString()),
                         Error::Kind::Conflict};
        q.finish();
    }
    if (Status s = validate(f); !s)
        return s.error();
    if (f.lastSeenPlace.isEmpty())
        return invalid(QStringLiteral("last_seen_place"), tr("Enter where the person was last seen."));
    if (f.reportText.isEmpty())
        return invalid(QStringLiteral("report_text"), tr("Write down what the caller reported."));

    // The report counts in the operation running at that station today, when there is one.
    qint64 operationId = r.operationId;
    if (!operationId) {
        q.prepare(QStringLiteral(
            "SELECT id FROM operations o WHERE start_date <= ? AND end_date >= ? AND (all_stations = 1 OR "
            "EXISTS (SELECT 1 FROM operation_stations s WHERE s.operation_id = o.id AND s.station_id = ?)) "
            "ORDER BY start_date DESC, id DESC LIMIT 1"));
        const QString today = now.date().toString(Qt::ISODate);
        q.addBindValue(today);
        q.addBindValue(today);
        q.addBindValue(f.stationId);
        if (!q.exec())
            return storageError(q.lastError().text());
        operationId = q.next() ? q.value(0).toLongLong() : 0;
        q.finish();
    }
    QJsonObject audit = toJson(f);
    audit.insert(QStringLiteral("source"), QStringLiteral("public_report"));
    audit.insert(QStringLiteral("subject_person_id"), r.subjectPersonId);
    return insertCase(audit, [&](const QString& caseNo) -> Status {
        QSqlQuery ins(m_db.sql());
        ins.prepare(QStringLiteral(
            "INSERT INTO cases(uuid, case_no, operation_id, station_id, subject_person_id, source, "
            "reporter_name, reporter_phone, status, risk_level, opened_at, last_seen_date, last_seen_place, "
            "circumstances, description, contacts, created_by, subject_name, subject_sex, "
            "subject_birth_year, "
            "subject_height_cm, report_text, updated_at) "
            "VALUES (?, ?, ?, ?, ?, 'public_report', ?, ?, 'open', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
            "?)"));
        ins.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
        ins.addBindValue(caseNo);
        ins.addBindValue(orNull(operationId));
        ins.addBindValue(f.stationId);
        ins.addBindValue(orNull(r.subjectPersonId));
        ins.addBindValue(f.reporterName);
        ins.addBindValue(f.reporterPhone);
        ins.addBindValue(f.risk);
        ins.addBindValue(wallText(now));
        ins.addBindValue(dateOrNull(f.lastSeenDate));
        ins.addBindValue(f.lastSeenPlace);
        ins.addBindValue(orNull(f.circumstances));
        ins.addBindValue(orNull(f.description));
        ins.addBindValue(orNull(f.contacts));
        ins.addBindValue(orNull(m_actor.userId));
        ins.addBindValue(f.subjectName);
        ins.addBindValue(orNull(f.subjectSex));
        ins.addBindValue(f.subjectBirthYear ? QVariant(f.subjectBirthYear) : QVariant());
        ins.addBindValue(f.subjectHeightCm ? QVariant(f.subjectHeightCm) : QVariant());
        ins.addBindValue(f.reportText);
        ins.addBindValue(wallText(now));
        if (!ins.exec())
            return storageError(ins.lastError().text());
        return {};
    });
}

Status CaseService::finishWrite(qint64 caseId, const QString& action, const QJsonObject& before,
                                const QJsonObject& after)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("UPDATE cases SET updated_at = ? WHERE id = ?"));
    q.addBindValue(wallText(Clock::instance().now()));
    q.addBindValue(caseId);
    if (!q.exec())
        return storageError(q.lastError().text());
    return AuditLog(m_db.sql())
        .append(m_actor, action, QStringLiteral("case"), QString::number(caseId), before, after);
}

Status CaseService::update(qint64 caseId, const CaseFields& edited)
{
    if (Status s = mayWrite(tr("edit cases")); !s)
        return s;
    auto file = load(caseId);
    if (!file)
        return file.error();
    CaseFields f = edited;
    f.subjectName = f.subjectName.trimmed();
    f.reporterPhone = f.reporterPhone.trimmed().isEmpty() ? QString() : normalisedPhone(f.reporterPhone);
    if (Status s = validate(f); !s)
        return s;
    if (f == file->fields)
        return {};
    Transaction tx(m_db.sql());
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral(
        "UPDATE cases SET subject_name = ?, subject_sex = ?, subject_birth_year = ?, subject_height_cm = ?, "
        "description = ?, last_seen_date = ?, last_seen_place = ?, circumstances = ?, risk_level = ?, "
        "contacts = ?, reporter_name = ?, reporter_phone = ?, report_text = ?, station_id = ? WHERE id = ?"));
    q.addBindValue(f.subjectName);
    q.addBindValue(orNull(f.subjectSex));
    q.addBindValue(f.subjectBirthYear ? QVariant(f.subjectBirthYear) : QVariant());
    q.addBindValue(f.subjectHeightCm ? QVariant(f.subjectHeightCm) : QVariant());
    q.addBindValue(orNull(f.description));
    q.addBindValue(dateOrNull(f.lastSeenDate));
    q.addBindValue(orNull(f.lastSeenPlace));
    q.addBindValue(orNull(f.circumstances));
    q.addBindValue(f.risk);
    q.addBindValue(orNull(f.contacts));
    q.addBindValue(orNull(f.reporterName));
    q.addBindValue(orNull(f.reporterPhone));
    q.addBindValue(orNull(f.reportText));
    q.addBindValue(f.stationId);
    q.addBindValue(caseId);
    if (!q.exec())
        return storageError(q.lastError().text());
    if (Status s = finishWrite(caseId, QStringLiteral("update"), toJson(file->fields), toJson(f)); !s)
        return s;
    if (!tx.commit())
        return storageError(m_db.sql().lastError().text());
    return {};
}

Result<qint64> CaseService::addLead(qint64 caseId, const LeadDraft& d)
{
    if (Status s = mayWrite(tr("add leads to cases")); !s)
        return s.error();
    auto file = load(caseId);
    if (!file)
        return file.error();
    if (!Vocabulary::codes(Vocabulary::Kind::LeadKind).contains(d.kind))
        return invalid(QStringLiteral("kind"), tr("Choose what kind of lead this is."));
    if (!d.at.isValid())
        return invalid(QStringLiteral("at"), tr("Enter when it happened."));
    if (d.at > wallClock(Clock::instance().now()))
        return invalid(QStringLiteral("at"), tr("The time of the lead is in the future."));
    if (d.text.trimmed().isEmpty())
        return invalid(QStringLiteral("text"), tr("Write down what the lead is."));
    Transaction tx(m_db.sql());
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral(
        "INSERT INTO leads(case_id, at, kind, text, source, officer_id) VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(caseId);
    q.addBindValue(wallText(d.at));
    q.addBindValue(d.kind);
    q.addBindValue(d.text.trimmed());
    q.addBindValue(orNull(d.source));
    q.addBindValue(orNull(m_actor.userId));
    if (!q.exec())
        return storageError(q.lastError().text());
    const qint64 leadId = q.lastInsertId().toLongLong();
    QJsonObject before{{QStringLiteral("status"), file->status}};
    QJsonObject after{{QStringLiteral("lead_id"), leadId},
                      {QStringLiteral("at"), wallText(d.at)},
                      {QStringLiteral("kind"), d.kind},
                      {QStringLiteral("text"), d.text.trimmed()},
                      {QStringLiteral("source"), d.source.trimmed()},
                      {QStringLiteral("status"), file->status}};
    if (file->status == u"open") {
        // Someone is working on it now.
        q.prepare(QStringLiteral("UPDATE cases SET status = 'investigating' WHERE id = ?"));
        q.addBindValue(caseId);
        if (!q.exec())
            return storageError(q.lastError().text());
        after.insert(QStringLiteral("status"), QStringLiteral("investigating"));
    }
    if (Status s = finishWrite(caseId, QStringLiteral("add_lead"), before, after); !s)
        return s.error();
    if (!tx.commit())
        return storageError(m_db.sql().lastError().text());
    return leadId;
}

Status CaseService::setOutcome(qint64 caseId, const CaseOutcome& o)
{
    if (Status s = mayWrite(tr("close cases")); !s)
        return s;
    auto file = load(caseId);
    if (!file)
        return file.error();
    if (file->isClosed())
        return Error{QStringLiteral("status"),
                     tr("The case is already closed (%1); a supervisor reopens it to change the outcome.")
                         .arg(Vocabulary::label(Vocabulary::Kind::CaseStatus, file->status)),
                     Error::Kind::Conflict};
    if (!outcomeStatuses().contains(o.status))
        return invalid(QStringLiteral("status"), tr("Choose how the case ended."));
    const QDate today = Clock::instance().now().date();
    const QDate opened = QDate::fromString(file->openedAt.left(10), Qt::ISODate);
    if (!o.date.isValid())
        return invalid(QStringLiteral("outcome_date"), tr("Enter the date of the outcome."));
    if (o.date > today)
        return invalid(QStringLiteral("outcome_date"), tr("The outcome date is in the future."));
    if (opened.isValid() && o.date < opened)
        return invalid(
            QStringLiteral("outcome_date"),
            tr("The outcome date is before the case was opened (%1).").arg(opened.toString(Qt::ISODate)));
    if (!o.crimeKind.isEmpty() && !Vocabulary::codes(Vocabulary::Kind::CrimeKind).contains(o.crimeKind))
        return invalid(QStringLiteral("crime_kind"), tr("Choose the kind of crime uncovered, or none."));
    qint64 duplicateOf = 0;
    if (o.status == u"duplicate") {
        if (!o.crimeKind.isEmpty() || o.familyReunited)
            return invalid(QStringLiteral("crime_kind"),
                           tr("A duplicate counts nothing itself; record the crime or the reunion on the "
                              "case it duplicates."));
        const QString target = o.duplicateOfCaseNo.trimmed().toUpper();
        if (target.isEmpty())
            return invalid(QStringLiteral("duplicate_of"),
                           tr("Enter the number of the case this one duplicates."));
        if (target == file->caseNo)
            return invalid(QStringLiteral("duplicate_of"), tr("A case cannot duplicate itself."));
        QSqlQuery q(m_db.sql());
        q.prepare(QStringLiteral("SELECT id, status FROM cases WHERE case_no = ?"));
        q.addBindValue(target);
        if (!q.exec())
            return storageError(q.lastError().text());
        if (!q.next())
            return invalid(QStringLiteral("duplicate_of"), tr("There is no case %1.").arg(target));
        if (q.value(1).toString() == u"duplicate")
            return invalid(
                QStringLiteral("duplicate_of"),
                tr("Case %1 is itself a duplicate; name the case it was merged into.").arg(target));
        duplicateOf = q.value(0).toLongLong();
    } else if (!o.duplicateOfCaseNo.trimmed().isEmpty()) {
        return invalid(QStringLiteral("duplicate_of"), tr("Only a duplicate names another case."));
    }
    Transaction tx(m_db.sql());
    QSqlQuery q(m_db.sql());
    q.prepare(
        QStringLiteral("UPDATE cases SET status = ?, outcome_date = ?, crime_kind = ?, family_reunited = ?, "
                       "duplicate_of = ? WHERE id = ?"));
    q.addBindValue(o.status);
    q.addBindValue(o.date.toString(Qt::ISODate));
    q.addBindValue(orNull(o.crimeKind));
    q.addBindValue(o.familyReunited ? 1 : 0);
    q.addBindValue(orNull(duplicateOf));
    q.addBindValue(caseId);
    if (!q.exec())
        return storageError(q.lastError().text());
    if (Status s = finishWrite(
            caseId, QStringLiteral("outcome"),
            outcomeJson(file->status, file->outcomeDate, file->crimeKind, file->familyReunited,
                        file->duplicateOfCaseNo),
            outcomeJson(o.status, o.date, o.crimeKind, o.familyReunited,
                        o.status == u"duplicate" ? o.duplicateOfCaseNo.trimmed().toUpper() : QString()));
        !s)
        return s;
    if (!tx.commit())
        return storageError(m_db.sql().lastError().text());
    return {};
}

Status CaseService::reopen(qint64 caseId)
{
    if (!mayReopen())
        return denied(Roles::deniedMessage(m_actor, tr("reopen closed cases")));
    auto file = load(caseId);
    if (!file)
        return file.error();
    if (!file->isClosed())
        return Error{QStringLiteral("status"), tr("The case is not closed."), Error::Kind::Conflict};
    const QString status = file->leads.isEmpty() ? QStringLiteral("open") : QStringLiteral("investigating");
    Transaction tx(m_db.sql());
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("UPDATE cases SET status = ?, outcome_date = NULL, crime_kind = NULL, "
                             "family_reunited = 0, duplicate_of = NULL WHERE id = ?"));
    q.addBindValue(status);
    q.addBindValue(caseId);
    if (!q.exec())
        return storageError(q.lastError().text());
    if (Status s = finishWrite(caseId, QStringLiteral("reopen"),
                               outcomeJson(file->status, file->outcomeDate, file->crimeKind,
                                           file->familyReunited, file->duplicateOfCaseNo),
                               outcomeJson(status, {}, {}, false, {}));
        !s)
        return s;
    if (!tx.commit())
        return storageError(m_db.sql().lastError().text());
    return {};
}

} // namespace hc
