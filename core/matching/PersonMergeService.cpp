#include "core/matching/PersonMergeService.h"

#include "core/audit/AuditLog.h"
#include "core/auth/Scope.h"
#include "core/common/Clock.h"
#include "core/matching/MergeStore.h"
#include "core/registry/IdNumber.h"
#include "core/storage/Database.h"
#include "core/storage/Transaction.h"

#include <QJsonArray>

namespace hc {

namespace {
QString normalisedId(const QString& text)
{
    QString stripped = text;
    stripped.removeIf([](QChar c) { return c.isSpace(); });
    const auto id = IdNumber::parse(stripped, Clock::instance().now().date());
    return id ? id->text() : QString();
}
} // namespace

QJsonObject PersonRecord::toJson() const
{
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("name"), name},
                       {QStringLiteral("id_number"), idNumber},
                       {QStringLiteral("sex"), sex},
                       {QStringLiteral("birth_date"), birthDate},
                       {QStringLiteral("birth_year"), birthYear},
                       {QStringLiteral("phone"), phone},
                       {QStringLiteral("household_id"), householdId},
                       {QStringLiteral("household_no"), householdNo},
                       {QStringLiteral("relation"), relation},
                       {QStringLiteral("registered"), registered},
                       {QStringLiteral("notes"), notes},
                       {QStringLiteral("screenings"), screenings},
                       {QStringLiteral("cases"), cases},
                       {QStringLiteral("links"), links}};
}

PersonMergeService::PersonMergeService(Database& db, Actor actor) : m_db(db), m_actor(std::move(actor)) {}

Result<PersonRecord> PersonMergeService::record(qint64 personId) const
{
    // The duplicates page's readers: investigators and administrators merge, supervisors review.
    if (!m_actor.can(Right::MergePeople) && !m_actor.can(Right::EditCases))
        return refused(m_db.sql(), m_actor, QStringLiteral("person"), QString::number(personId),
                       denied(Roles::deniedMessage(m_actor, tr("compare people's records"))));
    const auto r = MergeStore(m_db.sql()).record(personId);
    if (!r)
        return r.error();
    if (!*r)
        return notFound(QStringLiteral("person"), tr("There is no person number %1.").arg(personId));
    if (Status s = auditRead(m_db.sql(), m_actor, QStringLiteral("view"), QStringLiteral("person"),
                             QString::number(personId));
        !s)
        return s.error();
    return **r;
}

Status PersonMergeService::moveReferences(qint64 keepId, qint64 dropId, MergeSummary& sum,
                                          QJsonArray& conflicts) const
{
    const MergeStore store(m_db.sql());
    // Both screened in the same visit: UNIQUE(visit_id, person_id) allows one; the kept
    // person's screening stays and a case opened from the other now points at it.
    const auto clashes = store.sameVisitClashes(keepId, dropId);
    if (!clashes)
        return clashes.error();
    for (const SameVisitClash& c : *clashes) {
        conflicts << QJsonObject{{QStringLiteral("visit_id"), c.visitId},
                                 {QStringLiteral("kept_screening"), c.keptScreening},
                                 {QStringLiteral("dropped_screening"), c.droppedScreening},
                                 {QStringLiteral("dropped_status"), c.droppedStatus}};
        if (Status s = store.resolveClash(c); !s)
            return s;
        ++sum.screeningsDropped;
    }
    const auto screenings = store.moveScreenings(keepId, dropId);
    if (!screenings)
        return screenings.error();
    sum.screeningsMoved = *screenings;
    const auto cases = store.moveCases(keepId, dropId);
    if (!cases)
        return cases.error();
    sum.casesMoved = *cases;
    const auto links = store.moveLinks(keepId, dropId);
    if (!links)
        return links.error();
    const auto removed = store.removeSelfLinks(keepId);
    if (!removed)
        return removed.error();
    sum.linksRemoved = *removed;
    sum.linksMoved = *links - *removed;
    return store.forgetDismissals(dropId);
}

Status PersonMergeService::fillFields(qint64 keepId, qint64 dropId, MergeSummary& sum) const
{
    const MergeStore store(m_db.sql());
    const auto rows = store.fields(keepId, dropId);
    if (!rows)
        return rows.error();
    if (!*rows)
        return storageError(tr("The two records changed while they were merged."));
    const auto& [keep, drop] = **rows;
    // The fields the kept record lacks come from the dropped one; the dropped row goes first
    // (its ID number is UNIQUE).
    if (Status s = store.deletePerson(dropId); !s)
        return s;
    QList<QPair<QString, QVariant>> sets;
    const QStringList& columns = MergeFields::columns();
    for (int i = 0; i < columns.size(); ++i) {
        const QVariant &k = keep.values.at(i), &d = drop.values.at(i);
        const bool missing = k.isNull() || k.toString().trimmed().isEmpty();
        const bool has = !d.isNull() && !d.toString().trimmed().isEmpty();
        const bool idNumber = columns.at(i) == u"id_number";
        QVariant value;
        if (missing && has)
            value = idNumber && !normalisedId(d.toString()).isEmpty() ? normalisedId(d.toString()) : d;
        else if (idNumber && !missing && has) {
            // The same number written two ways: keep its normalised 18-character form.
            const QString n = normalisedId(k.toString());
            if (!n.isEmpty() && n == normalisedId(d.toString()) && n != k.toString())
                value = n;
        }
        if (value.isValid()) {
            sets << qMakePair(columns.at(i), value);
            sum.filledFields << columns.at(i);
        }
    }
    if (!keep.registered && drop.registered) {
        sets << qMakePair(QStringLiteral("registered"), QVariant(1));
        sum.filledFields << QStringLiteral("registered");
    }
    return store.setFields(keepId, sets);
}

Result<MergeSummary> PersonMergeService::merge(qint64 keepId, qint64 dropId)
{
    if (!m_actor.can(Right::MergePeople))
        return refused(m_db.sql(), m_actor, QStringLiteral("person"), {},
                       denied(Roles::deniedMessage(m_actor, tr("merge people"))));
    if (keepId == dropId)
        return invalid(QStringLiteral("drop"), tr("A person cannot be merged with themself."));
    const auto kept = record(keepId);
    if (!kept)
        return Error{QStringLiteral("keep"), kept.error().message, kept.error().kind};
    const auto dropped = record(dropId);
    if (!dropped)
        return Error{QStringLiteral("drop"), dropped.error().message, dropped.error().kind};

    MergeSummary sum;
    sum.keptId = keepId;
    sum.droppedId = dropId;
    QJsonArray conflicts;
    Transaction tx(m_db.sql());
    if (Status s = moveReferences(keepId, dropId, sum, conflicts); !s)
        return s.error();
    if (Status s = fillFields(keepId, dropId, sum); !s)
        return s.error();
    const auto after = record(keepId);
    if (!after)
        return after.error();
    QJsonObject afterJson{{QStringLiteral("kept"), after->toJson()},
                          {QStringLiteral("screenings_moved"), sum.screeningsMoved},
                          {QStringLiteral("screenings_dropped_same_visit"), sum.screeningsDropped},
                          {QStringLiteral("same_visit_conflicts"), conflicts},
                          {QStringLiteral("cases_moved"), sum.casesMoved},
                          {QStringLiteral("links_moved"), sum.linksMoved},
                          {QStringLiteral("links_removed"), sum.linksRemoved},
                          {QStringLiteral("filled_fields"), QJsonArray::fromStringList(sum.filledFields)}};
    if (Status s =
            AuditLog(m_db.sql())
                .append(m_actor, QStringLiteral("merge"), QStringLiteral("person"), QString::number(keepId),
                        {{QStringLiteral("kept"), kept->toJson()},
                         {QStringLiteral("dropped"), dropped->toJson()}},
                        afterJson);
        !s)
        return s.error();
    if (!tx.commit())
        return tx.error();
    return sum;
}

Status PersonMergeService::dismiss(qint64 personA, qint64 personB)
{
    if (!m_actor.can(Right::MergePeople))
        return refused(m_db.sql(), m_actor, QStringLiteral("person"), {},
                       denied(Roles::deniedMessage(m_actor, tr("dismiss possible duplicates"))));
    if (personA == personB)
        return invalid(QStringLiteral("person"), tr("Choose two different people."));
    for (qint64 id : {personA, personB})
        if (const auto r = record(id); !r)
            return r.error();
    const qint64 a = std::min(personA, personB), b = std::max(personA, personB);
    Transaction tx(m_db.sql());
    const auto added =
        MergeStore(m_db.sql()).dismiss(a, b, m_actor.userId, Clock::instance().now().toString(Qt::ISODate));
    if (!added)
        return added.error();
    if (*added == 0)
        return {}; // already dismissed
    if (Status s = AuditLog(m_db.sql())
                       .append(m_actor, QStringLiteral("dismiss"), QStringLiteral("person_pair"),
                               QStringLiteral("%1-%2").arg(a).arg(b), {},
                               {{QStringLiteral("person_a"), a}, {QStringLiteral("person_b"), b}});
        !s)
        return s;
    return tx.commitOrError();
}

} // namespace hc
