// The GUI speaks the system's language unless the Language menu chose another one. Runs with
// LANG=zh_CN.UTF-8 and no LC_ALL/LC_MESSAGES/LANGUAGE (tests/CMakeLists.txt), as a Chinese
// desktop session has it, on the offscreen platform.
#include "core/auth/UserService.h"
#include "tests/support/Fixture.h"
#include "tests/support/TestDatabase.h"
#include "ui/common/SessionContext.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/startup/AppFlow.h"
#include "ui/startup/InterfaceLanguage.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

using namespace hc;

class TestLanguage : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void chineseDesktopWithoutChoice();
    void englishChosenInTheMenu();
    void cleanupTestCase() { QSettings().remove(QStringLiteral("ui/language")); }

private:
    // Opens the main window as the fixture's supervisor and checks what it reads.
    void checkWindow(const QStringList& menus, const QString& firstScreen, int checkedLanguage);
};

void TestLanguage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("HomecomingTests"));
    QSettings().remove(QStringLiteral("ui/language"));
    // The environment of a Chinese desktop reached Qt.
    QCOMPARE(QLocale::system().language(), QLocale::Chinese);
    QCOMPARE(QLocale::system().territory(), QLocale::China);
}

void TestLanguage::checkWindow(const QStringList& menus, const QString& firstScreen, int checkedLanguage)
{
    test::TestDatabase t;
    test::loadFixture(t, false);
    SessionContext session(t.db(), *UserService(t.db()).find(QStringLiteral("100002")));
    std::unique_ptr<MainWindow> window(AppFlow::buildWindow(session));
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    QStringList titles;
    QMenu* languageMenu = nullptr;
    for (QAction* a : window->menuBar()->actions()) {
        titles << a->text();
        if (a->menu() && a->menu()->actions().size() == 3)
            languageMenu = a->menu();
    }
    QCOMPARE(titles, menus);
    QCOMPARE(window->navigation()->item(0)->text(), firstScreen);
    // The Language menu: System default, English, 简体中文; the saved choice is checked.
    QVERIFY(languageMenu);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(languageMenu->actions().at(i)->isChecked(), i == checkedLanguage);
}

void TestLanguage::chineseDesktopWithoutChoice()
{
    QVERIFY(InterfaceLanguage::saved().isEmpty());
    QCOMPARE(InterfaceLanguage::apply().language(), QLocale::Chinese);
    QCOMPARE(QLocale().language(), QLocale::Chinese);
    checkWindow({QStringLiteral("文件(&F)"), QStringLiteral("语言(&L)"), QStringLiteral("帮助(&H)")},
                QStringLiteral("统计面板"), 0);
    // Qt's own texts too (qtbase_zh_CN.qm from qt6-translations-l10n).
    QDialogButtonBox box(QDialogButtonBox::Cancel);
    QCOMPARE(box.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("取消"));
}

void TestLanguage::englishChosenInTheMenu()
{
    InterfaceLanguage::save(QStringLiteral("en"));
    QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("en"));
    QCOMPARE(InterfaceLanguage::apply().language(), QLocale::English);
    QCOMPARE(QLocale().language(), QLocale::English);
    checkWindow({QStringLiteral("&File"), QStringLiteral("&Language"), QStringLiteral("&Help")},
                QStringLiteral("Dashboard"), 1);
    QDialogButtonBox box(QDialogButtonBox::Cancel);
    QCOMPARE(box.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Cancel"));
}

QTEST_MAIN(TestLanguage)
#include "tst_language.moc"
