// The dashboard's League tab on the fixture operation (offscreen): the week box lists the
// whole operation and its 13 weeks, the table is filled from LeagueService with every measure,
// the score and the rank, the weights shown above it; the weights dialog is offered to an
// administrator only, refuses all-zero weights inline and, accepted, stores the weights and
// re-ranks; the CSV export names the operation and the week.
#include "core/auth/UserService.h"
#include "core/league/LeagueService.h"
#include "core/league/LeagueText.h"
#include "tests/support/Fixture.h"
#include "ui/common/SessionContext.h"
#include "ui/dashboard/DashboardPage.h"
#include "ui/dashboard/LeagueTab.h"
#include "ui/dashboard/LeagueWeightsDialog.h"

#include <QBrush>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>

using namespace hc;
using hc::test::TestDatabase;

class TestLeagueTab : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void tableFilled();
    void weekChosen();
    void weightsDialogForAdministratorsOnly();
    void csvExport();

private:
    std::unique_ptr<test::ClockGuard> m_clock;
    std::unique_ptr<TestDatabase> m_t;
    qint64 m_op = 0;
    std::unique_ptr<SessionContext> session(const QString& badge)
    {
        auto user = UserService(m_t->db()).find(badge);
        if (!user)
            return nullptr;
        auto s = std::make_unique<SessionContext>(m_t->db(), *user);
        s->setOperation(m_op);
        return s;
    }
    // The dashboard on its League tab, refreshed once.
    static void showLeague(DashboardPage& page)
    {
        QSignalSpy refreshed(page.leagueTab(), &LeagueTab::refreshed);
        page.resize(1400, 900);
        page.show();
        page.pages()->setCurrentWidget(page.leagueTab());
        QTRY_VERIFY(refreshed.count() >= 1);
        QTRY_VERIFY(!page.leagueTab()->isBusy());
    }
};

void TestLeagueTab::initTestCase()
{
    m_clock = std::make_unique<test::ClockGuard>(QDateTime(QDate(2026, 6, 1), QTime(12, 0)));
    m_t = std::make_unique<TestDatabase>();
    m_op = test::loadFixture(*m_t);
    test::cliAdmin(m_t->db()); // T0001, an administrator
}

void TestLeagueTab::tableFilled()
{
    auto s = session(QStringLiteral("100002")); // supervisor
    QVERIFY(s);
    DashboardPage page(*s);
    showLeague(page);
    LeagueTab* tab = page.leagueTab();
    QCOMPARE(tab->weekBox()->count(), 14); // whole operation + 13 weeks
    QCOMPARE(tab->weekBox()->currentData().toInt(), 0);
    const QTableWidget* t = tab->tableWidget();
    QCOMPARE(t->columnCount(), int(LeagueText::ColumnCount));
    QCOMPARE(t->rowCount(), 2); // the fixture's two stations
    QCOMPARE(t->horizontalHeaderItem(LeagueText::ScoreColumn)->text(), QStringLiteral("Score"));
    const auto expected = LeagueService(m_t->db(), s->actor()).table(m_op, 0);
    QVERIFY(expected);
    for (int r = 0; r < t->rowCount(); ++r) {
        QCOMPARE(t->item(r, LeagueText::StationColumn)->text(), expected->rows.at(r).figures.station);
        QCOMPARE(t->item(r, LeagueText::RankColumn)->text(), QString::number(expected->rows.at(r).rank));
        QCOMPARE(t->item(r, LeagueText::ScoreColumn)->text(),
                 QString::number(expected->rows.at(r).score, 'f', 3));
        // The bottom three highlighted (of two stations: the last); "last twice" flagged, with
        // the weeks in its tooltip.
        const LeagueRow& row = expected->rows.at(r);
        QCOMPARE(t->item(r, LeagueText::StationColumn)->background() != QBrush(), row.bottomThree);
        const QTableWidgetItem* flag = t->item(r, LeagueText::LastTwiceColumn);
        QCOMPARE(flag->text().isEmpty(), !row.lastTwice);
        QCOMPARE(flag->toolTip(), LeagueText::lastWeeksText(row));
    }
    QVERIFY(expected->rows.last().bottomThree && expected->rows.last().last);
    QVERIFY(expected->rows.last().lastTwice); // the fixture's second station, last in weeks running
    QVERIFY(t->item(1, LeagueText::LastTwiceColumn)->toolTip().startsWith(QStringLiteral("Last in weeks: ")));
    QVERIFY(tab->weightsLabel()->text().contains(QStringLiteral("Coverage 1")));
    QVERIFY(tab->weightsButton()->isHidden()); // a supervisor sees the weights, does not set them
    QVERIFY(!tab->editWeights());
}

void TestLeagueTab::weekChosen()
{
    auto s = session(QStringLiteral("100001")); // an officer sees the table too
    QVERIFY(s);
    DashboardPage page(*s);
    showLeague(page);
    LeagueTab* tab = page.leagueTab();
    QSignalSpy refreshed(tab, &LeagueTab::refreshed);
    tab->weekBox()->setCurrentIndex(1);
    QTRY_VERIFY(refreshed.count() >= 1);
    QTRY_VERIFY(!tab->isBusy());
    QCOMPARE(tab->table().week, 1);
    QCOMPARE(tab->table().to, QDate(2026, 3, 7));
    QVERIFY(tab->weekBox()->currentText().startsWith(QStringLiteral("Week 1 (")));
    QCOMPARE(tab->tableWidget()->rowCount(), 2);
}

void TestLeagueTab::weightsDialogForAdministratorsOnly()
{
    auto s = session(QStringLiteral("T0001"));
    QVERIFY(s);
    DashboardPage page(*s);
    showLeague(page);
    LeagueTab* tab = page.leagueTab();
    QVERIFY(!tab->weightsButton()->isHidden());
    QPointer<LeagueWeightsDialog> dialog = tab->editWeights();
    QVERIFY(dialog);
    for (int m = 0; m < kLeagueMeasures; ++m)
        dialog->box(LeagueMeasure(m))->setValue(0);
    dialog->accept(); // all zero: refused in the dialog
    QVERIFY(dialog->isVisible());
    QVERIFY(!dialog->errorLabel()->isHidden());
    QCOMPARE(m_t->count(QStringLiteral("league_weights")), 0);

    dialog->box(LeagueMeasure::Registrations)->setValue(4);
    dialog->box(LeagueMeasure::Coverage)->setValue(2);
    QSignalSpy refreshed(tab, &LeagueTab::refreshed);
    dialog->accept();
    QTRY_VERIFY(!dialog);
    QTRY_VERIFY(refreshed.count() >= 1);
    QTRY_VERIFY(!tab->isBusy());
    QCOMPARE(tab->table().weights.of(LeagueMeasure::Registrations), 4);
    QCOMPARE(tab->table().weights.of(LeagueMeasure::Coverage), 2);
    QCOMPARE(tab->table().weights.of(LeagueMeasure::OnTime), 0);
    QVERIFY(tab->weightsLabel()->text().contains(QStringLiteral("Registrations 4")));
    QCOMPARE(
        m_t->scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'league_weights'")).toInt(),
        1);
    // Back to equal weights for the other tests.
    QVERIFY(LeagueService(m_t->db(), s->actor()).setWeights(m_op, LeagueWeights{}));
}

void TestLeagueTab::csvExport()
{
    auto s = session(QStringLiteral("100002"));
    QVERIFY(s);
    DashboardPage page(*s);
    showLeague(page);
    LeagueTab* tab = page.leagueTab();
    QCOMPARE(tab->exportName(), QStringLiteral("station-league-春季行动-whole.csv"));
    const QString path = m_t->dir() + QStringLiteral("/league.csv");
    QString error;
    QVERIFY2(tab->saveCsv(path, &error), qPrintable(error));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(f.readAll());
    QVERIFY(
        text.contains(QStringLiteral("春季行动 · Whole operation (2026-03-01 – 2026-05-29) · Weights: ")));
    QVERIFY(text.contains(LeagueText::header().join(u',')));
    QCOMPARE(text.count(QStringLiteral("\r\n")), 4); // the filter line, the header, two stations
}

QTEST_MAIN(TestLeagueTab)
#include "tst_league_tab.moc"
