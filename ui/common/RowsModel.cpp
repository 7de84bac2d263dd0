#include "ui/common/RowsModel.h"

#include "core/common/DateText.h"
#include "core/imports/ImportRun.h"

namespace hc {

QString wallClockText(const QString& iso)
{
    const QDateTime t = parseDateTime(iso);
    if (!t.isValid())
        return {};
    // parseDateTime() carries the wall-clock reading in a UTC QDateTime: its date and time
    // are shown as written, never converted to another zone; the one format of DateText.h.
    return dateTimeText(t);
}

QString oneLine(const QString& text)
{
    QString s = text;
    s.replace(QLatin1Char('\n'), QLatin1Char(' '));
    s.remove(QLatin1Char('\r'));
    return s;
}

} // namespace hc
