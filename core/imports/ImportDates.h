#pragma once
// The one date and time parser of the imports (registry birth dates, field-sheet visit times),
// whatever the file: ISO and the forms Chinese registry exports use, and Excel's day serials.

#include <QDate>
#include <QDateTime>
#include <QString>

namespace hc {

// YYYY-MM-DD, YYYY/M/D, YYYY.M.D, YYYYMMDD, YYYY年M月D日; invalid when none or impossible.
QDate parseDate(const QString& text);
// A date as above, then HH:MM[:SS] after a space or T (or directly after 日); a wall-clock
// time (spec UTC, no zone).
QDateTime parseDateTime(const QString& text);
QDateTime wallClock(const QDateTime& localTime); // a local time in the same convention
// An Excel day serial (days since 1899-12-30 in the 1900 system, 1904-01-01 in the 1904
// system; the fraction is the time of day) as "YYYY-MM-DD" or "YYYY-MM-DD HH:MM:SS" when it has
// a time; empty when out of range.
QString excelSerialText(double serial, bool system1904);

} // namespace hc
