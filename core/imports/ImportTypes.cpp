#include "core/imports/ImportTypes.h"

#include <QCryptographicHash>
#include <QJsonArray>

namespace hc {

QJsonObject ImportReport::toJson() const
{
    QJsonObject o{{QStringLiteral("rows"), rows},
                  {QStringLiteral("imported"), imported},
                  {QStringLiteral("updated"), updated},
                  {QStringLiteral("unchanged"), unchanged},
                  {QStringLiteral("rejected"), rejected}};
    QJsonArray errs;
    if (fatal)
        errs.append(QJsonObject{{QStringLiteral("row"), 0},
                                {QStringLiteral("column"), fatal->field},
                                {QStringLiteral("reason"), fatal->message}});
    for (const ImportIssue& e : errors)
        errs.append(QJsonObject{{QStringLiteral("row"), e.row},
                                {QStringLiteral("column"), e.column},
                                {QStringLiteral("reason"), e.reason}});
    o.insert(QStringLiteral("errors"), errs);
    if (!newPasswords.isEmpty()) {
        QJsonArray pw;
        for (const auto& [badge, password] : newPasswords)
            pw.append(QJsonObject{{QStringLiteral("badge"), badge}, {QStringLiteral("password"), password}});
        o.insert(QStringLiteral("generated_passwords"), pw);
    }
    return o;
}

namespace {
// Header names met in stations' exports, by column key, besides the key itself and the
// spec's Chinese name. One table for every import: a key means the same in each.
struct HeaderVariants
{
    const char* key;
    std::initializer_list<const char16_t*> names;
};
const HeaderVariants kHeaderVariants[] = {
    {"station", {u"派出所", u"所属派出所", u"派出所名称", u"所属派出所名称", u"police_station"}},
    {"area",
     {u"社区", u"居委会", u"村委会", u"社区(村)", u"社区/村", u"社区名称", u"所属社区", u"community"}},
    {"household_no", {u"户号", u"户编号", u"户籍编号", u"household"}},
    {"address", {u"住址", u"地址", u"户籍地址", u"户籍地详址", u"住所"}},
    {"id_number", {u"公民身份号码", u"身份证号", u"身份证号码", u"证件号码", u"身份证", u"id_no", u"id"}},
    {"name", {u"姓名"}},
    {"sex", {u"性别", u"gender"}},
    {"birth_date", {u"出生日期", u"出生年月日", u"生日", u"birthday", u"dob"}},
    {"phone", {u"联系电话", u"手机号码", u"手机号", u"电话", u"电话号码", u"mobile", u"telephone", u"tel"}},
    {"relation", {u"与户主关系", u"户主关系", u"与户主的关系", u"relationship"}},
    {"badge", {u"警号"}},
    {"role", {u"角色"}},
    {"password", {u"密码"}},
    {"visited_at", {u"走访时间", u"走访日期", u"visit_time"}},
    {"outcome", {u"走访结果"}},
    {"status", {u"排查状态", u"状态"}},
    {"whereabouts", {u"去向", u"下落"}},
    {"verified_by", {u"核实方式"}},
    {"notes", {u"备注", u"remarks"}},
};
// The first field of a totals row that closes many exports.
const char16_t* const kTotalsWords[] = {u"合计", u"总计", u"小计", u"共计", u"总数", u"total", u"subtotal"};
} // namespace

QString HeaderMap::normalized(QStringView header)
{
    QString n;
    n.reserve(header.size());
    for (QChar c : header) {
        if (c.isSpace() || c == u'_' || c == u'-')
            continue;
        if (c == u'\uFF08')
            c = u'(';
        else if (c == u'\uFF09')
            c = u')';
        else if (c == u'\uFF0F')
            c = u'/';
        n.append(c.toLower());
    }
    return n;
}

QStringList HeaderMap::headerVariants(const char* key)
{
    QStringList names;
    for (const HeaderVariants& v : kHeaderVariants)
        if (qstrcmp(v.key, key) == 0)
            for (const char16_t* name : v.names)
                names << QString::fromUtf16(name);
    return names;
}

QString HeaderMap::headerKey(const QStringList& header)
{
    QStringList cells;
    for (const QString& h : header)
        cells << normalized(h);
    while (!cells.isEmpty() && cells.constLast().isEmpty())
        cells.removeLast(); // trailing empty columns do not make another layout
    return QString::fromLatin1(
        QCryptographicHash::hash(cells.join(QChar(0x1F)).toUtf8(), QCryptographicHash::Sha1).toHex());
}

QString HeaderMap::totalsWord(const QStringList& row)
{
    for (const QString& field : row) {
        const QString n = normalized(field);
        if (n.isEmpty())
            continue;
        for (const char16_t* word : kTotalsWords)
            if (n.startsWith(QStringView(word)))
                return field.trimmed();
        return {};
    }
    return {};
}

Status HeaderMap::applyMapping(const QStringList& header, const QList<ColumnSpec>& spec,
                               const ColumnMapping& mapping)
{
    QStringList keys;
    for (const ColumnSpec& c : spec)
        keys << QLatin1String(c.key);
    for (const auto& [key, headerText] : mapping) {
        if (!keys.contains(key))
            return invalid(QStringLiteral("header"), tr("This import has no field %1; its fields are %2.")
                                                         .arg(key, keys.join(QStringLiteral(", "))));
        const QString wanted = normalized(headerText);
        qsizetype at = -1;
        for (qsizetype i = 0; i < header.size() && at < 0; ++i)
            if (!wanted.isEmpty() && normalized(header.at(i)) == wanted)
                at = i;
        if (at < 0)
            return invalid(QStringLiteral("header"),
                           tr("The file has no column headed %1 (for %2).").arg(headerText, key));
        const QByteArray latin = key.toLatin1();
        if (index(latin.constData()) < 0)
            m_index.append({latin, int(at)});
    }
    return {};
}

Result<HeaderMap> HeaderMap::build(const QStringList& header, const QList<ColumnSpec>& spec,
                                   const ColumnMapping& mapping)
{
    HeaderMap map;
    if (Status s = map.applyMapping(header, spec, mapping); !s)
        return s.error();
    QList<QStringList> names; // per spec column: its normalised key, Chinese name and variants
    for (const ColumnSpec& c : spec) {
        QStringList n{normalized(QString::fromLatin1(c.key)), normalized(QStringView(c.chinese))};
        for (const QString& v : headerVariants(c.key))
            n << normalized(v);
        names << n;
    }
    for (int i = 0; i < header.size(); ++i) {
        const QString h = normalized(header.at(i));
        bool taken = h.isEmpty();
        for (const auto& [key, column] : map.m_index)
            taken = taken || column == i;
        for (qsizetype k = 0; k < spec.size() && !taken; ++k) {
            if (!names.at(k).contains(h))
                continue;
            if (map.index(spec.at(k).key) < 0)
                map.m_index.append({QByteArray(spec.at(k).key), i});
            taken = true;
        }
    }
    QStringList missing;
    for (const ColumnSpec& c : spec)
        if (c.required && map.index(c.key) < 0)
            missing << QStringLiteral("%1 (%2)").arg(QLatin1String(c.key), QStringView(c.chinese));
    if (!missing.isEmpty())
        return invalid(QStringLiteral("header"),
                       tr("The file lacks the required column(s) %1; nothing was imported.")
                           .arg(missing.join(QStringLiteral(", "))));
    return map;
}

int HeaderMap::index(const char* key) const
{
    for (const auto& [k, column] : m_index)
        if (k == key)
            return column;
    return -1;
}

QString HeaderMap::value(const QStringList& row, const char* key) const
{
    return valueAt(row, index(key));
}

QString HeaderMap::columnName(int position, const QStringList& header) const
{
    for (const auto& [key, column] : m_index)
        if (column == position)
            return QString::fromLatin1(key);
    const QString written = header.value(position).trimmed();
    return written.isEmpty() ? QString::number(position + 1) : written;
}

QStringList HeaderMap::detectedColumns() const
{
    auto sorted = m_index;
    std::sort(sorted.begin(), sorted.end(), [](const auto& a, const auto& b) { return a.second < b.second; });
    QStringList keys;
    for (const auto& [key, column] : sorted)
        keys << QString::fromLatin1(key);
    return keys;
}

} // namespace hc
