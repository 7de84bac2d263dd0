#include "core/imports/ImportTypes.h"

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

Result<HeaderMap> HeaderMap::build(const QStringList& header, const QList<ColumnSpec>& spec)
{
    HeaderMap map;
    for (int i = 0; i < header.size(); ++i) {
        const QString h = header.at(i).trimmed();
        for (const ColumnSpec& c : spec) {
            const QLatin1String key(c.key);
            if (h.compare(key, Qt::CaseInsensitive) == 0 || h == QStringView(c.chinese)) {
                if (map.index(c.key) < 0)
                    map.m_index.append({QByteArray(c.key), i});
                break;
            }
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
