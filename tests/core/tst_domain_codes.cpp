// hc::DomainCodes: every enumerator maps to the code DOMAIN.md gives it and back, unknown and
// empty codes map to nothing, and labels are Vocabulary's (and Roles') labels.

#include "core/calls/CallService.h"
#include "core/registry/DomainCodes.h"
#include "core/registry/Vocabulary.h"

#include <QtTest>

using namespace hc;

class TestDomainCodes : public QObject
{
    Q_OBJECT

private slots:
    void screeningStatuses_data();
    void screeningStatuses();
    void visitOutcomes();
    void caseStatuses();
    void riskLevels();
    void entityKinds();
    void callCodes();
    void roles();
    void unknownCodes();
    void labels();
};

void TestDomainCodes::screeningStatuses_data()
{
    QTest::addColumn<int>("value");
    QTest::addColumn<QString>("code");
    QTest::newRow("present") << int(ScreeningStatus::Present) << "present";
    QTest::newRow("away_verified") << int(ScreeningStatus::AwayVerified) << "away_verified";
    QTest::newRow("away_unverified") << int(ScreeningStatus::AwayUnverified) << "away_unverified";
    QTest::newRow("whereabouts_unknown") << int(ScreeningStatus::WhereaboutsUnknown) << "whereabouts_unknown";
    QTest::newRow("deceased") << int(ScreeningStatus::Deceased) << "deceased";
    QTest::newRow("moved_out") << int(ScreeningStatus::MovedOut) << "moved_out";
    QTest::newRow("unregistered_found") << int(ScreeningStatus::UnregisteredFound) << "unregistered_found";
}

void TestDomainCodes::screeningStatuses()
{
    QFETCH(int, value);
    QFETCH(QString, code);
    const auto status = ScreeningStatus(value);
    QCOMPARE(codeOf(status), code);
    QCOMPARE(enumOf<ScreeningStatus>(code), std::optional(status));
    // Every status of the vocabulary has its enumerator.
    QCOMPARE(Vocabulary::codes(Vocabulary::Kind::Status).size(), 7);
}

void TestDomainCodes::visitOutcomes()
{
    const QList<std::pair<VisitOutcome, QString>> expected = {
        {VisitOutcome::Completed, "completed"},   {VisitOutcome::NoAnswer, "no_answer"},
        {VisitOutcome::Refused, "refused"},       {VisitOutcome::Vacant, "vacant"},
        {VisitOutcome::Demolished, "demolished"}, {VisitOutcome::AddressNotFound, "address_not_found"}};
    QCOMPARE(Vocabulary::codes(Vocabulary::Kind::Outcome).size(), expected.size());
    for (const auto& [value, code] : expected) {
        QCOMPARE(codeOf(value), code);
        QCOMPARE(enumOf<VisitOutcome>(code), std::optional(value));
    }
}

void TestDomainCodes::caseStatuses()
{
    const QList<std::pair<CaseStatus, QString>> expected = {{CaseStatus::Open, "open"},
                                                            {CaseStatus::Investigating, "investigating"},
                                                            {CaseStatus::FoundAlive, "found_alive"},
                                                            {CaseStatus::Rescued, "rescued"},
                                                            {CaseStatus::FoundDeceased, "found_deceased"},
                                                            {CaseStatus::ClosedOther, "closed_other"},
                                                            {CaseStatus::Duplicate, "duplicate"}};
    QCOMPARE(Vocabulary::codes(Vocabulary::Kind::CaseStatus).size(), expected.size());
    for (const auto& [value, code] : expected) {
        QCOMPARE(codeOf(value), code);
        QCOMPARE(enumOf<CaseStatus>(code), std::optional(value));
    }
}

void TestDomainCodes::riskLevels()
{
    const QList<std::pair<RiskLevel, QString>> expected = {
        {RiskLevel::High, "high"}, {RiskLevel::Medium, "medium"}, {RiskLevel::Low, "low"}};
    QCOMPARE(Vocabulary::codes(Vocabulary::Kind::RiskLevel).size(), expected.size());
    for (const auto& [value, code] : expected) {
        QCOMPARE(codeOf(value), code);
        QCOMPARE(enumOf<RiskLevel>(code), std::optional(value));
        QCOMPARE(labelOf(value), Vocabulary::label(Vocabulary::Kind::RiskLevel, code));
    }
    QCOMPARE(enumOf<RiskLevel>("HIGH"), std::nullopt);
}

// The call log's lines and results, as CallService stores them.
void TestDomainCodes::callCodes()
{
    QCOMPARE(CallService::lines(), QStringList({"hotline", "officer"}));
    QCOMPARE(callLineOf("hotline"), std::optional(CallLine::Hotline));
    QCOMPARE(callLineOf("officer"), std::optional(CallLine::Officer));
    QCOMPARE(CallService::results(), QStringList({"case", "lead", "info", "none"}));
    const QList<std::pair<CallResult, QString>> results = {{CallResult::Case, "case"},
                                                           {CallResult::Lead, "lead"},
                                                           {CallResult::Info, "info"},
                                                           {CallResult::None, "none"}};
    for (const auto& [value, code] : results)
        QCOMPARE(callResultOf(code), std::optional(value));
    QCOMPARE(callLineOf(QString()), std::nullopt);
    QCOMPARE(callLineOf("fax"), std::nullopt);
    QCOMPARE(callResultOf("Case"), std::nullopt);
}

void TestDomainCodes::entityKinds()
{
    const QList<std::pair<EntityKind, QString>> expected = {
        {EntityKind::Person, "person"},       {EntityKind::Case, "case"},
        {EntityKind::Household, "household"}, {EntityKind::Phone, "phone"},
        {EntityKind::Address, "address"},     {EntityKind::Vehicle, "vehicle"}};
    QCOMPARE(Vocabulary::codes(Vocabulary::Kind::EntityKind).size(), expected.size());
    for (const auto& [value, code] : expected) {
        QCOMPARE(codeOf(value), code);
        QCOMPARE(enumOf<EntityKind>(code), std::optional(value));
    }
}

void TestDomainCodes::roles()
{
    const QList<std::pair<Role, QString>> expected = {{Role::Officer, "officer"},
                                                      {Role::Supervisor, "supervisor"},
                                                      {Role::Investigator, "investigator"},
                                                      {Role::Admin, "admin"}};
    for (const auto& [value, code] : expected) {
        QCOMPARE(codeOf(value), code);
        QCOMPARE(enumOf<Role>(code), std::optional(value));
    }
}

void TestDomainCodes::unknownCodes()
{
    QCOMPARE(enumOf<ScreeningStatus>(QString()), std::nullopt);
    QCOMPARE(enumOf<ScreeningStatus>("PRESENT"), std::nullopt); // stored codes are exact
    QCOMPARE(enumOf<ScreeningStatus>("在户"), std::nullopt);    // Vocabulary::parse reads forms
    QCOMPARE(enumOf<VisitOutcome>("present"), std::nullopt);
    QCOMPARE(enumOf<CaseStatus>("closed"), std::nullopt);
    QCOMPARE(enumOf<EntityKind>("kin"), std::nullopt);
    QCOMPARE(enumOf<Role>("chief"), std::nullopt);
}

void TestDomainCodes::labels()
{
    QCOMPARE(labelOf(ScreeningStatus::WhereaboutsUnknown), QString("Whereabouts unknown"));
    QCOMPARE(labelOf(VisitOutcome::NoAnswer), QString("No answer"));
    QCOMPARE(labelOf(CaseStatus::Duplicate), Vocabulary::label(Vocabulary::Kind::CaseStatus, "duplicate"));
    QCOMPARE(labelOf(EntityKind::Phone), QString("Phone number"));
    QCOMPARE(labelOf(Role::Investigator), Roles::label(Role::Investigator));
}

QTEST_GUILESS_MAIN(TestDomainCodes)
#include "tst_domain_codes.moc"
