// The investigator's screens (issue 14), offscreen on the fixture: "My cases" and the officer
// filter on the case list, the officer in charge assigned from the case file, the case file's
// Actions tab through a whole action (raised by an investigator, returned by the officer, sent
// back and signed off by a supervisor, each offered only to who may do it), a lead raising an
// action, the Actions page (my / overdue, opening the case), and Confirm match / Rule out in
// the missing-vs-found dialog.
#include "core/actions/ActionService.h"
#include "core/auth/UserService.h"
#include "core/cases/CaseService.h"
#include "core/cases/FoundPersonService.h"
#include "tests/support/Fixture.h"
#include "tests/support/TestDatabase.h"
#include "ui/actions/ActionDraftForm.h"
#include "ui/actions/ActionsPage.h"
#include "ui/actions/CaseActionsTab.h"
#include "ui/cases/CaseFileDialog.h"
#include "ui/cases/CaseOfficerBar.h"
#include "ui/cases/CasesPage.h"
#include "ui/common/OfficerChooser.h"
#include "ui/common/SessionContext.h"
#include "ui/matching/MatchCandidatesDialog.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFont>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

using namespace hc;
using hc::test::TestDatabase;

class TestActionsPage : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void myCasesAndOfficerFilter();
    void assignFromCaseFile();
    void actionsTabWholeAction();
    void leadRaisesAction();
    void actionsPageMineAndOverdue();
    void confirmAndRuleOutInMatchDialog();

private:
    std::unique_ptr<TestDatabase> m_t;
    std::unique_ptr<test::ClockGuard> m_clock;
    qint64 m_case = 0, m_other = 0;
    std::unique_ptr<SessionContext> session(const char* badge)
    {
        auto user = UserService(m_t->db()).find(QLatin1String(badge));
        return user ? std::make_unique<SessionContext>(m_t->db(), *user) : nullptr;
    }
    qint64 userId(const char* badge) { return UserService(m_t->db()).find(QLatin1String(badge))->id; }
    qint64 openCase(const char* name)
    {
        PublicReport r;
        r.reporterName = "王大妈";
        r.reporterPhone = "13900001234";
        r.subjectName = QString::fromUtf8(name);
        r.subjectSex = "F";
        r.birthYear = 1990;
        r.heightCm = 160;
        r.lastSeenDate = QDate(2026, 4, 1);
        r.lastSeenPlace = "东岗路菜市场";
        r.reportText = "没有回家";
        r.risk = "medium";
        r.stationId = m_t->scalar("SELECT id FROM stations WHERE name = '东岗派出所'").toLongLong();
        CaseService cases(m_t->db(), Actor::system());
        return *cases.findByNumber(*cases.openFromPublicReport(r));
    }
    void setClock(const QDateTime& t)
    {
        m_clock.reset();
        m_clock = std::make_unique<test::ClockGuard>(t);
    }
};

void TestActionsPage::init()
{
    setClock(QDateTime(QDate(2026, 4, 3), QTime(12, 0)));
    m_t = std::make_unique<TestDatabase>();
    test::loadFixture(*m_t);
    m_case = openCase("王小红");
    m_other = openCase("李军");
}

void TestActionsPage::cleanup()
{
    m_t.reset();
    m_clock.reset();
}

void TestActionsPage::myCasesAndOfficerFilter()
{
    QVERIFY(CaseService(m_t->db(), Actor::system()).assignOfficer(m_case, userId("100003")).ok());
    auto investigator = session("100003");
    CasesPage page(*investigator);
    QAbstractItemModelTester tester(page.model());
    page.show();
    QTRY_VERIFY(!page.isLoading());
    QCOMPARE(page.model()->rowCount(), 2);
    page.myCases()->setChecked(true);
    QVERIFY(!page.officerFilter()->isEnabled());
    QTRY_VERIFY(!page.isLoading());
    QCOMPARE(page.model()->rowCount(), 1);
    QCOMPARE(page.model()->index(0, CasesPage::Officer).data().toString(), "杨侦查");
    page.myCases()->setChecked(false);
    // The chooser finds officers by badge or name; the officer in charge of nothing has no rows.
    OfficerChooser* chooser = page.officerFilter();
    QVERIFY(chooser->findText("100002", Qt::MatchContains) >= 0);
    QCOMPARE(chooser->findText("马警官", Qt::MatchContains), -1); // an officer is never in charge
    chooser->setOfficerId(userId("100002"));
    QTRY_VERIFY(!page.isLoading());
    QCOMPARE(page.model()->rowCount(), 0);
    chooser->setOfficerId(userId("100003"));
    QTRY_VERIFY(!page.isLoading());
    QCOMPARE(page.model()->rowCount(), 1);
}

void TestActionsPage::assignFromCaseFile()
{
    auto supervisor = session("100002");
    CaseFileDialog dialog(*supervisor, m_case);
    CaseOfficerBar* bar = dialog.officerBar();
    QVERIFY(bar->officerLabel()->text().contains("nobody"));
    QVERIFY(!bar->chooser()->isHidden());
    QVERIFY(!bar->assign()); // nobody chosen
    QVERIFY(bar->errorLabel()->isVisibleTo(&dialog));
    bar->chooser()->setOfficerId(userId("100003"));
    QSignalSpy changed(&dialog, &CaseFileDialog::caseChanged);
    bar->assignButton()->click();
    QCOMPARE(changed.count(), 1);
    QVERIFY(bar->officerLabel()->text().contains("杨侦查 (100003)"));
    QCOMPARE(dialog.file().officerId, userId("100003"));
    // An investigator sees who is in charge, without the chooser.
    auto investigator = session("100003");
    CaseFileDialog read(*investigator, m_case);
    QVERIFY(read.officerBar()->chooser()->isHidden());
    QVERIFY(read.officerBar()->officerLabel()->text().contains("杨侦查"));
}

void TestActionsPage::actionsTabWholeAction()
{
    auto investigator = session("100003");
    qint64 actionId = 0;
    {
        CaseFileDialog dialog(*investigator, m_case);
        CaseActionsTab* tab = dialog.actionsTab();
        QVERIFY(dialog.tabs()->indexOf(tab) >= 0);
        // Nothing filled in: refused at the field.
        QVERIFY(!tab->raise());
        QVERIFY(tab->draftForm()->errors().label("what")->isVisibleTo(tab));
        tab->draftForm()->whatEdit()->setText("走访菜市场摊主");
        tab->draftForm()->officer()->setOfficerId(userId("100001"));
        tab->draftForm()->dueEdit()->setDate(QDate(2026, 4, 5));
        QVERIFY(tab->raise());
        QCOMPARE(tab->table()->rowCount(), 1);
        QCOMPARE(tab->table()->item(0, 1)->text(), "走访菜市场摊主");
        QCOMPARE(tab->table()->item(0, 2)->text(), "马警官");
        actionId = tab->actions().first().id;
        // The timeline shows the action raised.
        QCOMPARE(dialog.leadTable()->rowCount(), 1);
        QCOMPARE(dialog.leadTable()->item(0, 1)->text(), "Action raised");
        // The investigator may not return it (not allocated) or sign it off.
        tab->selectAction(actionId);
        QVERIFY(tab->returnButton()->isHidden());
        QVERIFY(tab->signOffButton()->isHidden());
    }
    {
        auto officer = session("100001");
        CaseFileDialog dialog(*officer, m_case);
        CaseActionsTab* tab = dialog.actionsTab();
        tab->selectAction(actionId);
        QVERIFY(!tab->returnButton()->isHidden());
        QVERIFY(tab->signOffButton()->isHidden());
        QVERIFY(!tab->returnSelected()); // no result written
        QVERIFY(tab->errorLabel()->isVisibleTo(tab));
        tab->noteEdit()->setText("摊主说见过，往公交站去了");
        QVERIFY(tab->returnSelected());
        QCOMPARE(tab->actions().first().status, "returned");
        QVERIFY(tab->returnButton()->isHidden());
    }
    auto supervisor = session("100002");
    CaseFileDialog dialog(*supervisor, m_case);
    CaseActionsTab* tab = dialog.actionsTab();
    tab->selectAction(actionId);
    QVERIFY(!tab->signOffButton()->isHidden());
    QVERIFY(!tab->sendBackButton()->isHidden());
    QVERIFY(!tab->sendBackSelected()); // a reason is needed
    tab->noteEdit()->setText("请问清时间");
    QVERIFY(tab->sendBackSelected());
    QCOMPARE(tab->actions().first().status, "sent_back");
    QVERIFY(tab->table()->item(0, 6)->text().contains("请问清时间"));
    QVERIFY(ActionService(m_t->db(), UserService(m_t->db()).find("100001")->actor())
                .returnResult(actionId, "上午十点左右")
                .ok());
    dialog.reload();
    tab->selectAction(actionId);
    QVERIFY(tab->signOffSelected());
    QCOMPARE(tab->actions().first().status, "signed_off");
    QVERIFY(tab->signOffButton()->isHidden());
    QCOMPARE(dialog.leadTable()->rowCount(), 5); // raised, returned, sent back, returned, signed off
}

void TestActionsPage::leadRaisesAction()
{
    auto investigator = session("100003");
    CaseFileDialog dialog(*investigator, m_case);
    QVERIFY(dialog.leadActionForm()->isHidden());
    dialog.leadRaisesAction()->setChecked(true);
    QVERIFY(!dialog.leadActionForm()->isHidden());
    dialog.leadText()->setText("群众称在网吧见过");
    dialog.addLead(); // the action's fields are empty: refused at its field, nothing saved
    QVERIFY(dialog.leadActionForm()->errors().label("what")->isVisibleTo(dialog.leadActionForm()));
    QCOMPARE(m_t->count("leads"), 0);
    dialog.leadActionForm()->whatEdit()->setText("去网吧调监控");
    dialog.leadActionForm()->officer()->setOfficerId(userId("100001"));
    dialog.addLead();
    QCOMPARE(m_t->count("leads"), 1);
    QCOMPARE(m_t->count("actions"), 1);
    QVERIFY(!dialog.leadRaisesAction()->isChecked());
    QCOMPARE(dialog.leadTable()->rowCount(), 2); // the lead and the action raised
    QCOMPARE(dialog.actionsTab()->table()->rowCount(), 1);
}

void TestActionsPage::actionsPageMineAndOverdue()
{
    ActionService investigator(m_t->db(), UserService(m_t->db()).find("100003")->actor());
    ActionDraft d;
    d.caseId = m_case;
    d.what = "走访";
    d.allocatedTo = userId("100001");
    d.due = QDate(2026, 4, 4);
    QVERIFY(investigator.raise(d).ok());
    d.caseId = m_other;
    d.allocatedTo = userId("100003");
    d.due = QDate(2026, 4, 30);
    QVERIFY(investigator.raise(d).ok());
    setClock(QDateTime(QDate(2026, 4, 8), QTime(9, 0)));

    auto officer = session("100001");
    ActionsPage page(*officer);
    QAbstractItemModelTester tester(page.model());
    page.show();
    QTRY_VERIFY(!page.isLoading());
    QCOMPARE(page.model()->rowCount(), 1); // mine
    QVERIFY(page.model()->index(0, ActionsPage::Status).data().toString().contains("overdue"));
    QVERIFY(page.model()->index(0, 0).data(Qt::FontRole).value<QFont>().bold());
    page.scopeBox()->setCurrentIndex(page.scopeBox()->findData(ActionsPage::All));
    QTRY_VERIFY(!page.isLoading());
    QCOMPARE(page.model()->rowCount(), 2); // both at the officer's station
    page.scopeBox()->setCurrentIndex(page.scopeBox()->findData(ActionsPage::Overdue));
    QTRY_VERIFY(!page.isLoading());
    QCOMPARE(page.model()->rowCount(), 1);
    QCOMPARE(page.model()->index(0, ActionsPage::CaseNo).data().toString(),
             CaseService(m_t->db(), Actor::system()).load(m_case)->caseNo);
    QSignalSpy requested(&page, &ActionsPage::caseRequested);
    page.table()->setCurrentIndex(page.model()->index(0, 0));
    emit page.table()->activated(page.model()->index(0, 0));
    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested.first().first().toLongLong(), m_case);
}

void TestActionsPage::confirmAndRuleOutInMatchDialog()
{
    FoundPerson f;
    f.circumstance = "shelter";
    f.sex = "F";
    f.ageMin = 33;
    f.ageMax = 38;
    f.heightCm = 158;
    f.placeFound = "东岗路菜市场旁公交站";
    f.foundDate = QDate(2026, 4, 2);
    const qint64 first = FoundPersonService(m_t->db(), Actor::system()).create(f)->id;
    f.nameGiven = "王晓红";
    const qint64 second = FoundPersonService(m_t->db(), Actor::system()).create(f)->id;
    auto investigator = session("100003");
    MatchCandidatesDialog dialog(*investigator, MatchCandidate::Kind::Case, m_case);
    QTRY_VERIFY(!dialog.isLoading());
    QCOMPARE(dialog.model()->rowCount(), 2);
    QVERIFY(!dialog.confirmButton()->isHidden());
    // Rule out the unnamed one: a reason is needed.
    const QString firstNo = FoundPersonService(m_t->db(), Actor::system()).load(first)->recordNo;
    for (int r = 0; r < dialog.model()->rowCount(); ++r)
        if (dialog.model()->index(r, 1).data().toString() == firstNo)
            dialog.table()->selectRow(r);
    QVERIFY(!dialog.ruleOutSelected());
    QVERIFY(dialog.errorLabel()->isVisibleTo(&dialog));
    dialog.reasonEdit()->setText("牙齿特征不符");
    QVERIFY(dialog.ruleOutSelected());
    QTRY_VERIFY(!dialog.isLoading());
    QCOMPARE(dialog.model()->rowCount(), 1);
    QCOMPARE(m_t->count("match_rule_outs"), 1);
    // Confirm the other: "No" changes nothing, "Yes" closes the case and identifies the record.
    dialog.table()->selectRow(0);
    QString asked;
    dialog.setConfirm([&asked](const QString& q) {
        asked = q;
        return false;
    });
    QVERIFY(!dialog.confirmSelected());
    QVERIFY(!asked.isEmpty());
    QCOMPARE(CaseService(m_t->db(), Actor::system()).load(m_case)->status, "open");
    dialog.setConfirm([](const QString&) { return true; });
    QSignalSpy confirmed(&dialog, &MatchCandidatesDialog::matchConfirmed);
    QVERIFY(dialog.confirmSelected());
    QCOMPARE(confirmed.count(), 1);
    QCOMPARE(CaseService(m_t->db(), Actor::system()).load(m_case)->status, "found_alive");
    QCOMPARE(FoundPersonService(m_t->db(), Actor::system()).load(second)->status, "identified");
    QTRY_VERIFY(!dialog.isLoading());
    QCOMPARE(dialog.model()->rowCount(), 0);
}

QTEST_MAIN(TestActionsPage)
#include "tst_actions_page.moc"
