// The demo's crimes and family reunions (issue 13): each kidnapping or trafficking gang the case
// links group is one crime with several victims, each homicide a crime of its own, the people
// rescued from pyramid-selling rings a few crimes of kind "other"; every family reunited with a
// person found alive or rescued gets its reunion. Written after everything else, so the random
// draws of the rest of the demo stay as they were.

#include "core/demo/DemoBuilder.h"

#include <QSqlError>

namespace hc::demo {

bool Builder::crime(QSqlQuery& insCrime, QSqlQuery& insVictim, QSqlQuery& insSuspect, const QString& kind,
                    const std::vector<int>& victims, const QString& note)
{
    const CaseSeed& first = m_cases[size_t(victims.front())];
    QDate committed = first.lastSeen;
    Moment created = first.opened;
    for (int i : victims) {
        committed = std::min(committed, m_cases[size_t(i)].lastSeen);
        created = std::max(created, m_cases[size_t(i)].opened);
    }
    const QString number = QStringLiteral("XZ2026-%1").arg(++m_crimeNumber, 4, 10, QLatin1Char('0'));
    if (!insert(insCrime, m_operationId, m_stations.at(first.station).id, kind,
                committed.toString(Qt::ISODate), number, note, first.createdBy, stamp(created + kDay)))
        return false;
    const qint64 crimeId = insCrime.lastInsertId().toLongLong();
    for (int i : victims)
        if (!insert(insVictim, crimeId, m_cases[size_t(i)].rowId))
            return false;
    return insert(insSuspect, crimeId, QStringLiteral("phone"), demo::mobile(m_rng),
                  QStringLiteral(u"嫌疑人联系电话"));
}

Status Builder::crimes()
{
    QSqlQuery insCrime(m_db), insVictim(m_db), insSuspect(m_db);
    if (!insCrime.prepare(QStringLiteral("INSERT INTO crimes(operation_id, station_id, kind, crime_date, "
                                         "criminal_case_no, solved, note, created_by, created_at) "
                                         "VALUES (?, ?, ?, ?, ?, 1, ?, ?, ?)")) ||
        !insVictim.prepare(QStringLiteral("INSERT INTO crime_victims(crime_id, case_id) VALUES (?, ?)")) ||
        !insSuspect.prepare(
            QStringLiteral("INSERT INTO crime_suspects(crime_id, entity_kind, entity_key, note) "
                           "VALUES (?, ?, ?, ?)")))
        return storageError(m_db.lastError().text());
    for (const auto& [kind, victims] : m_gangs)
        if (!crime(insCrime, insVictim, insSuspect, kind, victims,
                   kind == u"kidnapping" ? QStringLiteral(u"绑架团伙作案，已破获")
                                         : QStringLiteral(u"拐卖团伙作案，已破获")))
            return m_error;
    std::vector<int> pyramid;
    for (int i = 0; i < int(m_cases.size()); ++i) {
        const CaseSeed& c = m_cases[size_t(i)];
        if (c.duplicateOf >= 0)
            continue;
        if (c.crime == u"homicide" &&
            !crime(insCrime, insVictim, insSuspect, c.crime, {i}, QStringLiteral(u"命案，已破获")))
            return m_error;
        if (c.crime == u"other")
            pyramid.push_back(i);
    }
    for (const std::vector<int>& ring : demo::rings(m_rng, pyramid, 3, 6))
        if (!crime(insCrime, insVictim, insSuspect, QStringLiteral("other"), ring,
                   QStringLiteral(u"传销组织非法拘禁，已解救")))
            return m_error;
    return {};
}

Status Builder::reunions()
{
    // The family is the subject's household when the registry knows it, else the case.
    QSqlQuery ins(m_db);
    if (!ins.prepare(
            QStringLiteral("INSERT INTO reunions(case_id, family_key, reunited_on, how, note, created_by, "
                           "created_at) VALUES (?, coalesce((SELECT 'household:' || household_id "
                           "FROM persons WHERE id = ?), ?), ?, ?, ?, ?, ?)")))
        return storageError(m_db.lastError().text());
    const double weights[] = {0.6, 0.25, 0.15};
    const char* const ways[] = {"in_person", "station", "video"};
    const char16_t* const notes[] = {u"家属到场团聚", u"在派出所与家属团聚", u"与家属视频团聚"};
    for (const CaseSeed& c : m_cases) {
        if (!c.reunited || c.duplicateOf >= 0)
            continue;
        const int way = m_rng.weighted(weights);
        if (!insert(ins, c.rowId, c.personId ? QVariant(c.personId) : QVariant(),
                    QStringLiteral("case:%1").arg(c.rowId), c.outcome.toString(Qt::ISODate),
                    QString::fromLatin1(ways[way]), QString::fromUtf16(notes[way]), c.createdBy,
                    c.outcome.toString(Qt::ISODate) + QStringLiteral("T18:00:00")))
            return m_error;
    }
    return {};
}

} // namespace hc::demo
