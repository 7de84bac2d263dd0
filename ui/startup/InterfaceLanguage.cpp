#include "ui/startup/InterfaceLanguage.h"

#include "core/common/Translations.h"

#include <QSettings>

namespace hc {

namespace {
const QString kKey = QStringLiteral("ui/language");
}

QString InterfaceLanguage::saved()
{
    return QSettings().value(kKey).toString();
}

void InterfaceLanguage::save(const QString& code)
{
    QSettings().setValue(kKey, code);
}

QLocale InterfaceLanguage::chosen()
{
    const QString code = saved();
    const QLocale system = QLocale::system();
    if (code.isEmpty())
        return system;
    const QLocale choice(code);
    // The system's own locale when it speaks the chosen language: English chosen on an en_GB
    // desktop keeps British dates.
    return choice.language() == system.language() ? system : choice;
}

QLocale InterfaceLanguage::apply()
{
    const QLocale locale = chosen();
    installTranslation(locale);
    QLocale::setDefault(locale);
    return locale;
}

} // namespace hc
