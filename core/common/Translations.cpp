#include "core/common/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QList>
#include <QTranslator>

namespace hc {

namespace {
// Ours first, then Qt's own (qtbase_*.qm, for standard buttons, dialogs and command-line
// errors) when qt6-translations-l10n is installed. Replaced together on a change.
QList<QTranslator*>& installed()
{
    static QList<QTranslator*> list;
    return list;
}

void install(QTranslator* t)
{
    QCoreApplication::installTranslator(t);
    installed().append(t);
}
} // namespace

bool installTranslation(const QLocale& locale)
{
    for (QTranslator* t : installed()) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
    installed().clear();
    if (locale.language() == QLocale::English || locale.language() == QLocale::C) {
        // English is the source language; its translation holds only the plural forms of the
        // %n strings ("1 row", "2 rows").
        auto* plurals = new QTranslator;
        if (plurals->load(QStringLiteral(":/i18n/homecoming_en.qm")))
            install(plurals);
        else
            delete plurals;
        return false;
    }
    auto* ours = new QTranslator;
    // Looks for homecoming_zh_CN.qm, then homecoming_zh.qm, in the embedded resources, for each
    // of the locale's UI languages; Simplified Chinese elsewhere (zh_SG) reads zh_CN.
    const bool simplifiedChinese =
        locale.language() == QLocale::Chinese && locale.script() == QLocale::SimplifiedHanScript;
    if (!ours->load(locale, QStringLiteral("homecoming"), QStringLiteral("_"), QStringLiteral(":/i18n")) &&
        !(simplifiedChinese && ours->load(QStringLiteral(":/i18n/homecoming_zh_CN.qm")))) {
        delete ours;
        return false;
    }
    install(ours);
    auto* qt = new QTranslator;
    if (qt->load(QLocale(ours->language()), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        install(qt);
    else
        delete qt;
    return true;
}

} // namespace hc
