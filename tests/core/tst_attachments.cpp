// Photos and documents (issue 14, outcome 5) on both engines: pictures and PDFs recognised by
// decoding, not by name (a .jpg that is text, a cut PNG or JPEG, a PDF without its end
// refused), the 20 MB limit checked before reading, the same bytes stored once and removed
// with their last attachment, thumbnails at most 160 px, scope (an officer of another station
// can neither list nor open; an officer may add to a person, not to a case), the audit rows of
// add, view and removal (and of the case photos the operation report prints), and `homecoming-cli attach` /
// `attachments` round trip.
#include "app/cli/CommandLine.h"
#include "core/attachments/AttachmentCheck.h"
#include "core/attachments/AttachmentService.h"
#include "core/auth/UserService.h"
#include "core/cases/CaseService.h"
#include "core/cases/FoundPersonService.h"
#include "core/common/Clock.h"
#include "core/imaging/QtImageDecoder.h"
#include "core/report/ReportService.h"
#include "tests/support/Fixture.h"
#include "tests/support/TestDatabase.h"

#include <QBuffer>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QSqlQuery>
#include <QTest>

using namespace hc;
using hc::test::TestDatabase;

namespace {
const QDateTime kNow(QDate(2026, 4, 3), QTime(12, 0));

QByteArray picture(const char* format, int w, int h, QColor color = Qt::darkCyan)
{
    QImage image(w, h, QImage::Format_RGB32);
    image.fill(color);
    QPainter p(&image);
    p.fillRect(w / 4, h / 4, w / 2, h / 2, Qt::yellow);
    p.end();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, format);
    return bytes;
}

QByteArray pdf()
{
    return QByteArray("%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
                      "2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n"
                      "xref\n0 3\n0000000000 65535 f \n0000000009 00000 n \n0000000058 00000 n \n"
                      "trailer\n<< /Size 3 /Root 1 0 R >>\nstartxref\n104\n%%EOF\n");
}
} // namespace

class TestAttachments : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void picturesWithThumbnails();
    void pdfAccepted();
    void refusedByContent_data();
    void refusedByContent();
    void sizeLimitBeforeReading();
    void sameBytesStoredOnce();
    void scopeAndRights();
    void auditRows();
    void reportAnnexAudited();
    void matchPictureOfSubject();
    void cliRoundTrip();

private:
    std::unique_ptr<TestDatabase> m_t;
    std::unique_ptr<test::ClockGuard> m_clock;
    qint64 m_case = 0; // a case of 西湖派出所
    QString m_caseNo;
    qint64 m_person = 0; // 张伟, 东岗派出所
    Actor actor(const char* badge) { return UserService(m_t->db()).find(QLatin1String(badge))->actor(); }
    AttachmentService as(const Actor& a) { return AttachmentService(m_t->db(), a); }
    AttachmentService admin() { return as(Actor::system()); }
    qint64 station(const char* name)
    {
        return m_t
            ->scalar(QStringLiteral("SELECT id FROM stations WHERE name = '%1'").arg(QString::fromUtf8(name)))
            .toLongLong();
    }
    qint64 audits(const QString& action)
    {
        return m_t
            ->scalar(
                QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'attachment' AND action = '%1'")
                    .arg(action))
            .toLongLong();
    }
};

void TestAttachments::initTestCase()
{
    HC_SKIP_WITHOUT_ENGINE();
    installQtImageDecoder();
}

void TestAttachments::init()
{
    m_clock = std::make_unique<test::ClockGuard>(kNow);
    m_t = std::make_unique<TestDatabase>();
    test::loadFixture(*m_t);
    PublicReport r;
    r.reporterName = "王大妈";
    r.reporterPhone = "139-0000 1234";
    r.subjectName = "刘明";
    r.subjectSex = "M";
    r.age = 72;
    r.lastSeenDate = QDate(2026, 4, 1);
    r.lastSeenPlace = "西湖公园";
    r.circumstances = "晨练后未归";
    r.risk = "high";
    r.heightCm = 168;
    r.reportText = "老伴说他早上去公园晨练，中午没回家";
    r.stationId = station("西湖派出所");
    auto no = CaseService(m_t->db(), Actor::system()).openFromPublicReport(r);
    QVERIFY2(no.ok(), qPrintable(no ? QString() : no.error().text()));
    m_caseNo = *no;
    m_case =
        m_t->scalar(QStringLiteral("SELECT id FROM cases WHERE case_no = '%1'").arg(m_caseNo)).toLongLong();
    m_person = m_t->scalar("SELECT id FROM persons WHERE name = '张伟'").toLongLong();
    QVERIFY(m_case > 0 && m_person > 0);
}

void TestAttachments::cleanup()
{
    m_t.reset();
    m_clock.reset();
}

void TestAttachments::picturesWithThumbnails()
{
    const auto png =
        admin().add(AttachmentOwner::ofCase(m_case), picture("PNG", 800, 400), "a.png", " 最近照片 ");
    QVERIFY2(png.ok(), qPrintable(png ? QString() : png.error().text()));
    const auto jpeg = admin().add(AttachmentOwner::ofCase(m_case), picture("JPEG", 120, 90), "b.jpeg", {});
    QVERIFY2(jpeg.ok(), qPrintable(jpeg ? QString() : jpeg.error().text()));
    const auto list = admin().list(AttachmentOwner::ofCase(m_case));
    QVERIFY(list.ok());
    QCOMPARE(list->size(), 2);
    const Attachment& a = list->at(0);
    QCOMPARE(a.mime, QStringLiteral("image/png"));
    QCOMPARE(a.caption, QStringLiteral("最近照片"));
    QCOMPARE(a.fileName, QStringLiteral("a.png"));
    QCOMPARE(a.addedBy, QStringLiteral("system"));
    QCOMPARE(a.addedAt, QStringLiteral("2026-04-03T12:00:00"));
    QCOMPARE(QSize(a.width, a.height), QSize(800, 400));
    const QImage thumb = QImage::fromData(a.thumbnail, "PNG");
    QCOMPARE(thumb.size(), QSize(160, 80));
    QCOMPARE(list->at(1).mime, QStringLiteral("image/jpeg"));
    QCOMPARE(QImage::fromData(list->at(1).thumbnail, "PNG").size(), QSize(120, 90)); // small: kept
    const auto first = admin().firstPicture(AttachmentOwner::ofCase(m_case));
    QVERIFY(first.ok() && first->has_value());
    QCOMPARE((*first)->id, png->id);
}

void TestAttachments::pdfAccepted()
{
    const auto doc = admin().add(AttachmentOwner::ofCase(m_case), pdf(), "report.pdf", "DNA report");
    QVERIFY2(doc.ok(), qPrintable(doc ? QString() : doc.error().text()));
    QCOMPARE(doc->mime, QStringLiteral("application/pdf"));
    QVERIFY(doc->thumbnail.isEmpty());
    const auto opened = admin().open(doc->id);
    QVERIFY(opened.ok());
    QCOMPARE(opened->bytes, pdf());
    // No picture among them: the match dialog shows none.
    const auto first = admin().firstPicture(AttachmentOwner::ofCase(m_case));
    QVERIFY(first.ok() && !first->has_value());
}

void TestAttachments::refusedByContent_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("name");
    const QByteArray png = picture("PNG", 300, 300);
    const QByteArray jpeg = picture("JPEG", 300, 300);
    QTest::newRow("text named .jpg") << QByteArray("just some text, not a photo\n") << "photo.jpg";
    QTest::newRow("truncated PNG") << png.left(png.size() / 2) << "cut.png";
    QTest::newRow("truncated JPEG") << jpeg.left(jpeg.size() * 2 / 3) << "cut.jpg";
    QTest::newRow("PNG header, junk body")
        << QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(500, 'x') << "x.png";
    QTest::newRow("PDF without its end") << pdf().left(60) << "cut.pdf";
    QTest::newRow("GIF") << QByteArray("GIF89a") + QByteArray(100, '\0') << "a.gif";
    QTest::newRow("empty") << QByteArray() << "empty.png";
}

void TestAttachments::refusedByContent()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, name);
    const auto added = admin().add(AttachmentOwner::ofCase(m_case), bytes, name, {});
    QVERIFY(!added.ok());
    QCOMPARE(added.error().field, QStringLiteral("file"));
    QCOMPARE(added.error().kind, Error::Kind::Invalid);
    QCOMPARE(m_t->count("attachments"), 0);
    QCOMPARE(m_t->count("attachment_contents"), 0);
}

void TestAttachments::sizeLimitBeforeReading()
{
    const QString path = m_t->dir() + "/big.jpg";
    QFile big(path);
    QVERIFY(big.open(QIODevice::WriteOnly));
    QVERIFY(big.resize(kMaxAttachmentBytes + 1)); // sparse: nothing to read, the size decides
    big.close();
    const auto added = admin().addFile(AttachmentOwner::ofCase(m_case), path, {});
    QVERIFY(!added.ok());
    QCOMPARE(added.error().field, QStringLiteral("file"));
    QVERIFY(added.error().message.contains("20 MB"));
    QVERIFY(!AttachmentCheck::check(QByteArray(kMaxAttachmentBytes + 1, 'x')).ok());
    // Exactly at the limit passes the size check (and is then judged by its content).
    QVERIFY(big.resize(kMaxAttachmentBytes));
    const auto atLimit = AttachmentCheck::readFile(path);
    QVERIFY(atLimit.ok());
    QCOMPARE(atLimit->size(), kMaxAttachmentBytes);
    QCOMPARE(m_t->count("attachments"), 0);
}

void TestAttachments::sameBytesStoredOnce()
{
    const QByteArray bytes = picture("PNG", 200, 200);
    const auto one = admin().add(AttachmentOwner::ofCase(m_case), bytes, "a.png", {});
    const auto two = admin().add(AttachmentOwner::person(m_person), bytes, "copy.png", {});
    const auto three = admin().add(AttachmentOwner::ofCase(m_case), bytes, "again.png", {});
    QVERIFY(one.ok() && two.ok() && three.ok());
    QCOMPARE(one->sha256, two->sha256);
    QCOMPARE(m_t->count("attachments"), 3);
    QCOMPARE(m_t->count("attachment_contents"), 1);
    QVERIFY(admin().remove(one->id).ok());
    QVERIFY(admin().remove(two->id).ok());
    QCOMPARE(m_t->count("attachment_contents"), 1); // the third still holds it
    QVERIFY(admin().remove(three->id).ok());
    QCOMPARE(m_t->count("attachments"), 0);
    QCOMPARE(m_t->count("attachment_contents"), 0);
}

void TestAttachments::scopeAndRights()
{
    const auto photo = admin().add(AttachmentOwner::ofCase(m_case), picture("PNG", 50, 50), "a.png", {});
    QVERIFY(photo.ok());
    const Actor officer = actor("100001"); // 东岗派出所; the case is 西湖派出所's
    const qint64 refusedBefore =
        m_t->scalar("SELECT count(*) FROM audit_log WHERE action = 'refused'").toLongLong();
    const auto list = as(officer).list(AttachmentOwner::ofCase(m_case));
    QVERIFY(!list.ok());
    QCOMPARE(list.error().kind, Error::Kind::Denied);
    const auto opened = as(officer).open(photo->id);
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().kind, Error::Kind::Denied);
    QVERIFY(!as(officer).remove(photo->id).ok());
    QCOMPARE(m_t->scalar("SELECT count(*) FROM audit_log WHERE action = 'refused'").toLongLong(),
             refusedBefore + 3);
    QCOMPARE(audits("view"), 0);
    QCOMPARE(m_t->count("attachments"), 1);

    // An officer adds a family's photo to a person of their station, but not to a case.
    const auto own =
        as(officer).add(AttachmentOwner::person(m_person), picture("JPEG", 64, 64), "p.jpg", "全家福");
    QVERIFY2(own.ok(), qPrintable(own ? QString() : own.error().text()));
    QVERIFY(as(officer).list(AttachmentOwner::person(m_person)).ok());
    const auto onCase = as(officer).add(AttachmentOwner::ofCase(m_case), picture("PNG", 40, 40), "c.png", {});
    QVERIFY(!onCase.ok());
    QCOMPARE(onCase.error().kind, Error::Kind::Denied);
    // The investigator (东岗) reaches every station.
    QVERIFY(as(actor("100003")).list(AttachmentOwner::ofCase(m_case)).ok());
    const auto missing = admin().list(AttachmentOwner::foundPerson(9999));
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().kind, Error::Kind::NotFound);
}

void TestAttachments::auditRows()
{
    const auto photo = admin().add(AttachmentOwner::ofCase(m_case), picture("PNG", 50, 50), "a.png", "x");
    QVERIFY(photo.ok());
    QCOMPARE(audits("create"), 1);
    QVERIFY(admin().list(AttachmentOwner::ofCase(m_case)).ok());
    QCOMPARE(audits("view"), 0); // thumbnails only
    QVERIFY(admin().open(photo->id).ok());
    QCOMPARE(audits("view"), 1);
    QVERIFY(admin().remove(photo->id).ok());
    QCOMPARE(audits("delete"), 1);
    const QJsonObject before =
        QJsonDocument::fromJson(
            m_t->scalar("SELECT before FROM audit_log WHERE entity = 'attachment' AND action = 'delete'")
                .toString()
                .toUtf8())
            .object();
    QCOMPARE(before["sha256"].toString(), photo->sha256);
    QCOMPARE(before["owner"].toString(), QStringLiteral("case"));
    QCOMPARE(before["content_removed"].toBool(), true);
}

void TestAttachments::reportAnnexAudited()
{
    const qint64 op =
        m_t->scalar(QStringLiteral("SELECT operation_id FROM cases WHERE id = %1").arg(m_case)).toLongLong();
    QVERIFY(op > 0);
    const Actor investigator = actor("100003");
    // No photo yet: the annex prints none and nothing is recorded.
    QVERIFY(ReportService(m_t->db(), investigator).build(op).ok());
    QCOMPARE(audits("export"), 0);

    const auto first = admin().add(AttachmentOwner::ofCase(m_case), picture("PNG", 50, 50), "a.png", {});
    const auto second = admin().add(AttachmentOwner::ofCase(m_case), picture("JPEG", 60, 40), "b.jpg", {});
    const auto doc = admin().add(AttachmentOwner::ofCase(m_case), pdf(), "report.pdf", {});
    QVERIFY(first.ok() && second.ok() && doc.ok());
    const auto report = ReportService(m_t->db(), investigator).build(op);
    QVERIFY2(report.ok(), qPrintable(report ? QString() : report.error().text()));
    QCOMPARE(report->highRiskCases.size(), 1);
    QCOMPARE(report->highRiskCases.first().photos.size(), 2); // pictures only, not the PDF
    QCOMPARE(audits("export"), 1);
    QCOMPARE(audits("view"), 0);
    const QString actorName =
        m_t->scalar("SELECT actor FROM audit_log WHERE entity = 'attachment' AND action = 'export'")
            .toString();
    QCOMPARE(actorName, investigator.name);
    const QJsonObject after =
        QJsonDocument::fromJson(
            m_t->scalar("SELECT after FROM audit_log WHERE entity = 'attachment' AND action = 'export'")
                .toString()
                .toUtf8())
            .object();
    QCOMPARE(after["count"].toInt(), 2);
    QCOMPARE(after["attachment_ids"].toArray(), (QJsonArray{double(first->id), double(second->id)}));
    QCOMPARE(after["case_ids"].toArray(), QJsonArray{double(m_case)});
    QCOMPARE(after["operation_id"].toDouble(), double(op));
    QCOMPARE(after["purpose"].toString(), QStringLiteral("operation_report"));
    // Every build is one more record.
    QVERIFY(ReportService(m_t->db(), investigator).build(op).ok());
    QCOMPARE(audits("export"), 2);
}

void TestAttachments::matchPictureOfSubject()
{
    // A case about a registered person shows the person's photo until the case has its own.
    const auto none = admin().matchPicture(AttachmentOwner::ofCase(m_case));
    QVERIFY(none.ok() && !none->has_value());
    const auto own = admin().add(AttachmentOwner::person(m_person), picture("PNG", 40, 60), "p.png", {});
    QVERIFY(own.ok());
    QVERIFY(admin().matchPicture(AttachmentOwner::ofCase(m_case)).ok());
    QVERIFY(!admin().matchPicture(AttachmentOwner::ofCase(m_case))->has_value()); // no subject yet
    QVERIFY(m_t->db()
                .sql()
                .exec(QStringLiteral("UPDATE cases SET subject_person_id = %1 WHERE id = %2")
                          .arg(m_person)
                          .arg(m_case))
                .isActive());
    const auto subject = admin().matchPicture(AttachmentOwner::ofCase(m_case));
    QVERIFY(subject.ok() && subject->has_value());
    QCOMPARE((*subject)->id, own->id);
    const auto caseOwn = admin().add(AttachmentOwner::ofCase(m_case), pdf(), "doc.pdf", {});
    QVERIFY(caseOwn.ok());
    QCOMPARE((*admin().matchPicture(AttachmentOwner::ofCase(m_case)))->id, own->id); // a PDF is no picture
    const auto casePhoto = admin().add(AttachmentOwner::ofCase(m_case), picture("PNG", 30, 30), "c.png", {});
    QVERIFY(casePhoto.ok());
    QCOMPARE((*admin().matchPicture(AttachmentOwner::ofCase(m_case)))->id, casePhoto->id);
    // A person's own (an unregistered candidate's side).
    QCOMPARE((*admin().matchPicture(AttachmentOwner::person(m_person)))->id, own->id);
    QCOMPARE(audits("view"), 0); // thumbnails only
}

void TestAttachments::cliRoundTrip()
{
    const QString admin = test::cliAdmin(m_t->db());
    const QString photo = m_t->writeFile("photo.png", picture("PNG", 320, 240));
    const QString fake = m_t->writeFile("fake.jpg", "text, not a picture");
    const QString document = m_t->writeFile("hukou.pdf", pdf());
    auto cli = [&](const QStringList& args, QString* output = nullptr) {
        QString out, err;
        QTextStream o(&out), e(&err);
        const int status = hc::cli::CommandLine(o, e).run(QStringList{"homecoming-cli"} + args);
        o.flush();
        if (output)
            *output = out;
        if (status != 0)
            qInfo("%s", qPrintable(err));
        return status;
    };
    const QStringList db{"--db", m_t->path(), "--user", admin};
    QCOMPARE(
        cli(QStringList{"attach"} + db + QStringList{"--case", m_caseNo, photo, "--caption", "最近照片"}), 0);
    QCOMPARE(cli(QStringList{"attach"} + db + QStringList{"--case", m_caseNo, fake}), 2);
    QCOMPARE(cli(QStringList{"attach"} + db + QStringList{"--case", "SZ2026-99999", photo}), 1);
    QCOMPARE(cli(QStringList{"attach"} + db + QStringList{photo}), 2); // no owner
    QCOMPARE(cli(QStringList{"attach"} + db +
                 QStringList{"--person", QString::number(m_person), document, "--caption", "户口页"}),
             0);
    QString out;
    QCOMPARE(cli(QStringList{"attachments"} + db + QStringList{"--case", m_caseNo, "--json"}, &out), 0);
    const QJsonArray rows = QJsonDocument::fromJson(out.toUtf8()).array();
    QCOMPARE(rows.size(), 1);
    const QJsonObject row = rows.at(0).toObject();
    QCOMPARE(row["caption"].toString(), QStringLiteral("最近照片"));
    QCOMPARE(row["mime"].toString(), QStringLiteral("image/png"));
    QCOMPARE(row["width"].toInt(), 320);
    QCOMPARE(row["file_name"].toString(), QStringLiteral("photo.png"));
    QCOMPARE(row["sha256"].toString().size(), 64);
    QCOMPARE(cli(QStringList{"attachments"} + db + QStringList{"--person", QString::number(m_person)}, &out),
             0);
    QVERIFY(out.contains("户口页"));
    QVERIFY(out.contains("application/pdf"));
}

QTEST_GUILESS_MAIN(TestAttachments)
#include "tst_attachments.moc"
