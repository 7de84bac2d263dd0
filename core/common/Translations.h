#pragma once
#include <QLocale>

namespace hc {
// Installs the application's translation for `locale`, with Qt's own where the system has it
// (for English, the source language, only the plural forms of %n strings). Returns true when
// a translation other than English was installed.
bool installTranslation(const QLocale& locale);
} // namespace hc
