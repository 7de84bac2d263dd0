// The photos-and-documents panel (issue 14, outcome 5), offscreen: the case file's tab and the
// found-person dialog's panel; a PNG added from a file (read and checked on the worker) shows
// as a 160 px thumbnail, a text file named .jpg is refused inline, a dropped PDF gets the
// document icon, opening is audited, removal asks and a "No" keeps it; read only for an
// officer on a case; the match dialog's photos side by side; the report's case annex prints a
// case's photo.
#include "core/attachments/AttachmentService.h"
#include "core/auth/UserService.h"
#include "core/cases/CaseService.h"
#include "core/cases/FoundPersonService.h"
#include "core/common/Clock.h"
#include "core/report/ReportService.h"
#include "tests/support/Fixture.h"
#include "tests/support/TestDatabase.h"
#include "ui/attachments/AttachmentsPanel.h"
#include "ui/attachments/MatchPhotos.h"
#include "ui/cases/CaseFileDialog.h"
#include "ui/cases/FoundPersonDialog.h"
#include "ui/common/BackgroundRunner.h"
#include "ui/common/SessionContext.h"
#include "ui/report/ReportDocument.h"

#include <QBuffer>
#include <QImage>
#include <QLabel>
#include <QListView>
#include <QMimeData>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTest>
#include <QTextDocument>
#include <QUrl>

using namespace hc;
using hc::test::TestDatabase;

namespace {
QByteArray png(int w, int h)
{
    QImage image(w, h, QImage::Format_RGB32);
    image.fill(Qt::darkGreen);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}
const QByteArray kPdf("%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\nxref\n0 1\n0000000000 65535 f \n"
                      "trailer\n<< /Size 1 /Root 1 0 R >>\nstartxref\n44\n%%EOF\n");
} // namespace

class TestAttachmentsPanel : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void caseTabAddsOpensRemoves();
    void refusedFileShownInline();
    void droppedPdfGetsDocumentIcon();
    void officerReadsOnly();
    void foundPersonAndMatchPhotos();
    void reportAnnexPrintsPhotos();

private:
    std::unique_ptr<TestDatabase> m_t;
    std::unique_ptr<test::ClockGuard> m_clock;
    std::unique_ptr<SessionContext> m_admin;
    qint64 m_case = 0;
    qint64 m_found = 0;
    std::unique_ptr<SessionContext> session(const char* badge)
    {
        auto user = UserService(m_t->db()).find(QLatin1String(badge));
        return user ? std::make_unique<SessionContext>(m_t->db(), *user) : nullptr;
    }
    void addAndWait(AttachmentsPanel* panel, const QString& path, int rowsAfter)
    {
        panel->addFiles({path});
        QTRY_VERIFY(!panel->runner()->isRunning());
        QTRY_COMPARE(panel->model()->rowCount(), rowsAfter);
    }
};

void TestAttachmentsPanel::init()
{
    m_clock = std::make_unique<test::ClockGuard>(QDateTime(QDate(2026, 4, 3), QTime(12, 0)));
    m_t = std::make_unique<TestDatabase>();
    const qint64 op = test::loadFixture(*m_t);
    PublicReport r;
    r.reporterName = "王大妈";
    r.reporterPhone = "13900001234";
    r.subjectName = "刘明";
    r.subjectSex = "M";
    r.age = 72;
    r.lastSeenPlace = "西湖公园";
    r.reportText = "晨练后未归";
    r.risk = "high";
    r.stationId = m_t->scalar("SELECT id FROM stations WHERE name = '西湖派出所'").toLongLong();
    const auto no = CaseService(m_t->db(), Actor::system()).openFromPublicReport(r);
    QVERIFY(no.ok());
    m_case = *CaseService(m_t->db(), Actor::system()).findByNumber(*no);
    FoundPerson f;
    f.circumstance = "shelter";
    f.sex = "M";
    f.ageMin = 65;
    f.ageMax = 75;
    f.heightCm = 166;
    f.placeFound = "市救助管理站";
    f.foundDate = QDate(2026, 4, 2);
    f.stationId = r.stationId;
    const auto saved = FoundPersonService(m_t->db(), Actor::system()).create(f);
    QVERIFY2(saved.ok(), qPrintable(saved ? QString() : saved.error().text()));
    m_found = saved->id;
    m_admin = session("T0001") ? session("T0001") : nullptr;
    if (!m_admin) {
        test::cliAdmin(m_t->db());
        m_admin = session("T0001");
    }
    QVERIFY(m_admin);
    m_admin->setOperation(op);
}

void TestAttachmentsPanel::cleanup()
{
    m_admin.reset();
    m_t.reset();
    m_clock.reset();
}

void TestAttachmentsPanel::caseTabAddsOpensRemoves()
{
    CaseFileDialog dialog(*m_admin, m_case);
    AttachmentsPanel* panel = dialog.attachmentsPanel();
    QVERIFY(panel);
    QCOMPARE(dialog.tabs()->indexOf(panel) >= 0, true);
    QVERIFY(panel->addButton()->isVisibleTo(panel));
    addAndWait(panel, m_t->writeFile("photo.png", png(640, 320)), 1);
    const QIcon icon = panel->model()->item(0)->icon();
    QCOMPARE(icon.availableSizes().value(0), QSize(160, 80));
    QCOMPARE(panel->model()->item(0)->text(), QStringLiteral("photo.png"));
    QVERIFY(panel->view()->viewMode() == QListView::IconMode);

    panel->setViewerShown(false);
    const qint64 id = panel->idAt(0);
    panel->openAttachment(id);
    QCOMPARE(
        m_t->scalar("SELECT count(*) FROM audit_log WHERE entity = 'attachment' AND action = 'view'").toInt(),
        1);

    QString asked;
    panel->setConfirm([&](const QString& q) {
        asked = q;
        return false;
    });
    panel->removeAttachment(id);
    QVERIFY(!asked.isEmpty());
    QCOMPARE(panel->model()->rowCount(), 1); // "No" keeps it
    panel->setConfirm([](const QString&) { return true; });
    panel->removeAttachment(id);
    QCOMPARE(panel->model()->rowCount(), 0);
    QCOMPARE(m_t->count("attachments"), 0);
}

void TestAttachmentsPanel::refusedFileShownInline()
{
    AttachmentsPanel panel(*m_admin, AttachmentOwner::ofCase(m_case));
    panel.addFiles({m_t->writeFile("holiday.jpg", "this is text, not a photo")});
    QTRY_VERIFY(!panel.runner()->isRunning());
    QTRY_VERIFY(panel.errorLabel()->isVisibleTo(&panel));
    QVERIFY(panel.errorLabel()->text().contains("holiday.jpg"));
    QCOMPARE(panel.model()->rowCount(), 0);
}

void TestAttachmentsPanel::droppedPdfGetsDocumentIcon()
{
    AttachmentsPanel panel(*m_admin, AttachmentOwner::ofCase(m_case));
    panel.resize(400, 300);
    panel.show();
    QVERIFY(panel.acceptDrops());
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(m_t->writeFile("papers.pdf", kPdf))});
    // As a drag from the file manager arrives: entered (accepted: local files), then dropped.
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&panel, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&panel, &drop);
    QTRY_VERIFY(!panel.runner()->isRunning());
    QTRY_VERIFY2(panel.model()->rowCount() == 1, qPrintable(panel.errorLabel()->text()));
    QVERIFY(!panel.model()->item(0)->icon().isNull());
    QCOMPARE(m_t->scalar("SELECT mime FROM attachment_contents").toString(),
             QStringLiteral("application/pdf"));
}

void TestAttachmentsPanel::officerReadsOnly()
{
    // 100002 is a supervisor of 西湖派出所; 100001 an officer of 东岗派出所: the case is not theirs.
    QVERIFY(AttachmentService(m_t->db(), Actor::system())
                .add(AttachmentOwner::ofCase(m_case), png(50, 50), "a.png", {})
                .ok());
    auto officer = session("100001");
    QVERIFY(officer);
    AttachmentsPanel panel(*officer, AttachmentOwner::ofCase(m_case));
    QVERIFY(!panel.addButton()->isVisibleTo(&panel));
    QVERIFY(!panel.removeButton()->isVisibleTo(&panel));
    QVERIFY(!panel.acceptDrops());
    QCOMPARE(panel.model()->rowCount(), 0);
    QVERIFY(panel.errorLabel()->isVisibleTo(&panel)); // refused: another station's case
}

void TestAttachmentsPanel::foundPersonAndMatchPhotos()
{
    FoundPersonDialog dialog(*m_admin, m_found);
    AttachmentsPanel* panel = dialog.attachmentsPanel();
    QVERIFY(panel);
    addAndWait(panel, m_t->writeFile("shelter.png", png(300, 400)), 1);

    MatchPhotos photos(*m_admin);
    photos.showPair(AttachmentOwner::ofCase(m_case), AttachmentOwner::foundPerson(m_found));
    QVERIFY(photos.missingPhoto()->pixmap().isNull()); // the case has none yet
    QVERIFY(!photos.missingPhoto()->text().isEmpty());
    QCOMPARE(photos.foundPhoto()->pixmap().size(), QSize(120, 160));
    QVERIFY(AttachmentService(m_t->db(), Actor::system())
                .add(AttachmentOwner::ofCase(m_case), png(200, 100), "c.png", {})
                .ok());
    photos.showPair(AttachmentOwner::ofCase(m_case), AttachmentOwner::foundPerson(m_found));
    QCOMPARE(photos.missingPhoto()->pixmap().size(), QSize(160, 80));
}

void TestAttachmentsPanel::reportAnnexPrintsPhotos()
{
    QVERIFY(AttachmentService(m_t->db(), Actor::system())
                .add(AttachmentOwner::ofCase(m_case), png(400, 200), "last.png", "最近照片")
                .ok());
    DashboardFilter filter;
    filter.operationId = m_admin->operationId();
    const auto report = ReportService(m_t->db(), Actor::system()).build(filter);
    QVERIFY2(report.ok(), qPrintable(report ? QString() : report.error().text()));
    QCOMPARE(report->highRiskCases.size(), 1);
    const ReportHighRiskCase& c = report->highRiskCases.first();
    QCOMPARE(c.photos.size(), 1);
    QCOMPARE(c.photos.first().caption, QStringLiteral("最近照片"));
    const ReportDocument document(*report);
    QVERIFY(document.document()->toHtml().contains("photo:0"));
    const QImage printed =
        document.document()->resource(QTextDocument::ImageResource, QUrl("photo:0")).value<QImage>();
    QCOMPARE(printed.size(), QSize(160, 80)); // thumbnail size in print
    QVERIFY(document.document()->toPlainText().contains(c.caseNo));
}

QTEST_MAIN(TestAttachmentsPanel)
#include "tst_attachments_panel.moc"
