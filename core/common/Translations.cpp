#include "core/common/Translations.h"

#include <QCoreApplication>
#include <QTranslator>

namespace hc {

bool installTranslation(const QLocale& locale)
{
    static QTranslator* current = nullptr;
    if (current) {
        QCoreApplication::removeTranslator(current);
        delete current;
        current = nullptr;
    }
    if (locale.language() == QLocale::English || locale.language() == QLocale::C)
        return false;
    auto* t = new QTranslator;
    // Looks for homecoming_zh_CN.qm, then homecoming_zh.qm, in the embedded resources.
    if (!t->load(locale, QStringLiteral("homecoming"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        delete t;
        return false;
    }
    QCoreApplication::installTranslator(t);
    current = t;
    return true;
}

} // namespace hc
