// Tests for hc::IdNumber: normalisation, check character, 15-to-18 conversion, birth date and
// sex derivation, every kind of rejection and its message, make() round trips.
// Check characters in the vectors below were computed independently (ISO 7064 MOD 11-2).

#include "core/registry/IdNumber.h"

#include <QtTest>

using hc::IdNumber;

class TestIdNumber : public QObject
{
    Q_OBJECT

private slots:
    void nullByDefault();

    void checkCharacter_data();
    void checkCharacter();

    void parseValid_data();
    void parseValid();

    void parseInvalid_data();
    void parseInvalid();

    void historicalAndNewRegions_data();
    void historicalAndNewRegions();
    void futureBirthDate();
    void sharesUnchangedInput();
    void equality();

    void makeRoundTrip_data();
    void makeRoundTrip();
};

void TestIdNumber::nullByDefault()
{
    const IdNumber id;
    QVERIFY(id.isNull());
    QVERIFY(id.text().isEmpty());
    QVERIFY(!id.birthDate().isValid());
    QVERIFY(id.sexCode().isNull());
    QVERIFY(!id.wasConverted());
}

void TestIdNumber::checkCharacter_data()
{
    QTest::addColumn<QString>("first17");
    QTest::addColumn<QChar>("expected");

    QTest::newRow("GB 11643 sample") << QStringLiteral("11010519491231002") << QChar(u'X');
    QTest::newRow("remainder 1") << QStringLiteral("11010519491231001") << QChar(u'1');
    QTest::newRow("shenzhen") << QStringLiteral("44030119900101123") << QChar(u'4');
    QTest::newRow("shanghai") << QStringLiteral("31011520000229000") << QChar(u'5');
    QTest::newRow("shanghai 999") << QStringLiteral("31011520000229999") << QChar(u'0');
    QTest::newRow("chengdu") << QStringLiteral("51010719000101001") << QChar(u'7');
    QTest::newRow("lanzhou") << QStringLiteral("62010219781125345") << QChar(u'4');
    QTest::newRow("zero day") << QStringLiteral("11010519490001002") << QChar(u'X');
}

void TestIdNumber::checkCharacter()
{
    QFETCH(QString, first17);
    QFETCH(QChar, expected);
    QCOMPARE(IdNumber::checkCharacter(first17), expected);
}

void TestIdNumber::parseValid_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("birth");
    QTest::addColumn<QChar>("sex");
    QTest::addColumn<bool>("converted");

    const QString sample = QStringLiteral("11010519491231002X");
    const QDate sampleBirth(1949, 12, 31);

    QTest::newRow("sample") << sample << sample << sampleBirth << QChar(u'F') << false;
    QTest::newRow("lowercase x") << QStringLiteral("11010519491231002x") << sample << sampleBirth
                                 << QChar(u'F') << false;
    QTest::newRow("surrounding spaces")
        << QStringLiteral("  11010519491231002X\t\n") << sample << sampleBirth << QChar(u'F') << false;
    QTest::newRow("ideographic spaces")
        << QStringLiteral("\u300011010519491231002x\u3000") << sample << sampleBirth << QChar(u'F') << false;
    QTest::newRow("full-width digits and X") << QStringLiteral("１１０１０５１９４９１２３１００２Ｘ")
                                             << sample << sampleBirth << QChar(u'F') << false;
    QTest::newRow("full-width lowercase x with spaces")
        << QStringLiteral("\u3000 １１０１０５１９４９１２３１００２ｘ ") << sample << sampleBirth
        << QChar(u'F') << false;
    QTest::newRow("mixed full-width")
        << QStringLiteral("110105１９４９1231002X") << sample << sampleBirth << QChar(u'F') << false;
    QTest::newRow("male") << QStringLiteral("110105194912310011") << QStringLiteral("110105194912310011")
                          << sampleBirth << QChar(u'M') << false;
    QTest::newRow("shenzhen male") << QStringLiteral("440301199001011234")
                                   << QStringLiteral("440301199001011234") << QDate(1990, 1, 1) << QChar(u'M')
                                   << false;
    QTest::newRow("leap day 2000") << QStringLiteral("310115200002290005")
                                   << QStringLiteral("310115200002290005") << QDate(2000, 2, 29)
                                   << QChar(u'F') << false;
    QTest::newRow("first day of 1900")
        << QStringLiteral("510107190001010017") << QStringLiteral("510107190001010017") << QDate(1900, 1, 1)
        << QChar(u'M') << false;
    QTest::newRow("15 digits") << QStringLiteral("110105491231002") << sample << sampleBirth << QChar(u'F')
                               << true;
    QTest::newRow("15 digits, full-width, spaces") << QStringLiteral(" １１０１０５４９１２３１００２\u3000")
                                                   << sample << sampleBirth << QChar(u'F') << true;
    QTest::newRow("15 digits male") << QStringLiteral("620102781125345")
                                    << QStringLiteral("620102197811253454") << QDate(1978, 11, 25)
                                    << QChar(u'M') << true;
}

void TestIdNumber::parseValid()
{
    QFETCH(QString, input);
    QFETCH(QString, text);
    QFETCH(QDate, birth);
    QFETCH(QChar, sex);
    QFETCH(bool, converted);

    const auto r = IdNumber::parse(input, QDate(2024, 6, 1));
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().text()));
    const IdNumber& id = r.value();
    QVERIFY(!id.isNull());
    QCOMPARE(id.text(), text);
    QCOMPARE(id.areaCode(), text.left(6));
    QCOMPARE(id.birthDate(), birth);
    QCOMPARE(id.sexCode(), sex);
    QCOMPARE(id.sex(), sex == u'M' ? IdNumber::Sex::Male : IdNumber::Sex::Female);
    QCOMPARE(id.wasConverted(), converted);
}

void TestIdNumber::parseInvalid_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QStringList>("mentions"); // all must appear in the message

    const QStringList expected1518{QStringLiteral("15 or 18")};
    QTest::newRow("empty") << QString() << QStringList{QStringLiteral("empty")};
    QTest::newRow("blank") << QStringLiteral(" \t ") << QStringList{QStringLiteral("empty")};
    QTest::newRow("ideographic blank")
        << QStringLiteral("\u3000\u3000") << QStringList{QStringLiteral("empty")};

    QTest::newRow("16 characters") << QStringLiteral("1101051949123100")
                                   << QStringList{QStringLiteral("16"), QStringLiteral("15 or 18")};
    QTest::newRow("17 characters") << QStringLiteral("11010519491231002")
                                   << QStringList{QStringLiteral("17"), QStringLiteral("15 or 18")};
    QTest::newRow("19 characters") << QStringLiteral("11010519491231002X1")
                                   << QStringList{QStringLiteral("19"), QStringLiteral("15 or 18")};
    QTest::newRow("14 characters") << QStringLiteral("11010549123100")
                                   << QStringList{QStringLiteral("14"), QStringLiteral("15 or 18")};
    QTest::newRow("inner space") << QStringLiteral("110105 19491231002X")
                                 << QStringList{QStringLiteral("19"), QStringLiteral("15 or 18")};

    QTest::newRow("letter inside") << QStringLiteral("1101051949A231002X")
                                   << QStringList{QStringLiteral("character 11"), QStringLiteral("A"),
                                                  QStringLiteral("digit")};
    QTest::newRow("X not last") << QStringLiteral("X10105194912310021")
                                << QStringList{QStringLiteral("character 1 "), QStringLiteral("digit")};
    QTest::newRow("bad last character") << QStringLiteral("11010519491231002A")
                                        << QStringList{QStringLiteral("character 18"), QStringLiteral("X")};
    QTest::newRow("X in 15 digits") << QStringLiteral("11010549123100X")
                                    << QStringList{QStringLiteral("character 15"), QStringLiteral("digit")};
    QTest::newRow("circled digit is not a digit")
        << QStringLiteral("①1010519491231002X")
        << QStringList{QStringLiteral("character 1 "), QStringLiteral("digit")};
    QTest::newRow("full-width letter") << QStringLiteral("１１０１０５１９４９Ａ２３１００２Ｘ")
                                       << QStringList{QStringLiteral("character 11"), QStringLiteral("A")};

    QTest::newRow("check 5 expected X") << QStringLiteral("110105194912310025")
                                        << QStringList{QStringLiteral("check character is 5, expected X")};
    QTest::newRow("check X expected 1") << QStringLiteral("11010519491231001X")
                                        << QStringList{QStringLiteral("check character is X, expected 1")};
    QTest::newRow("check x expected 4") << QStringLiteral("44030119900101123x")
                                        << QStringList{QStringLiteral("check character is X, expected 4")};
    QTest::newRow("transposed digits") << QStringLiteral("440301199001012134")
                                       << QStringList{QStringLiteral("check character is 4, expected 0")};

    // The impossible dates below carry a correct check character.
    QTest::newRow("month 13") << QStringLiteral("110105194913310021")
                              << QStringList{QStringLiteral("19491331"), QStringLiteral("not a valid date")};
    QTest::newRow("30 February") << QStringLiteral("110105194902300020")
                                 << QStringList{QStringLiteral("19490230"),
                                                QStringLiteral("not a valid date")};
    QTest::newRow("29 February 1900")
        << QStringLiteral("110105190002290025") << QStringList{QStringLiteral("19000229")};
    QTest::newRow("29 February 2001")
        << QStringLiteral("110105200102290037") << QStringList{QStringLiteral("20010229")};
    QTest::newRow("day 0") << QStringLiteral("11010519490001002X") << QStringList{QStringLiteral("19490001")};
    QTest::newRow("month 0") << QStringLiteral("110105194912000021")
                             << QStringList{QStringLiteral("19491200")};
    QTest::newRow("15 digits, 30 February")
        << QStringLiteral("110105490230002") << QStringList{QStringLiteral("19490230")};
    QTest::newRow("before 1900") << QStringLiteral("110105189912310023")
                                 << QStringList{QStringLiteral("1899-12-31"), QStringLiteral("1900")};

    // Impossible regions with a correct check character: not GB/T 2260 codes.
    const QDate born(1980, 5, 12);
    for (const char* region : {"000000", "999999", "123456", "110000", "990101", "710099"})
        QTest::newRow(qPrintable(QStringLiteral("region %1").arg(QLatin1String(region))))
            << IdNumber::make(QLatin1String(region), born, 11)
            << QStringList{QLatin1String(region), QStringLiteral("GB/T 2260")};
    QTest::newRow("region, 15 digits")
        << QStringLiteral("123456800512011") << QStringList{QStringLiteral("123456")};
}

void TestIdNumber::parseInvalid()
{
    QFETCH(QString, input);
    QFETCH(QStringList, mentions);

    const auto r = IdNumber::parse(input, QDate(2024, 6, 1));
    QVERIFY(!r.ok());
    QCOMPARE(r.error().field, QStringLiteral("id_number"));
    QCOMPARE(r.error().kind, hc::Error::Kind::Invalid);
    for (const QString& m : mentions)
        QVERIFY2(r.error().message.contains(m),
                 qPrintable(QStringLiteral("\"%1\" does not mention \"%2\"").arg(r.error().message, m)));
}

void TestIdNumber::historicalAndNewRegions_data()
{
    QTest::addColumn<QString>("region");
    QTest::newRow("current: Beijing Dongcheng") << QStringLiteral("110101");
    QTest::newRow("abolished: Beijing Chongwen (1952-2010)") << QStringLiteral("110103");
    QTest::newRow("abolished: Lingling county, Hunan (1980s)") << QStringLiteral("432921");
    QTest::newRow("county of a known prefecture, not in the table") << QStringLiteral("620198");
}

void TestIdNumber::historicalAndNewRegions()
{
    QFETCH(QString, region);
    const auto r = IdNumber::parse(IdNumber::make(region, QDate(1975, 3, 4), 21), QDate(2024, 6, 1));
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
}

void TestIdNumber::futureBirthDate()
{
    const QString bornJune1 = QStringLiteral("110105202406010013");
    const QString bornJune2 = QStringLiteral("110105202406020019");
    const QDate today(2024, 6, 1);

    QVERIFY(IdNumber::parse(bornJune1, today).ok()); // born today

    const auto r = IdNumber::parse(bornJune2, today);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().field, QStringLiteral("id_number"));
    QVERIFY2(r.error().message.contains(QStringLiteral("2024-06-02")), qPrintable(r.error().message));
    QVERIFY2(r.error().message.contains(QStringLiteral("future")), qPrintable(r.error().message));

    QVERIFY(IdNumber::parse(bornJune2, today.addDays(1)).ok());
    QVERIFY(!IdNumber::parse(QStringLiteral("110105202501010011"), today).ok());
    // The default is the current date: a number born in 1949 is never in the future.
    QVERIFY(IdNumber::parse(QStringLiteral("11010519491231002X")).ok());
}

void TestIdNumber::sharesUnchangedInput()
{
    const QString input = QString::fromLatin1("440301199001011234"); // heap data, not a literal
    const auto r = IdNumber::parse(input, QDate(2024, 6, 1));
    QVERIFY(r.ok());
    QCOMPARE(r->text(), input);
    QVERIFY(r->text().isSharedWith(input));
}

void TestIdNumber::equality()
{
    const QDate today(2024, 6, 1);
    const auto a = IdNumber::parse(QStringLiteral("110105491231002"), today);
    const auto b = IdNumber::parse(QStringLiteral(" 11010519491231002x"), today);
    const auto c = IdNumber::parse(QStringLiteral("110105194912310011"), today);
    QVERIFY(a.ok() && b.ok() && c.ok());
    QVERIFY(*a == *b);
    QVERIFY(!(*a == *c));
    QVERIFY(!(*a == IdNumber()));
}

void TestIdNumber::makeRoundTrip_data()
{
    QTest::addColumn<QString>("area");
    QTest::addColumn<QDate>("birth");
    QTest::addColumn<int>("seq");
    QTest::addColumn<QString>("expected"); // computed independently; empty when not checked

    QTest::newRow("1900-01-01 seq 0") << QStringLiteral("110105") << QDate(1900, 1, 1) << 0 << QString();
    QTest::newRow("1949-12-31 seq 2")
        << QStringLiteral("110105") << QDate(1949, 12, 31) << 2 << QStringLiteral("11010519491231002X");
    QTest::newRow("1978-11-25 seq 345")
        << QStringLiteral("620102") << QDate(1978, 11, 25) << 345 << QStringLiteral("620102197811253454");
    QTest::newRow("1999-12-31 seq 1") << QStringLiteral("440301") << QDate(1999, 12, 31) << 1 << QString();
    QTest::newRow("2000-02-29 seq 998") << QStringLiteral("310115") << QDate(2000, 2, 29) << 998 << QString();
    QTest::newRow("2000-02-29 seq 999")
        << QStringLiteral("310115") << QDate(2000, 2, 29) << 999 << QStringLiteral("310115200002299990");
    QTest::newRow("2024-01-01 seq 57")
        << QStringLiteral("510107") << QDate(2024, 1, 1) << 57 << QStringLiteral("510107202401010572");
    QTest::newRow("2024-06-01 seq 100")
        << QStringLiteral("650102") << QDate(2024, 6, 1) << 100 << QStringLiteral("650102202406011004");
}

void TestIdNumber::makeRoundTrip()
{
    QFETCH(QString, area);
    QFETCH(QDate, birth);
    QFETCH(int, seq);
    QFETCH(QString, expected);

    const QString made = IdNumber::make(area, birth, seq);
    if (!expected.isEmpty())
        QCOMPARE(made, expected);
    QCOMPARE(made.size(), 18);
    QCOMPARE(made.left(6), area);
    QCOMPARE(made.mid(14, 3), QStringLiteral("%1").arg(seq, 3, 10, QLatin1Char('0')));
    QCOMPARE(made.at(17), IdNumber::checkCharacter(QStringView(made).first(17)));

    const auto r = IdNumber::parse(made, QDate(2024, 6, 1));
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().text()));
    QCOMPARE(r->text(), made);
    QCOMPARE(r->areaCode(), area);
    QCOMPARE(r->birthDate(), birth);
    QCOMPARE(r->sex(), seq % 2 == 1 ? IdNumber::Sex::Male : IdNumber::Sex::Female);
    QVERIFY(!r->wasConverted());
}

QTEST_GUILESS_MAIN(TestIdNumber)
#include "tst_idnumber.moc"
