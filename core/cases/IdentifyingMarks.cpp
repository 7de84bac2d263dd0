#include "core/cases/IdentifyingMarks.h"

#include <QJsonObject>
#include <algorithm>

namespace hc {

namespace {
struct Term
{
    const char* code;
    const char16_t* chinese;
    const char* english; // source text for tr()
};

const Term kKinds[] = {
    {"scar", u"疤痕", QT_TRANSLATE_NOOP("hc::MarkVocabulary", "Scar")},
    {"mole", u"痣", QT_TRANSLATE_NOOP("hc::MarkVocabulary", "Mole")},
    {"tattoo", u"纹身", QT_TRANSLATE_NOOP("hc::MarkVocabulary", "Tattoo")},
    {"birthmark", u"胎记", QT_TRANSLATE_NOOP("hc::MarkVocabulary", "Birthmark")},
    {"missing_teeth", u"缺齿", QT_TRANSLATE_NOOP("hc::MarkVocabulary", "Missing teeth")},
    {"missing_limb", u"肢体残缺", QT_TRANSLATE_NOOP("hc::MarkVocabulary", "Missing limb")},
    {"other", u"其他", QT_TRANSLATE_NOOP("hc::MarkVocabulary", "Other mark")},
};
const Term kLocations[] = {
    {"head", u"头部", QT_TRANSLATE_NOOP("hc::MarkVocabulary", "Head")},
    {"face", u"面部", QT_TRANSLATE_NOOP("hc::MarkVocabulary", "Face")},
    {"neck", u"颈部", QT_TRANSLATE_NOOP("hc::MarkVocabulary", "Neck")},
    {"chest", u"胸部", QT_TRANSLATE_NOOP("hc::MarkVocabulary", "Chest")},
    {"back", u"背部", QT_TRANSLATE_NOOP("hc::MarkVocabulary", "Back")},
    {"abdomen", u"腹部", QT_TRANSLATE_NOOP("hc::MarkVocabulary", "Abdomen")},
    {"left_arm", u"左臂", QT_TRANSLATE_NOOP("hc::MarkVocabulary", "Left arm")},
    {"right_arm", u"右臂", QT_TRANSLATE_NOOP("hc::MarkVocabulary", "Right arm")},
    {"left_hand", u"左手", QT_TRANSLATE_NOOP("hc::MarkVocabulary", "Left hand")},
    {"right_hand", u"右手", QT_TRANSLATE_NOOP("hc::MarkVocabulary", "Right hand")},
    {"left_leg", u"左腿", QT_TRANSLATE_NOOP("hc::MarkVocabulary", "Left leg")},
    {"right_leg", u"右腿", QT_TRANSLATE_NOOP("hc::MarkVocabulary", "Right leg")},
    {"left_foot", u"左脚", QT_TRANSLATE_NOOP("hc::MarkVocabulary", "Left foot")},
    {"right_foot", u"右脚", QT_TRANSLATE_NOOP("hc::MarkVocabulary", "Right foot")},
    {"other", u"其他部位", QT_TRANSLATE_NOOP("hc::MarkVocabulary", "Other location")},
};

template <std::size_t N> QStringList codesOf(const Term (&terms)[N])
{
    QStringList out;
    for (const Term& t : terms)
        out << QString::fromLatin1(t.code);
    return out;
}

template <std::size_t N> QString labelOf(const Term (&terms)[N], const QString& code)
{
    for (const Term& t : terms)
        if (code == QLatin1String(t.code))
            return MarkVocabulary::tr(t.english);
    return code;
}

template <std::size_t N> std::optional<QString> parseOf(const Term (&terms)[N], const QString& text)
{
    const QString t = text.trimmed();
    for (const Term& term : terms)
        if (!t.isEmpty() &&
            (t.compare(QLatin1String(term.code), Qt::CaseInsensitive) == 0 || t == QStringView(term.chinese)))
            return QString::fromLatin1(term.code);
    return std::nullopt;
}

QString key(const IdentifyingMark& m)
{
    return m.kind + QLatin1Char('\n') + m.location + QLatin1Char('\n') + m.description.trimmed();
}
} // namespace

const QStringList& MarkVocabulary::kinds()
{
    static const QStringList codes = codesOf(kKinds);
    return codes;
}

const QStringList& MarkVocabulary::locations()
{
    static const QStringList codes = codesOf(kLocations);
    return codes;
}

QString MarkVocabulary::kindLabel(const QString& kind)
{
    return labelOf(kKinds, kind);
}

QString MarkVocabulary::locationLabel(const QString& location)
{
    return labelOf(kLocations, location);
}

std::optional<QString> MarkVocabulary::parseKind(const QString& text)
{
    return parseOf(kKinds, text);
}

std::optional<QString> MarkVocabulary::parseLocation(const QString& text)
{
    return parseOf(kLocations, text);
}

QString MarkVocabulary::text(const IdentifyingMark& m)
{
    const QString where = tr("%1, %2").arg(kindLabel(m.kind), locationLabel(m.location).toLower());
    return m.description.trimmed().isEmpty() ? where : tr("%1: %2").arg(where, m.description.trimmed());
}

Status MarkVocabulary::validate(const QList<IdentifyingMark>& marks)
{
    for (int i = 0; i < marks.size(); ++i) {
        const IdentifyingMark& m = marks[i];
        if (!kinds().contains(m.kind))
            return invalid(QStringLiteral("mark_kind"),
                           tr("Mark %1: choose what kind of mark it is.").arg(i + 1));
        if (!locations().contains(m.location))
            return invalid(QStringLiteral("mark_location"),
                           tr("Mark %1: choose where on the body it is.").arg(i + 1));
        if (m.description.trimmed().size() > 500)
            return invalid(QStringLiteral("mark_description"),
                           tr("Mark %1: the description is longer than 500 characters.").arg(i + 1));
    }
    return {};
}

QList<IdentifyingMark> MarkVocabulary::normalised(QList<IdentifyingMark> marks)
{
    for (IdentifyingMark& m : marks)
        m.description = m.description.trimmed();
    return marks;
}

bool MarkVocabulary::sameList(const QList<IdentifyingMark>& a, const QList<IdentifyingMark>& b)
{
    if (a.size() != b.size())
        return false;
    QStringList ka, kb;
    for (const IdentifyingMark& m : a)
        ka << key(m);
    for (const IdentifyingMark& m : b)
        kb << key(m);
    std::sort(ka.begin(), ka.end());
    std::sort(kb.begin(), kb.end());
    return ka == kb;
}

QJsonArray MarkVocabulary::toJson(const QList<IdentifyingMark>& marks)
{
    QJsonArray out;
    for (const IdentifyingMark& m : marks)
        out << QJsonObject{{QStringLiteral("kind"), m.kind},
                           {QStringLiteral("location"), m.location},
                           {QStringLiteral("description"), m.description.trimmed()}};
    return out;
}

} // namespace hc
