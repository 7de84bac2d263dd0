#pragma once
#include <QLocale>

namespace hc {
// Installs the application's translation for `locale`, with Qt's own where the system has it
// (no-op for English, the source language). Returns true when a translation was installed.
bool installTranslation(const QLocale& locale);
} // namespace hc
