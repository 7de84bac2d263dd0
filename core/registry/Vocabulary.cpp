#include "core/registry/Vocabulary.h"

#include <QLocale>
#include <array>

namespace hc {

namespace {
struct Term
{
    const char* code;
    const char16_t* chinese;
    const char* english; // source text for tr()
};

// QT_TRANSLATE_NOOP marks the English labels for lupdate; label() translates them.
// Link analysis: the kinds of entity a link joins, typed link kinds (the links table's CHECK
// list) and the kinds the graph derives.
const Term kEntities[] = {
    {"person", u"人员", QT_TRANSLATE_NOOP("hc::Vocabulary", "Person")},
    {"case", u"案件", QT_TRANSLATE_NOOP("hc::Vocabulary", "Case")},
    {"household", u"户", QT_TRANSLATE_NOOP("hc::Vocabulary", "Household")},
    {"phone", u"电话", QT_TRANSLATE_NOOP("hc::Vocabulary", "Phone number")},
    {"address", u"地址", QT_TRANSLATE_NOOP("hc::Vocabulary", "Address")},
    {"vehicle", u"车牌", QT_TRANSLATE_NOOP("hc::Vocabulary", "Vehicle plate")},
};
const Term kLinks[] = {
    {"kin", u"亲属", QT_TRANSLATE_NOOP("hc::Vocabulary", "Kin")},
    {"same_phone", u"同一电话", QT_TRANSLATE_NOOP("hc::Vocabulary", "Same phone")},
    {"same_address", u"同一地址", QT_TRANSLATE_NOOP("hc::Vocabulary", "Same address")},
    {"co_traveller", u"同行人", QT_TRANSLATE_NOOP("hc::Vocabulary", "Co-traveller")},
    {"suspect", u"嫌疑人", QT_TRANSLATE_NOOP("hc::Vocabulary", "Suspect")},
    {"witness", u"证人", QT_TRANSLATE_NOOP("hc::Vocabulary", "Witness")},
    {"sighting", u"目击", QT_TRANSLATE_NOOP("hc::Vocabulary", "Sighting")},
    {"related_case", u"关联案件", QT_TRANSLATE_NOOP("hc::Vocabulary", "Related case")},
    {"same_person", u"同一人", QT_TRANSLATE_NOOP("hc::Vocabulary", "Same person")},
};
const Term kImplied[] = {
    {"subject", u"案件当事人", QT_TRANSLATE_NOOP("hc::Vocabulary", "Case subject")},
    {"member", u"户成员", QT_TRANSLATE_NOOP("hc::Vocabulary", "Household member")},
    {"same_id_number", u"同一身份证号", QT_TRANSLATE_NOOP("hc::Vocabulary", "Same ID number")},
};

// Identifying marks (schema 13): what kind, and where on the body.
const Term kMarkKinds[] = {
    {"scar", u"疤痕", QT_TRANSLATE_NOOP("hc::Vocabulary", "Scar")},
    {"mole", u"痣", QT_TRANSLATE_NOOP("hc::Vocabulary", "Mole")},
    {"tattoo", u"纹身", QT_TRANSLATE_NOOP("hc::Vocabulary", "Tattoo")},
    {"birthmark", u"胎记", QT_TRANSLATE_NOOP("hc::Vocabulary", "Birthmark")},
    {"missing_teeth", u"缺齿", QT_TRANSLATE_NOOP("hc::Vocabulary", "Missing teeth")},
    {"missing_limb", u"肢体残缺", QT_TRANSLATE_NOOP("hc::Vocabulary", "Missing limb")},
    {"other", u"其他", QT_TRANSLATE_NOOP("hc::Vocabulary", "Other mark")},
};
const Term kBodyLocations[] = {
    {"head", u"头部", QT_TRANSLATE_NOOP("hc::Vocabulary", "Head")},
    {"face", u"面部", QT_TRANSLATE_NOOP("hc::Vocabulary", "Face")},
    {"neck", u"颈部", QT_TRANSLATE_NOOP("hc::Vocabulary", "Neck")},
    {"chest", u"胸部", QT_TRANSLATE_NOOP("hc::Vocabulary", "Chest")},
    {"back", u"背部", QT_TRANSLATE_NOOP("hc::Vocabulary", "Back")},
    {"abdomen", u"腹部", QT_TRANSLATE_NOOP("hc::Vocabulary", "Abdomen")},
    {"left_arm", u"左臂", QT_TRANSLATE_NOOP("hc::Vocabulary", "Left arm")},
    {"right_arm", u"右臂", QT_TRANSLATE_NOOP("hc::Vocabulary", "Right arm")},
    {"left_hand", u"左手", QT_TRANSLATE_NOOP("hc::Vocabulary", "Left hand")},
    {"right_hand", u"右手", QT_TRANSLATE_NOOP("hc::Vocabulary", "Right hand")},
    {"left_leg", u"左腿", QT_TRANSLATE_NOOP("hc::Vocabulary", "Left leg")},
    {"right_leg", u"右腿", QT_TRANSLATE_NOOP("hc::Vocabulary", "Right leg")},
    {"left_foot", u"左脚", QT_TRANSLATE_NOOP("hc::Vocabulary", "Left foot")},
    {"right_foot", u"右脚", QT_TRANSLATE_NOOP("hc::Vocabulary", "Right foot")},
    {"other", u"其他部位", QT_TRANSLATE_NOOP("hc::Vocabulary", "Other location")},
};

const Term kOutcomes[] = {
    {"completed", u"已走访", QT_TRANSLATE_NOOP("hc::Vocabulary", "Completed")},
    {"no_answer", u"无人在家", QT_TRANSLATE_NOOP("hc::Vocabulary", "No answer")},
    {"refused", u"拒绝配合", QT_TRANSLATE_NOOP("hc::Vocabulary", "Refused")},
    {"vacant", u"空置", QT_TRANSLATE_NOOP("hc::Vocabulary", "Vacant")},
    {"demolished", u"已拆除", QT_TRANSLATE_NOOP("hc::Vocabulary", "Demolished")},
    {"address_not_found", u"查无此址", QT_TRANSLATE_NOOP("hc::Vocabulary", "Address not found")},
};
const Term kStatuses[] = {
    {"present", u"在户", QT_TRANSLATE_NOOP("hc::Vocabulary", "Present")},
    {"away_verified", u"外出（去向已核实）",
     QT_TRANSLATE_NOOP("hc::Vocabulary", "Away, whereabouts verified")},
    {"away_unverified", u"外出（去向待核实）",
     QT_TRANSLATE_NOOP("hc::Vocabulary", "Away, whereabouts unverified")},
    {"whereabouts_unknown", u"下落不明", QT_TRANSLATE_NOOP("hc::Vocabulary", "Whereabouts unknown")},
    {"deceased", u"死亡", QT_TRANSLATE_NOOP("hc::Vocabulary", "Deceased")},
    {"moved_out", u"已迁出", QT_TRANSLATE_NOOP("hc::Vocabulary", "Moved out")},
    {"unregistered_found", u"无户口人员", QT_TRANSLATE_NOOP("hc::Vocabulary", "Unregistered person found")},
};
const Term kVerifiedBy[] = {
    {"phone", u"电话", QT_TRANSLATE_NOOP("hc::Vocabulary", "Phone")},
    {"video", u"视频", QT_TRANSLATE_NOOP("hc::Vocabulary", "Video call")},
    {"in_person", u"当面", QT_TRANSLATE_NOOP("hc::Vocabulary", "In person")},
    {"third_party", u"第三方", QT_TRANSLATE_NOOP("hc::Vocabulary", "Third party")},
};
const Term kCaseStatuses[] = {
    {"open", u"已立档", QT_TRANSLATE_NOOP("hc::Vocabulary", "Open")},
    {"investigating", u"查找中", QT_TRANSLATE_NOOP("hc::Vocabulary", "Investigating")},
    {"found_alive", u"已找回", QT_TRANSLATE_NOOP("hc::Vocabulary", "Found alive")},
    {"rescued", u"已解救", QT_TRANSLATE_NOOP("hc::Vocabulary", "Rescued")},
    {"found_deceased", u"已死亡", QT_TRANSLATE_NOOP("hc::Vocabulary", "Found deceased")},
    {"closed_other", u"其他结案", QT_TRANSLATE_NOOP("hc::Vocabulary", "Closed (other)")},
    {"duplicate", u"重复档案", QT_TRANSLATE_NOOP("hc::Vocabulary", "Duplicate")},
};
const Term kCrimeKinds[] = {
    {"homicide", u"命案", QT_TRANSLATE_NOOP("hc::Vocabulary", "Homicide")},
    {"kidnapping", u"绑架", QT_TRANSLATE_NOOP("hc::Vocabulary", "Kidnapping")},
    {"trafficking", u"拐卖", QT_TRANSLATE_NOOP("hc::Vocabulary", "Trafficking")},
    {"other", u"其他", QT_TRANSLATE_NOOP("hc::Vocabulary", "Other crime")},
};
const Term kCaseSources[] = {
    {"screening", u"排查发现", QT_TRANSLATE_NOOP("hc::Vocabulary", "Screening")},
    {"public_report", u"群众报案", QT_TRANSLATE_NOOP("hc::Vocabulary", "Public report")},
};
const Term kRiskLevels[] = {
    {"high", u"高", QT_TRANSLATE_NOOP("hc::Vocabulary", "High")},
    {"medium", u"中", QT_TRANSLATE_NOOP("hc::Vocabulary", "Medium")},
    {"low", u"低", QT_TRANSLATE_NOOP("hc::Vocabulary", "Low")},
};

const Term kLeadKinds[] = {
    {"sighting", u"目击", QT_TRANSLATE_NOOP("hc::Vocabulary", "Sighting")},
    {"tip", u"群众线索", QT_TRANSLATE_NOOP("hc::Vocabulary", "Tip")},
    {"call", u"电话", QT_TRANSLATE_NOOP("hc::Vocabulary", "Call")},
    {"search", u"搜寻", QT_TRANSLATE_NOOP("hc::Vocabulary", "Search")},
    {"action", u"工作措施", QT_TRANSLATE_NOOP("hc::Vocabulary", "Action")},
};
const Term kFoundCircumstances[] = {
    {"shelter", u"救助站", QT_TRANSLATE_NOOP("hc::Vocabulary", "Shelter")},
    {"hospital", u"医院", QT_TRANSLATE_NOOP("hc::Vocabulary", "Hospital")},
    {"remains", u"遗体", QT_TRANSLATE_NOOP("hc::Vocabulary", "Remains")},
    {"other", u"其他", QT_TRANSLATE_NOOP("hc::Vocabulary", "Other")},
};
const Term kFoundStatuses[] = {
    {"open", u"待查明", QT_TRANSLATE_NOOP("hc::Vocabulary", "Unidentified")},
    {"identified", u"已查明身份", QT_TRANSLATE_NOOP("hc::Vocabulary", "Identified")},
    {"closed", u"已结案", QT_TRANSLATE_NOOP("hc::Vocabulary", "Closed")},
};

// Relations to the head of household as the registry (GB/T 4761) writes them.
struct Relation
{
    const char16_t* stored;
    const char* english;
};
const Relation kRelations[] = {
    {u"户主", QT_TRANSLATE_NOOP("hc::Vocabulary", "Head of household")},
    {u"配偶", QT_TRANSLATE_NOOP("hc::Vocabulary", "Spouse")},
    {u"夫", QT_TRANSLATE_NOOP("hc::Vocabulary", "Husband")},
    {u"妻", QT_TRANSLATE_NOOP("hc::Vocabulary", "Wife")},
    {u"子", QT_TRANSLATE_NOOP("hc::Vocabulary", "Son")},
    {u"儿子", QT_TRANSLATE_NOOP("hc::Vocabulary", "Son")},
    {u"女", QT_TRANSLATE_NOOP("hc::Vocabulary", "Daughter")},
    {u"女儿", QT_TRANSLATE_NOOP("hc::Vocabulary", "Daughter")},
    {u"父亲", QT_TRANSLATE_NOOP("hc::Vocabulary", "Father")},
    {u"母亲", QT_TRANSLATE_NOOP("hc::Vocabulary", "Mother")},
    {u"祖父", QT_TRANSLATE_NOOP("hc::Vocabulary", "Grandfather")},
    {u"祖母", QT_TRANSLATE_NOOP("hc::Vocabulary", "Grandmother")},
    {u"孙子", QT_TRANSLATE_NOOP("hc::Vocabulary", "Grandson")},
    {u"孙女", QT_TRANSLATE_NOOP("hc::Vocabulary", "Granddaughter")},
    {u"外孙子", QT_TRANSLATE_NOOP("hc::Vocabulary", "Grandson")},
    {u"外孙女", QT_TRANSLATE_NOOP("hc::Vocabulary", "Granddaughter")},
    {u"儿媳", QT_TRANSLATE_NOOP("hc::Vocabulary", "Daughter-in-law")},
    {u"女婿", QT_TRANSLATE_NOOP("hc::Vocabulary", "Son-in-law")},
    {u"兄", QT_TRANSLATE_NOOP("hc::Vocabulary", "Elder brother")},
    {u"弟", QT_TRANSLATE_NOOP("hc::Vocabulary", "Younger brother")},
    {u"姐", QT_TRANSLATE_NOOP("hc::Vocabulary", "Elder sister")},
    {u"妹", QT_TRANSLATE_NOOP("hc::Vocabulary", "Younger sister")},
    {u"岳父", QT_TRANSLATE_NOOP("hc::Vocabulary", "Father-in-law")},
    {u"公公", QT_TRANSLATE_NOOP("hc::Vocabulary", "Father-in-law")},
    {u"岳母", QT_TRANSLATE_NOOP("hc::Vocabulary", "Mother-in-law")},
    {u"婆婆", QT_TRANSLATE_NOOP("hc::Vocabulary", "Mother-in-law")},
    {u"其他", QT_TRANSLATE_NOOP("hc::Vocabulary", "Other relative")},
    {u"非亲属", QT_TRANSLATE_NOOP("hc::Vocabulary", "Not related")},
};

template <std::size_t N> std::pair<const Term*, std::size_t> span(const Term (&a)[N])
{
    return {a, N};
}

std::pair<const Term*, std::size_t> table(Vocabulary::Kind kind)
{
    switch (kind) {
    case Vocabulary::Kind::Outcome:
        return span(kOutcomes);
    case Vocabulary::Kind::Status:
        return span(kStatuses);
    case Vocabulary::Kind::VerifiedBy:
        return span(kVerifiedBy);
    case Vocabulary::Kind::CaseStatus:
        return span(kCaseStatuses);
    case Vocabulary::Kind::CrimeKind:
        return span(kCrimeKinds);
    case Vocabulary::Kind::CaseSource:
        return span(kCaseSources);
    case Vocabulary::Kind::RiskLevel:
        return span(kRiskLevels);
    case Vocabulary::Kind::LeadKind:
        return span(kLeadKinds);
    case Vocabulary::Kind::FoundCircumstance:
        return span(kFoundCircumstances);
    case Vocabulary::Kind::FoundStatus:
        return span(kFoundStatuses);
    case Vocabulary::Kind::EntityKind:
        return span(kEntities);
    case Vocabulary::Kind::LinkKind:
        return span(kLinks);
    case Vocabulary::Kind::ImpliedLink:
        return span(kImplied);
    case Vocabulary::Kind::MarkKind:
        return span(kMarkKinds);
    case Vocabulary::Kind::BodyLocation:
        return span(kBodyLocations);
    }
    return {nullptr, 0};
}

QStringList buildCodes(Vocabulary::Kind kind)
{
    QStringList out;
    auto [terms, n] = table(kind);
    for (std::size_t i = 0; i < n; ++i)
        out << QString::fromLatin1(terms[i].code);
    return out;
}
} // namespace

const QStringList& Vocabulary::codes(Kind kind)
{
    static const std::array<QStringList, 15> all = {
        buildCodes(Kind::Outcome),     buildCodes(Kind::Status),     buildCodes(Kind::VerifiedBy),
        buildCodes(Kind::CaseStatus),  buildCodes(Kind::CrimeKind),  buildCodes(Kind::CaseSource),
        buildCodes(Kind::RiskLevel),   buildCodes(Kind::LeadKind),   buildCodes(Kind::FoundCircumstance),
        buildCodes(Kind::FoundStatus), buildCodes(Kind::EntityKind), buildCodes(Kind::LinkKind),
        buildCodes(Kind::ImpliedLink), buildCodes(Kind::MarkKind),   buildCodes(Kind::BodyLocation)};
    return all[std::size_t(kind)];
}

QString Vocabulary::label(Kind kind, const QString& code)
{
    auto [terms, n] = table(kind);
    for (std::size_t i = 0; i < n; ++i)
        if (code == QLatin1String(terms[i].code))
            return tr(terms[i].english);
    return code;
}

QString Vocabulary::relationLabel(const QString& stored)
{
    // The registry's own words in Chinese (外孙子 and 孙子 are both "Grandson" in English).
    if (QLocale().language() == QLocale::Chinese)
        return stored;
    const QString t = stored.trimmed();
    for (const Relation& r : kRelations)
        if (t == QStringView(r.stored))
            return tr(r.english);
    return stored;
}

std::optional<QString> Vocabulary::parse(Kind kind, const QString& text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return std::nullopt;
    auto [terms, n] = table(kind);
    for (std::size_t i = 0; i < n; ++i) {
        const QLatin1String code(terms[i].code);
        if (t.compare(code, Qt::CaseInsensitive) == 0 || t == QStringView(terms[i].chinese))
            return QString(code);
    }
    // Forms write the statuses with ASCII parentheses as often as with full-width ones.
    if (kind == Kind::Status && t.contains(QLatin1Char('('))) {
        QString normalised = t;
        normalised.replace(QLatin1Char('('), QChar(0xFF08)).replace(QLatin1Char(')'), QChar(0xFF09));
        return parse(kind, normalised);
    }
    return std::nullopt;
}

bool Vocabulary::isCoveringOutcome(const QString& outcome)
{
    return outcome == u"completed" || outcome == u"vacant" || outcome == u"demolished";
}

std::optional<QChar> Vocabulary::parseSex(const QString& text)
{
    // Compared in place: a lowered copy per row cost an import 1%.
    const QStringView t = QStringView(text).trimmed();
    const auto is = [t](QLatin1StringView word) { return t.compare(word, Qt::CaseInsensitive) == 0; };
    if (t == u"男" || is(QLatin1StringView("m")) || is(QLatin1StringView("male")))
        return QLatin1Char('M');
    if (t == u"女" || is(QLatin1StringView("f")) || is(QLatin1StringView("female")))
        return QLatin1Char('F');
    return std::nullopt;
}

QString Vocabulary::sexLabel(QChar code)
{
    if (code == QLatin1Char('M'))
        return tr("Male");
    if (code == QLatin1Char('F'))
        return tr("Female");
    return {};
}

} // namespace hc
