#include "links/LinkVocabulary.h"

namespace hc {

namespace {
struct Term
{
    const char* code;
    const char16_t* chinese;
    const char* english; // source text for tr()
};

const Term kEntities[] = {
    {"person", u"人员", QT_TRANSLATE_NOOP("hc::LinkVocabulary", "Person")},
    {"case", u"案件", QT_TRANSLATE_NOOP("hc::LinkVocabulary", "Case")},
    {"household", u"户", QT_TRANSLATE_NOOP("hc::LinkVocabulary", "Household")},
    {"phone", u"电话", QT_TRANSLATE_NOOP("hc::LinkVocabulary", "Phone number")},
    {"address", u"地址", QT_TRANSLATE_NOOP("hc::LinkVocabulary", "Address")},
    {"vehicle", u"车牌", QT_TRANSLATE_NOOP("hc::LinkVocabulary", "Vehicle plate")},
};
const Term kLinks[] = {
    {"kin", u"亲属", QT_TRANSLATE_NOOP("hc::LinkVocabulary", "Kin")},
    {"same_phone", u"同一电话", QT_TRANSLATE_NOOP("hc::LinkVocabulary", "Same phone")},
    {"same_address", u"同一地址", QT_TRANSLATE_NOOP("hc::LinkVocabulary", "Same address")},
    {"co_traveller", u"同行人", QT_TRANSLATE_NOOP("hc::LinkVocabulary", "Co-traveller")},
    {"suspect", u"嫌疑人", QT_TRANSLATE_NOOP("hc::LinkVocabulary", "Suspect")},
    {"witness", u"证人", QT_TRANSLATE_NOOP("hc::LinkVocabulary", "Witness")},
    {"sighting", u"目击", QT_TRANSLATE_NOOP("hc::LinkVocabulary", "Sighting")},
    {"related_case", u"关联案件", QT_TRANSLATE_NOOP("hc::LinkVocabulary", "Related case")},
    {"same_person", u"同一人", QT_TRANSLATE_NOOP("hc::LinkVocabulary", "Same person")},
};
const Term kImplied[] = {
    {"subject", u"案件当事人", QT_TRANSLATE_NOOP("hc::LinkVocabulary", "Case subject")},
    {"member", u"户成员", QT_TRANSLATE_NOOP("hc::LinkVocabulary", "Household member")},
    {"same_id_number", u"同一身份证号", QT_TRANSLATE_NOOP("hc::LinkVocabulary", "Same ID number")},
};

template <std::size_t N> QStringList codesOf(const Term (&terms)[N])
{
    QStringList out;
    for (const Term& t : terms)
        out << QString::fromLatin1(t.code);
    return out;
}

template <std::size_t N> const Term* find(const Term (&terms)[N], const QString& code)
{
    for (const Term& t : terms)
        if (code == QLatin1String(t.code))
            return &t;
    return nullptr;
}
} // namespace

const QStringList& LinkVocabulary::entityKinds()
{
    static const QStringList codes = codesOf(kEntities);
    return codes;
}

QString LinkVocabulary::entityLabel(const QString& kind)
{
    const Term* t = find(kEntities, kind);
    return t ? tr(t->english) : kind;
}

const QStringList& LinkVocabulary::linkKinds()
{
    static const QStringList codes = codesOf(kLinks);
    return codes;
}

const QStringList& LinkVocabulary::impliedKinds()
{
    static const QStringList codes = codesOf(kImplied);
    return codes;
}

QString LinkVocabulary::linkLabel(const QString& kind)
{
    if (const Term* t = find(kLinks, kind))
        return tr(t->english);
    if (const Term* t = find(kImplied, kind))
        return tr(t->english);
    return kind;
}

std::optional<QString> LinkVocabulary::parseLinkKind(const QString& text)
{
    const QString t = text.trimmed();
    for (const Term& term : kLinks)
        if (t.compare(QLatin1String(term.code), Qt::CaseInsensitive) == 0 || t == QStringView(term.chinese))
            return QString::fromLatin1(term.code);
    return std::nullopt;
}

} // namespace hc
