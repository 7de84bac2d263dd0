#pragma once
#include <QLocale>
#include <QString>

namespace hc {

// The language of the GUI. A choice made in the Language menu is kept in QSettings ("en",
// "zh_CN"; empty for "System default") and wins; without one the system's locale decides
// (QLocale::system(): LC_ALL, LC_MESSAGES, LANG), so a Chinese desktop starts in Chinese.
// Screens build their texts once, so a new choice applies at the next start.
class InterfaceLanguage
{
public:
    // The Language menu's choice; empty when none was made or "System default" was chosen.
    static QString saved();
    static void save(const QString& code);
    // The locale the interface uses at start-up: the saved choice, else the system's.
    static QLocale chosen();
    // Installs the translations for chosen() and makes it the default QLocale, so dates and
    // numbers follow the same language. Returns the locale applied.
    static QLocale apply();
};

} // namespace hc
