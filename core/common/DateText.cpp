#include "core/common/DateText.h"

namespace hc {

namespace {
bool chinese(const QLocale& l)
{
    return l.language() == QLocale::Chinese;
}
} // namespace

QString dateEditFormat(const QLocale& locale)
{
    if (chinese(locale))
        return QStringLiteral("yyyy-MM-dd");
    return locale.territory() == QLocale::UnitedStates ? QStringLiteral("MMM d, yyyy")
                                                       : QStringLiteral("d MMM yyyy");
}

QString dateTimeEditFormat(const QLocale& locale)
{
    return dateEditFormat(locale) + QStringLiteral(" HH:mm");
}

QString dateText(QDate date, const QLocale& locale)
{
    return date.isValid() ? locale.toString(date, dateEditFormat(locale)) : QString();
}

QString dateTimeText(const QDateTime& time, const QLocale& locale)
{
    return time.isValid() ? locale.toString(time, dateTimeEditFormat(locale)) : QString();
}

QString storedTimeText(const QString& iso, const QLocale& locale)
{
    if (iso.size() == 10) {
        const QDate d = QDate::fromString(iso, Qt::ISODate);
        return d.isValid() ? dateText(d, locale) : iso;
    }
    // Read as UTC so that the wall-clock reading is kept as written.
    QDateTime t = QDateTime::fromString(iso.left(19), Qt::ISODate);
    if (!t.isValid())
        t = QDateTime::fromString(iso.left(16), QStringLiteral("yyyy-MM-ddTHH:mm"));
    return t.isValid() ? dateTimeText(t, locale) : iso;
}

} // namespace hc
