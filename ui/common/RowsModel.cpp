#include "ui/common/RowsModel.h"

#include "core/imports/ImportRun.h"

namespace hc {

QString wallClockText(const QString& iso)
{
    const QDateTime t = parseDateTime(iso);
    if (!t.isValid())
        return {};
    // parseDateTime() carries the wall-clock reading in a UTC QDateTime: its date and time
    // are shown as written, never converted to another zone. Minutes are enough to tell
    // attempts apart; seconds would only widen the column. ISO order, as the dates next to
    // them in every table, in either language.
    return t.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString oneLine(const QString& text)
{
    QString s = text;
    s.replace(QLatin1Char('\n'), QLatin1Char(' '));
    s.remove(QLatin1Char('\r'));
    return s;
}

} // namespace hc
