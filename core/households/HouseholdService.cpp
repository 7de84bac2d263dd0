#include "core/households/HouseholdService.h"

#include "core/auth/Scope.h"
#include "core/households/HouseholdStore.h"
#include "core/search/SearchService.h"
#include "core/storage/Database.h"

#include <QSet>

namespace hc {

HouseholdService::HouseholdService(Database& db, Actor actor) : m_db(db), m_actor(std::move(actor)) {}

// The households a filter's search text stands for: the search index answers first, and its
// hits (people stand for their households) narrow the page query to a few hundred ids.
// nullopt when the filter has no search text.
Result<std::optional<QList<qint64>>> HouseholdService::searched(const HouseholdFilter& f) const
{
    if (f.search.trimmed().isEmpty())
        return std::optional<QList<qint64>>();
    const auto hits = SearchService(m_db, m_actor).search(f.search, 500);
    if (!hits)
        return hits.error();
    QSet<qint64> ids;
    for (const SearchHit& h : *hits)
        if (h.householdId)
            ids.insert(h.householdId);
    return std::optional<QList<qint64>>(ids.values());
}

Result<HouseholdFilter> HouseholdService::narrowed(const HouseholdFilter& f) const
{
    const auto station = Scope::narrow(m_actor, f.stationId, tr("list the households of another station"));
    if (!station)
        return refused(m_db.sql(), m_actor, QStringLiteral("station"), QString::number(f.stationId),
                       station.error());
    HouseholdFilter n = f;
    n.stationId = *station;
    return n;
}

Status HouseholdService::reach(qint64 householdId, const QString& entityId) const
{
    const auto station = HouseholdStore(m_db.sql()).stationOfHousehold(householdId);
    if (!station)
        return station.error();
    if (!*station)
        return notFound(QStringLiteral("household"), tr("There is no household %1.").arg(entityId));
    return checkStation(m_db.sql(), m_actor, **station, QStringLiteral("household"), entityId,
                        tr("open households of another station"));
}

Result<HouseholdService::Scoped> HouseholdService::scoped(const HouseholdFilter& f) const
{
    const auto n = narrowed(f);
    if (!n)
        return n.error();
    auto within = searched(*n);
    if (!within)
        return within.error();
    return Scoped{*n, std::move(within).value()};
}

Result<QList<HouseholdRow>> HouseholdService::page(const HouseholdFilter& f, const QString& after,
                                                   int limit) const
{
    const auto s = scoped(f);
    if (!s)
        return s.error();
    return HouseholdStore(m_db.sql()).page(s->filter, s->within, after, limit);
}

Result<std::pair<QList<HouseholdRow>, qint64>> HouseholdService::firstPage(const HouseholdFilter& f,
                                                                           int limit) const
{
    const auto s = scoped(f);
    if (!s)
        return s.error();
    const HouseholdStore store(m_db.sql());
    auto rows = store.page(s->filter, s->within, QString(), limit);
    if (!rows)
        return rows.error();
    const auto total = store.count(s->filter, s->within);
    if (!total)
        return total.error();
    return std::make_pair(std::move(rows).value(), *total);
}

Result<std::optional<qint64>> HouseholdService::nextToVisit(const HouseholdFilter& filter,
                                                            const QString& after) const
{
    const auto n = narrowed(filter);
    if (!n)
        return n.error();
    const auto within = searched(*n);
    if (!within)
        return within.error();
    return HouseholdStore(m_db.sql()).nextToVisit(*n, *within, after);
}

Result<HouseholdDetail> HouseholdService::detail(qint64 householdId, qint64 operationId) const
{
    if (Status s = reach(householdId, QString::number(householdId)); !s)
        return s.error();
    const HouseholdStore store(m_db.sql());
    auto found = store.household(householdId, operationId);
    if (!found)
        return found.error();
    if (!*found)
        return notFound(QStringLiteral("household"), tr("There is no household number %1.").arg(householdId));
    HouseholdDetail d = **found;
    auto members = store.members(householdId, operationId);
    if (!members)
        return members.error();
    d.members = std::move(members).value();
    d.household.members = int(d.members.size());
    auto visits = store.visits(householdId, operationId);
    if (!visits)
        return visits.error();
    d.visits = std::move(visits).value();
    if (Status s = auditRead(m_db.sql(), m_actor, QStringLiteral("view"), QStringLiteral("household"),
                             QString::number(householdId),
                             {{QStringLiteral("household_no"), d.household.householdNo},
                              {QStringLiteral("members"), d.household.members}});
        !s)
        return s.error();
    return d;
}

Result<qint64> HouseholdService::findByNumber(const QString& householdNo) const
{
    const auto id = HouseholdStore(m_db.sql()).idOfNumber(householdNo.trimmed());
    if (!id)
        return id.error();
    if (!*id)
        return notFound(QStringLiteral("household_no"),
                        tr("There is no household %1.").arg(householdNo.trimmed()));
    if (Status s = reach(**id, householdNo.trimmed()); !s)
        return s.error();
    return **id;
}

Result<qint64> HouseholdService::householdOfPerson(qint64 personId) const
{
    const auto household = HouseholdStore(m_db.sql()).householdOfPerson(personId);
    if (!household)
        return household.error();
    if (!*household)
        return notFound(QStringLiteral("person"), tr("There is no person number %1.").arg(personId));
    if (**household == 0)
        return notFound(QStringLiteral("household"), tr("This person belongs to no household."));
    if (Status s = reach(**household, QString::number(**household)); !s)
        return s.error();
    return **household;
}

QList<StationRow> HouseholdService::stations() const
{
    auto rows = HouseholdStore(m_db.sql()).stations();
    return rows ? std::move(rows).value() : QList<StationRow>();
}

QList<AreaRow> HouseholdService::areas(qint64 stationId) const
{
    auto rows = HouseholdStore(m_db.sql()).areas(stationId);
    return rows ? std::move(rows).value() : QList<AreaRow>();
}

} // namespace hc
