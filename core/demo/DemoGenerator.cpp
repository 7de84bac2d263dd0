#include "core/demo/DemoGenerator.h"

#include "core/audit/AuditLog.h"
#include "core/auth/PasswordHasher.h"
#include "core/common/Logging.h"
#include "core/demo/DemoBuilder.h"
#include "core/storage/Database.h"
#include "core/storage/SearchIndexDeferral.h"
#include "core/storage/Transaction.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>
#include <cmath>
#include <vector>

namespace hc::demo {

Status Builder::progress(int percent)
{
    if (percent != m_lastPercent && m_options.progress) {
        m_lastPercent = percent;
        if (!m_options.progress(percent))
            return Error{{}, tr("Building the demo city was cancelled."), Error::Kind::Cancelled};
    }
    return {};
}

Status Builder::prepare()
{
    const bool ok =
        m_insHousehold.prepare(
            QStringLiteral("INSERT INTO households(household_no, area_id, address) VALUES (?, ?, ?)")) &&
        m_insPerson.prepare(
            QStringLiteral("INSERT INTO persons(id_number, name, sex, birth_date, birth_year, phone, "
                           "household_id, relation, registered, notes) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) &&
        m_insVisit.prepare(
            QStringLiteral("INSERT INTO visits(uuid, operation_id, household_id, officer_id, "
                           "visited_at, outcome, notes, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) &&
        m_insScreening.prepare(
            QStringLiteral("INSERT INTO screenings(uuid, visit_id, operation_id, person_id, screened_at, "
                           "status, whereabouts, "
                           "verified_by, event_date, notes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) &&
        m_insCase.prepare(QStringLiteral(
            "INSERT INTO cases(uuid, case_no, operation_id, station_id, subject_person_id, source, "
            "screening_id, "
            "reporter_name, reporter_phone, status, risk_level, opened_at, last_seen_date, last_seen_place, "
            "circumstances, description, contacts, outcome_date, crime_kind, family_reunited, duplicate_of, "
            "created_by, subject_name, subject_sex, subject_birth_year, subject_height_cm, report_text, "
            "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
            "?, ?, "
            "?)")) &&
        m_insLead.prepare(QStringLiteral("INSERT INTO leads(case_id, at, kind, text, source, officer_id) "
                                         "VALUES (?, ?, ?, ?, ?, ?)")) &&
        m_insLink.prepare(
            QStringLiteral("INSERT INTO links(uuid, a_kind, a_key, b_kind, b_key, kind, confidence, "
                           "note, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) &&
        m_insFound.prepare(QStringLiteral(
            "INSERT INTO found_persons(uuid, record_no, circumstance, station_id, sex, age_min, age_max, "
            "height_cm, name_given, marks, place_found, found_date, notes, status, matched_case_id, "
            "created_by, "
            "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!ok)
        return storageError(tr("Preparing the demo data failed: %1").arg(m_db.lastError().text()));
    return {};
}

Status Builder::run(DemoSummary& sum)
{
    m_total = std::max<qint64>(1, std::llround(kHouseholds * m_scale));
    // Published counts, scaled: ~700 whereabouts unknown, ~400 unregistered people found, and
    // about a third of ~300 public reports concern someone on the registry.
    m_unknown = {std::llround(700 * m_scale), 0, 0, 3.4};
    m_unregistered = {std::llround(400 * m_scale), 0, 0, 0.95};
    m_reported = {std::llround(300 * m_scale * 0.35), 0, 0, 0.4};
    for (auto step :
         {&Builder::prepare, &Builder::places, &Builder::accounts, &Builder::operation, &Builder::households,
          &Builder::cases, &Builder::duplicates, &Builder::followUp, &Builder::registrations,
          &Builder::crimes, &Builder::reunions, &Builder::calls, &Builder::investigations}) {
        if (Status s = (this->*step)(); !s)
            return s;
    }
    m_sum.operationName = DemoGenerator::operationName();
    sum = m_sum;
    return {};
}

// ---- Places and the people who sign in -----------------------------------------------------

Status Builder::places()
{
    QSqlQuery insSub(m_db), insStation(m_db), insArea(m_db);
    if (!insSub.prepare(QStringLiteral("INSERT INTO sub_bureaus(name) VALUES (?)")) ||
        !insStation.prepare(QStringLiteral("INSERT INTO stations(name, sub_bureau_id) VALUES (?, ?)")) ||
        !insArea.prepare(QStringLiteral("INSERT INTO areas(station_id, name) VALUES (?, ?)")))
        return storageError(m_db.lastError().text());
    for (int b = 0; b < kSubBureaus; ++b) {
        if (!insert(insSub, demo::subBureauNames().at(b)))
            return m_error;
        const qint64 subId = insSub.lastInsertId().toLongLong();
        ++m_sum.subBureaus;
        for (int s = 0; s < kStationsPerSubBureau; ++s) {
            Station st;
            st.subBureau = b;
            st.code = s + 1;
            // Stations did not all get going at once: each curve is shifted and stretched a little.
            st.mid = std::clamp(m_rng.normal(40, 5), 28.0, 55.0);
            st.spread = m_rng.real(6.5, 9.5);
            if (!insert(insStation, demo::stationName(b * kStationsPerSubBureau + s), subId))
                return m_error;
            st.id = insStation.lastInsertId().toLongLong();
            ++m_sum.stations;
            QSet<QString> names;
            for (const int areas = m_rng.range(12, 18); names.size() < areas;) {
                Area a = demo::makeArea(m_rng, demo::isCounty(b) ? m_rng.chance(0.8) : m_rng.chance(0.05));
                if (names.contains(a.name))
                    continue;
                names.insert(a.name);
                if (!insert(insArea, st.id, a.name))
                    return m_error;
                a.id = insArea.lastInsertId().toLongLong();
                ++m_sum.areas;
                st.areas << a;
            }
            m_stations << st;
        }
    }
    return {};
}

Status Builder::accounts()
{
    // Argon2id is slow and memory-hard on purpose (about 30 ms and 19 MiB a call): hash the shared
    // demo password once and give all ~550 accounts the same string.
    const QString hash = PasswordHasher::hash(DemoGenerator::demoPassword());
    if (hash.isEmpty())
        return storageError(tr("Hashing the demo password failed (out of memory?)."));
    QSqlQuery q(m_db);
    QSet<QString> badges;
    if (!q.exec(QStringLiteral("SELECT badge FROM users")))
        return storageError(q.lastError().text());
    while (q.next())
        badges.insert(q.value(0).toString());
    if (!q.prepare(QStringLiteral("INSERT INTO users(badge, name, station_id, role, password_hash, active, "
                                  "created_at) VALUES (?, ?, ?, ?, ?, 1, ?)")))
        return storageError(q.lastError().text());
    const QString created = QStringLiteral("2026-02-20T09:00:00");
    auto add = [&](QString badge, const QVariant& station, const QString& role) -> qint64 {
        while (badge.isEmpty() || badges.contains(badge))
            badge = QString::number(m_rng.range(100000, 999999));
        badges.insert(badge);
        const bool male = m_rng.chance(0.8);
        if (!insert(q, badge, demo::surname(m_rng) + demo::givenName(m_rng, male), station, role, hash,
                    created))
            return 0;
        ++m_sum.officers;
        return q.lastInsertId().toLongLong();
    };
    for (Station& st : m_stations) {
        for (int n = m_rng.range(6, 10); n > 0; --n) {
            const qint64 id = add({}, st.id, QStringLiteral("officer"));
            if (!id)
                return m_error;
            st.officers << id;
        }
        if (!(st.supervisor = add({}, st.id, QStringLiteral("supervisor"))))
            return m_error;
    }
    // Investigators belong to the sub-bureau; users has no sub-bureau column, so they are filed
    // under its first station.
    for (int b = 0; b < kSubBureaus; ++b) {
        m_investigators << QList<qint64>();
        for (int n = 0; n < 2; ++n) {
            const qint64 id =
                add({}, m_stations.at(b * kStationsPerSubBureau).id, QStringLiteral("investigator"));
            if (!id)
                return m_error;
            m_investigators.last() << id;
        }
    }
    if (!badges.contains(QStringLiteral("admin")) &&
        !add(QStringLiteral("admin"), QVariant(), QStringLiteral("admin")))
        return m_error;
    return {};
}

Status Builder::operation()
{
    // A round target the bureau could have set beforehand: just under the households in scope,
    // never below 95% of them.
    qint64 unit = 1;
    while (unit * 100 <= m_total)
        unit *= 10;
    qint64 target = m_total * 98 / 100 / unit * unit;
    while (target * 100 < m_total * 95 && unit > 1) {
        unit /= 10;
        target = m_total * 98 / 100 / unit * unit;
    }
    QSqlQuery q(m_db);
    if (!q.prepare(QStringLiteral("INSERT INTO operations(name, start_date, end_date, target_households, "
                                  "all_stations, created_at) VALUES (?, ?, ?, ?, 1, ?)")) ||
        !insert(q, DemoGenerator::operationName(), opStart().toString(Qt::ISODate),
                opEnd().toString(Qt::ISODate), std::max<qint64>(1, target),
                QStringLiteral("2026-02-25T10:00:00")))
        return m_error.message.isEmpty() ? storageError(q.lastError().text()) : m_error;
    m_operationId = q.lastInsertId().toLongLong();
    return {};
}

// ---- The registry and the sweep, household by household -----------------------------------

Status Builder::households()
{
    double weight = 0;
    for (const Station& st : m_stations)
        for (const Area& a : st.areas)
            weight += a.weight;
    // Cumulative rounding: the areas' shares add up to exactly m_total households.
    double cumulative = 0;
    qint64 assigned = 0;
    for (Station& st : m_stations)
        for (Area& a : st.areas) {
            cumulative += a.weight;
            const qint64 upTo = std::llround(double(m_total) * cumulative / weight);
            a.planned = upTo - assigned;
            assigned = upTo;
        }
    qint64 done = 0;
    for (int st = 0; st < int(m_stations.size()); ++st)
        for (Area& a : m_stations[st].areas)
            for (qint64 i = 0; i < a.planned; ++i, ++done) {
                if (Status s = progress(int(done * 90 / m_total)); !s)
                    return s;
                if (Status s = household(st, a, done); !s)
                    return s;
            }
    return {};
}

int Builder::coverDay(const Station& st)
{
    // Logistic: a slow start while stations organise, a steep middle, a tail of hard cases.
    for (;;) {
        const double u = m_rng.real(0.0005, 0.9995);
        const double day = st.mid + st.spread * std::log(u / (1 - u));
        if (day >= 0 && day < kDays)
            return int(day);
    }
}

Moment Builder::visitMoment(int day)
{
    // 08:30-21:00, busier in the evening when people are home.
    return day * kDay +
           (m_rng.chance(0.4) ? m_rng.range(18 * 3600, 21 * 3600) : m_rng.range(8 * 3600 + 1800, 21 * 3600));
}

// Office hours for paperwork (08:00-22:00) on one of the next `maxDays` days, after `from`.
Moment Builder::daytimeAfter(Moment from, int maxDays)
{
    const Moment t = (from / kDay + m_rng.range(0, maxDays)) * kDay + m_rng.range(8 * 3600, 22 * 3600);
    return t > from ? t : from + m_rng.range(300, 3600);
}

bool Builder::person(Member& m, const QString& idNumber, const QVariant& household, bool registered,
                     const QString& notes)
{
    if (!insert(m_insPerson, orNull(idNumber), m.name, m.male ? QStringLiteral("M") : QStringLiteral("F"),
                registered ? QVariant(m.birth.toString(Qt::ISODate)) : QVariant(), m.birth.year(),
                orNull(m.phone), household, orNull(m.relation), registered ? 1 : 0, orNull(notes)))
        return false;
    m.id = m_insPerson.lastInsertId().toLongLong();
    ++m_sum.persons;
    return true;
}

bool Builder::visit(qint64 household, qint64 officer, Moment at, Outcome outcome, const QString& note,
                    qint64& id)
{
    Moment entered = std::min(at + m_rng.range(300, 7200), at / kDay * kDay + kDay - 1);
    // Some officers type their paper sheets up the next morning (0-18% of their visits, by
    // officer), so that "visits on time" in the station league tells the stations apart. Drawn
    // from the ids, not the generator, so that the rest of the demo stays as it was.
    if (quint64(household * 7919 + at / kDay * 104729) % 100 < quint64(officer % 7) * 3)
        entered = (at / kDay + 1) * kDay + 8 * 3600 + household % 7200;
    if (!insert(m_insVisit, m_rng.uuid().toString(QUuid::WithoutBraces), m_operationId, household, officer,
                stamp(at), demo::code(outcome), orNull(note), stamp(entered)))
        return false;
    ++m_sum.visits;
    id = m_insVisit.lastInsertId().toLongLong();
    return true;
}

bool Builder::screen(qint64 visitId, Moment at, const Member& m, qint64* id)
{
    if (!insert(m_insScreening, m_rng.uuid().toString(QUuid::WithoutBraces), visitId, m_operationId, m.id,
                stamp(at), demo::code(m.check), orNull(m.whereabouts), orNull(m.verifiedBy),
                orNull(m.eventDate), orNull(m.notes)))
        return false;
    ++m_sum.screenings;
    if (id)
        *id = m_insScreening.lastInsertId().toLongLong();
    return true;
}

CaseSeed Builder::seedFor(const Member& m, int station, const QString& area, Moment opened)
{
    CaseSeed c;
    c.opened = std::min(opened, kLastMoment);
    c.personId = m.id;
    c.station = station;
    c.male = m.male;
    c.age = m.age;
    c.area = area;
    c.name = m.name;
    c.birthYear = m.birth.year();
    c.createdBy = m_stations.at(station).supervisor;
    // The relative on record: the head of household, else whoever else is registered there.
    for (const Member& k : m_members)
        if (k.id != m.id && k.check != Check::Unregistered && (!c.kinId || k.relation == u"户主")) {
            c.kinId = k.id;
            c.kinName = k.name;
            c.kinRelation = k.relation;
            c.kinPhone = k.phone;
        }
    return c;
}

// A case opened later for someone the sweep found away: the family lost contact afterwards.
CaseSeed Builder::reportedLater(const Member& m, int stationIndex, const Area& area, Moment visited)
{
    CaseSeed c = seedFor(m, stationIndex, area.name, daytimeAfter(visited + kDay, 30));
    c.reporterName =
        c.kinName.isEmpty() ? demo::surname(m_rng) + demo::givenName(m_rng, m_rng.chance(0.5)) : c.kinName;
    c.reporterPhone = c.kinPhone.isEmpty() ? demo::mobile(m_rng) : c.kinPhone;
    c.lastSeen = dateOf(c.opened).addDays(-m_rng.range(1, 10));
    return c;
}

// A follow-up visit at `again`: most of those away without verification are verified now.
bool Builder::followUp(const Station& st, qint64 hh, qint64 own, Moment again)
{
    qint64 visitId = 0;
    if (!visit(hh, m_rng.chance(0.3) ? st.supervisor : own, again, Outcome::Completed,
               demo::followUpNote(m_rng), visitId))
        return false;
    for (Member& m : m_members) {
        if (m.check == Check::AwayUnverified && m_rng.chance(0.7)) {
            m.check = Check::AwayVerified;
            m.whereabouts = demo::awayWhereabouts(m_rng, m.age, m.male);
            m.verifiedBy = m_rng.chance(0.7) ? QStringLiteral("phone") : QStringLiteral("video");
            m.notes = QStringLiteral(u"回访核实");
        }
        if (!screen(visitId, again, m))
            return false;
    }
    return true;
}

Status Builder::household(int stationIndex, Area& area, qint64 done)
{
    Station& st = m_stations[stationIndex];
    const QString number = QStringLiteral("%1%2%3")
                               .arg(st.subBureau + 1)
                               .arg(st.code, 2, 10, QLatin1Char('0'))
                               .arg(++st.households, 6, 10, QLatin1Char('0'));
    if (!insert(m_insHousehold, number, area.id, demo::nextAddress(m_rng, area)))
        return m_error;
    const qint64 hh = m_insHousehold.lastInsertId().toLongLong();
    ++m_sum.households;
    if (!area.firstHousehold)
        area.firstHousehold = hh;
    if (!st.firstHousehold)
        st.firstHousehold = hh;
    static const double sizes[] = {8, 16, 22, 25, 16, 9, 4}; // 1..7 people, mean 3.68
    demo::makeFamily(m_rng, m_rng.weighted(sizes) + 1, opStart(), m_members);
    for (Member& m : m_members) {
        // Most were born in the district; some elsewhere in the city or in other provinces.
        const double r = m_rng.real();
        const int code = r < 0.7    ? st.subBureau
                         : r < 0.82 ? m_rng.range(0, kSubBureaus - 1)
                                    : m_rng.range(kSubBureaus, m_ids.codes() - 1);
        if (!person(m, m_ids.make(code, m.birth, m.male), hh, true, {}))
            return m_error;
    }

    // The visits this household gets: the last one decides whether it is covered.
    const std::vector<demo::PlannedVisit> plan = demo::planVisits(m_rng, coverDay(st), kDays);
    const qint64 own = m_rng.pick(st.officers); // the household's community officer (片警)
    qint64 visitId = 0;
    Moment at = 0;
    for (const demo::PlannedVisit& p : plan) {
        at = visitMoment(p.day);
        const qint64 officer = m_rng.chance(0.8) ? own : m_rng.pick(st.officers);
        if (!visit(hh, officer, at, p.outcome, demo::visitNote(m_rng, demo::code(p.outcome)), visitId))
            return m_error;
    }
    if (plan.back().outcome != Outcome::Completed)
        return {};

    // Screen every registered member on the covering visit.
    bool unknown = false, unverified = false;
    for (Member& m : m_members) {
        demo::drawCheck(m_rng, m, m_unknown, done, m_total, dateOf(at));
        CaseSeed seed;
        if (m.check == Check::Unknown) {
            const QDate seen = demo::lastSeenBefore(m_rng, m, dateOf(at));
            seed = seedFor(m, stationIndex, area.name, daytimeAfter(at, 3));
            seed.lastSeen = seen;
        }
        if (!screen(visitId, at, m, &seed.screeningId))
            return m_error;
        if (m.check == Check::Unknown) {
            unknown = true;
            seed.createdBy = own;
            m_cases.push_back(seed);
        } else if ((m.check == Check::AwayVerified || m.check == Check::AwayUnverified) &&
                   m_reported.draw(m_rng, 1, done, m_total)) {
            // Later reported missing by the family: contact was lost after the sweep found them away.
            const CaseSeed c = reportedLater(m, stationIndex, area, at);
            m_cases.push_back(c);
        }
        unverified = unverified || m.check == Check::AwayUnverified;
    }
    if (m_unregistered.draw(m_rng, 1, done, m_total)) {
        // Living here with no registration (黑户): mostly children never declared at birth.
        Member u = demo::unregisteredMember(m_rng, m_members, opStart());
        if (!person(u, {}, hh, false, QStringLiteral(u"无户口人员，专项行动中发现")) ||
            !screen(visitId, at, u))
            return m_error;
        m_members.push_back(u);
    }

    // A follow-up visit re-checks the household, mostly to verify where absent members are.
    const int followDay = int(at / kDay) + m_rng.range(3, 20);
    if (!unknown && followDay < kDays && m_rng.chance(unverified ? 0.3 : 0.02) &&
        !followUp(st, hh, own, visitMoment(followDay)))
        return m_error;
    return {};
}

} // namespace hc::demo

namespace hc {

// ---- DemoGenerator -------------------------------------------------------------------------

DemoGenerator::DemoGenerator(Database& db, Actor actor) : m_db(db), m_actor(std::move(actor)) {}

QString DemoGenerator::operationName()
{
    return QStringLiteral(u"2026年春季失踪人口排查专项行动");
}

QString DemoGenerator::demoPassword()
{
    return QStringLiteral("demo");
}

Result<DemoSummary> DemoGenerator::generate(const DemoOptions& options)
{
    if (m_actor.role != Role::Admin)
        return denied(Roles::deniedMessage(m_actor, tr("build the demo city")));
    if (!(options.scale > 0 && options.scale <= 100))
        return invalid(QStringLiteral("scale"), tr("The scale must be above 0 and at most 100."));
    QSqlDatabase& db = m_db.sql();
    {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT (SELECT count(*) FROM households), (SELECT count(*) FROM stations), "
                                 "(SELECT count(*) FROM operations WHERE name = ?)"));
        q.addBindValue(operationName());
        if (!q.exec() || !q.next())
            return storageError(q.lastError().text());
        // A demo city on top of a real registry would mix invented people with real ones.
        if (q.value(0).toLongLong() > 0 || q.value(1).toLongLong() > 0)
            return Error{
                QStringLiteral("db"),
                tr("This database already holds a registry (%1 households, %2 stations); the demo city "
                   "can only be built in an empty database.")
                    .arg(q.value(0).toLongLong())
                    .arg(q.value(1).toLongLong()),
                Error::Kind::Conflict};
        if (q.value(2).toLongLong() > 0)
            return Error{QStringLiteral("db"),
                         tr("This database already holds an operation named \"%1\".").arg(operationName()),
                         Error::Kind::Conflict};
    }
    QElapsedTimer timer;
    timer.start();
    Transaction tx(db);
    if (!tx.active())
        return storageError(tr("Cannot start a transaction: %1").arg(db.lastError().text()));
    // Autovacuum comes for the dead rows of a cancelled build: not in the middle of this one.
    if (Status s = m_db.holdOffVacuum(); !s)
        return s.error();
    DemoSummary sum;
    SearchIndexDeferral deferral(db); // index the whole city for search in one statement
    if (Status s = deferral.begin(); !s)
        return s.error();
    {
        demo::Builder builder(db, options);
        if (Status s = builder.run(sum); !s)
            return s.error(); // the transaction rolls back
    }
    if (Status s = deferral.finish(); !s)
        return s.error();
    const QJsonObject after{
        {QStringLiteral("operation"), sum.operationName},
        {QStringLiteral("scale"), options.scale},
        {QStringLiteral("seed"), QString::number(options.seed)},
        {QStringLiteral("sub_bureaus"), sum.subBureaus},
        {QStringLiteral("stations"), sum.stations},
        {QStringLiteral("areas"), sum.areas},
        {QStringLiteral("households"), sum.households},
        {QStringLiteral("persons"), sum.persons},
        {QStringLiteral("officers"), sum.officers},
        {QStringLiteral("visits"), sum.visits},
        {QStringLiteral("screenings"), sum.screenings},
        {QStringLiteral("cases"), sum.cases},
        {QStringLiteral("leads"), sum.leads},
        {QStringLiteral("links"), sum.links},
        {QStringLiteral("actions"), sum.actions},
    };
    if (Status s = AuditLog(db).append(m_actor, QStringLiteral("demo"), QStringLiteral("database"), QString(),
                                       {}, after);
        !s)
        return s.error();
    if (!tx.commit())
        return storageError(tr("Saving the demo city failed: %1").arg(db.lastError().text()));
    qCInfo(lcDemo, "demo city built in %lld ms: %lld households, %lld persons, %lld screenings, %lld cases",
           qint64(timer.elapsed()), sum.households, sum.persons, sum.screenings, sum.cases);
    if (options.progress)
        options.progress(100);
    return sum;
}

} // namespace hc
