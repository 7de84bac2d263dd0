// The main window opens on a database, shows the operation's figures and searches as the
// user types (offscreen platform).
#include "TestDatabase.h"
#include "common/Clock.h"
#include "imports/OfficerImporter.h"
#include "imports/RegistryImporter.h"
#include "imports/VisitImporter.h"
#include "mainwindow/MainWindow.h"
#include "operations/OperationService.h"

#include <QApplication>
#include <QComboBox>
#include <QInputMethodEvent>
#include <QLineEdit>
#include <QTableWidget>
#include <QTest>
#include <QTreeWidget>

using namespace hc;

namespace {
QString data(const char* name)
{
    return QStringLiteral(HC_TEST_DATA "/") + QLatin1String(name);
}
} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT
private slots:
    void showsFiguresAndSearches();
};

void TestMainWindow::showsFiguresAndSearches()
{
    Clock::setInstance(std::make_unique<FixedClock>(QDateTime(QDate(2026, 6, 1), QTime(12, 0))));
    test::TestDatabase t;
    QVERIFY(!RegistryImporter(t.db(), Actor::cli()).run(data("registry.csv")).fatal);
    QVERIFY(!OfficerImporter(t.db(), Actor::cli()).run(data("officers.csv")).fatal);
    QVERIFY(OperationService(t.db(), Actor::cli())
                .create(QStringLiteral("春季行动"), QDate(2026, 3, 1), QDate(2026, 5, 29), {}, 4)
                .ok());
    QVERIFY(!VisitImporter(t.db(), Actor::cli()).run(QStringLiteral("春季行动"), data("visits.csv")).fatal);

    MainWindow w(t.db());
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QCOMPARE(w.operationBox()->count(), 1);
    QTableWidget* figures = w.figuresTable();
    QVERIFY(figures->rowCount() > 10);
    QString covered;
    for (int r = 0; r < figures->rowCount(); ++r)
        if (figures->item(r, 0)->text() == QStringLiteral("Households covered"))
            covered = figures->item(r, 1)->text();
    QCOMPARE(covered, QStringLiteral("2"));

    // Chinese arrives through the input method as a committed string.
    QInputMethodEvent ime;
    ime.setCommitString(QStringLiteral("王芳"));
    QApplication::sendEvent(w.searchEdit(), &ime);
    QTRY_COMPARE(w.searchResults()->topLevelItemCount(), 1);
    QCOMPARE(w.searchResults()->topLevelItem(0)->text(1), QStringLiteral("王芳"));
    QCOMPARE(w.searchResults()->topLevelItem(0)->text(3), QStringLiteral("H001"));
    w.searchEdit()->clear();
    QTest::keyClicks(w.searchEdit(), QStringLiteral("h004"));
    QTRY_VERIFY(w.searchResults()->topLevelItemCount() == 1 &&
                w.searchResults()->topLevelItem(0)->text(1) == QStringLiteral("H004"));
    Clock::setInstance(nullptr);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
