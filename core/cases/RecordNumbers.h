#pragma once
// Numbers of the registers that run per year (cases SZ<year>-NNNNN, found persons
// WM<year>-NNNNN; RecordNumberStore reads the next free one inside the caller's transaction),
// and the wall-clock text the case tables store.

#include <QDateTime>
#include <QString>

namespace hc {

// "SZ2026-" and 42 -> "SZ2026-00042".
inline QString recordNumber(const QString& prefix, qint64 number)
{
    return prefix + QStringLiteral("%1").arg(number, 5, 10, QLatin1Char('0'));
}

// Times are stored as wall-clock ISO text without a zone (schema-1.sql).
inline QString wallText(const QDateTime& t)
{
    return t.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
}

} // namespace hc
