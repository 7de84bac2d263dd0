#include "core/visits/FollowUpService.h"

#include "core/audit/AuditLog.h"
#include "core/auth/Scope.h"
#include "core/common/Clock.h"
#include "core/imports/CsvWriter.h"
#include "core/imports/ImportRun.h"
#include "core/operations/OperationService.h"
#include "core/registry/Vocabulary.h"
#include "core/storage/Database.h"
#include "core/storage/Transaction.h"
#include "core/visits/FollowUpStore.h"

#include <QSaveFile>

namespace hc {

FollowUpService::FollowUpService(Database& db, Actor actor) : m_db(db), m_actor(std::move(actor)) {}

// An officer sees their own station (0 asks for it); supervisors, investigators and
// administrators choose (0: every station). Another station is refused.
Result<qint64> FollowUpService::scopeStation(qint64 stationId) const
{
    const auto station = Scope::narrow(m_actor, stationId, tr("see the follow-up lists of another station"));
    if (!station)
        return refused(m_db.sql(), m_actor, QStringLiteral("station"), QString::number(stationId),
                       station.error());
    return station;
}

Result<QList<RevisitRow>> FollowUpService::revisits(qint64 operationId, qint64 stationId) const
{
    const auto station = scopeStation(stationId);
    if (!station)
        return station.error();
    auto rows = FollowUpStore(m_db.sql()).revisits({operationId, *station}, m_actor.userId);
    if (!rows)
        return rows;
    const QDate today = Clock::instance().now().date();
    for (RevisitRow& r : rows.value())
        r.daysSince = int(parseDateTime(r.lastAttempt).date().daysTo(today));
    return rows;
}

Result<QList<VerificationRow>> FollowUpService::verifications(qint64 operationId, qint64 stationId) const
{
    const auto station = scopeStation(stationId);
    if (!station)
        return station.error();
    return FollowUpStore(m_db.sql()).verifications({operationId, *station});
}

Result<QList<UnregisteredRow>> FollowUpService::unregistered(qint64 operationId, qint64 stationId) const
{
    const auto station = scopeStation(stationId);
    if (!station)
        return station.error();
    return FollowUpStore(m_db.sql()).unregistered({operationId, *station});
}

Result<QList<UntracedRow>> FollowUpService::untraced(qint64 operationId, qint64 stationId) const
{
    const auto station = scopeStation(stationId);
    if (!station)
        return station.error();
    auto rows = FollowUpStore(m_db.sql()).untraced({operationId, *station});
    if (!rows)
        return rows;
    const QDate today = Clock::instance().now().date();
    for (UntracedRow& r : rows.value())
        r.daysSince = int(parseDateTime(r.since).date().daysTo(today));
    return rows;
}

Result<qint64> FollowUpService::exportUnregisteredCsv(qint64 operationId, qint64 stationId,
                                                      const QString& path) const
{
    const auto rows = unregistered(operationId, stationId);
    if (!rows)
        return rows.error();
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return Error{QStringLiteral("file"), tr("Cannot write %1: %2").arg(path, f.errorString()),
                     Error::Kind::Io};
    CsvWriter w(&f, true); // with a BOM, so spreadsheet programs read the Chinese text right
    w.writeRow({tr("Name"), tr("Sex"), tr("Birth year"), tr("Household no."), tr("Address"), tr("Station"),
                tr("Found on"), tr("Notes")});
    for (const UnregisteredRow& r : *rows)
        w.writeRow({r.name, Vocabulary::sexLabel(r.sex.isEmpty() ? QChar() : r.sex.at(0)), r.birthYear,
                    r.householdNo, r.address, r.station, r.foundAt.left(10), r.notes});
    if (!f.commit())
        return Error{QStringLiteral("file"), tr("Cannot write %1: %2").arg(path, f.errorString()),
                     Error::Kind::Io};
    if (Status s =
            auditRead(m_db.sql(), m_actor, QStringLiteral("export"), QStringLiteral("unregistered"), {},
                      {{QStringLiteral("operation_id"), operationId},
                       {QStringLiteral("station_id"), stationId},
                       {QStringLiteral("path"), path},
                       {QStringLiteral("rows"), rows->size()}});
        !s)
        return s.error();
    return qint64(rows->size());
}

Status FollowUpService::assignRevisit(qint64 operationId, qint64 householdId, qint64 officerId)
{
    if (!m_actor.can(Right::ViewAllStations))
        return refused(m_db.sql(), m_actor, QStringLiteral("revisit"), QString::number(householdId),
                       denied(Roles::deniedMessage(m_actor, tr("assign revisits"))));
    if (Status s = OperationService::checkOpen(m_db, operationId); !s)
        return s;
    const FollowUpStore store(m_db.sql());
    const auto stations = store.assignmentStations(householdId, officerId);
    if (!stations)
        return stations.error();
    if (!stations->household)
        return notFound(QStringLiteral("household"), tr("There is no household number %1.").arg(householdId));
    if (!stations->officer)
        return notFound(QStringLiteral("officer"),
                        tr("There is no active officer number %1.").arg(officerId));
    if (*stations->household != *stations->officer)
        return invalid(QStringLiteral("officer"),
                       tr("The officer works at another station than the household."));
    Transaction tx(m_db.sql());
    if (Status s = store.assignRevisit(operationId, householdId, officerId, m_actor.name,
                                       Clock::instance().now().toString(Qt::ISODate));
        !s)
        return s;
    if (Status s = AuditLog(m_db.sql())
                       .append(m_actor, QStringLiteral("assign"), QStringLiteral("revisit"),
                               QString::number(householdId), {},
                               {{QStringLiteral("officer_id"), officerId},
                                {QStringLiteral("operation_id"), operationId}});
        !s)
        return s;
    return tx.commitOrError();
}

Result<QList<RevisitOfficer>> FollowUpService::revisitOfficers(qint64 householdId) const
{
    if (!m_actor.can(Right::ViewAllStations))
        return refused(m_db.sql(), m_actor, QStringLiteral("revisit"), QString::number(householdId),
                       denied(Roles::deniedMessage(m_actor, tr("assign revisits"))));
    return FollowUpStore(m_db.sql()).officersFor(householdId);
}

Status FollowUpService::markVerified(qint64 operationId, qint64 personId, const QString& whereabouts,
                                     const QString& verifiedBy)
{
    if (!m_actor.can(Right::RecordVisits) || m_actor.userId == 0)
        return refused(m_db.sql(), m_actor, QStringLiteral("person"), QString::number(personId),
                       denied(Roles::deniedMessage(m_actor, tr("verify whereabouts"))));
    if (whereabouts.trimmed().isEmpty())
        return invalid(QStringLiteral("whereabouts"), tr("Say where the person is."));
    if (!Vocabulary::codes(Vocabulary::Kind::VerifiedBy).contains(verifiedBy))
        return invalid(QStringLiteral("verified_by"), tr("Say how the whereabouts were verified."));
    const auto station =
        writableStation(operationId, personId, tr("verify the whereabouts of another station's people"));
    if (!station)
        return station.error();
    const FollowUpStore store(m_db.sql());
    Transaction tx(m_db.sql());
    const QDateTime now = wallClock(Clock::instance().now());
    const auto id = store.insertVerified(operationId, personId, m_actor.userId,
                                         now.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")),
                                         whereabouts.trimmed(), verifiedBy);
    if (!id)
        return id.error();
    if (Status s = AuditLog(m_db.sql())
                       .append(m_actor, QStringLiteral("verify"), QStringLiteral("screening"),
                               QString::number(*id), {},
                               {{QStringLiteral("person_id"), personId},
                                {QStringLiteral("whereabouts"), whereabouts.trimmed()},
                                {QStringLiteral("verified_by"), verifiedBy}});
        !s)
        return s;
    return tx.commitOrError();
}

Result<qint64> FollowUpService::writableStation(qint64 operationId, qint64 personId,
                                                const QString& what) const
{
    const auto station = FollowUpStore(m_db.sql()).stationOfPerson(personId);
    if (!station)
        return station.error();
    if (!*station)
        return notFound(QStringLiteral("person"), tr("There is no person number %1.").arg(personId));
    if (Status s = checkStation(m_db.sql(), m_actor, **station, QStringLiteral("person"),
                                QString::number(personId), what);
        !s)
        return s.error();
    if (Status s = OperationService::checkOpen(m_db, operationId); !s)
        return s.error();
    return **station;
}

QStringList FollowUpService::attemptResults()
{
    return {QStringLiteral("unreachable"), QStringLiteral("wrong_number"), QStringLiteral("refused")};
}

QString FollowUpService::attemptLabel(const QString& result)
{
    if (result == u"unreachable")
        return tr("Unreachable");
    if (result == u"wrong_number")
        return tr("Wrong number");
    if (result == u"refused")
        return tr("Refused to say");
    return result;
}

Result<qint64> FollowUpService::recordAttempt(qint64 operationId, qint64 personId, const QString& result,
                                              const QString& notes)
{
    if (!m_actor.can(Right::RecordVisits) || m_actor.userId == 0)
        return refused(m_db.sql(), m_actor, QStringLiteral("person"), QString::number(personId),
                       denied(Roles::deniedMessage(m_actor, tr("record verification attempts"))));
    if (!attemptResults().contains(result))
        return invalid(QStringLiteral("result"),
                       tr("Say what happened: unreachable, a wrong number, or refused to say."));
    const auto station =
        writableStation(operationId, personId, tr("verify the whereabouts of another station's people"));
    if (!station)
        return station.error();
    const FollowUpStore store(m_db.sql());
    const auto status = store.latestStatus(operationId, personId);
    if (!status)
        return status.error();
    if (*status != u"away_unverified")
        return invalid(QStringLiteral("person"),
                       tr("This person's whereabouts do not wait for verification."));
    const QString at = wallClock(Clock::instance().now()).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
    Transaction tx(m_db.sql());
    const auto id =
        store.insertAttempt({operationId, *station, personId, m_actor.userId, at, result, notes.trimmed()});
    if (!id)
        return id.error();
    if (Status s = AuditLog(m_db.sql())
                       .append(m_actor, QStringLiteral("attempt"), QStringLiteral("verification"),
                               QString::number(*id), {},
                               {{QStringLiteral("person_id"), personId},
                                {QStringLiteral("operation_id"), operationId},
                                {QStringLiteral("result"), result},
                                {QStringLiteral("notes"), notes.trimmed()}});
        !s)
        return s.error();
    if (!tx.commit())
        return tx.error();
    return id;
}

Status FollowUpService::closeUntraced(qint64 operationId, qint64 personId, const QString& reason)
{
    if (!m_actor.can(Right::ViewAllStations))
        return refused(m_db.sql(), m_actor, QStringLiteral("person"), QString::number(personId),
                       denied(Roles::deniedMessage(m_actor, tr("take people off the untraced list"))));
    if (reason.trimmed().isEmpty())
        return invalid(QStringLiteral("reason"), tr("Say why this person leaves the untraced list."));
    const auto station = writableStation(operationId, personId, tr("close the untraced of another station"));
    if (!station)
        return station.error();
    const FollowUpStore store(m_db.sql());
    const auto status = store.latestStatus(operationId, personId);
    if (!status)
        return status.error();
    const auto hasCase = store.hasCase(personId);
    if (!hasCase)
        return hasCase.error();
    if (*status != u"whereabouts_unknown" || *hasCase)
        return invalid(QStringLiteral("person"), tr("This person is not on the untraced list."));
    const QString at = wallClock(Clock::instance().now()).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
    Transaction tx(m_db.sql());
    if (Status s = store.closeUntraced(operationId, *station, personId, m_actor.userId, at, reason.trimmed());
        !s)
        return s;
    if (Status s = AuditLog(m_db.sql())
                       .append(m_actor, QStringLiteral("close"), QStringLiteral("untraced"),
                               QString::number(personId), {},
                               {{QStringLiteral("operation_id"), operationId},
                                {QStringLiteral("reason"), reason.trimmed()}});
        !s)
        return s;
    return tx.commitOrError();
}

} // namespace hc
