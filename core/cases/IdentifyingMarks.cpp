#include "core/cases/IdentifyingMarks.h"

#include "core/registry/Vocabulary.h"

#include <QJsonObject>
#include <algorithm>

namespace hc {

namespace {
QString key(const IdentifyingMark& m)
{
    return m.kind + QLatin1Char('\n') + m.location + QLatin1Char('\n') + m.description.trimmed();
}
} // namespace

// The terms themselves are the project's vocabulary (Vocabulary::Kind::MarkKind, BodyLocation).
const QStringList& MarkVocabulary::kinds()
{
    return Vocabulary::codes(Vocabulary::Kind::MarkKind);
}

const QStringList& MarkVocabulary::locations()
{
    return Vocabulary::codes(Vocabulary::Kind::BodyLocation);
}

QString MarkVocabulary::kindLabel(const QString& kind)
{
    return Vocabulary::label(Vocabulary::Kind::MarkKind, kind);
}

QString MarkVocabulary::locationLabel(const QString& location)
{
    return Vocabulary::label(Vocabulary::Kind::BodyLocation, location);
}

std::optional<QString> MarkVocabulary::parseKind(const QString& text)
{
    return Vocabulary::parse(Vocabulary::Kind::MarkKind, text);
}

std::optional<QString> MarkVocabulary::parseLocation(const QString& text)
{
    return Vocabulary::parse(Vocabulary::Kind::BodyLocation, text);
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

std::optional<QList<IdentifyingMark>> MarkVocabulary::fromJson(const QJsonArray& marks)
{
    QList<IdentifyingMark> out;
    for (const QJsonValue& v : marks) {
        if (!v.isObject())
            return std::nullopt;
        const QJsonObject o = v.toObject();
        IdentifyingMark m;
        for (const auto& [key, field] : {std::pair{"kind", &m.kind}, std::pair{"location", &m.location},
                                         std::pair{"description", &m.description}}) {
            const QJsonValue f = o.value(QLatin1String(key));
            if (!f.isString() && !f.isUndefined())
                return std::nullopt;
            *field = f.toString();
        }
        out << m;
    }
    return out;
}

} // namespace hc
