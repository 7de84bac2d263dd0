// Accounts (core/auth): the password policy (length, zxcvbn), sign-in (an unknown badge costs the
// same Argon2 work, failures counted in the database per badge and per workstation with a
// growing delay, a disabled account refused, hashes re-made when the parameters changed, every
// attempt audited) and an administrator's work on accounts.
#include "core/auth/PasswordHasher.h"
#include "core/auth/PasswordPolicy.h"
#include "core/auth/UserService.h"
#include "core/common/Clock.h"
#include "tests/support/Fixture.h"

#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <algorithm>

using namespace hc;
using hc::test::ClockGuard;
using hc::test::TestDatabase;

namespace {
const QDateTime kNow(QDate(2026, 3, 20), QTime(18, 0));
const QString kAdminPassword = QStringLiteral("Kestrel-Harbour-2026");

// The fixture (officers 100001 and 100002 with passwords Harbour-Kite-100001, Harbour-Kite-100002) and an
// administrator.
struct Accounts
{
    Accounts()
    {
        test::loadFixture(t, false);
        UserService users(t.db());
        admin = users.add(Actor::system(), NewAccount{"A0001", "管理员", Role::Admin, {}, kAdminPassword})
                    ->actor();
    }
    TestDatabase t;
    Actor admin;
};

qint64 medianMs(const std::function<void()>& f)
{
    std::vector<qint64> ms;
    for (int i = 0; i < 3; ++i) {
        QElapsedTimer timer;
        timer.start();
        f();
        ms.push_back(timer.elapsed());
    }
    std::sort(ms.begin(), ms.end());
    return ms[1];
}
} // namespace

class TestUsers : public QObject
{
    Q_OBJECT
private slots:
    // Sign-in timing and rehashing are about the real Argon2id limits, not the test suite's
    // cheap ones (tests/support).
    void initTestCase()
    {
        PasswordHasher::setCost(PasswordHasher::Cost::Interactive);
        HC_SKIP_WITHOUT_ENGINE();
    }
    void policy_data();
    void policy();
    void unknownBadgeCostsTheSame();
    void failuresCountedInTheDatabase();
    void workstationFailures();
    void signInsAudited();
    void rehashOnSignIn();
    void hashesUseOwaspLimits();
    void addDisableEnable();
    void onlyAdministratorsManage();
    void resetAndChangePassword();
    void temporaryPasswordMustBeChanged();
};

void TestUsers::policy_data()
{
    QTest::addColumn<QString>("password");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<QString>("reason");
    QTest::newRow("short") << "Xq7#pL2" << false << "at least 10";
    QTest::newRow("nine") << "pw-100001" << false << "at least 10";
    QTest::newRow("common word") << "password123" << false << "common word";
    QTest::newRow("keyboard") << "qwertyuiop" << false << "too easy to guess";
    QTest::newRow("sequence") << "abcdefghijkl" << false << "";
    QTest::newRow("repeat") << "aaaaaaaaaaaa" << false << "";
    QTest::newRow("badge and name") << "zhangwei100009" << false << "badge number or the name";
    QTest::newRow("words") << "Kestrel-Harbour-2026" << true << "";
    QTest::newRow("random") << "t7Vq-Lm2x-P9sK" << true << "";
    QTest::newRow("chinese") << QStringLiteral("月亮河边的红色自行车") << true << "";
}

void TestUsers::policy()
{
    QFETCH(QString, password);
    QFETCH(bool, accepted);
    QFETCH(QString, reason);
    const Status s = PasswordPolicy::check(password, {"100009", "zhangwei"});
    QCOMPARE(s.ok(), accepted);
    if (!accepted) {
        QCOMPARE(s.error().field, QStringLiteral("password"));
        QVERIFY2(s.error().message.contains(reason), qPrintable(s.error().message));
    }
    if (accepted)
        QVERIFY(PasswordPolicy::score(password, {"100009", "zhangwei"}) >= PasswordPolicy::kMinScore);
}

void TestUsers::unknownBadgeCostsTheSame()
{
    Accounts a;
    UserService users(a.t.db());
    users.setWorkstation("timing");
    const qint64 known = medianMs([&] { (void)users.signIn("100002", "not the password"); });
    users.setWorkstation("timing-2");
    const qint64 unknown = medianMs([&] { (void)users.signIn("999999", "not the password"); });
    // Without the dummy hash an unknown badge answers in well under a millisecond.
    QVERIFY2(unknown * 2 >= known && known >= 5,
             qPrintable(QStringLiteral("%1 vs %2 ms").arg(unknown).arg(known)));
    QCOMPARE(users.signIn("999999", "x").error().message, users.signIn("100002", "x").error().message);
    QVERIFY(!PasswordHasher::needsRehash(PasswordHasher::dummyHash()));
}

void TestUsers::failuresCountedInTheDatabase()
{
    Accounts a;
    ClockGuard clock(kNow);
    {
        UserService users(a.t.db());
        for (int i = 0; i < UserService::kFreeAttempts; ++i)
            QCOMPARE(users.signIn("100001", "nope").error().message,
                     UserService::tr("Wrong badge number or password."));
    }
    QCOMPARE(
        a.t.scalar("SELECT failures FROM sign_in_failures WHERE scope = 'badge' AND key = '100001'").toInt(),
        3);
    // Another program on the same file (a new connection, a new service) must wait too.
    a.t.reopen();
    UserService again(a.t.db());
    const auto waiting = again.signIn("100001", "Harbour-Kite-100001");
    QVERIFY(!waiting.ok());
    QVERIFY2(waiting.error().message.contains("Try again in 2 second"), qPrintable(waiting.error().message));
    // The delay grows: 2 s after the third failure, 4 s after the fourth ...
    {
        ClockGuard later(kNow.addSecs(3));
        QVERIFY(!again.signIn("100001", "nope4").ok());
        QVERIFY(again.signIn("100001", "Harbour-Kite-100001").error().message.contains("4 second"));
    }
    ClockGuard later(kNow.addSecs(10));
    QVERIFY(again.signIn("100001", "Harbour-Kite-100001").ok());
    QVERIFY(!a.t.scalar("SELECT 1 FROM sign_in_failures WHERE scope = 'badge' AND key = '100001'").isValid());
}

void TestUsers::workstationFailures()
{
    Accounts a;
    ClockGuard clock(kNow);
    UserService users(a.t.db());
    users.setWorkstation("desk-7");
    // Guessing across many badges from one workstation: after ten, every badge waits there.
    for (int i = 0; i < UserService::kFreeWorkstationAttempts; ++i)
        QVERIFY(!users.signIn(QStringLiteral("9%1").arg(i), "guess").ok());
    QCOMPARE(
        a.t.scalar("SELECT failures FROM sign_in_failures WHERE scope = 'workstation' AND key = 'desk-7'")
            .toInt(),
        10);
    QVERIFY(users.signIn("100002", "Harbour-Kite-100002").error().message.contains("Try again"));
    // Another workstation is not held back.
    UserService other(a.t.db());
    other.setWorkstation("desk-8");
    QVERIFY(other.signIn("100002", "Harbour-Kite-100002").ok());
}

void TestUsers::signInsAudited()
{
    Accounts a;
    UserService users(a.t.db());
    users.setWorkstation("desk-1");
    QVERIFY(users.signIn("100001", "Harbour-Kite-100001", "cli").ok());
    QVERIFY(!users.signIn("100001", "wrong").ok());
    QVERIFY(!users.signIn("nobody", "wrong").ok());
    QCOMPARE(
        a.t.scalar("SELECT after FROM audit_log WHERE action = 'sign_in' AND actor = '100001'").toString(),
        QStringLiteral("{\"client\":\"cli\",\"workstation\":\"desk-1\"}"));
    QCOMPARE(a.t.scalar("SELECT count(*) FROM audit_log WHERE action = 'sign_in_failed' AND entity_id IN "
                        "('100001', 'nobody')")
                 .toInt(),
             2);
    QVERIFY(a.t.scalar("SELECT after FROM audit_log WHERE action = 'sign_in_failed' AND actor = 'nobody'")
                .toString()
                .contains("wrong password"));
}

// New hashes carry OWASP's Argon2id limits (19 MiB, two passes); a hash made with libsodium's
// interactive limits (64 MiB, the limits before) is made again at the next sign-in.
void TestUsers::hashesUseOwaspLimits()
{
    const QString made = PasswordHasher::hash("Harbour-Lantern-Owl-7");
    QVERIFY2(made.startsWith("$argon2id$v=19$m=19456,t=2,p=1$"), qPrintable(made));
    QVERIFY(PasswordHasher::verify(made, "Harbour-Lantern-Owl-7"));
    QVERIFY(!PasswordHasher::needsRehash(made));
    const QString before = QStringLiteral("$argon2id$v=19$m=65536,t=2,p=1$9hhd4wiAIIAxcQCHBcGbKw$"
                                          "KNeQHShrCW17PnoG7UTTS4n+cnOnMD/CeicQiOnkk88");
    QVERIFY(PasswordHasher::needsRehash(before));
}

void TestUsers::rehashOnSignIn()
{
    Accounts a;
    // Made with other Argon2id parameters (m=32 MiB, t=3) for the password Old-Params-Walrus-19.
    const QString old = QStringLiteral(
        "$argon2id$v=19$m=32768,t=3,p=1$+p8euKFXzXEbppY3KiyMTw$ZljQS+kZ0aApezvRUINfqf3u/yazB4aHQRQsH2OnRB8");
    QVERIFY(PasswordHasher::needsRehash(old));
    QSqlQuery q(a.t.db().sql());
    QVERIFY(q.prepare("UPDATE users SET password_hash = ? WHERE badge = '100002'"));
    q.addBindValue(old);
    QVERIFY(q.exec());
    UserService users(a.t.db());
    QVERIFY(users.signIn("100002", "Old-Params-Walrus-19").ok());
    const QString now = a.t.scalar("SELECT password_hash FROM users WHERE badge = '100002'").toString();
    QVERIFY(now != old);
    QVERIFY(!PasswordHasher::needsRehash(now));
    QVERIFY(PasswordHasher::verify(now, "Old-Params-Walrus-19"));
    QVERIFY(users.signIn("100002", "Old-Params-Walrus-19").ok());
    QVERIFY(a.t.scalar("SELECT after FROM audit_log WHERE action = 'sign_in' AND after LIKE '%rehashed%'")
                .isValid());
}

void TestUsers::addDisableEnable()
{
    Accounts a;
    UserService users(a.t.db());
    const NewAccount kim{"200001", "金警官", Role::Officer, "东岗派出所", "Lantern-Otter-Moss-77"};
    const auto added = users.add(a.admin, kim);
    QVERIFY2(added.ok(), qPrintable(added ? QString() : added.error().text()));
    QCOMPARE(added->stationName, QStringLiteral("东岗派出所"));
    QCOMPARE(users.add(a.admin, kim).error().kind, Error::Kind::Conflict);
    NewAccount noStation = kim;
    noStation.badge = "200002";
    noStation.station.clear();
    QCOMPARE(users.add(a.admin, noStation).error().field, QStringLiteral("station"));
    noStation.station = "无此派出所";
    QCOMPARE(users.add(a.admin, noStation).error().field, QStringLiteral("station"));
    NewAccount weak = kim;
    weak.badge = "200003";
    weak.password = "200003abcd";
    QCOMPARE(users.add(a.admin, weak).error().field, QStringLiteral("password"));
    QVERIFY(!users.find("200003").ok());

    QVERIFY(users.signIn("200001", kim.password).ok());
    QVERIFY(!users.signIn("200001", kim.password)->mustChangePassword);
    // A password the administrator passes on is a temporary one.
    NewAccount passedOn = kim;
    passedOn.badge = "200004";
    passedOn.temporaryPassword = true;
    QVERIFY(users.add(a.admin, passedOn).ok());
    QVERIFY(users.signIn("200004", kim.password)->mustChangePassword);
    QVERIFY(users.setActive(a.admin, "200001", false).ok());
    const auto refused = users.signIn("200001", kim.password);
    QVERIFY(!refused.ok());
    QVERIFY(refused.error().message.contains("disabled"));
    QVERIFY(users.setActive(a.admin, "200001", true).ok());
    QVERIFY(users.signIn("200001", kim.password).ok());
    // Not oneself, not the last administrator.
    QCOMPARE(users.setActive(a.admin, "A0001", false).error().field, QStringLiteral("badge"));
    QCOMPARE(users.list(a.admin)->size(), a.t.count("users"));
    QCOMPARE(
        a.t.scalar(
               "SELECT count(*) FROM audit_log WHERE entity = 'user' AND entity_id = '200001' AND action IN "
               "('create', 'disable', 'enable')")
            .toInt(),
        3);
}

void TestUsers::onlyAdministratorsManage()
{
    Accounts a;
    UserService users(a.t.db());
    const Actor officer = users.find("100001")->actor();
    const Actor supervisor = users.find("100002")->actor();
    const qint64 audit = a.t.count("audit_log");
    for (const Actor& who : {officer, supervisor}) {
        QCOMPARE(users.list(who).error().kind, Error::Kind::Denied);
        QCOMPARE(users.add(who, NewAccount{"300001", "x", Role::Admin, {}, kAdminPassword}).error().kind,
                 Error::Kind::Denied);
        QCOMPARE(users.setActive(who, "A0001", false).error().kind, Error::Kind::Denied);
        QCOMPARE(users.resetPassword(who, "A0001", "Fresh-Cobalt-Violin-8").error().kind,
                 Error::Kind::Denied);
    }
    QCOMPARE(a.t.count("audit_log"), audit);
    QVERIFY(!users.find("300001").ok());
    QVERIFY(users.signIn("A0001", kAdminPassword).ok());
}

void TestUsers::resetAndChangePassword()
{
    Accounts a;
    ClockGuard clock(kNow);
    UserService users(a.t.db());
    // A reset lifts the hold a forgotten password put on the badge.
    for (int i = 0; i < 4; ++i)
        (void)users.signIn("100001", "forgotten");
    QCOMPARE(users.resetPassword(a.admin, "100001", "short").error().field, QStringLiteral("password"));
    QVERIFY(users.resetPassword(a.admin, "100001", "Fresh-Cobalt-Violin-8").ok());
    QVERIFY(!users.signIn("100001", "Harbour-Kite-100001").ok());
    QVERIFY(users.signIn("100001", "Fresh-Cobalt-Violin-8").ok());

    const Actor self = users.find("100001")->actor();
    QCOMPARE(users.changePassword(self, "wrong", "Saffron-Glacier-Tuba-31").error().field,
             QStringLiteral("current"));
    QCOMPARE(users.changePassword(self, "Fresh-Cobalt-Violin-8", "qwertyuiop").error().field,
             QStringLiteral("password"));
    QVERIFY(users.changePassword(self, "Fresh-Cobalt-Violin-8", "Saffron-Glacier-Tuba-31").ok());
    QVERIFY(users.signIn("100001", "Saffron-Glacier-Tuba-31").ok());
    QVERIFY(!a.t.scalar("SELECT password_changed_at FROM users WHERE badge = '100001'").isNull());
    // Only for oneself: an actor that is no account (system) cannot.
    QCOMPARE(users.changePassword(Actor::system(), "x", "Saffron-Glacier-Tuba-32").error().kind,
             Error::Kind::Denied);
}

// An administrator's reset makes the password a temporary one (schema 19): signing in with it
// works but says a new one is due; the user's own change clears the flag in the same statement,
// and the engine refuses clearing it without a new password (a modified client).
void TestUsers::temporaryPasswordMustBeChanged()
{
    Accounts a;
    ClockGuard clock(kNow);
    UserService users(a.t.db());
    QVERIFY(!users.find("100001")->mustChangePassword);
    QVERIFY(users.resetPassword(a.admin, "100001", "Fresh-Cobalt-Violin-8").ok());
    QVERIFY(users.find("100001")->mustChangePassword);
    const auto signedIn = users.signIn("100001", "Fresh-Cobalt-Violin-8");
    QVERIFY(signedIn.ok());
    QVERIFY(signedIn->mustChangePassword);
    QVERIFY(a.t.scalar("SELECT after FROM audit_log WHERE action = 'sign_in' AND actor = '100001'")
                .toString()
                .contains("\"must_change_password\":true"));
    QVERIFY(a.t.scalar("SELECT after FROM audit_log WHERE action = 'reset_password' AND entity_id = '100001'")
                .toString()
                .contains("\"must_change_password\":true"));

    // Not by clearing the flag alone: the engine refuses it (SQLite and PostgreSQL triggers).
    QSqlQuery q(a.t.db().sql());
    QVERIFY(!q.exec("UPDATE users SET must_change_password = 0 WHERE badge = '100001'"));
    QVERIFY2(q.lastError().text().contains("must_change_password"), qPrintable(q.lastError().text()));
    QVERIFY(users.find("100001")->mustChangePassword);

    // The same password again is no new one; a weak one is refused; both leave the flag.
    const Actor self = signedIn->actor();
    QCOMPARE(users.changePassword(self, "Fresh-Cobalt-Violin-8", "Fresh-Cobalt-Violin-8").error().field,
             QStringLiteral("password"));
    QCOMPARE(users.changePassword(self, "Fresh-Cobalt-Violin-8", "qwertyuiop").error().field,
             QStringLiteral("password"));
    QVERIFY(users.find("100001")->mustChangePassword);
    QVERIFY(users.changePassword(self, "Fresh-Cobalt-Violin-8", "Saffron-Glacier-Tuba-31").ok());
    QVERIFY(!users.find("100001")->mustChangePassword);
    QVERIFY(!users.signIn("100001", "Fresh-Cobalt-Violin-8").ok());
    const auto own = users.signIn("100001", "Saffron-Glacier-Tuba-31");
    QVERIFY(own.ok());
    QVERIFY(!own->mustChangePassword);
    QVERIFY(
        a.t.scalar("SELECT after FROM audit_log WHERE action = 'change_password' AND entity_id = '100001'")
            .toString()
            .contains("\"must_change_password\":false"));

    // An administrator resetting their own password chose it: nothing is due.
    QVERIFY(users.resetPassword(a.admin, "A0001", "Marble-Pelican-Drum-54").ok());
    QVERIFY(!users.find("A0001")->mustChangePassword);
}

QTEST_GUILESS_MAIN(TestUsers)
#include "tst_users.moc"
