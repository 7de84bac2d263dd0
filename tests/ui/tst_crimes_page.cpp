// Crimes in the GUI (issue 13, outcomes 2-3): the crimes page lists, filters (kind, solved,
// station, dates) with its total, opens a crime and its first victim's case, and exports; the
// case file's Crimes tab creates a crime and adds a victim (chosen by type-ahead) and a suspect
// through the widgets, refusals at their field; an officer sees it all read-only.
#include "core/auth/UserService.h"
#include "core/cases/CaseService.h"
#include "core/crimes/CrimeService.h"
#include "tests/support/Fixture.h"
#include "tests/support/TestDatabase.h"
#include "ui/cases/CaseFileDialog.h"
#include "ui/common/SessionContext.h"
#include "ui/crimes/CaseChooser.h"
#include "ui/crimes/CaseCrimesTab.h"
#include "ui/crimes/CrimeDialog.h"
#include "ui/crimes/CrimesPage.h"
#include "ui/crimes/ReunionBox.h"
#include "ui/links/EntityPicker.h"

#include <QAbstractItemModelTester>
#include <QAbstractItemView>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

using namespace hc;
using hc::test::TestDatabase;

class TestCrimesPage : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void listFiltersAndTotal();
    void openCrimeAndCaseAndExport();
    void caseFileTabCreatesCrime();
    void officerReadOnly();

private:
    std::unique_ptr<TestDatabase> m_t;
    std::unique_ptr<test::ClockGuard> m_clock;
    qint64 m_east = 0, m_west = 0, m_other = 0, m_spare = 0; // case ids
    qint64 m_ring = 0, m_homicide = 0;                       // crime ids
    QString m_eastNo, m_westNo, m_spareNo;

    std::unique_ptr<SessionContext> session(const char* badge)
    {
        auto user = UserService(m_t->db()).find(QLatin1String(badge));
        return user ? std::make_unique<SessionContext>(m_t->db(), *user) : nullptr;
    }
    qint64 station(const char* name)
    {
        return m_t
            ->scalar(QStringLiteral("SELECT id FROM stations WHERE name = '%1'").arg(QString::fromUtf8(name)))
            .toLongLong();
    }
    qint64 openCase(const QString& name, const char* stationName, QString* no = nullptr)
    {
        CaseService cases(m_t->db(), Actor::system());
        PublicReport r;
        r.reporterName = QStringLiteral("王大妈");
        r.reporterPhone = QStringLiteral("13900001234");
        r.subjectName = name;
        r.subjectSex = QStringLiteral("F");
        r.age = 9;
        r.lastSeenPlace = QStringLiteral("车站");
        r.reportText = QStringLiteral("放学未归");
        r.risk = QStringLiteral("high");
        r.stationId = station(stationName);
        const QString caseNo = *cases.openFromPublicReport(r);
        if (no)
            *no = caseNo;
        return *cases.findByNumber(caseNo);
    }
    // "2 crimes, 1 shown" (the untranslated English plural as the page builds it).
    static QString summary(int total, int shown)
    {
        const QString all = CrimesPage::tr("%Ln crime(s)", nullptr, total);
        return shown < total ? ListPage::tr("%1, %Ln shown", nullptr, shown).arg(all) : all;
    }
    static QString cell(const QAbstractItemModel* m, int row, int column)
    {
        return m->data(m->index(row, column)).toString();
    }
};

void TestCrimesPage::init()
{
    m_clock = std::make_unique<test::ClockGuard>(QDateTime(QDate(2026, 4, 3), QTime(12, 0)));
    m_t = std::make_unique<TestDatabase>();
    test::loadFixture(*m_t);
    m_east = openCase(QStringLiteral("孙东"), "东岗派出所", &m_eastNo);
    m_west = openCase(QStringLiteral("刘明"), "西湖派出所", &m_westNo);
    m_other = openCase(QStringLiteral("赵丽"), "西湖派出所");
    m_spare = openCase(QStringLiteral("周敏"), "东岗派出所", &m_spareNo);
    CaseService cases(m_t->db(), Actor::system());
    QVERIFY(cases.setOutcome(m_east, {QStringLiteral("rescued"), QDate(2026, 4, 3), {}}).ok());
    CrimeService crimes(m_t->db(), Actor::system());
    m_ring = *crimes.create(
        m_east, {QStringLiteral("kidnapping"), QDate(2026, 3, 20), QStringLiteral("XZ2026-0001"), true, {}});
    QVERIFY(crimes.addVictim(m_ring, m_west).ok());
    m_homicide = *crimes.create(
        m_other, {QStringLiteral("homicide"), QDate(2026, 3, 2), QStringLiteral("XZ2026-0002"), false, {}});
    QVERIFY(m_ring && m_homicide);
}

void TestCrimesPage::cleanup()
{
    m_t.reset();
    m_clock.reset();
}

void TestCrimesPage::listFiltersAndTotal()
{
    auto s = session("100003"); // investigator
    CrimesPage page(*s);
    QAbstractItemModelTester tester(page.model());
    page.show();
    QTRY_COMPARE(page.model()->rowCount(), 2);
    QTRY_COMPARE(page.summaryLabel()->text(), summary(2, 2));
    QCOMPARE(cell(page.model(), 0, CrimesPage::Number), "XZ2026-0001"); // newest first
    QCOMPARE(cell(page.model(), 0, CrimesPage::Kind), "Kidnapping");
    QCOMPARE(cell(page.model(), 0, CrimesPage::Victims), "2");
    QVERIFY(cell(page.model(), 0, CrimesPage::VictimCases).contains(m_westNo));

    page.kindFilter()->setCurrentIndex(page.kindFilter()->findData("homicide"));
    QTRY_COMPARE(page.model()->rowCount(), 1);
    QTRY_COMPARE(page.summaryLabel()->text(), summary(2, 1));
    QCOMPARE(cell(page.model(), 0, CrimesPage::Solved), "Unsolved");
    page.kindFilter()->setCurrentIndex(0);
    page.solvedFilter()->setCurrentIndex(page.solvedFilter()->findData(1));
    QTRY_COMPARE(cell(page.model(), 0, CrimesPage::Number), "XZ2026-0001");
    QTRY_COMPARE(page.summaryLabel()->text(), summary(2, 1));
    page.solvedFilter()->setCurrentIndex(0);
    page.stationFilter()->setCurrentIndex(page.stationFilter()->findData(station("西湖派出所")));
    QTRY_COMPARE(cell(page.model(), 0, CrimesPage::Number), "XZ2026-0002");
    QTRY_COMPARE(page.summaryLabel()->text(), summary(2, 1));
    page.stationFilter()->setCurrentIndex(0);
    page.fromEdit()->setDate(QDate(2026, 3, 10));
    QTRY_COMPARE(page.model()->rowCount(), 1);
    QTRY_COMPARE(cell(page.model(), 0, CrimesPage::Number), "XZ2026-0001");
    QTRY_COMPARE(page.summaryLabel()->text(), summary(2, 1));
    page.toEdit()->setDate(QDate(2026, 3, 15));
    QTRY_COMPARE(page.model()->rowCount(), 0);
    QTRY_COMPARE(page.summaryLabel()->text(), summary(2, 0));
}

void TestCrimesPage::openCrimeAndCaseAndExport()
{
    auto s = session("100002"); // supervisor
    CrimesPage page(*s);
    page.show();
    QTRY_COMPARE(page.model()->rowCount(), 2);
    // Enter on a row opens the crime, its victims listed.
    page.table()->setFocus();
    page.table()->setCurrentIndex(page.model()->index(0, 0));
    QTest::keyClick(page.table(), Qt::Key_Return);
    QTRY_VERIFY(page.dialog());
    QCOMPARE(page.dialog()->crimeId(), m_ring);
    QCOMPARE(page.dialog()->victimsTable()->rowCount(), 2);
    page.dialog()->close();
    // The first victim's case file.
    QSignalSpy opened(s.get(), &SessionContext::openRequested);
    QTest::mouseClick(page.openCaseButton(), Qt::LeftButton);
    QCOMPARE(opened.size(), 1);
    const RecordRef ref = opened.at(0).at(0).value<RecordRef>();
    QCOMPARE(ref.kind, RecordKind::Case);
    QCOMPARE(ref.id, std::min(m_east, m_west) == m_east ? m_east : m_west);
    // CSV: the filters, the header and the rows.
    QVERIFY(page.suggestedExportName().startsWith("crimes-"));
    const QString path = QDir(m_t->dir()).filePath(page.suggestedExportName());
    QVERIFY(page.exportTo(path));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QString csv = QString::fromUtf8(f.readAll());
    QVERIFY(csv.contains("Criminal case number"));
    QVERIFY(csv.contains("XZ2026-0001") && csv.contains("XZ2026-0002"));
}

void TestCrimesPage::caseFileTabCreatesCrime()
{
    auto s = session("100003"); // investigator
    CaseFileDialog d(*s, m_spare);
    CaseCrimesTab* tab = d.crimesTab();
    d.tabs()->setCurrentWidget(tab);
    QCOMPARE(tab->table()->rowCount(), 0);
    QVERIFY(tab->newButton()->isVisibleTo(&d));
    QTest::mouseClick(tab->newButton(), Qt::LeftButton);
    CrimeDialog* crime = tab->dialog();
    QVERIFY(crime);
    QVERIFY(!crime->addVictimButton()->isEnabled() || !crime->victimsTable()->parentWidget()->isEnabled());
    // The kind is required: said at its field, nothing written.
    QTest::mouseClick(crime->saveButton(), Qt::LeftButton);
    QVERIFY(crime->errors().label("kind")->isVisibleTo(crime));
    QCOMPARE(m_t->count("crimes"), 2);
    crime->kindBox()->setCurrentIndex(crime->kindBox()->findData("trafficking"));
    QTest::keyClicks(crime->numberEdit(), "XZ2026-0003");
    crime->solvedBox()->setChecked(true);
    QTest::mouseClick(crime->saveButton(), Qt::LeftButton);
    QVERIFY(crime->crimeId() > 0);
    QCOMPARE(crime->victimsTable()->rowCount(), 1);
    QCOMPARE(crime->victimsTable()->item(0, 0)->text(), m_spareNo);
    QCOMPARE(tab->table()->rowCount(), 1); // the tab follows

    // A victim with nothing chosen is refused at the field; then chosen by type-ahead.
    QTest::mouseClick(crime->addVictimButton(), Qt::LeftButton);
    QVERIFY(crime->errors().label("victim")->isVisibleTo(crime));
    CaseChooser* chooser = crime->victimChooser();
    crime->show();
    chooser->setFocus();
    QTest::keyClicks(chooser, m_westNo.mid(3).toLower()); // any part, any case
    QAbstractItemView* popup = chooser->completer()->popup();
    QTRY_VERIFY(popup->isVisible());
    QCOMPARE(popup->model()->rowCount(), 1);
    QTest::keyClick(popup, Qt::Key_Down);
    QTest::keyClick(popup, Qt::Key_Return);
    QCOMPARE(chooser->caseId(), m_west);
    QTest::mouseClick(crime->addVictimButton(), Qt::LeftButton);
    QCOMPARE(crime->victimsTable()->rowCount(), 2);
    QVERIFY(!crime->errors().label("victim")->isVisibleTo(crime));
    QCOMPARE(
        m_t->scalar(
               QStringLiteral("SELECT count(*) FROM crime_victims WHERE crime_id = %1").arg(crime->crimeId()))
            .toInt(),
        2);
    QVERIFY(tab->table()->item(0, 4)->text().contains(m_westNo));

    // A suspect's phone, as the link screens take it.
    EntityPicker* picker = crime->suspectPicker();
    picker->kindBox()->setCurrentIndex(picker->kindBox()->findData("phone"));
    QTest::keyClicks(picker->textEdit(), "139 0000 9999");
    QTest::keyClicks(crime->suspectNote(), "contact");
    QTest::mouseClick(crime->addSuspectButton(), Qt::LeftButton);
    QCOMPARE(crime->suspectsTable()->rowCount(), 1);
    QCOMPARE(crime->suspectsTable()->item(0, 2)->text(), "contact");

    // Enter on a victim opens its case file.
    QSignalSpy opened(s.get(), &SessionContext::openRequested);
    crime->victimsTable()->setFocus();
    crime->victimsTable()->setCurrentCell(1, 0);
    QTest::keyClick(crime->victimsTable(), Qt::Key_Return);
    QCOMPARE(opened.size(), 1);
    QCOMPARE(opened.at(0).at(0).value<RecordRef>().kind, RecordKind::Case);
}

void TestCrimesPage::officerReadOnly()
{
    auto s = session("100001"); // officer at 东岗
    CaseFileDialog d(*s, m_east);
    CaseCrimesTab* tab = d.crimesTab();
    QCOMPARE(tab->table()->rowCount(), 1); // the ring, though one victim is at 西湖
    QVERIFY(!tab->newButton()->isVisibleTo(&d));
    QCOMPARE(tab->openButton()->text(), "&View crime…");
    // The case closed rescued, but only EditCases records the reunion.
    QVERIFY(!d.reunionBox()->form()->isVisibleTo(&d));
    QVERIFY(!d.reunionBox()->summary()->text().isEmpty());
    tab->openCrime(m_ring);
    CrimeDialog* crime = tab->dialog();
    QVERIFY(crime);
    QVERIFY(crime->readOnlyNote()->isVisibleTo(crime));
    QVERIFY(!crime->saveButton()->isVisibleTo(crime));
    QVERIFY(!crime->kindBox()->isEnabled());
    QVERIFY(!crime->addVictimButton()->isVisibleTo(crime));
    QVERIFY(!crime->addSuspectButton()->isVisibleTo(crime));
    QCOMPARE(crime->victimsTable()->rowCount(), 2);
}

QTEST_MAIN(TestCrimesPage)
#include "tst_crimes_page.moc"
