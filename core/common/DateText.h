#pragma once
// One date and time format per language, for every screen, list, export preview and report:
// ISO-like in Chinese ("2026-04-02", "2026-04-02 20:54"), the locale's medium format in English
// ("2 Apr 2026", "2 Apr 2026 20:54"; "Apr 2, 2026" in the United States). Minutes, no seconds.
// The locale is QLocale() (the interface's, set by InterfaceLanguage) unless given.

#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QString>

namespace hc {

QString dateText(QDate date, const QLocale& locale = QLocale());
QString dateTimeText(const QDateTime& time, const QLocale& locale = QLocale());
// A stored wall-clock time ("2026-04-02T20:54:11", or a date alone), shown as written (never
// converted to another zone); the text itself when it is not a time.
QString storedTimeText(const QString& iso, const QLocale& locale = QLocale());
// The format dateText() and dateTimeText() show. Date edits keep ISO input in both languages
// (typed digits in one order everywhere).
QString dateEditFormat(const QLocale& locale = QLocale());
QString dateTimeEditFormat(const QLocale& locale = QLocale());

} // namespace hc
