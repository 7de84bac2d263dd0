// The Builder's closing stage: records of people found without identification. Some are the
// subjects of demo cases (found alive in a shelter or hospital, or as remains, and identified;
// or still unidentified while their case is open), described as a shelter or a coroner would
// see them: the same sex, an estimated age range around the true age, a height near the true
// one, found near where they went missing. The rest are strangers. They draw from their own
// random source, so adding them left every earlier row of the demo city as it was.
//
// Identifying marks (schema 13): some case subjects have one or two, on the case as the family
// described them; the shelter or coroner records them on the found person too, now and then one
// missed or put on the other side. Some strangers have marks of their own. The marks draw from
// a source of their own as well.

#include "core/cases/IdentifyingMarks.h"
#include "core/demo/DemoBuilder.h"

#include <algorithm>
#include <cmath>

namespace hc::demo {

namespace {
QString marks(Rng& rng, bool remains)
{
    static const QStringList alive = {QStringLiteral(u"左眉有疤痕"),
                                      QStringLiteral(u"右手背有胎记"),
                                      QStringLiteral(u"戴眼镜"),
                                      QStringLiteral(u"说本地方言，口齿不清"),
                                      QStringLiteral(u"穿灰色夹克、牛仔裤"),
                                      QStringLiteral(u"穿蓝色外套，随身带布包"),
                                      QStringLiteral(u"无明显特征")};
    static const QStringList dead = {QStringLiteral(u"身着深色衣物，无随身证件"),
                                     QStringLiteral(u"左手戴银色手镯"), QStringLiteral(u"门牙缺损"),
                                     QStringLiteral(u"无明显特征")};
    return rng.pick(remains ? dead : alive);
}

struct MarkDraw
{
    const char* kind;
    const char* location;
    const char16_t* description;
};
const MarkDraw kMarks[] = {
    {"tattoo", "left_arm", u"青色龙形纹身"},
    {"tattoo", "right_arm", u"“忍”字纹身"},
    {"tattoo", "back", u"观音像纹身"},
    {"scar", "face", u"左眉疤痕，约2厘米"},
    {"scar", "left_hand", u"手背烫伤疤"},
    {"scar", "abdomen", u"阑尾手术疤痕"},
    {"mole", "face", u"右脸颊黑痣"},
    {"mole", "neck", u"颈后黑痣"},
    {"birthmark", "right_hand", u"手背红色胎记"},
    {"birthmark", "back", u"咖啡色胎记"},
    {"missing_teeth", "face", u"门牙缺一颗"},
    {"missing_limb", "left_hand", u"左手缺小指"},
};

IdentifyingMark drawMark(Rng& rng)
{
    const MarkDraw& d = kMarks[rng.range(0, int(std::size(kMarks)) - 1)];
    return {0, QString::fromLatin1(d.kind), QString::fromLatin1(d.location),
            QString::fromUtf16(d.description)};
}

// The same mark as a shelter or coroner records it: now and then on the other side.
IdentifyingMark seenAgain(Rng& rng, IdentifyingMark m)
{
    if (rng.chance(0.15) && m.location.startsWith(QStringLiteral("left_")))
        m.location.replace(0, 5, QStringLiteral("right_"));
    else if (rng.chance(0.15) && m.location.startsWith(QStringLiteral("right_")))
        m.location.replace(0, 6, QStringLiteral("left_"));
    m.description.clear(); // described in other words, if at all
    return m;
}

// The marks of the found persons and of their cases, from a random source of their own.
class MarkWriter
{
public:
    MarkWriter(const QSqlDatabase& db, quint64 seed) : m_rng(seed), m_ins(db) {}
    bool prepare()
    {
        return m_ins.prepare(QStringLiteral("INSERT INTO identifying_marks(case_id, found_person_id, kind, "
                                            "location, description) VALUES (?, ?, ?, ?, ?)"));
    }
    // A case subject's marks (six in ten have one or two) on the case, and as the shelter or
    // coroner records them on the found person (one in five missed).
    bool subject(qint64 caseRow, qint64 foundRow)
    {
        const int n = m_rng.chance(0.6) ? m_rng.range(1, 2) : 0;
        for (int i = 0; i < n; ++i) {
            const IdentifyingMark m = drawMark(m_rng);
            if (!write(caseRow, 0, m) || (!m_rng.chance(0.2) && !write(0, foundRow, seenAgain(m_rng, m))))
                return false;
        }
        return true;
    }
    // A stranger's own mark, three in ten.
    bool stranger(qint64 foundRow) { return !m_rng.chance(0.3) || write(0, foundRow, drawMark(m_rng)); }
    QString error() const { return m_ins.lastError().text(); }

private:
    bool write(qint64 caseRow, qint64 foundRow, const IdentifyingMark& m)
    {
        m_ins.bindValue(0, orNull(caseRow));
        m_ins.bindValue(1, orNull(foundRow));
        m_ins.bindValue(2, m.kind);
        m_ins.bindValue(3, m.location);
        // description is NOT NULL: an empty one binds as '', not as a null QString.
        m_ins.bindValue(4, m.description.isEmpty() ? QStringLiteral("") : m.description);
        return m_ins.exec();
    }
    Rng m_rng;
    QSqlQuery m_ins;
};

QString placeFound(Rng& rng, const QString& circumstance, const QString& area)
{
    if (circumstance == u"shelter")
        return rng.chance(0.5) ? QStringLiteral(u"市救助管理站（%1附近街头送站）").arg(area)
                               : QStringLiteral(u"%1附近，由群众送至救助站").arg(area);
    if (circumstance == u"hospital")
        return QStringLiteral(u"市第一人民医院（%1附近由120送医）").arg(area);
    if (circumstance == u"remains")
        return rng.chance(0.5) ? QStringLiteral(u"%1附近河道").arg(area)
                               : QStringLiteral(u"%1附近山林").arg(area);
    return QStringLiteral(u"%1附近").arg(area);
}
} // namespace

Status Builder::writeFoundPersons()
{
    Rng rng(m_options.seed ^ 0x5eedf00dULL);
    MarkWriter markWriter(m_db, m_options.seed ^ 0x3a2c5b17ULL);
    if (!markWriter.prepare())
        return storageError(m_db.lastError().text());
    const qint64 total = std::max<qint64>(1, std::llround(40 * m_scale));
    int number = 0;
    auto write = [&](const QString& circumstance, qint64 stationId, bool male, int age, int height,
                     const QString& nameGiven, const QString& area, QDate found, const QString& status,
                     qint64 caseRow, qint64 by) {
        const int spread = circumstance == u"remains" ? rng.range(4, 8) : rng.range(2, 5);
        const int ageMin = std::max(0, age - spread), ageMax = age + spread;
        const int h = std::clamp(height + rng.range(-3, 3), 40, 230);
        const Moment at = opStart().daysTo(found) * kDay + rng.range(8 * 3600, 20 * 3600);
        if (!insert(m_insFound, rng.uuid().toString(QUuid::WithoutBraces),
                    QStringLiteral("WM2026-%1").arg(++number, 5, 10, QLatin1Char('0')), circumstance,
                    orNull(stationId), male ? QStringLiteral("M") : QStringLiteral("F"), ageMin, ageMax, h,
                    orNull(nameGiven), marks(rng, circumstance == u"remains"),
                    placeFound(rng, circumstance, area), found.toString(Qt::ISODate),
                    status == u"identified" ? QStringLiteral(u"经DNA比对确认身份") : QString(), status,
                    orNull(caseRow), by, stamp(at)))
            return false;
        return true;
    };

    // Subjects of cases: those found alive or dead, and some whose case is still open.
    std::vector<int> candidates;
    for (int i = 0; i < int(m_cases.size()); ++i) {
        const CaseSeed& c = m_cases[i];
        if (c.duplicateOf < 0 && (c.status == u"found_alive" || c.status == u"found_deceased" ||
                                  c.status.isEmpty() || c.status == u"open" || c.status == u"investigating"))
            candidates.push_back(i);
    }
    rng.shuffle(candidates);
    const qint64 ofCases = std::min<qint64>(qint64(candidates.size()), std::llround(total * 0.45));
    for (qint64 n = 0; n < ofCases; ++n) {
        const CaseSeed& c = m_cases[candidates[size_t(n)]];
        const Station& st = m_stations.at(c.station);
        const qint64 by = rng.pick(m_investigators.at(st.subBureau));
        const bool closed = c.outcome.isValid();
        const bool dead = c.status == u"found_deceased";
        const QString circumstance = dead                             ? QStringLiteral("remains")
                                     : c.age >= 65 || rng.chance(0.3) ? QStringLiteral("hospital")
                                                                      : QStringLiteral("shelter");
        const QDate opened = dateOf(c.opened);
        const QDate found = closed ? std::max(opened, c.outcome.addDays(-rng.range(0, 10)))
                                   : std::min(latestOutcome(), opened.addDays(rng.range(3, 60)));
        // A shelter resident sometimes gives a given name, or a surname.
        const QString nameGiven =
            !dead && c.name.size() >= 2 && rng.chance(0.35)
                ? (rng.chance(0.5) ? c.name.mid(1) : c.name.left(1) + QStringLiteral(u"某"))
                : QString();
        const int ageThen = c.age + int(opStart().daysTo(found) / 365);
        if (!write(circumstance, st.id, c.male, ageThen, c.heightCm, nameGiven, c.area, found,
                   closed ? QStringLiteral("identified") : QStringLiteral("open"), closed ? c.rowId : 0,
                   by) ||
            !markWriter.subject(c.rowId, m_insFound.lastInsertId().toLongLong()))
            return m_error.message.isEmpty() ? storageError(markWriter.error()) : m_error;
    }
    // Strangers: people no case here is about.
    for (qint64 n = ofCases; n < total; ++n) {
        const int s = rng.range(0, int(m_stations.size()) - 1);
        const Station& st = m_stations.at(s);
        const bool male = rng.chance(0.6);
        const int age = rng.chance(0.6) ? rng.range(60, 88) : rng.range(18, 59);
        const int height = male ? rng.range(160, 180) : rng.range(150, 166);
        static const double kinds[] = {5, 3, 2, 1};
        static const char* const circumstances[] = {"shelter", "hospital", "remains", "other"};
        const QString circumstance = QLatin1String(circumstances[rng.weighted(kinds)]);
        const QDate found = opStart().addDays(rng.range(0, int(opStart().daysTo(latestOutcome()))));
        if (!write(circumstance, st.id, male, age, height, QString(), rng.pick(st.areas).name, found,
                   rng.chance(0.15) ? QStringLiteral("closed") : QStringLiteral("open"), 0,
                   rng.pick(m_investigators.at(st.subBureau))) ||
            !markWriter.stranger(m_insFound.lastInsertId().toLongLong()))
            return m_error.message.isEmpty() ? storageError(markWriter.error()) : m_error;
    }
    return progress(99);
}

} // namespace hc::demo
