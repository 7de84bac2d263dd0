#include "core/crimes/ReunionService.h"

#include "core/audit/AuditLog.h"
#include "core/auth/Scope.h"
#include "core/cases/RecordNumbers.h"
#include "core/common/Clock.h"
#include "core/common/DateText.h"
#include "core/crimes/CrimeStore.h"
#include "core/storage/Database.h"
#include "core/storage/Transaction.h"

#include <QJsonObject>

namespace hc {

namespace {
const char* const kWays[][2] = {
    {"in_person", QT_TRANSLATE_NOOP("hc::ReunionService", "In person")},
    {"video", QT_TRANSLATE_NOOP("hc::ReunionService", "By video")},
    {"station", QT_TRANSLATE_NOOP("hc::ReunionService", "At the station")},
};
const QString kEntity = QStringLiteral("case");
} // namespace

ReunionService::ReunionService(Database& db, Actor actor) : m_db(db), m_actor(std::move(actor)) {}

QStringList ReunionService::ways()
{
    QStringList out;
    for (const auto& w : kWays)
        out << QLatin1String(w[0]);
    return out;
}

QString ReunionService::wayLabel(const QString& code)
{
    for (const auto& w : kWays)
        if (code == QLatin1String(w[0]))
            return tr(w[1]);
    return code;
}

QString ReunionService::householdKey(qint64 householdId)
{
    return QStringLiteral("household:%1").arg(householdId);
}

Status ReunionService::reachable(qint64 caseId, qint64 stationId) const
{
    return checkStation(m_db.sql(), m_actor, stationId, kEntity, QString::number(caseId),
                        tr("record reunions for the cases of another station"));
}

Result<qint64> ReunionService::record(qint64 caseId, const ReunionDraft& input)
{
    if (!mayEdit())
        return refused(m_db.sql(), m_actor, kEntity, QString::number(caseId),
                       denied(Roles::deniedMessage(m_actor, tr("record family reunions"))));
    CrimeStore store(m_db.sql());
    const auto facts = store.caseFacts(caseId);
    if (!facts)
        return facts.error();
    if (!*facts)
        return notFound(QStringLiteral("case"), tr("There is no case number %1.").arg(caseId));
    if (Status s = reachable(caseId, (*facts)->stationId); !s)
        return s.error();
    if ((*facts)->status != u"found_alive" && (*facts)->status != u"rescued")
        return invalid(QStringLiteral("case"),
                       tr("Case %1 did not close with the person found alive or rescued: "
                          "there is no one to reunite.")
                           .arg((*facts)->caseNo));
    ReunionDraft d = input;
    if (!d.date.isValid())
        return invalid(QStringLiteral("date"), tr("Enter the date of the reunion."));
    if (d.date > Clock::instance().now().date())
        return invalid(QStringLiteral("date"), tr("The date of the reunion is in the future."));
    if ((*facts)->outcomeDate.isValid() && d.date < (*facts)->outcomeDate)
        return invalid(QStringLiteral("date"), tr("The reunion cannot be before the person was found (%1).")
                                                   .arg(dateText((*facts)->outcomeDate)));
    if (!ways().contains(d.how))
        return invalid(QStringLiteral("how"), tr("Choose how the family was reunited: in person, by video or "
                                                 "at the station."));
    d.familyKey = d.familyKey.trimmed();
    if (d.familyKey.isEmpty())
        d.familyKey = (*facts)->householdId ? householdKey((*facts)->householdId)
                                            : QStringLiteral("case:%1").arg(caseId);
    const auto existing = store.reunion(caseId);
    if (!existing)
        return existing.error();
    if (*existing)
        return Error{QStringLiteral("case"),
                     tr("The family of case %1 is already recorded as reunited.").arg((*facts)->caseNo),
                     Error::Kind::Conflict};
    Transaction tx(m_db.sql());
    const auto id = store.insertReunion(caseId, d, m_actor.userId, wallText(Clock::instance().now()));
    if (!id)
        return id.error();
    const QJsonObject after{{QStringLiteral("reunited_on"), d.date.toString(Qt::ISODate)},
                            {QStringLiteral("how"), d.how},
                            {QStringLiteral("family_key"), d.familyKey},
                            {QStringLiteral("note"), d.note.trimmed()}};
    if (Status s =
            AuditLog(m_db.sql())
                .append(m_actor, QStringLiteral("reunite"), kEntity, QString::number(caseId), {}, after);
        !s)
        return s.error();
    if (!tx.commit())
        return tx.error();
    return *id;
}

Status ReunionService::remove(qint64 caseId)
{
    if (!mayEdit())
        return refused(m_db.sql(), m_actor, kEntity, QString::number(caseId),
                       denied(Roles::deniedMessage(m_actor, tr("record family reunions"))));
    CrimeStore store(m_db.sql());
    const auto facts = store.caseFacts(caseId);
    if (!facts)
        return facts.error();
    if (!*facts)
        return notFound(QStringLiteral("case"), tr("There is no case number %1.").arg(caseId));
    if (Status s = reachable(caseId, (*facts)->stationId); !s)
        return s;
    const auto existing = store.reunion(caseId);
    if (!existing)
        return existing.error();
    if (!*existing)
        return notFound(QStringLiteral("case"),
                        tr("No reunion is recorded for case %1.").arg((*facts)->caseNo));
    Transaction tx(m_db.sql());
    if (Status s = store.removeReunion(caseId); !s)
        return s;
    const QJsonObject before{{QStringLiteral("reunited_on"), (*existing)->date.toString(Qt::ISODate)},
                             {QStringLiteral("how"), (*existing)->how},
                             {QStringLiteral("family_key"), (*existing)->familyKey}};
    if (Status s =
            AuditLog(m_db.sql())
                .append(m_actor, QStringLiteral("unreunite"), kEntity, QString::number(caseId), before, {});
        !s)
        return s;
    return tx.commitOrError();
}

Result<std::optional<Reunion>> ReunionService::forCase(qint64 caseId) const
{
    CrimeStore store(m_db.sql());
    const auto facts = store.caseFacts(caseId);
    if (!facts)
        return facts.error();
    if (!*facts)
        return notFound(QStringLiteral("case"), tr("There is no case number %1.").arg(caseId));
    if (Status s = checkStation(m_db.sql(), m_actor, (*facts)->stationId, kEntity, QString::number(caseId),
                                tr("open the cases of another station"));
        !s)
        return s.error();
    return store.reunion(caseId);
}

} // namespace hc
