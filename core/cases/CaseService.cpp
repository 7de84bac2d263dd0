#include "core/cases/CaseService.h"

#include "core/audit/AuditLog.h"
#include "core/auth/Scope.h"
#include "core/cases/CaseJson.h"
#include "core/cases/CaseRisk.h"
#include "core/cases/CaseStore.h"
#include "core/cases/RecordNumbers.h"
#include "core/common/Clock.h"
#include "core/imports/ImportRun.h"
#include "core/operations/OperationService.h"
#include "core/registry/Vocabulary.h"
#include "core/storage/Database.h"
#include "core/storage/Transaction.h"

namespace hc {

namespace {
QJsonObject outcomeJson(const QString& status, const QDate& date, const QString& duplicateOf)
{
    return QJsonObject{{QStringLiteral("status"), status},
                       {QStringLiteral("outcome_date"), date.toString(Qt::ISODate)},
                       {QStringLiteral("duplicate_of"), duplicateOf}};
}

const QStringList& outcomeStatuses()
{
    static const QStringList s = {QStringLiteral("found_alive"), QStringLiteral("rescued"),
                                  QStringLiteral("found_deceased"), QStringLiteral("closed_other"),
                                  QStringLiteral("duplicate")};
    return s;
}

Error conflict(const QString& field, const QString& message)
{
    return Error{field, message, Error::Kind::Conflict};
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

CaseStore CaseService::store() const
{
    return CaseStore(m_db.sql());
}

bool CaseService::mayReopen() const
{
    return m_actor.role == Role::Supervisor || m_actor.role == Role::Admin;
}

Status CaseService::mayWrite(const QString& what, qint64 caseId) const
{
    if (!m_actor.can(Right::EditCases))
        return refused(m_db.sql(), m_actor, QStringLiteral("case"),
                       caseId ? QString::number(caseId) : QString(),
                       denied(Roles::deniedMessage(m_actor, what)));
    return {};
}

Status CaseService::visible(qint64 caseId, qint64 stationId) const
{
    return checkStation(m_db.sql(), m_actor, stationId, QStringLiteral("case"), QString::number(caseId),
                        tr("open the cases of another station"));
}

Result<QString> CaseService::insertCase(NewCase c, QJsonObject audit)
{
    if (Status s = OperationService::checkOpen(m_db, c.operationId); !s)
        return s.error();
    const QDateTime now = Clock::instance().now();
    c.openedAt = wallText(now);
    c.createdBy = m_actor.userId;
    const CaseStore cases = store();
    Transaction tx(m_db.sql());
    auto caseNo = cases.nextCaseNo(now.date().year());
    if (!caseNo)
        return caseNo.error();
    c.caseNo = *caseNo;
    const auto caseId = cases.insert(c);
    if (!caseId)
        return caseId.error();
    audit.insert(QStringLiteral("case_no"), *caseNo);
    if (Status s = AuditLog(m_db.sql())
                       .append(m_actor, QStringLiteral("create"), QStringLiteral("case"),
                               QString::number(*caseId), {}, audit);
        !s)
        return s.error();
    if (!tx.commit())
        return tx.error();
    return *caseNo;
}

Result<QString> CaseService::openFromScreening(qint64 screeningId)
{
    // Officers open cases from their own screenings; editing cases is for investigators.
    if (!m_actor.can(Right::RecordVisits) && !m_actor.can(Right::EditCases))
        return refused(m_db.sql(), m_actor, QStringLiteral("screening"), QString::number(screeningId),
                       denied(Roles::deniedMessage(m_actor, tr("open cases"))));
    const auto screened = store().screenedSubject(screeningId);
    if (!screened)
        return screened.error();
    if (!*screened)
        return notFound(QStringLiteral("screening"), tr("There is no screening number %1.").arg(screeningId));
    const ScreenedSubject& s = **screened;
    if (Status st =
            checkStation(m_db.sql(), m_actor, s.stationId, QStringLiteral("screening"),
                         QString::number(screeningId), tr("open cases from another station's screenings"));
        !st)
        return st.error();
    if (s.status != u"whereabouts_unknown")
        return invalid(QStringLiteral("status"),
                       tr("A case is opened for a person whose whereabouts are unknown."));
    const auto open = store().activeCaseOf(s.personId);
    if (!open)
        return open.error();
    if (!open->isEmpty())
        return conflict(QStringLiteral("person"), tr("%1 already has the open case %2.").arg(s.name, *open));

    NewCase c;
    c.source = QStringLiteral("screening");
    c.operationId = s.operationId;
    c.subjectPersonId = s.personId;
    c.screeningId = screeningId;
    CaseFields& f = c.fields;
    f.stationId = s.stationId;
    f.subjectName = s.name;
    f.subjectSex = s.sex;
    f.subjectBirthYear = s.birthYear;
    f.circumstances = s.notes.isEmpty()
                          ? tr("Whereabouts unknown at the household visit of %1.").arg(s.screenedAt.left(10))
                          : s.notes;
    // The person was last known at home when screened: the age is taken at that date.
    const QDate screenedOn = QDate::fromString(s.screenedAt.left(10), Qt::ISODate);
    f.risk =
        CaseRisk::assess({s.birthYear, screenedOn.isValid() ? screenedOn : Clock::instance().now().date()})
            .level;
    const QJsonObject audit{{QStringLiteral("subject_person_id"), s.personId},
                            {QStringLiteral("subject_name"), s.name},
                            {QStringLiteral("screening_id"), screeningId},
                            {QStringLiteral("source"), QStringLiteral("screening")},
                            {QStringLiteral("risk_level"), f.risk}};
    return insertCase(c, audit);
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
    const auto station = store().stationExists(f.stationId);
    if (!station)
        return station.error();
    if (!*station)
        return invalid(QStringLiteral("station"), tr("There is no station number %1.").arg(f.stationId));
    return {};
}

Status CaseService::fillFromRegistry(qint64 personId, CaseFields& f) const
{
    const auto person = store().registrySubject(personId);
    if (!person)
        return person.error();
    if (!*person)
        return notFound(QStringLiteral("subject_person"),
                        tr("There is no person number %1 in the registry.").arg(personId));
    // The registry fills in what the caller did not say.
    if (f.subjectName.isEmpty())
        f.subjectName = (*person)->name;
    if (f.subjectSex.isEmpty())
        f.subjectSex = (*person)->sex;
    if (!f.subjectBirthYear)
        f.subjectBirthYear = (*person)->birthYear;
    const auto open = store().activeCaseOf(personId);
    if (!open)
        return open.error();
    if (!open->isEmpty())
        return conflict(
            QStringLiteral("subject_person"),
            tr("%1 already has the open case %2; add the report to it as a lead.").arg(f.subjectName, *open));
    return {};
}

Result<CaseFields> CaseService::reportFields(const PublicReport& r) const
{
    const int year = Clock::instance().now().date().year();
    if (r.reporterName.trimmed().isEmpty())
        return invalid(QStringLiteral("reporter_name"), tr("Enter the caller's name."));
    if (r.reporterPhone.trimmed().isEmpty())
        return invalid(QStringLiteral("reporter_phone"), tr("Enter the caller's phone number."));
    if (r.age != -1 && (r.age < 0 || r.age > 130))
        return invalid(QStringLiteral("age"), tr("The age must be between 0 and 130."));
    if (r.birthYear && r.age >= 0 && std::abs(year - r.age - r.birthYear) > 1)
        return invalid(QStringLiteral("age"), tr("The age and the birth year disagree; give one of them."));
    CaseFields f;
    f.subjectName = r.subjectName.trimmed();
    f.subjectSex = r.subjectSex;
    f.subjectBirthYear = r.birthYear ? r.birthYear : (r.age >= 0 ? year - r.age : 0);
    f.subjectHeightCm = r.heightCm;
    f.description = r.description.trimmed();
    f.lastSeenDate = r.lastSeenDate;
    f.lastSeenPlace = r.lastSeenPlace.trimmed();
    f.circumstances = r.circumstances.trimmed();
    f.risk = r.risk;
    f.mentalIllness = r.mentalIllness;
    f.suspectedCrime = r.suspectedCrime;
    f.contacts = r.contacts.trimmed();
    f.reporterName = r.reporterName.trimmed();
    f.reporterPhone = normalisedPhone(r.reporterPhone);
    f.reportText = r.reportText.trimmed();
    f.stationId = r.stationId;
    if (r.subjectPersonId)
        if (Status s = fillFromRegistry(r.subjectPersonId, f); !s)
            return s.error();
    if (Status s = validate(f); !s)
        return s.error();
    if (f.lastSeenPlace.isEmpty())
        return invalid(QStringLiteral("last_seen_place"), tr("Enter where the person was last seen."));
    if (f.reportText.isEmpty())
        return invalid(QStringLiteral("report_text"), tr("Write down what the caller reported."));
    return f;
}

Result<QString> CaseService::openFromPublicReport(const PublicReport& r)
{
    if (Status s = mayWrite(tr("open cases from public reports"), 0); !s)
        return s.error();
    return openReport(r);
}

Result<qint64> CaseService::openFromCall(const PublicReport& r)
{
    if (!m_actor.can(Right::LogCalls))
        return refused(m_db.sql(), m_actor, QStringLiteral("case"), QString(),
                       denied(Roles::deniedMessage(m_actor, tr("open cases from calls"))));
    if (Status s = checkStation(m_db.sql(), m_actor, r.stationId, QStringLiteral("station"),
                                QString::number(r.stationId), tr("open the cases of another station"));
        !s)
        return s.error();
    const auto caseNo = openReport(r);
    if (!caseNo)
        return caseNo.error();
    const auto found = store().findByNumber(*caseNo);
    if (!found)
        return found.error();
    if (!*found)
        return notFound(QStringLiteral("case"), tr("There is no case %1.").arg(*caseNo));
    return (*found)->first;
}

Result<qint64> CaseService::addCallLead(qint64 caseId, const LeadDraft& d)
{
    if (!m_actor.can(Right::LogCalls))
        return refused(m_db.sql(), m_actor, QStringLiteral("case"), QString::number(caseId),
                       denied(Roles::deniedMessage(m_actor, tr("add calls to cases"))));
    const auto file = loadFile(caseId);
    if (!file)
        return file.error();
    if (file->isClosed())
        return invalid(QStringLiteral("case"),
                       tr("Case %1 is closed: reopen it, or open a new case.").arg(file->caseNo));
    return insertLead(*file, d);
}

Result<QString> CaseService::openReport(const PublicReport& r)
{
    auto fields = reportFields(r);
    if (!fields)
        return fields.error();
    NewCase c;
    c.source = QStringLiteral("public_report");
    c.subjectPersonId = r.subjectPersonId;
    c.fields = *fields;
    const QDate today = Clock::instance().now().date();
    c.fields.risk = CaseRisk::opening(c.fields.risk, CaseRisk::assess(CaseRisk::factsOf(c.fields, today)));
    // The report counts in the operation running at that station today, when there is one.
    c.operationId = r.operationId;
    if (!c.operationId) {
        const auto running = store().runningOperation(c.fields.stationId, today);
        if (!running)
            return running.error();
        c.operationId = *running;
    }
    QJsonObject audit = toJson(c.fields);
    audit.insert(QStringLiteral("source"), QStringLiteral("public_report"));
    audit.insert(QStringLiteral("subject_person_id"), r.subjectPersonId);
    return insertCase(c, audit);
}

Status CaseService::finishWrite(qint64 caseId, const QString& action, const QJsonObject& before,
                                const QJsonObject& after)
{
    if (Status s = store().touch(caseId, wallText(Clock::instance().now())); !s)
        return s;
    return AuditLog(m_db.sql())
        .append(m_actor, action, QStringLiteral("case"), QString::number(caseId), before, after);
}

Status CaseService::update(qint64 caseId, const CaseFields& edited)
{
    if (Status s = mayWrite(tr("edit cases"), caseId); !s)
        return s;
    auto file = loadFile(caseId);
    if (!file)
        return file.error();
    CaseFields f = edited;
    f.subjectName = f.subjectName.trimmed();
    f.reporterPhone = f.reporterPhone.trimmed().isEmpty() ? QString() : normalisedPhone(f.reporterPhone);
    if (Status s = validate(f); !s)
        return s;
    // A fact of the rule recorded later (a mental illness, a suspected crime, an age) raises the
    // level as at opening; a level the rule does not ask for stays as chosen.
    f.risk =
        CaseRisk::opening(f.risk, CaseRisk::assess(CaseRisk::factsOf(f, Clock::instance().now().date())));
    if (f == file->fields)
        return {};
    Transaction tx(m_db.sql());
    if (Status s = store().update(caseId, f); !s)
        return s;
    if (Status s = finishWrite(caseId, QStringLiteral("update"), toJson(file->fields), toJson(f)); !s)
        return s;
    return tx.commitOrError();
}

Result<qint64> CaseService::addLead(qint64 caseId, const LeadDraft& d)
{
    if (Status s = mayWrite(tr("add leads to cases"), caseId); !s)
        return s.error();
    auto file = loadFile(caseId);
    if (!file)
        return file.error();
    Transaction tx(m_db.sql());
    const auto leadId = writeLead(*file, d);
    if (!leadId)
        return leadId.error();
    if (!tx.commit())
        return tx.error();
    return *leadId;
}

Result<qint64> CaseService::writeLead(const CaseFile& file, const LeadDraft& d)
{
    if (Status s = mayWrite(tr("add leads to cases"), file.id); !s)
        return s.error();
    return insertLead(file, d);
}

Result<qint64> CaseService::insertLead(const CaseFile& file, const LeadDraft& d)
{
    if (!Vocabulary::codes(Vocabulary::Kind::LeadKind).contains(d.kind))
        return invalid(QStringLiteral("kind"), tr("Choose what kind of lead this is."));
    if (!d.at.isValid())
        return invalid(QStringLiteral("at"), tr("Enter when it happened."));
    if (d.at > wallClock(Clock::instance().now()))
        return invalid(QStringLiteral("at"), tr("The time of the lead is in the future."));
    if (d.text.trimmed().isEmpty())
        return invalid(QStringLiteral("text"), tr("Write down what the lead is."));
    const qint64 caseId = file.id;
    const auto leadId = store().insertLead(caseId, d, m_actor.userId);
    if (!leadId)
        return leadId.error();
    QJsonObject before{{QStringLiteral("status"), file.status}};
    QJsonObject after{{QStringLiteral("lead_id"), *leadId},
                      {QStringLiteral("at"), wallText(d.at)},
                      {QStringLiteral("kind"), d.kind},
                      {QStringLiteral("text"), d.text.trimmed()},
                      {QStringLiteral("source"), d.source.trimmed()},
                      {QStringLiteral("status"), file.status}};
    if (file.status == u"open") {
        // Someone is working on it now.
        if (Status s = store().setStatus(caseId, QStringLiteral("investigating")); !s)
            return s.error();
        after.insert(QStringLiteral("status"), QStringLiteral("investigating"));
    }
    if (Status s = finishWrite(caseId, QStringLiteral("add_lead"), before, after); !s)
        return s.error();
    return *leadId;
}

Result<qint64> CaseService::duplicateTarget(const CaseFile& file, const CaseOutcome& o) const
{
    if (o.status != u"duplicate") {
        if (!o.duplicateOfCaseNo.trimmed().isEmpty())
            return invalid(QStringLiteral("duplicate_of"), tr("Only a duplicate names another case."));
        return qint64(0);
    }
    const QString target = o.duplicateOfCaseNo.trimmed().toUpper();
    if (target.isEmpty())
        return invalid(QStringLiteral("duplicate_of"),
                       tr("Enter the number of the case this one duplicates."));
    if (target == file.caseNo)
        return invalid(QStringLiteral("duplicate_of"), tr("A case cannot duplicate itself."));
    const auto found = store().findByNumber(target);
    if (!found)
        return found.error();
    if (!*found)
        return invalid(QStringLiteral("duplicate_of"), tr("There is no case %1.").arg(target));
    if ((*found)->second == u"duplicate")
        return invalid(QStringLiteral("duplicate_of"),
                       tr("Case %1 is itself a duplicate; name the case it was merged into.").arg(target));
    return (*found)->first;
}

Status CaseService::setOutcome(qint64 caseId, const CaseOutcome& o)
{
    if (Status s = mayWrite(tr("close cases"), caseId); !s)
        return s;
    auto file = loadFile(caseId);
    if (!file)
        return file.error();
    if (file->isClosed())
        return conflict(QStringLiteral("status"),
                        tr("The case is already closed (%1); a supervisor reopens it to change the outcome.")
                            .arg(Vocabulary::label(Vocabulary::Kind::CaseStatus, file->status)));
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
    const auto duplicateOf = duplicateTarget(*file, o);
    if (!duplicateOf)
        return duplicateOf.error();
    Transaction tx(m_db.sql());
    if (Status s = store().setOutcome(caseId, o, *duplicateOf); !s)
        return s;
    if (Status s = finishWrite(
            caseId, QStringLiteral("outcome"),
            outcomeJson(file->status, file->outcomeDate, file->duplicateOfCaseNo),
            outcomeJson(o.status, o.date,
                        o.status == u"duplicate" ? o.duplicateOfCaseNo.trimmed().toUpper() : QString()));
        !s)
        return s;
    return tx.commitOrError();
}

Status CaseService::reopen(qint64 caseId)
{
    if (!mayReopen())
        return refused(m_db.sql(), m_actor, QStringLiteral("case"), QString::number(caseId),
                       denied(Roles::deniedMessage(m_actor, tr("reopen closed cases"))));
    auto file = loadFile(caseId);
    if (!file)
        return file.error();
    if (!file->isClosed())
        return conflict(QStringLiteral("status"), tr("The case is not closed."));
    const QString status = file->leads.isEmpty() ? QStringLiteral("open") : QStringLiteral("investigating");
    Transaction tx(m_db.sql());
    if (Status s = store().clearOutcome(caseId, status); !s)
        return s;
    if (Status s = finishWrite(caseId, QStringLiteral("reopen"),
                               outcomeJson(file->status, file->outcomeDate, file->duplicateOfCaseNo),
                               outcomeJson(status, {}, {}));
        !s)
        return s;
    return tx.commitOrError();
}

} // namespace hc
