#include "core/registration/RegistrationService.h"

#include "core/audit/AuditLog.h"
#include "core/auth/Scope.h"
#include "core/cases/RecordNumbers.h"
#include "core/common/Clock.h"
#include "core/registry/IdNumber.h"
#include "core/storage/Database.h"
#include "core/storage/Transaction.h"

#include <QJsonObject>

namespace hc {

namespace {
Error conflict(const QString& field, const QString& message)
{
    return Error{field, message, Error::Kind::Conflict};
}

QString isoOrEmpty(const QDate& d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

QJsonObject fileJson(const RegistrationFile& f)
{
    return QJsonObject{{QStringLiteral("person_id"), f.personId},
                       {QStringLiteral("stage"), f.stage},
                       {QStringLiteral("officer_id"), f.officerId},
                       {QStringLiteral("referred_on"), isoOrEmpty(f.referredOn)},
                       {QStringLiteral("documents_on"), isoOrEmpty(f.documentsOn)},
                       {QStringLiteral("filed_on"), isoOrEmpty(f.filedOn)},
                       {QStringLiteral("registered_on"), isoOrEmpty(f.registeredOn)},
                       {QStringLiteral("id_card_on"), isoOrEmpty(f.idCardOn)},
                       {QStringLiteral("closed_on"), isoOrEmpty(f.closedOn)},
                       {QStringLiteral("doc_birth"), f.checklist.birthProof},
                       {QStringLiteral("doc_parents"), f.checklist.parents},
                       {QStringLiteral("dna_needed"), f.checklist.dnaNeeded},
                       {QStringLiteral("doc_dna"), f.checklist.dna},
                       {QStringLiteral("doc_certificate"), f.checklist.certificate},
                       {QStringLiteral("closed_reason"), f.closedReason},
                       {QStringLiteral("household_no"), f.householdNo},
                       {QStringLiteral("household_created"), f.householdCreated},
                       {QStringLiteral("id_number"), f.idNumber}};
}

QDate today()
{
    return Clock::instance().now().date();
}
} // namespace

RegistrationService::RegistrationService(Database& db, Actor actor) : m_db(db), m_actor(std::move(actor)) {}

QStringList RegistrationService::stages()
{
    return {QStringLiteral("found"), QStringLiteral("referred"),   QStringLiteral("documents"),
            QStringLiteral("filed"), QStringLiteral("registered"), QStringLiteral("id_card"),
            QStringLiteral("closed")};
}

QStringList RegistrationService::nextStages(const QString& stage)
{
    const QStringList order = {QStringLiteral("found"),      QStringLiteral("referred"),
                               QStringLiteral("documents"),  QStringLiteral("filed"),
                               QStringLiteral("registered"), QStringLiteral("id_card")};
    const qsizetype at = order.indexOf(stage);
    if (at < 0 || at + 1 >= order.size())
        return {};
    if (stage == u"registered")
        return {order.at(at + 1)};
    return {order.at(at + 1), QStringLiteral("closed")}; // closed with a reason before registration
}

QString RegistrationService::stageLabel(const QString& code)
{
    if (code == u"found")
        return tr("Found, not referred");
    if (code == u"referred")
        return tr("Referred to the registration desk");
    if (code == u"documents")
        return tr("Documents gathered");
    if (code == u"filed")
        return tr("Application filed");
    if (code == u"registered")
        return tr("Registered");
    if (code == u"id_card")
        return tr("ID card issued");
    if (code == u"closed")
        return tr("Closed");
    return code;
}

QStringList RegistrationService::closedReasons()
{
    return {QStringLiteral("not_eligible"), QStringLiteral("moved_away"),
            QStringLiteral("registered_elsewhere")};
}

QString RegistrationService::closedReasonLabel(const QString& code)
{
    if (code == u"not_eligible")
        return tr("Not eligible");
    if (code == u"moved_away")
        return tr("Moved away");
    if (code == u"registered_elsewhere")
        return tr("Registered elsewhere");
    return code;
}

Result<RegistrationFile> RegistrationService::loadInScope(qint64 personId, const QString& what) const
{
    const auto f = RegistrationStore(m_db.sql()).load(personId);
    if (!f)
        return f.error();
    if (!*f)
        return notFound(QStringLiteral("person"),
                        tr("Person %1 was not found living without registration.").arg(personId));
    if (Status s = checkStation(m_db.sql(), m_actor, (*f)->stationId, QStringLiteral("registration"),
                                QString::number(personId), what);
        !s)
        return s.error();
    RegistrationFile out = **f;
    out.idleDays = out.lastStepOn.isValid() ? int(out.lastStepOn.daysTo(today())) : 0;
    out.stalled = out.isOpen() && out.idleDays > kStalledDays;
    return out;
}

Result<RegistrationFile> RegistrationService::load(qint64 personId) const
{
    return loadInScope(personId, tr("see the registration files of another station"));
}

Result<QList<RegistrationFile>> RegistrationService::list(const RegistrationFilter& filter) const
{
    const auto station =
        Scope::narrow(m_actor, filter.stationId, tr("see the registration files of another station"));
    if (!station)
        return refused(m_db.sql(), m_actor, QStringLiteral("station"), QString::number(filter.stationId),
                       station.error());
    const QDate now = today();
    auto rows = RegistrationStore(m_db.sql()).list(filter, *station, now.addDays(-kStalledDays));
    if (!rows)
        return rows;
    for (RegistrationFile& f : rows.value()) {
        f.idleDays = f.lastStepOn.isValid() ? int(f.lastStepOn.daysTo(now)) : 0;
        f.stalled = f.isOpen() && f.idleDays > kStalledDays;
    }
    return rows;
}

Result<QList<RegistrationEvent>> RegistrationService::timeline(qint64 personId) const
{
    const auto f = load(personId);
    if (!f)
        return f.error();
    if (!f->fileId)
        return QList<RegistrationEvent>();
    return RegistrationStore(m_db.sql()).events(f->fileId);
}

Status RegistrationService::validateStage(const RegistrationFile& file, const RegistrationStep& step) const
{
    if (!stages().contains(step.stage) || step.stage == u"found")
        return invalid(QStringLiteral("stage"),
                       tr("The stage is referred, documents, filed, registered, id_card "
                          "or closed."));
    if (!nextStages(file.stage).contains(step.stage))
        return conflict(QStringLiteral("stage"),
                        file.isOpen() ? tr("The file of %1 is at \"%2\"; it moves on to \"%3\" next.")
                                            .arg(file.name, stageLabel(file.stage),
                                                 stageLabel(nextStages(file.stage).first()))
                                      : tr("The file of %1 is %2; it takes no further step.")
                                            .arg(file.name, stageLabel(file.stage)));
    if (!step.date.isValid())
        return invalid(QStringLiteral("date"), tr("Enter the date of this step."));
    if (step.date > today())
        return invalid(QStringLiteral("date"), tr("The date is in the future."));
    if (file.lastStepOn.isValid() && step.date < file.lastStepOn)
        return invalid(
            QStringLiteral("date"),
            tr("The date is before the previous step (%1).").arg(file.lastStepOn.toString(Qt::ISODate)));
    if (step.stage == u"documents") {
        const RegistrationChecklist& c = step.checklist;
        if (!c.birthProof && !c.parents && !c.certificate && !c.dna)
            return invalid(QStringLiteral("checklist"), tr("Tick the documents gathered."));
        if (c.dnaNeeded && !c.dna)
            return invalid(QStringLiteral("checklist"),
                           tr("A DNA test is needed: tick it once the result is in."));
    }
    if (step.stage == u"closed" && !closedReasons().contains(step.closedReason))
        return invalid(QStringLiteral("reason"),
                       tr("The reason is not_eligible, moved_away or registered_elsewhere."));
    return {};
}

Status RegistrationService::validateOfficer(const RegistrationFile& file, const RegistrationStep& step) const
{
    const qint64 id = step.officerId ? step.officerId : m_actor.userId;
    if (!id)
        return invalid(QStringLiteral("officer"), tr("Choose the officer responsible."));
    const auto officer = RegistrationStore(m_db.sql()).officer(id);
    if (!officer)
        return officer.error();
    if (!*officer)
        return invalid(QStringLiteral("officer"), tr("There is no active account number %1.").arg(id));
    if ((*officer)->stationId && (*officer)->stationId != file.stationId)
        return invalid(QStringLiteral("officer"),
                       tr("%1 works at another station than %2's.").arg((*officer)->name, file.name));
    return {};
}

Status RegistrationService::validateRegistration(const RegistrationFile& file,
                                                 const RegistrationStep& step) const
{
    const auto number = IdNumber::parse(step.idNumber, today());
    if (!number)
        return number.error();
    const QString sex = QString(number->sexCode());
    if (!file.sex.isEmpty() && file.sex != sex)
        return invalid(QStringLiteral("id_number"), tr("This ID number is of a %1; %2 is recorded as a %3.")
                                                        .arg(sex == u"M" ? tr("man") : tr("woman"), file.name,
                                                             file.sex == u"M" ? tr("man") : tr("woman")));
    const RegistrationStore store(m_db.sql());
    const auto holder = store.idNumberHolder(number->text(), file.personId);
    if (!holder)
        return holder.error();
    if (*holder)
        return invalid(QStringLiteral("id_number"),
                       tr("The ID number %1 is already held by another person.").arg(number->text()));
    const QString no = step.householdNo.trimmed();
    if (no.isEmpty())
        return invalid(QStringLiteral("household"),
                       tr("Choose the household the person joins, or create one."));
    const auto household = store.household(no);
    if (!household)
        return household.error();
    if (step.newHousehold) {
        if (*household)
            return invalid(QStringLiteral("household"), tr("Household %1 exists already.").arg(no));
        const auto found = store.householdOfPerson(file.personId);
        if (!found)
            return found.error();
        if (!*found)
            return invalid(QStringLiteral("household"),
                           tr("%1 was found at no household: join an existing one.").arg(file.name));
        return {};
    }
    if (!*household)
        return invalid(QStringLiteral("household"), tr("There is no household %1.").arg(no));
    if (!Scope::reaches(m_actor, (*household)->stationId))
        return invalid(QStringLiteral("household"), tr("Household %1 belongs to another station.").arg(no));
    return {};
}

Status RegistrationService::validate(const RegistrationStep& step) const
{
    if (!mayAdvance())
        return denied(Roles::deniedMessage(m_actor, tr("update registration files")));
    const auto file = loadInScope(step.personId, tr("update the registration files of another station"));
    if (!file)
        return file.error();
    if (Status s = validateStage(*file, step); !s)
        return s;
    if (step.stage == u"referred")
        return validateOfficer(*file, step);
    if (step.stage == u"registered")
        return validateRegistration(*file, step);
    return {};
}

Result<qint64> RegistrationService::householdFor(const RegistrationFile& file, const RegistrationStep& step,
                                                 bool& created)
{
    const RegistrationStore store(m_db.sql());
    const QString no = step.householdNo.trimmed();
    created = step.newHousehold;
    if (!created) {
        const auto h = store.household(no);
        if (!h)
            return h.error();
        return (*h)->id;
    }
    const auto found = store.householdOfPerson(file.personId);
    if (!found)
        return found.error();
    const QString address = step.address.trimmed().isEmpty() ? (*found)->address : step.address.trimmed();
    return store.createHousehold(no, (*found)->areaId, address);
}

Status RegistrationService::write(RegistrationFile file, const RegistrationStep& step)
{
    const RegistrationStore store(m_db.sql());
    const QString at = wallText(Clock::instance().now());
    const RegistrationFile before = file;
    if (!file.fileId) {
        const auto id = store.insertFile(file, at);
        if (!id)
            return id.error();
        file.fileId = *id;
    }
    qint64 householdId = 0;
    bool created = false;
    if (step.stage == u"registered") {
        const auto h = householdFor(file, step, created);
        if (!h)
            return h.error();
        householdId = *h;
        const auto number = IdNumber::parse(step.idNumber, today());
        if (Status s = store.registerPerson(file.personId, number->text(), number->birthDate(),
                                            QString(number->sexCode()), householdId);
            !s)
            return s;
    }
    if (Status s = store.writeStep(file.fileId, step, householdId, created, at); !s)
        return s;
    if (Status s = store.addEvent(file, step, m_actor.userId, m_actor.name, at); !s)
        return s;
    const auto after = store.load(file.personId);
    if (!after)
        return after.error();
    return AuditLog(m_db.sql())
        .append(m_actor, step.stage == u"closed" ? QStringLiteral("close") : QStringLiteral("advance"),
                QStringLiteral("registration"), QString::number(file.personId),
                before.fileId ? fileJson(before) : QJsonObject{}, fileJson(**after));
}

Status RegistrationService::advance(const RegistrationStep& input)
{
    RegistrationStep step = input;
    step.note = step.note.trimmed();
    if (step.stage == u"referred" && !step.officerId)
        step.officerId = m_actor.userId;
    if (step.stage == u"registered") {
        if (const auto n = IdNumber::parse(step.idNumber, today()))
            step.idNumber = n->text();
    }
    if (!mayAdvance())
        return refused(m_db.sql(), m_actor, QStringLiteral("registration"), QString::number(step.personId),
                       denied(Roles::deniedMessage(m_actor, tr("update registration files"))));
    if (Status s = validate(step); !s)
        return s;
    const auto file = load(step.personId);
    if (!file)
        return file.error();
    Transaction tx(m_db.sql());
    if (Status s = write(*file, step); !s)
        return s;
    return tx.commitOrError();
}

Result<QList<RegistrationOfficer>> RegistrationService::officers(qint64 personId) const
{
    const auto f = load(personId);
    if (!f)
        return f.error();
    return RegistrationStore(m_db.sql()).officers(f->stationId);
}

Result<QList<RegistrationHousehold>> RegistrationService::households(qint64 personId) const
{
    const auto f = load(personId);
    if (!f)
        return f.error();
    return RegistrationStore(m_db.sql()).households(f->stationId);
}

Result<qint64> RegistrationService::officerId(const QString& badge) const
{
    const auto o = RegistrationStore(m_db.sql()).officerByBadge(badge.trimmed());
    if (!o)
        return o.error();
    if (!*o)
        return invalid(QStringLiteral("officer"),
                       tr("There is no active account with badge %1.").arg(badge.trimmed()));
    return (*o)->id;
}

} // namespace hc
