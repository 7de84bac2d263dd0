#include "core/imports/ImportDates.h"

#include <cmath>

namespace hc {

namespace {
// "2026", "3", "10" -> numbers; false when a part is empty, not digits, or too long.
bool toParts(QStringView text, QChar separator, int* out, int count, int maxDigits)
{
    int n = 0;
    for (QStringView part : text.split(separator)) {
        if (n == count || part.isEmpty() || part.size() > maxDigits)
            return false;
        bool ok = false;
        out[n++] = part.toInt(&ok);
        if (!ok)
            return false;
    }
    return n == count;
}

// "1949年12月31日" (spaces allowed around the numbers) -> the date; invalid otherwise.
QDate chineseDate(QStringView t)
{
    const qsizetype year = t.indexOf(u'年');
    const qsizetype month = t.indexOf(u'月');
    if (year != 4 || month < year + 2 || !t.endsWith(u'日'))
        return {};
    bool ok[3] = {false, false, false};
    const int y = t.left(year).toInt(&ok[0]);
    const QStringView m = t.mid(year + 1, month - year - 1).trimmed();
    const QStringView d = t.mid(month + 1, t.size() - month - 2).trimmed();
    if (m.size() > 2 || d.isEmpty() || d.size() > 2)
        return {};
    const QDate date(y, m.toInt(&ok[1]), d.toInt(&ok[2]));
    return ok[0] && ok[1] && ok[2] ? date : QDate();
}
} // namespace

QDate parseDate(const QString& text)
{
    // Hand-parsed: QDate::fromString's format engine cost 5% of an import.
    const QStringView t = QStringView(text).trimmed();
    int p[3] = {0, 0, 0};
    if (t.size() == 8 && toParts(t, QLatin1Char('-'), p, 1, 8)) // YYYYMMDD
        return QDate(p[0] / 10000, p[0] / 100 % 100, p[0] % 100);
    for (QChar sep : {QLatin1Char('-'), QLatin1Char('/'), QLatin1Char('.')}) {
        if (t.count(sep) == 2 && t.indexOf(sep) == 4 && toParts(t, sep, p, 3, 4))
            return QDate(p[0], p[1], p[2]); // invalid when impossible (30 Feb)
    }
    return chineseDate(t);
}

QDateTime parseDateTime(const QString& text)
{
    // Wall-clock times of the field sheets, kept without a time zone: building them as UTC
    // spares a mktime()/tzset() per row, 40% of a field-sheet import with QDateTime::fromString.
    const QStringView t = QStringView(text).trimmed();
    qsizetype split = t.indexOf(QLatin1Char('T'));
    qsizetype clockAt = split + 1;
    if (split < 0 && (split = t.indexOf(u'日')) >= 0)
        clockAt = ++split; // 2026年3月10日9:30 or 2026年3月10日 9:30
    if (split < 0)
        clockAt = (split = t.indexOf(QLatin1Char(' '))) + 1;
    if (split < 0)
        return {};
    const QDate date = parseDate(t.left(split).toString());
    const QStringView clock = t.mid(clockAt).trimmed();
    int p[3] = {0, 0, 0};
    const bool withSeconds = clock.count(QLatin1Char(':')) == 2;
    if (!date.isValid() || !toParts(clock, QLatin1Char(':'), p, withSeconds ? 3 : 2, 2) ||
        clock.size() - clock.indexOf(QLatin1Char(':')) - 1 != (withSeconds ? 5 : 2))
        return {};
    const QTime time(p[0], p[1], p[2]);
    if (!time.isValid())
        return {};
    return QDateTime(date, time, Qt::UTC);
}

// The same wall-clock convention for "now".
QDateTime wallClock(const QDateTime& t)
{
    return QDateTime(t.date(), t.time(), Qt::UTC);
}

QString excelSerialText(double serial, bool system1904)
{
    // Up to 9999-12-31 in either system; serial 60 is Lotus's 29 February 1900, which never was.
    if (!std::isfinite(serial) || serial < 1 || serial >= 2958466 ||
        (!system1904 && serial >= 60 && serial < 61))
        return {};
    const double day = std::floor(serial);
    const qint64 seconds = std::llround((serial - day) * 86400.0);
    QDate base = system1904 ? QDate(1904, 1, 1) : QDate(1899, 12, 30);
    if (!system1904 && serial < 60)
        base = base.addDays(1); // before Lotus's phantom day
    const QDateTime at(base.addDays(qint64(day)), QTime(0, 0), Qt::UTC);
    const QDateTime withTime = at.addSecs(seconds);
    return seconds == 0 ? withTime.date().toString(Qt::ISODate)
                        : withTime.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

} // namespace hc
