// Issue 16, outcome 8: F1 on every screen opens that screen's manual page (English and
// Chinese, from the resources), and the Help menu lists the manual, the keyboard shortcuts and
// About (offscreen platform).
#include "core/auth/UserService.h"
#include "tests/support/Fixture.h"
#include "ui/common/SessionContext.h"
#include "ui/help/HelpWindow.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/startup/AppFlow.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QListWidget>
#include <QMenuBar>
#include <QSet>
#include <QStandardPaths>
#include <QTest>
#include <QTextBrowser>
#include <QTextDocument>

using namespace hc;

namespace {
QString firstLine(const MainWindow& w)
{
    return w.helpWindow()->browser()->document()->toPlainText().section(u'\n', 0, 0);
}

QString fileText(const QString& topic, const QString& language)
{
    QFile f(QStringLiteral(":/help/%1/%2.md").arg(language, topic));
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}
} // namespace

class TestHelp : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_t = std::make_unique<test::TestDatabase>();
        test::loadFixture(*m_t);
    }
    void cleanupTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void everyTopicInBothLanguages();
    void f1OnEveryPage_data();
    void f1OnEveryPage();
    void helpMenu();

private:
    std::unique_ptr<MainWindow> window(const QString& badge);
    std::unique_ptr<test::TestDatabase> m_t;
    std::unique_ptr<SessionContext> m_session;
};

std::unique_ptr<MainWindow> TestHelp::window(const QString& badge)
{
    m_session = std::make_unique<SessionContext>(m_t->db(), *UserService(m_t->db()).find(badge));
    std::unique_ptr<MainWindow> w(AppFlow::buildWindow(*m_session));
    w->show();
    w->activateWindow();
    if (!QTest::qWaitForWindowActive(w.get()))
        qWarning("the window did not become active");
    return w;
}

// Each topic exists in both languages, with a heading, a part on its controls and one on its
// shortcuts; the Chinese page is not the English one.
void TestHelp::everyTopicInBothLanguages()
{
    const QStringList topics = {
        QStringLiteral("dashboard"),    QStringLiteral("overview"),      QStringLiteral("households"),
        QStringLiteral("visit-entry"),  QStringLiteral("revisits"),      QStringLiteral("verification"),
        QStringLiteral("unregistered"), QStringLiteral("cases"),         QStringLiteral("crimes"),
        QStringLiteral("actions"),      QStringLiteral("found-persons"), QStringLiteral("duplicates"),
        QStringLiteral("links"),        QStringLiteral("audit"),         QStringLiteral("calls")};
    for (const QString& topic : topics) {
        const QString en = fileText(topic, QStringLiteral("en")),
                      zh = fileText(topic, QStringLiteral("zh_CN"));
        QVERIFY2(en.contains(QStringLiteral("## Controls")) && en.contains(QStringLiteral("## Shortcuts")),
                 qPrintable(topic));
        QVERIFY2(zh.contains(QStringLiteral("## 控件")) && zh.contains(QStringLiteral("## 快捷键")),
                 qPrintable(topic));
    }
    QVERIFY(!fileText(QStringLiteral("index"), QStringLiteral("zh_CN")).isEmpty());
    QVERIFY(!fileText(QStringLiteral("shortcuts"), QStringLiteral("zh_CN")).isEmpty());
}

void TestHelp::f1OnEveryPage_data()
{
    QTest::addColumn<QString>("badge");
    QTest::addColumn<QString>("language");
    const QString admin = test::cliAdmin(m_t->db());
    QTest::newRow("administrator, English") << admin << QStringLiteral("en");
    QTest::newRow("administrator, Chinese") << admin << QStringLiteral("zh_CN");
    QTest::newRow("officer, English") << QStringLiteral("100001") << QStringLiteral("en");
    QTest::newRow("supervisor, Chinese") << QStringLiteral("100002") << QStringLiteral("zh_CN");
}

// F1 wherever the focus is on a screen opens its page: the topic of its class, in the
// interface's language, the page's heading first.
void TestHelp::f1OnEveryPage()
{
    QFETCH(QString, badge);
    QFETCH(QString, language);
    QLocale::setDefault(language == u"en" ? QLocale(QLocale::English, QLocale::UnitedStates)
                                          : QLocale(QLocale::Chinese, QLocale::China));
    const auto w = window(badge);
    QSet<QString> seen;
    for (int row = 0; row < w->navigation()->count(); ++row) {
        w->navigation()->setCurrentRow(row);
        w->focusPage(w->currentPage());
        QWidget* focus = QApplication::focusWidget() ? QApplication::focusWidget() : w.get();
        QTest::keyClick(focus, Qt::Key_F1);
        QVERIFY(w->helpWindow());
        QTRY_VERIFY(w->helpWindow()->isVisible());
        const QString topic = HelpWindow::topicFor(w->currentPage());
        QVERIFY2(topic != u"index", qPrintable(w->navigation()->item(row)->text()));
        QCOMPARE(w->helpWindow()->topic(), topic);
        QVERIFY(w->helpWindow()->browser()->source().path().contains(QStringLiteral("/%1/").arg(language)));
        const QString heading = fileText(topic, language).section(u'\n', 0, 0).mid(2);
        QCOMPARE(firstLine(*w), heading);
        if (language == u"en") {
            const QString nav = w->navigation()->item(row)->text();
            QCOMPARE(heading, nav == u"Missing vs found" ? QStringLiteral("Duplicates") : nav);
        }
        seen.insert(topic);
        w->helpWindow()->close();
        w->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(w.get()));
    }
    QCOMPARE(seen.size(), w->navigation()->count());
}

void TestHelp::helpMenu()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    const auto w = window(QStringLiteral("100002"));
    auto* manual = w->findChild<QAction*>(QStringLiteral("manualAction"));
    auto* keys = w->findChild<QAction*>(QStringLiteral("shortcutsAction"));
    QVERIFY(manual && keys);
    manual->trigger();
    QCOMPARE(w->helpWindow()->topic(), QStringLiteral("index"));
    QCOMPARE(firstLine(*w), QStringLiteral("Homecoming manual"));
    // The manual links to each screen's page.
    QVERIFY(w->helpWindow()->browser()->toHtml().contains(QStringLiteral("visit-entry.md")));
    keys->trigger();
    QCOMPARE(w->helpWindow()->topic(), QStringLiteral("shortcuts"));
    QVERIFY(w->helpWindow()->browser()->toPlainText().contains(QStringLiteral("F3")));
    QStringList texts;
    for (QAction* a : w->menuBar()->actions())
        if (a->menu() && a->menu()->title() == u"&Help")
            for (QAction* item : a->menu()->actions())
                texts << item->text();
    QCOMPARE(texts,
             QStringList({"Help for this &page", "&Manual", "&Keyboard shortcuts", "", "&About Homecoming"}));
    auto* page = w->findChild<QAction*>(QStringLiteral("pageHelpAction"));
    QCOMPARE(page->shortcut(), QKeySequence(Qt::Key_F1));
}

QTEST_MAIN(TestHelp)
#include "tst_help.moc"
