// The investigators' side of the cases: every case's officer in charge (the investigator who
// logged its first lead), and the actions raised on the cases, as in a major-incident enquiry:
// on a closed case a few, all signed off before it closed; on an open one the autumn's actions,
// some still with the officer (a few past their due date), some returned and waiting for the
// supervisor, some sent back, some signed off. Each step is on the case's timeline.

#include "core/demo/DemoBuilder.h"

#include <QUuid>

namespace hc::demo {

namespace {
// What is asked, and what comes back (the demo's language is the city's).
const char16_t* const kWhat[] = {
    u"调取失踪地点周边监控录像（失踪前后各24小时）", u"走访失踪人的亲友、同事并制作询问笔录",
    u"核查失踪人手机号码的通话记录和最后位置",       u"向本市救助站、医院核查有无相符的无名人员",
    u"比对失踪人亲属的DNA样本并录入数据库",          u"在失踪人常去的网吧、车站、公园张贴协查通报",
    u"核查失踪人的银行卡、社保卡近期使用记录",
};
const char16_t* const kResult[] = {
    u"监控已调取，失踪人最后出现在公交站，随后去向不明。",
    u"已询问亲友三人，提供了失踪人可能去往外地务工的线索。",
    u"最后位置在本区，此后关机，通话记录已移交分析。",
    u"救助站和三家医院均无相符人员。",
    u"样本已采集并录入，暂无比中。",
    u"通报已张贴二十处，收到群众来电两次。",
    u"近三个月无使用记录。",
};
constexpr int kTexts = int(sizeof(kWhat) / sizeof(kWhat[0]));

} // namespace

Status Builder::investigations()
{
    QSqlQuery setOfficer(m_db), insAction(m_db), insEvent(m_db);
    if (!setOfficer.prepare(QStringLiteral(
            "UPDATE cases SET officer_in_charge = (SELECT l.officer_id FROM leads l WHERE "
            "l.case_id = cases.id ORDER BY l.at, l.id LIMIT 1) WHERE status <> 'duplicate'")) ||
        !insAction.prepare(QStringLiteral(
            "INSERT INTO actions(uuid, case_id, station_id, what, allocated_to, due_date, priority, status, "
            "result, sent_back_reason, raised_by, raised_at, returned_at, signed_off_by, signed_off_at, "
            "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) ||
        !insEvent.prepare(QStringLiteral("INSERT INTO action_events(action_id, case_id, at, event, note, "
                                         "by_user, actor) VALUES (?, ?, ?, ?, ?, ?, ?)")) ||
        !setOfficer.exec())
        return storageError(tr("Preparing the demo data failed: %1").arg(m_db.lastError().text()));
    QSqlQuery badges(m_db);
    std::map<qint64, QString> badgeOf;
    if (!badges.exec(QStringLiteral("SELECT id, badge FROM users")))
        return storageError(badges.lastError().text());
    while (badges.next())
        badgeOf[badges.value(0).toLongLong()] = badges.value(1).toString();
    Rng rng(m_options.seed ^ 0xac710a5ULL); // a stream of its own: earlier stages stay as they were
    for (const CaseSeed& c : m_cases)
        if (c.duplicateOf < 0 && !caseActions(rng, c, insAction, insEvent, badgeOf))
            return m_error;
    return {};
}

bool Builder::caseActions(Rng& rng, const CaseSeed& c, QSqlQuery& insAction, QSqlQuery& insEvent,
                          const std::map<qint64, QString>& badgeOf)
{
    const Station& st = m_stations.at(c.station);
    const qint64 investigator = rng.pick(m_investigators.at(st.subBureau));
    const bool open = !c.outcome.isValid();
    const Moment closed = open ? 0 : opStart().daysTo(c.outcome) * kDay + 9 * 3600;
    const Moment autumn = opStart().daysTo(latestOutcome()) * kDay;
    const int count = open ? rng.range(1, 3) : rng.range(0, 2);
    for (int i = 0; i < count; ++i) {
        ActionPlan p;
        p.what = rng.range(0, kTexts - 1);
        if (open) {
            p.raised = autumn - rng.range(0, 40) * kDay + rng.range(8 * 3600, 18 * 3600);
            const double draw = rng.real();
            p.status = draw < 0.4    ? QStringLiteral("allocated")
                       : draw < 0.65 ? QStringLiteral("returned")
                       : draw < 0.75 ? QStringLiteral("sent_back")
                                     : QStringLiteral("signed_off");
        } else {
            if (closed - c.opened < 3 * kDay)
                break;
            p.raised =
                c.opened + rng.range(3600, int(std::min<Moment>(closed - c.opened - 2 * kDay, 30 * kDay)));
            p.status = QStringLiteral("signed_off");
        }
        // Returned within days and reviewed within a day; on a closed case, both before it closed.
        const Moment by = open ? p.raised + 7 * kDay : closed;
        p.returned = p.raised + rng.range(3600, int(std::min<Moment>(6 * kDay, (by - p.raised) / 2)));
        p.reviewed = p.returned + rng.range(600, int(std::min<Moment>(kDay, (by - p.returned) / 2)));
        if (!action(rng, c, p, investigator, insAction, insEvent, badgeOf))
            return false;
    }
    return true;
}

bool Builder::action(Rng& rng, const CaseSeed& c, const ActionPlan& p, qint64 investigator,
                     QSqlQuery& insAction, QSqlQuery& insEvent, const std::map<qint64, QString>& badgeOf)
{
    const Station& st = m_stations.at(c.station);
    // Half go to an officer of the case's station, the rest to the investigator in charge.
    const qint64 to = rng.chance(0.5) && !st.officers.isEmpty() ? rng.pick(st.officers) : investigator;
    const QString due = dateOf(p.raised).addDays(rng.range(5, 45)).toString(Qt::ISODate);
    const QString priority = rng.chance(0.3) ? QStringLiteral("high") : QStringLiteral("normal");
    const bool wasReturned = p.status != QLatin1String("allocated");
    const bool signedOff = p.status == QLatin1String("signed_off");
    const bool sentBack = p.status == QLatin1String("sent_back");
    const QString result = wasReturned ? QString::fromUtf16(kResult[p.what]) : QString();
    const QString reason = sentBack ? QStringLiteral(u"请补充询问笔录并注明联系方式。") : QString();
    const Moment updated = signedOff || sentBack ? p.reviewed : wasReturned ? p.returned : p.raised;
    if (!insert(insAction, rng.uuid().toString(QUuid::WithoutBraces), c.rowId, st.id,
                QString::fromUtf16(kWhat[p.what]), to, due, priority, p.status, orNull(result),
                orNull(reason), investigator, stamp(p.raised),
                wasReturned ? QVariant(stamp(p.returned)) : QVariant(),
                signedOff ? QVariant(st.supervisor) : QVariant(),
                signedOff ? QVariant(stamp(p.reviewed)) : QVariant(), stamp(updated)))
        return false;
    const qint64 id = insAction.lastInsertId().toLongLong();
    ++m_sum.actions;
    auto event = [&](Moment at, const char* what, const QString& note, qint64 by) {
        return insert(insEvent, id, c.rowId, stamp(at), QString::fromLatin1(what), orNull(note), by,
                      badgeOf.count(by) ? badgeOf.at(by) : QString());
    };
    return event(p.raised, "raised", QString(), investigator) &&
           (!wasReturned || event(p.returned, "returned", result, to)) &&
           (!signedOff || event(p.reviewed, "signed_off", QString(), st.supervisor)) &&
           (!sentBack || event(p.reviewed, "sent_back", reason, st.supervisor));
}

} // namespace hc::demo
