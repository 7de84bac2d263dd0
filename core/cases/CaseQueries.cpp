// CaseService's reads: the case list with its filters and the whole case file.

#include "core/cases/CaseService.h"

#include "core/auth/Scope.h"
#include "core/cases/CaseStore.h"
#include "core/cases/RecordNumbers.h"
#include "core/common/Clock.h"
#include "core/storage/Database.h"

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

// The age at today, the days open (until the outcome once closed) and whether it is overdue.
CaseRow derived(const CaseListEntry& e, const QDateTime& now)
{
    CaseRow r = e.row;
    const QDate today = now.date();
    r.age = e.birthYear ? today.year() - e.birthYear : -1;
    const QDate opened = QDate::fromString(r.openedAt.left(10), Qt::ISODate);
    const QDate until = isActive(r.status) ? today : QDate::fromString(e.outcomeDate, Qt::ISODate);
    r.daysOpen = opened.isValid() && until.isValid() ? int(std::max<qint64>(0, opened.daysTo(until))) : 0;
    r.overdue = isActive(r.status) && lastActivity(r.openedAt, r.lastLeadAt) < now.addDays(-kOverdueDays);
    return r;
}
} // namespace

Result<QList<CaseRow>> CaseService::list(const CaseFilter& f) const
{
    // An officer works on the own station's cases (none without a station).
    const auto scoped = Scope::narrow(m_actor, f.stationId, tr("see the cases of another station"));
    if (!scoped)
        return refused(m_db.sql(), m_actor, QStringLiteral("station"), QString::number(f.stationId),
                       scoped.error());
    std::optional<qint64> station;
    if (*scoped)
        station = *scoped;
    const QDateTime now = wallNow();
    const auto entries = store().list(f, station, wallText(now.addDays(-kOverdueDays)));
    if (!entries)
        return entries.error();
    QList<CaseRow> rows;
    rows.reserve(entries->size());
    for (const CaseListEntry& e : *entries)
        rows << derived(e, now);
    return rows;
}

Result<qint64> CaseService::findByNumber(const QString& caseNo) const
{
    const auto found = store().findByNumber(caseNo.trimmed().toUpper());
    if (!found)
        return found.error();
    if (!*found)
        return notFound(QStringLiteral("case"), tr("There is no case %1.").arg(caseNo.trimmed()));
    const qint64 id = (*found)->first;
    const auto station = store().stationOf(id);
    if (!station)
        return station.error();
    if (Status s = visible(id, *station); !s)
        return s.error();
    return id;
}

Result<CaseFile> CaseService::load(qint64 caseId) const
{
    auto file = loadFile(caseId);
    if (!file)
        return file;
    if (Status s = auditRead(m_db.sql(), m_actor, QStringLiteral("view"), QStringLiteral("case"),
                             QString::number(caseId), {{QStringLiteral("case_no"), file->caseNo}});
        !s)
        return s.error();
    return file;
}

Result<CaseFile> CaseService::loadFile(qint64 caseId) const
{
    const CaseStore cases = store();
    auto file = cases.file(caseId);
    if (!file)
        return file.error();
    if (!*file)
        return notFound(QStringLiteral("case"), tr("There is no case number %1.").arg(caseId));
    CaseFile c = std::move(*file.value());
    if (Status s = visible(caseId, c.fields.stationId); !s)
        return s.error();
    auto leads = cases.leads(caseId);
    if (!leads)
        return leads.error();
    c.leads = std::move(leads.value());
    c.overdue =
        !c.isClosed() && lastActivity(c.openedAt, c.leads.isEmpty() ? QString() : c.leads.first().at) <
                             wallNow().addDays(-kOverdueDays);
    auto links = cases.links(caseId);
    if (!links)
        return links.error();
    c.links = std::move(links.value());
    return c;
}

} // namespace hc
