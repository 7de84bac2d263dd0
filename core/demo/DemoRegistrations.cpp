// The Builder's last stage: the registration files of the people found living with no
// registration (issue 13). Most went the whole way to an ID card within weeks of being found
// (the sweep's registration drive: most are registered, and given their card, before the
// operation ends, so the league's registrations column has figures to rank);
// some are still on the way (referred, documents gathered, application filed, registered and
// waiting for the card), a few were never referred, and some files were closed: not eligible,
// moved away, or - those who said they had no registration but are on record elsewhere -
// registered elsewhere. Each step is a timeline event by the officer responsible. The stage
// draws from its own random source, so every earlier row of the demo city stays as it was.

#include "core/demo/DemoBuilder.h"

#include <QUuid>

namespace hc::demo {

namespace {
struct Found
{
    qint64 person = 0, station = 0, household = 0;
    QDate on;
    int birthYear = 0;
    bool male = false, onRecordElsewhere = false;
};

const QStringList kStages = {QStringLiteral("referred"), QStringLiteral("documents"), QStringLiteral("filed"),
                             QStringLiteral("registered"), QStringLiteral("id_card")};
} // namespace

Status Builder::registrations()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral(
            "SELECT p.id, a.station_id, p.household_id, min(s.screened_at), coalesce(p.birth_year, 2015), "
            "coalesce(p.sex, 'M'), coalesce(p.notes, '') FROM screenings s JOIN persons p ON p.id = "
            "s.person_id "
            "JOIN households h ON h.id = p.household_id JOIN areas a ON a.id = h.area_id "
            "WHERE s.status = 'unregistered_found' GROUP BY p.id, a.station_id ORDER BY p.id")))
        return storageError(q.lastError().text());
    std::vector<Found> found;
    while (q.next())
        found.push_back({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(),
                         QDate::fromString(q.value(3).toString().left(10), Qt::ISODate), q.value(4).toInt(),
                         q.value(5).toString() == u"M", q.value(6).toString().contains(u"自述未落户")});
    Rng rng(m_options.seed ^ 0x7265673133ULL); // "reg13"
    for (const Found& f : found)
        if (Status s = registration(rng, f.person, f.station, f.household, f.on, f.birthYear, f.male,
                                    f.onRecordElsewhere);
            !s)
            return s;
    return {};
}

// One person's file: how far it got, with dates a few days apart (about three weeks from found to
// registered, four to the card), never after the demo's latest outcome date.
Status Builder::registration(Rng& rng, qint64 person, qint64 stationId, qint64 household, QDate on,
                             int birthYear, bool male, bool onRecordElsewhere)
{
    static const double reach[] = {4, 4, 4, 5, 5, 70, 8}; // found .. id_card, closed
    int last = rng.weighted(reach) - 1;                   // -1: not referred yet
    const bool closed = onRecordElsewhere || last == 5;
    if (closed)
        last = rng.range(0, 2);
    const Station* st = nullptr;
    for (const Station& s : m_stations)
        if (s.id == stationId)
            st = &s;
    if (!st || last < 0)
        return {};
    const qint64 officer = st->officers.isEmpty() ? st->supervisor : rng.pick(st->officers);
    static const int gaps[][2] = {{1, 5}, {2, 10}, {1, 7}, {3, 14}, {2, 10}};
    QList<QDate> dates;
    for (int i = 0; i <= last; ++i) {
        const QDate d = (dates.isEmpty() ? on : dates.last()).addDays(rng.range(gaps[i][0], gaps[i][1]));
        if (d > latestOutcome())
            break;
        dates << d;
    }
    if (dates.isEmpty())
        return {};
    QSqlQuery ins(m_db);
    ins.prepare(QStringLiteral(
        "INSERT INTO registrations(uuid, person_id, station_id, stage, officer_id, referred_on, "
        "documents_on, "
        "filed_on, registered_on, id_card_on, doc_birth, doc_parents, dna_needed, doc_dna, doc_certificate, "
        "household_id, id_number, last_step_on, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    const bool dna = rng.chance(0.3);
    const bool hasDocs = dates.size() > 1;
    QString idNumber;
    if (dates.size() > 3) {
        const QDate birth = QDate(birthYear, 1, 1).addDays(rng.range(0, 364));
        idNumber = m_ids.make(st->subBureau, birth, male);
    }
    auto dateAt = [&dates](int i) {
        return i < dates.size() ? QVariant(dates.at(i).toString(Qt::ISODate)) : QVariant();
    };
    const QString stage = kStages.at(dates.size() - 1);
    if (!insert(ins, QUuid::createUuidV5(QUuid(), QString::number(person)).toString(QUuid::WithoutBraces),
                person, stationId, stage, officer, dateAt(0), dateAt(1), dateAt(2), dateAt(3), dateAt(4),
                int(hasDocs && rng.chance(0.8)), int(hasDocs && rng.chance(0.6)), int(dna),
                int(hasDocs && dna), int(hasDocs && rng.chance(0.5)),
                idNumber.isEmpty() ? QVariant() : QVariant(household), orNull(idNumber),
                dates.last().toString(Qt::ISODate), dates.last().toString(Qt::ISODate)))
        return m_error;
    const qint64 file = ins.lastInsertId().toLongLong();
    return registrationSteps(rng, file, person, stationId, officer, dates, closed, onRecordElsewhere,
                             idNumber, household);
}

// The file's timeline, the closing if any, and the person registered once the stage is reached.
Status Builder::registrationSteps(Rng& rng, qint64 file, qint64 person, qint64 stationId, qint64 officer,
                                  const QList<QDate>& dates, bool closed, bool onRecordElsewhere,
                                  const QString& idNumber, qint64 household)
{
    QSqlQuery ev(m_db);
    ev.prepare(
        QStringLiteral("INSERT INTO registration_events(registration_id, person_id, station_id, at, stage, "
                       "on_date, note, by_user, actor) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'demo')"));
    for (int i = 0; i < dates.size(); ++i)
        if (!insert(ev, file, person, stationId,
                    dates.at(i).toString(Qt::ISODate) + QStringLiteral("T10:00:00"), kStages.at(i),
                    dates.at(i).toString(Qt::ISODate), QVariant(), officer))
            return m_error;
    if (closed) {
        static const QStringList reasons = {QStringLiteral("not_eligible"), QStringLiteral("moved_away")};
        const QString reason = onRecordElsewhere ? QStringLiteral("registered_elsewhere") : rng.pick(reasons);
        const QString note = reason == u"moved_away" ? QStringLiteral(u"随家人迁往外省")
                             : reason == u"not_eligible" ? QStringLiteral(u"系外籍人员，不符合落户条件")
                                                         : QStringLiteral(u"经核查已在原籍登记户口");
        const QDate on = dates.last().addDays(rng.range(3, 20));
        QSqlQuery close(m_db);
        close.prepare(
            QStringLiteral("UPDATE registrations SET stage = 'closed', closed_on = ?, closed_reason = ?, "
                           "closed_note = ?, last_step_on = ? WHERE id = ?"));
        if (!insert(close, on.toString(Qt::ISODate), reason, note, on.toString(Qt::ISODate), file) ||
            !insert(ev, file, person, stationId, on.toString(Qt::ISODate) + QStringLiteral("T10:00:00"),
                    QStringLiteral("closed"), on.toString(Qt::ISODate), note, officer))
            return m_error;
        return {};
    }
    if (idNumber.isEmpty())
        return {};
    QSqlQuery reg(m_db);
    reg.prepare(
        QStringLiteral("UPDATE persons SET id_number = ?, birth_date = ?, registered = 1, household_id = ? "
                       "WHERE id = ?"));
    const QString birth =
        idNumber.mid(6, 4) + QLatin1Char('-') + idNumber.mid(10, 2) + QLatin1Char('-') + idNumber.mid(12, 2);
    if (!insert(reg, idNumber, birth, household, person))
        return m_error;
    return {};
}

} // namespace hc::demo
