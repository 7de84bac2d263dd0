#include "core/visits/VisitService.h"

#include "core/audit/AuditLog.h"
#include "core/auth/Scope.h"
#include "core/cases/CaseService.h"
#include "core/common/Clock.h"
#include "core/common/DateText.h"
#include "core/imports/ImportRun.h"
#include "core/operations/OperationService.h"
#include "core/registry/IdNumber.h"
#include "core/registry/Vocabulary.h"
#include "core/storage/Database.h"
#include "core/storage/Transaction.h"
#include "core/visits/VisitStore.h"

#include <QHash>
#include <QJsonArray>
#include <QSet>
#include <optional>

namespace hc {

namespace {
QString wallStamp(const QDateTime& t)
{
    return t.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
}

QJsonObject visitJson(const VisitDraft& d)
{
    QJsonArray people;
    for (const ScreeningDraft& s : d.screenings)
        people.append(QJsonObject{{QStringLiteral("person_id"), s.personId},
                                  {QStringLiteral("status"), s.status},
                                  {QStringLiteral("whereabouts"), s.whereabouts},
                                  {QStringLiteral("verified_by"), s.verifiedBy},
                                  {QStringLiteral("event_date"), s.eventDate.toString(Qt::ISODate)},
                                  {QStringLiteral("notes"), s.notes}});
    return QJsonObject{{QStringLiteral("household_id"), d.householdId},
                       {QStringLiteral("visited_at"), wallStamp(d.visitedAt)},
                       {QStringLiteral("outcome"), d.outcome},
                       {QStringLiteral("notes"), d.notes},
                       {QStringLiteral("screenings"), people}};
}
} // namespace

VisitService::VisitService(Database& db, Actor actor) : m_db(db), m_actor(std::move(actor)) {}

Status VisitService::checkHousehold(qint64 householdId) const
{
    const auto station = VisitStore(m_db.sql()).stationOfHousehold(householdId);
    if (!station)
        return station.error();
    if (!*station)
        return notFound(QStringLiteral("household"), tr("There is no household number %1.").arg(householdId));
    if (!Scope::reaches(m_actor, **station))
        return Scope::refusal(m_actor, tr("record or open visits to households of another station"));
    return {};
}

// A refusal is audited where a public call ends with it (validate() only checks).
Error VisitService::audited(const Error& e, const QString& entity, qint64 id) const
{
    if (e.kind != Error::Kind::Denied)
        return e;
    return refused(m_db.sql(), m_actor, entity, id ? QString::number(id) : QString(), e);
}

Status VisitService::validate(const VisitDraft& d) const
{
    if (!m_actor.can(Right::RecordVisits))
        return denied(Roles::deniedMessage(m_actor, tr("record visits")));
    if (m_actor.userId == 0)
        return denied(tr("Visits are recorded by a signed-in officer."));
    if (Status s = checkHousehold(d.householdId); !s)
        return s;
    const auto op = OperationService(m_db, m_actor).find(d.operationId);
    if (!op)
        return op.error();
    if (Status s = OperationService::checkOpen(*op); !s)
        return s;
    if (!Vocabulary::codes(Vocabulary::Kind::Outcome).contains(d.outcome))
        return invalid(QStringLiteral("outcome"), tr("Choose the outcome of the visit."));
    if (!d.visitedAt.isValid())
        return invalid(QStringLiteral("visited_at"), tr("Enter the time of the visit."));
    if (d.visitedAt > wallClock(Clock::instance().now()))
        return invalid(QStringLiteral("visited_at"), tr("The time of the visit is in the future."));
    if (d.visitedAt.date() < op->start || d.visitedAt.date() > op->end)
        return invalid(QStringLiteral("visited_at"),
                       tr("The visit is outside the operation's dates (%1 to %2).")
                           .arg(op->start.toString(Qt::ISODate), op->end.toString(Qt::ISODate)));
    if (d.outcome != u"completed" && !d.screenings.isEmpty())
        return invalid(QStringLiteral("screenings"),
                       tr("People are screened only on a completed visit, not on \"%1\".")
                           .arg(Vocabulary::label(Vocabulary::Kind::Outcome, d.outcome)));
    return validateScreenings(d);
}

Status VisitService::validateScreenings(const VisitDraft& d) const
{
    // Who may be screened here: the household's people (registered or found here).
    const VisitStore store(m_db.sql());
    auto household = store.peopleOf(d.householdId);
    if (!household)
        return household.error();
    QHash<qint64, HouseholdPerson>& people = household.value();

    QSet<qint64> seen;
    for (int i = 0; i < d.screenings.size(); ++i) {
        const ScreeningDraft& s = d.screenings.at(i);
        auto field = [i](const char* name) {
            return QStringLiteral("screenings[%1].%2").arg(i).arg(QLatin1String(name));
        };
        auto person = people.constFind(s.personId);
        if (person == people.constEnd() && s.foundHere) {
            // Registered at another address and met here: screened with this visit.
            const auto other = store.registeredName(s.personId);
            if (!other)
                return other.error();
            if (*other)
                person = people.insert(s.personId, HouseholdPerson{**other, true});
        }
        if (person == people.constEnd())
            return invalid(field("person"),
                           tr("Row %1: this person does not live in the household.").arg(i + 1));
        const QString who = tr("Row %1 (%2)").arg(i + 1).arg(person->name);
        if (seen.contains(s.personId))
            return invalid(field("person"), tr("%1 is screened twice in this visit.").arg(who));
        seen.insert(s.personId);
        if (!Vocabulary::codes(Vocabulary::Kind::Status).contains(s.status))
            return invalid(field("status"), tr("%1: choose a status.").arg(who));
        if (s.status == u"unregistered_found" && person->registered)
            return invalid(field("status"),
                           tr("%1 is registered; \"unregistered person found\" is for people "
                              "without registration.")
                               .arg(who));
        if (s.status == u"away_verified") {
            if (s.whereabouts.trimmed().isEmpty())
                return invalid(field("whereabouts"), tr("%1: say where the person is.").arg(who));
            if (!Vocabulary::codes(Vocabulary::Kind::VerifiedBy).contains(s.verifiedBy))
                return invalid(field("verified_by"),
                               tr("%1: say how the whereabouts were verified.").arg(who));
        } else if (!s.verifiedBy.isEmpty()) {
            return invalid(field("verified_by"),
                           tr("%1: how it was verified applies only to verified whereabouts.").arg(who));
        }
        if (s.openCase && s.status != u"whereabouts_unknown")
            return invalid(
                field("open_case"),
                tr("%1: a case is opened only for a person whose whereabouts are unknown.").arg(who));
        if (s.eventDate.isValid() && s.status != u"deceased" && s.status != u"moved_out")
            return invalid(field("event_date"), tr("%1: a date applies only to a death or a move.").arg(who));
        if (s.eventDate.isValid() && s.eventDate > d.visitedAt.date())
            return invalid(field("event_date"), tr("%1: the date is after the visit.").arg(who));
    }
    return {};
}

Result<qint64> VisitService::record(const VisitDraft& d)
{
    const auto saved = save(d);
    if (!saved)
        return saved.error();
    return saved->visitId;
}

Result<SavedVisit> VisitService::save(const VisitDraft& d, qint64 correcting, int fromVersion)
{
    // Refusals are checked (and audited) before the transaction, which a refusal would undo.
    std::optional<VisitDraft> before;
    if (correcting) {
        auto loaded = toCorrect(correcting, d);
        if (!loaded)
            return loaded.error();
        before = std::move(*loaded);
    }
    if (Status s = validate(d); !s)
        return correcting ? audited(s.error(), QStringLiteral("visit"), correcting)
                          : audited(s.error(), QStringLiteral("household"), d.householdId);
    // One unit, run again by the runner when the server picked it as the loser of a deadlock.
    return Transaction::run(m_db.sql(), [&]() -> Result<SavedVisit> {
        SavedVisit saved;
        if (correcting) {
            if (Status s = update(correcting, *before, d, fromVersion); !s)
                return s.error();
            saved.visitId = correcting;
        } else {
            const auto id = insert(d);
            if (!id)
                return id.error();
            saved.visitId = *id;
        }
        const auto notes = openCases(saved.visitId, d);
        if (!notes)
            return notes.error();
        saved.caseNotes = *notes;
        return saved;
    });
}

Result<qint64> VisitService::insert(const VisitDraft& d)
{
    const QString visitedAt = wallStamp(d.visitedAt);
    const VisitStore store(m_db.sql());
    const auto visitId =
        store.insertVisit(d, m_actor.userId, visitedAt, Clock::instance().now().toString(Qt::ISODate));
    if (!visitId) {
        if (visitId.error().kind == Error::Kind::Conflict)
            return Error{QStringLiteral("visited_at"),
                         tr("You already recorded a visit to this household at this time."),
                         Error::Kind::Conflict};
        return visitId.error();
    }
    if (Status s = store.insertScreenings(*visitId, d.operationId, visitedAt, d.screenings); !s)
        return s.error();
    if (Status s = AuditLog(m_db.sql())
                       .append(m_actor, QStringLiteral("create"), QStringLiteral("visit"),
                               QString::number(*visitId), {}, visitJson(d));
        !s)
        return s.error();
    return *visitId;
}

// Opens the cases the officer asked for at save time, inside the visit's transaction. A person
// who already has an open case keeps it (said in the notes); any other failure undoes the save.
Result<QStringList> VisitService::openCases(qint64 visitId, const VisitDraft& d)
{
    QStringList notes;
    CaseService cases(m_db, m_actor);
    const VisitStore store(m_db.sql());
    for (const ScreeningDraft& s : d.screenings) {
        if (!s.openCase)
            continue;
        const auto screening = store.screeningId(visitId, s.personId);
        if (!screening)
            return screening.error();
        const auto caseNo = cases.openFromScreening(*screening);
        if (caseNo)
            notes << tr("Case %1 opened.").arg(*caseNo);
        else if (caseNo.error().kind == Error::Kind::Conflict)
            notes << caseNo.error().message;
        else
            return caseNo.error();
    }
    return notes;
}

Result<VisitDraft> VisitService::load(qint64 visitId) const
{
    auto d = VisitStore(m_db.sql()).load(visitId);
    if (!d)
        return d.error();
    if (!*d)
        return notFound(QStringLiteral("visit"), tr("There is no visit number %1.").arg(visitId));
    if (Status s = checkHousehold((*d)->householdId); !s)
        return audited(s.error(), QStringLiteral("visit"), visitId);
    if (Status s = auditRead(m_db.sql(), m_actor, QStringLiteral("view"), QStringLiteral("visit"),
                             QString::number(visitId), {{QStringLiteral("household_id"), (*d)->householdId}});
        !s)
        return s.error();
    return **d;
}

Result<VisitVersion> VisitService::version(qint64 visitId) const
{
    auto v = VisitStore(m_db.sql()).version(visitId);
    if (!v)
        return v.error();
    if (!*v)
        return notFound(QStringLiteral("visit"), tr("There is no visit number %1.").arg(visitId));
    if (Status s = checkHousehold((*v)->householdId); !s)
        return audited(s.error(), QStringLiteral("visit"), visitId);
    return **v;
}

Status VisitService::mayCorrect(qint64 visitId) const
{
    const auto author = VisitStore(m_db.sql()).author(visitId);
    if (!author)
        return author.error();
    if (!*author)
        return notFound(QStringLiteral("visit"), tr("There is no visit number %1.").arg(visitId));
    const bool supervisor = m_actor.role == Role::Supervisor || m_actor.role == Role::Admin;
    const bool authorToday =
        (*author)->officerId == m_actor.userId &&
        QDateTime::fromString((*author)->createdAt, Qt::ISODate).date() == Clock::instance().now().date();
    if (!supervisor && !authorToday)
        return denied(
            tr("A visit can be corrected by its officer on the day it was entered, and by a supervisor "
               "at any time."));
    return {};
}

Status VisitService::correct(qint64 visitId, const VisitDraft& d)
{
    const auto saved = save(d, visitId);
    if (!saved)
        return saved.error();
    return {};
}

// The visit a correction replaces, once the actor may correct it and the draft stays with its
// household and operation.
Result<VisitDraft> VisitService::toCorrect(qint64 visitId, const VisitDraft& d) const
{
    if (Status s = mayCorrect(visitId); !s)
        return audited(s.error(), QStringLiteral("visit"), visitId);
    auto loaded = VisitStore(m_db.sql()).load(visitId);
    if (!loaded)
        return loaded.error();
    if (!*loaded)
        return notFound(QStringLiteral("visit"), tr("There is no visit number %1.").arg(visitId));
    if (Status s = checkHousehold((*loaded)->householdId); !s)
        return audited(s.error(), QStringLiteral("visit"), visitId);
    if (d.householdId != (*loaded)->householdId || d.operationId != (*loaded)->operationId)
        return invalid(QStringLiteral("household"),
                       tr("A correction cannot move a visit to another household or "
                          "operation; record a new visit instead."));
    return **loaded;
}

Status VisitService::update(qint64 visitId, const VisitDraft& before, const VisitDraft& d, int fromVersion)
{
    const QString visitedAt = wallStamp(d.visitedAt);
    const VisitStore store(m_db.sql());
    const auto updated = store.updateVisit(visitId, d, visitedAt, fromVersion, m_actor.userId,
                                           Clock::instance().now().toString(Qt::ISODate));
    if (!updated)
        return updated.error();
    if (!*updated)
        return staleCorrection(visitId, fromVersion);
    if (Status s = rewriteScreenings(visitId, d, visitedAt); !s)
        return s;
    return AuditLog(m_db.sql())
        .append(m_actor, QStringLiteral("correct"), QStringLiteral("visit"), QString::number(visitId),
                visitJson(before), visitJson(d));
}

// Someone else's correction was saved after this one was begun: nothing is written, and the
// message names the version that is saved now and whose it is.
Error VisitService::staleCorrection(qint64 visitId, int fromVersion) const
{
    const auto current = version(visitId);
    if (!current)
        return current.error();
    const VisitVersion& now = *current;
    const QString who = now.correctedBy.isEmpty() ? tr("Someone else") : now.correctedBy;
    return Error{QStringLiteral("version"),
                 tr("%1 corrected this visit at %2 while you were correcting it: it is now version %3, "
                    "and you began from version %4. Nothing of your correction was saved; look at the "
                    "current version, then enter your correction again.")
                     .arg(who, dateTimeText(now.correctedAt))
                     .arg(now.number)
                     .arg(fromVersion),
                 Error::Kind::Conflict};
}

// Each person keeps their screening row, rewritten in place: cases opened from a screening
// refer to its id. People no longer in the visit lose theirs, unless a case was opened from it.
// The schema's triggers keep the figures in step.
Status VisitService::rewriteScreenings(qint64 visitId, const VisitDraft& d, const QString& visitedAt)
{
    const VisitStore store(m_db.sql());
    const auto saved = store.screeningsOf(visitId);
    if (!saved)
        return saved.error();
    QHash<qint64, qint64> kept; // person -> their saved screening, for people still in the visit
    QSet<qint64> drafted;
    for (const ScreeningDraft& s : d.screenings)
        drafted.insert(s.personId);
    QList<qint64> dropped;
    for (const SavedScreening& s : *saved) {
        if (drafted.contains(s.personId))
            kept.insert(s.personId, s.id);
        else if (s.hasCase)
            return Error{QStringLiteral("screenings"),
                         tr("A case was opened from the screening of %1 in this visit; the correction "
                            "must keep that person's screening.")
                             .arg(s.personName),
                         Error::Kind::Conflict};
        else
            dropped << s.id;
    }
    for (qint64 id : dropped)
        if (Status r = store.deleteScreening(id); !r)
            return r;
    QList<ScreeningDraft> added;
    for (const ScreeningDraft& s : d.screenings) {
        if (!kept.contains(s.personId))
            added << s;
        else if (Status u = store.updateScreening(kept.value(s.personId), s); !u)
            return u;
    }
    return store.insertScreenings(visitId, d.operationId, visitedAt, added);
}

Result<RegisteredPerson> VisitService::findRegistered(const QString& idNumber) const
{
    if (!m_actor.can(Right::RecordVisits) && !m_actor.can(Right::EditCases))
        return audited(denied(Roles::deniedMessage(m_actor, tr("look up people by ID number"))),
                       QStringLiteral("person"), 0);
    const auto id = IdNumber::parse(idNumber, Clock::instance().now().date());
    if (!id)
        return id.error();
    const auto person = VisitStore(m_db.sql()).findByIdNumber(id->text());
    if (!person)
        return person.error();
    if (!*person)
        return notFound(QStringLiteral("id_number"),
                        tr("Nobody with ID number %1 is in the registry.").arg(id->text()));
    // Across stations on purpose (a person registered elsewhere, met at this address), but only
    // by a whole, valid ID number and only the name and household number; audited.
    if (Status s = auditRead(m_db.sql(), m_actor, QStringLiteral("search"), QStringLiteral("person"),
                             QString::number((*person)->id), {{QStringLiteral("id_number"), id->text()}});
        !s)
        return s.error();
    return **person;
}

qint64 VisitService::screeningId(qint64 visitId, qint64 personId) const
{
    const auto visit = VisitStore(m_db.sql()).load(visitId);
    if (!visit || !*visit || !checkHousehold((*visit)->householdId))
        return 0;
    const auto id = VisitStore(m_db.sql()).screeningId(visitId, personId);
    return id ? *id : 0;
}

Result<qint64> VisitService::addUnregisteredPerson(qint64 householdId, const QString& name, QChar sex,
                                                   int birthYear, const QString& notes)
{
    if (!m_actor.can(Right::RecordVisits))
        return audited(denied(Roles::deniedMessage(m_actor, tr("add people found at an address"))),
                       QStringLiteral("household"), householdId);
    if (Status s = checkHousehold(householdId); !s)
        return audited(s.error(), QStringLiteral("household"), householdId);
    if (name.trimmed().isEmpty())
        return invalid(QStringLiteral("name"), tr("Enter the person's name (as they give it)."));
    if (sex != QLatin1Char('M') && sex != QLatin1Char('F') && !sex.isNull())
        return invalid(QStringLiteral("sex"), tr("Choose male or female, or leave it open."));
    const int thisYear = Clock::instance().now().date().year();
    if (birthYear != 0 && (birthYear < 1900 || birthYear > thisYear))
        return invalid(QStringLiteral("birth_year"),
                       tr("The birth year must be between 1900 and %1.").arg(thisYear));
    Transaction tx(m_db.sql());
    const auto id =
        VisitStore(m_db.sql())
            .insertUnregisteredPerson(householdId, name.trimmed(), sex, birthYear, notes.trimmed());
    if (!id)
        return id.error();
    if (Status s =
            AuditLog(m_db.sql())
                .append(m_actor, QStringLiteral("create"), QStringLiteral("person"), QString::number(*id), {},
                        {{QStringLiteral("name"), name.trimmed()},
                         {QStringLiteral("household_id"), householdId},
                         {QStringLiteral("registered"), false}});
        !s)
        return s.error();
    if (!tx.commit())
        return tx.error();
    return *id;
}

} // namespace hc
