#include "ui/common/ExportNames.h"

#include <QRegularExpression>

namespace hc {

namespace {
QString cleanPart(QString part)
{
    static const QRegularExpression refused(QStringLiteral("[/\\\\:*?\"<>|\\x00-\\x1f]"));
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    part.replace(refused, QStringLiteral("_"));
    part.replace(spaces, QStringLiteral("-"));
    return part;
}
} // namespace

QString exportFileName(const QString& what, const QStringList& parts, const QString& extension)
{
    QStringList all{cleanPart(what.trimmed())};
    for (const QString& p : parts)
        if (!p.trimmed().isEmpty())
            all << cleanPart(p.trimmed());
    return all.join(QLatin1Char('-')) + QLatin1Char('.') + extension;
}

QString dateRangePart(QDate from, QDate to)
{
    if (from.isNull() || to.isNull())
        return {};
    return from.toString(Qt::ISODate) + QLatin1Char('_') + to.toString(Qt::ISODate);
}

} // namespace hc
