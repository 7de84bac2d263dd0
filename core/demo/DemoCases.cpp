// The Builder's last stage: the missing-person cases that came out of the sweep or were reported,
// each with its timeline of leads, and the links that tie cases and people together.

#include "core/demo/DemoBuilder.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <vector>

namespace hc::demo {

// ---- Cases, their timelines and links ------------------------------------------------------

Status Builder::cases()
{
    if (Status s = progress(91); !s)
        return s;
    const qint64 reports = std::llround(300 * m_scale), duplicates = std::llround(8 * m_scale);
    // Reports about people from outside the registry: new persons with no household here.
    m_members.clear(); // and so no relatives on record
    for (qint64 i = std::max<qint64>(0, reports - duplicates - m_reported.taken); i > 0; --i) {
        const int station = m_rng.range(0, int(m_stations.size()) - 1);
        Member m = demo::outsider(m_rng, opStart());
        const QString id = m_rng.chance(0.7)
                               ? m_ids.make(m_rng.range(kSubBureaus, m_ids.codes() - 1), m.birth, m.male)
                               : QString();
        if (!person(m, id, QVariant(), true, QStringLiteral(u"非本市户籍，由报警人报告失踪")))
            return m_error;
        CaseSeed c = seedFor(m, station, m_rng.pick(m_stations.at(station).areas).name,
                             m_rng.range(0, kDays - 1) * kDay + m_rng.range(8 * 3600, 22 * 3600));
        c.reporterName = demo::surname(m_rng) + demo::givenName(m_rng, m_rng.chance(0.5));
        c.reporterPhone = demo::mobile(m_rng);
        c.lastSeen = dateOf(c.opened).addDays(-m_rng.range(1, 45));
        m_cases.push_back(c);
    }
    // Duplicates: a relative reports someone who already has a file; merged into it.
    const int originals = int(m_cases.size());
    for (qint64 i = 0; i < duplicates && originals > 0; ++i) {
        const int of = m_rng.range(0, originals - 1);
        CaseSeed c = m_cases[of];
        c.screeningId = 0;
        c.duplicateOf = of;
        c.status = QStringLiteral("duplicate");
        c.reporterName =
            c.kinName.isEmpty() ? demo::surname(m_rng) + demo::givenName(m_rng, true) : c.kinName;
        c.reporterPhone = c.kinPhone.isEmpty() ? demo::mobile(m_rng) : c.kinPhone;
        c.opened = std::max(c.opened + 60, std::min(kLastMoment, daytimeAfter(c.opened, 20)));
        c.outcome = dateOf(c.opened).addDays(m_rng.range(0, 5));
        m_cases.push_back(c);
    }
    demo::assignOutcomes(m_rng, m_cases, m_scale, opStart(), latestOutcome());
    if (Status s = progress(94); !s)
        return s;
    return writeCases();
}

Status Builder::writeCases()
{
    // Case numbers follow the order the files were opened in, as a real register's would.
    std::vector<int> order(m_cases.size());
    for (int i = 0; i < int(order.size()); ++i)
        order[i] = i;
    std::stable_sort(order.begin(), order.end(),
                     [&](int a, int b) { return m_cases[a].opened < m_cases[b].opened; });
    std::map<QString, std::vector<int>>
        tipPhones;                // caller's number -> cases it gave tips on (ordered: deterministic)
    std::vector<QString> callers; // recent callers; a few call about several cases
    for (int n = 0; n < int(order.size()); ++n) {
        CaseSeed& c = m_cases[order[n]];
        c.number = n + 1;
        if (!writeCase(c) || !writeLeads(c, order[n], tipPhones, callers))
            return m_error;
    }
    if (Status s = progress(97); !s)
        return s;
    return writeLinks(tipPhones);
}

// The case file's row.
bool Builder::writeCase(CaseSeed& c)
{
    const Station& st = m_stations.at(c.station);
    const demo::Circumstances why = demo::circumstances(m_rng, c.age, c.screeningId != 0);
    const QString risk = why.risk > 0 || !c.crime.isEmpty() ? QStringLiteral("high")
                         : why.risk < 0                     ? QStringLiteral("low")
                                                            : QStringLiteral("medium");
    const QString contacts =
        !c.kinName.isEmpty()
            ? QStringLiteral(u"家属%1（%2），电话%3")
                  .arg(c.kinName, c.kinRelation, c.kinPhone.isEmpty() ? QStringLiteral(u"无") : c.kinPhone)
        : !c.reporterName.isEmpty() ? QStringLiteral(u"报警人%1，电话%2").arg(c.reporterName, c.reporterPhone)
                                    : QString();
    const QString uuid = m_rng.uuid().toString(QUuid::WithoutBraces);
    c.place = demo::lastSeenPlace(m_rng, c.area);
    const QString description = demo::description(m_rng, c.age, c.male, &c.heightCm);
    // What the caller said, in the words of the duty officer's note.
    const QString report =
        c.screeningId
            ? QString()
            : QStringLiteral(u"报警人%1来电称：%2（%3，%4岁）于%5在%6与家人失去联系，%7，至今下落不明。")
                  .arg(c.reporterName, c.name, c.male ? QStringLiteral(u"男") : QStringLiteral(u"女"))
                  .arg(c.age)
                  .arg(c.lastSeen.toString(QStringLiteral("yyyy年M月d日")), c.place, why.text);
    if (!insert(m_insCase, uuid, demo::caseNumber(c.number), m_operationId, st.id, c.personId,
                c.screeningId ? QStringLiteral("screening") : QStringLiteral("public_report"),
                orNull(c.screeningId), orNull(c.reporterName), orNull(c.reporterPhone), c.status, risk,
                stamp(c.opened), c.lastSeen.toString(Qt::ISODate), c.place, why.text, description,
                orNull(contacts),
                c.outcome.isValid() ? QVariant(c.outcome.toString(Qt::ISODate)) : QVariant(), orNull(c.crime),
                c.reunited ? 1 : 0, c.duplicateOf >= 0 ? QVariant(m_cases[c.duplicateOf].rowId) : QVariant(),
                c.createdBy, c.name, c.male ? QStringLiteral("M") : QStringLiteral("F"), c.birthYear,
                c.heightCm, orNull(report), stamp(c.opened)))
        return false;
    c.rowId = m_insCase.lastInsertId().toLongLong();
    ++m_sum.cases;
    return true;
}

// The timeline: a few leads while the case is open, and how it ended (tips remembered by the
// caller's number for the links).
bool Builder::writeLeads(CaseSeed& c, int index, std::map<QString, std::vector<int>>& tipPhones,
                         std::vector<QString>& callers)
{
    static const double kindWeights[] = {2, 2, 2, 2, 3};
    static const char* const kinds[] = {"sighting", "tip", "call", "search", "action"};
    const Station& st = m_stations.at(c.station);
    const qint64 investigator = m_rng.pick(m_investigators.at(st.subBureau));
    auto lead = [&](Moment at, const QString& kind, const QString& text, const QString& source) {
        if (!insert(m_insLead, c.rowId, stamp(at), kind, text, orNull(source), investigator))
            return false;
        ++m_sum.leads;
        return true;
    };
    const Moment closed =
        c.outcome.isValid()
            ? std::max(c.opened + 600, opStart().daysTo(c.outcome) * kDay + m_rng.range(9 * 3600, 20 * 3600))
            : 0;
    if (c.duplicateOf >= 0)
        return lead(closed, QStringLiteral("action"),
                    QStringLiteral(u"经核查与档案%1为同一人，合并处理")
                        .arg(demo::caseNumber(m_cases[c.duplicateOf].number)),
                    {});
    const Moment until = closed ? closed : c.opened + 45 * kDay;
    std::vector<Moment> times(size_t(m_rng.range(1, 6) - (closed ? 1 : 0)));
    for (Moment& t : times)
        t = std::min(daytimeAfter(c.opened, int((until - c.opened) / kDay)), closed ? closed - 60 : until);
    std::sort(times.begin(), times.end());
    for (Moment t : times) {
        const QString kind = QLatin1String(kinds[m_rng.weighted(kindWeights)]);
        QString source;
        if (kind == u"tip") {
            const bool again = !callers.empty() && m_rng.chance(0.06);
            const QString phone = again ? m_rng.pick(callers) : demo::mobile(m_rng);
            if (!again && callers.size() < 200)
                callers.push_back(phone);
            else if (!again)
                callers[size_t(m_rng.range(0, 199))] = phone;
            std::vector<int>& on = tipPhones[phone];
            if (std::find(on.begin(), on.end(), index) == on.end())
                on.push_back(index);
            source = QStringLiteral(u"群众来电 ") + phone;
        } else if (kind == u"sighting") {
            source = m_rng.chance(0.5) ? QStringLiteral(u"群众反映") : QStringLiteral(u"视频监控");
        } else if (kind == u"call" || kind == u"search") {
            source = kind == u"call" ? QStringLiteral(u"电话核查") : QStringLiteral(u"现场搜寻");
        }
        if (!lead(t, kind, demo::leadText(m_rng, kind, c.area), source))
            return false;
    }
    if (closed &&
        !lead(closed, QStringLiteral("action"), demo::closingLeadText(m_rng, c.status, c.crime), {}))
        return false;
    return true;
}

bool Builder::link(const QString& aKind, const QString& aKey, const QString& bKind, const QString& bKey,
                   const QString& kind, double confidence, const QString& note, qint64 by, Moment at)
{
    if (!insert(m_insLink, m_rng.uuid().toString(QUuid::WithoutBraces), aKind, aKey, bKind, bKey, kind,
                std::round(confidence * 100) / 100, note, by, stamp(at)))
        return false;
    ++m_sum.links;
    return true;
}

Status Builder::writeLinks(const std::map<QString, std::vector<int>>& tipPhones)
{
    const QString caseKind = QStringLiteral("case"), personKind = QStringLiteral("person");
    auto investigatorFor = [&](const CaseSeed& c) {
        return m_rng.pick(m_investigators.at(m_stations.at(c.station).subBureau));
    };
    // Cases worked as one ring: every pair within a gang is linked.
    for (const bool kidnapping : {true, false}) {
        std::vector<int> victims;
        for (int i = 0; i < int(m_cases.size()); ++i)
            if (m_cases[i].duplicateOf < 0 &&
                m_cases[i].crime == (kidnapping ? u"kidnapping" : u"trafficking"))
                victims.push_back(i);
        for (const std::vector<int>& ring : demo::rings(m_rng, victims, 2, kidnapping ? 3 : 4)) {
            m_gangs.emplace_back(kidnapping ? QStringLiteral("kidnapping") : QStringLiteral("trafficking"),
                                 ring);
            for (size_t a = 0; a < ring.size(); ++a)
                for (size_t b = a + 1; b < ring.size(); ++b) {
                    const CaseSeed &x = m_cases[ring[a]], &y = m_cases[ring[b]];
                    if (!link(caseKind, QString::number(x.rowId), caseKind, QString::number(y.rowId),
                              QStringLiteral("related_case"), m_rng.real(0.7, 1.0),
                              kidnapping ? QStringLiteral(u"同一绑架团伙作案，并案侦查")
                                         : QStringLiteral(u"同一拐卖团伙作案，并案侦查"),
                              investigatorFor(x), std::max(x.opened, y.opened) + kDay))
                        return m_error;
                }
        }
    }
    // The subject's relative on record.
    for (const CaseSeed& c : m_cases)
        if (c.kinId && c.duplicateOf < 0 &&
            !link(personKind, QString::number(c.personId), personKind, QString::number(c.kinId),
                  QStringLiteral("kin"), m_rng.real(0.85, 1.0),
                  QStringLiteral(u"同户家属（%1）").arg(c.kinRelation), c.createdBy, c.opened))
            return m_error;
    // One caller's number on tips about several cases: worth asking whether the cases connect.
    for (const auto& [phone, on] : tipPhones)
        if (on.size() >= 2)
            for (int i : on)
                if (!link(QStringLiteral("phone"), phone, caseKind, QString::number(m_cases[i].rowId),
                          QStringLiteral("same_phone"), m_rng.real(0.5, 0.9),
                          QStringLiteral(u"同一线索来电号码涉及%1个案件").arg(on.size()),
                          investigatorFor(m_cases[i]), m_cases[i].opened))
                    return m_error;
    return writeFoundPersons();
}

} // namespace hc::demo
