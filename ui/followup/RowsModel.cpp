#include "followup/RowsModel.h"

#include "imports/ImportRun.h"

#include <QLocale>

namespace hc {

QString wallClockText(const QString& iso)
{
    const QDateTime t = parseDateTime(iso);
    if (!t.isValid())
        return {};
    // parseDateTime() carries the wall-clock reading in a UTC QDateTime: its date and time
    // are shown as written, never converted to another zone. Minutes are enough to tell
    // attempts apart; seconds would only widen the column.
    const QLocale locale;
    return locale.toString(t.date(), QLocale::ShortFormat) + QLatin1Char(' ') +
           locale.toString(t.time(), QStringLiteral("HH:mm"));
}

QString oneLine(const QString& text)
{
    QString s = text;
    s.replace(QLatin1Char('\n'), QLatin1Char(' '));
    s.remove(QLatin1Char('\r'));
    return s;
}

} // namespace hc
