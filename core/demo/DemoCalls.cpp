// The demo's call log (issue 13, outcome 5): every case opened from a public report came in as a
// call that opened it; other calls added leads to cases, gave information only, or needed no
// action (with the reason). Calls fall over the operation's weeks and the two weeks either side
// of it, so that figures by date count some outside the operation. Written last, so the random
// draws of the rest of the demo stay as they were.

#include "core/demo/DemoBuilder.h"
#include "core/demo/DemoNames.h"

#include <QSqlError>

namespace hc::demo {

namespace {
const QString kInsertCall = QStringLiteral(
    "INSERT INTO calls(uuid, station_id, called_at, caller_name, caller_phone, line, line_officer_id, "
    "report_text, result, case_id, lead_id, reason, logged_by, logged_at) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");

// stamp() for moments before the operation's first day too (floor division).
QString when(Moment m)
{
    const qint64 days = m >= 0 ? m / kDay : -((-m + kDay - 1) / kDay);
    return opStart().addDays(days).toString(Qt::ISODate) + QLatin1Char('T') +
           QTime::fromMSecsSinceStartOfDay(int(m - days * kDay) * 1000).toString(Qt::ISODate);
}

const char16_t* const kInfo[] = {u"询问走访登记需要带哪些证件", u"反映邻居家老人近日未见，经核实已随子女外出",
                                 u"提供一条走失人员线索，经核实与在办案件无关", u"询问户籍补录办理流程",
                                 u"反映小区有流浪人员，已通知救助站"};
const char16_t* const kNone[] = {u"打错电话", u"来电无声，回拨无人接听", u"恶意骚扰电话",
                                 u"咨询与本行动无关的交通事故事宜"};
const char16_t* const kNoneReasons[] = {u"误拨", u"无法联系来电人", u"骚扰电话", u"已告知拨打122"};
} // namespace

Status Builder::calls()
{
    QSqlQuery ins(m_db), insLead(m_db);
    if (!ins.prepare(kInsertCall) ||
        !insLead.prepare(QStringLiteral("INSERT INTO leads(case_id, at, kind, text, source, officer_id) "
                                        "VALUES (?, ?, 'call', ?, ?, ?)")))
        return storageError(m_db.lastError().text());
    // A call that opened its case: a few minutes before the case was written.
    for (const CaseSeed& c : m_cases) {
        if (c.screeningId || c.duplicateOf >= 0)
            continue;
        const Station& st = m_stations.at(c.station);
        const bool hotline = m_rng.chance(0.75);
        const Moment at = std::max<Moment>(0, c.opened - m_rng.range(5, 40) * 60);
        const QString text =
            QStringLiteral(u"来电称%1（%2岁）走失，最后见于%3").arg(c.name).arg(c.age).arg(c.place);
        if (!insert(ins, m_rng.uuid().toString(QUuid::WithoutBraces), st.id, stamp(at),
                    orNull(c.reporterName), c.reporterPhone.isEmpty() ? demo::mobile(m_rng) : c.reporterPhone,
                    hotline ? QStringLiteral("hotline") : QStringLiteral("officer"),
                    hotline ? QVariant() : QVariant(m_rng.pick(st.officers)), text, QStringLiteral("case"),
                    c.rowId, QVariant(), QVariant(), c.createdBy, stamp(c.opened)))
            return m_error;
    }
    if (Status s = leadCalls(ins, insLead); !s)
        return s;
    return otherCalls(ins);
}

// The demo's leads of kind "call" came in as calls that added them to their case.
Status Builder::leadCalls(QSqlQuery& ins, QSqlQuery&)
{
    QSqlQuery leads(m_db);
    if (!leads.exec(
            QStringLiteral("SELECT l.id, l.case_id, l.at, l.text, c.station_id, coalesce(l.officer_id, "
                           "c.created_by) FROM leads l JOIN cases c ON c.id = l.case_id "
                           "WHERE l.kind = 'call' ORDER BY l.id")))
        return storageError(leads.lastError().text());
    while (leads.next()) {
        const QString caller = demo::surname(m_rng) + demo::givenName(m_rng, m_rng.chance(0.5));
        if (!insert(ins, m_rng.uuid().toString(QUuid::WithoutBraces), leads.value(4), leads.value(2), caller,
                    demo::mobile(m_rng), QStringLiteral("hotline"), QVariant(), leads.value(3),
                    QStringLiteral("lead"), leads.value(1), leads.value(0), QVariant(), leads.value(5),
                    leads.value(2)))
            return m_error;
    }
    return {};
}

// Information only, or no action with the reason, from two weeks before to two weeks after.
Status Builder::otherCalls(QSqlQuery& ins)
{
    const qint64 n = std::max<qint64>(30, std::llround(450 * m_scale));
    for (qint64 i = 0; i < n; ++i) {
        const Station& st = m_rng.pick(m_stations);
        const Moment at = (m_rng.range(-14, kDays + 13)) * kDay + m_rng.range(7 * 60, 22 * 60) * 60;
        const bool info = m_rng.chance(0.65);
        const int what = m_rng.range(0, info ? 4 : 3);
        const bool hotline = m_rng.chance(0.7);
        const qint64 officer = m_rng.pick(st.officers);
        const QString caller =
            m_rng.chance(0.2) ? QString() : demo::surname(m_rng) + demo::givenName(m_rng, m_rng.chance(0.5));
        if (!insert(ins, m_rng.uuid().toString(QUuid::WithoutBraces), st.id, when(at), orNull(caller),
                    demo::mobile(m_rng), hotline ? QStringLiteral("hotline") : QStringLiteral("officer"),
                    hotline ? QVariant() : QVariant(officer),
                    QString::fromUtf16(info ? kInfo[what] : kNone[what]),
                    info ? QStringLiteral("info") : QStringLiteral("none"), QVariant(), QVariant(),
                    info ? QVariant() : QVariant(QString::fromUtf16(kNoneReasons[what])), officer,
                    when(at + 300)))
            return m_error;
    }
    return {};
}

} // namespace hc::demo
