#include "ui/pfif/PfifDialog.h"

#include "core/households/HouseholdService.h"
#include "core/storage/Database.h"
#include "ui/common/BackgroundRunner.h"
#include "ui/common/SessionContext.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace hc {

PfifDialog::PfifDialog(SessionContext& session, Mode mode, QWidget* parent)
    : QDialog(parent), m_session(session), m_mode(mode), m_runner(new BackgroundRunner(this))
{
    setWindowTitle(mode == Mode::Export ? tr("Export PFIF") : tr("Import PFIF"));
    buildForm();
    connect(m_runner, &BackgroundRunner::progressed, this, [this](int percent, const QString&) {
        m_progress->setRange(0, percent < 0 ? 0 : 100);
        if (percent >= 0)
            m_progress->setValue(percent);
    });
    setRunning(false);
}

void PfifDialog::buildForm()
{
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(
        m_mode == Mode::Export
            ? tr("Missing and found people as PFIF 1.4 person and note records, for other agencies "
                 "and Person Finder. Only the records you may read are written.")
            : tr("PFIF 1.4 records of another agency: new people become public-report cases or "
                 "found-person records, their notes leads; records already here are not added again."),
        this));
    auto* form = new QFormLayout;
    auto* fileRow = new QHBoxLayout;
    m_fileLabel = new QLabel(tr("(no file chosen)"), this);
    auto* choose = new QPushButton(tr("Choose…"), this);
    connect(choose, &QPushButton::clicked, this, &PfifDialog::chooseFile);
    fileRow->addWidget(m_fileLabel, 1);
    fileRow->addWidget(choose);
    form->addRow(tr("File:"), fileRow);
    if (m_mode == Mode::Export) {
        m_cases = new QComboBox(this);
        m_cases->addItem(tr("All cases"), QStringLiteral("all"));
        m_cases->addItem(tr("Open and investigating cases"), QStringLiteral("open"));
        m_cases->addItem(tr("No cases"), QStringLiteral("none"));
        form->addRow(tr("Cases:"), m_cases);
        m_found = new QCheckBox(tr("Found-person records"), this);
        m_found->setChecked(true);
        form->addRow(QString(), m_found);
    } else {
        m_station = new QComboBox(this);
        const Actor actor = m_session.actor();
        for (const StationRow& s : HouseholdService(m_session.db(), actor).stations())
            m_station->addItem(s.name, s.id);
        m_station->setCurrentIndex(std::max(0, m_station->findData(actor.stationId)));
        form->addRow(tr("Station for new records:"), m_station);
    }
    layout->addLayout(form);
    m_progress = new QProgressBar(this);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_view = new QPlainTextEdit(this);
    m_view->setReadOnly(true);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(m_view, 1);
    auto* buttons = new QDialogButtonBox(this);
    m_run = buttons->addButton(m_mode == Mode::Export ? tr("&Export") : tr("&Import"),
                               QDialogButtonBox::AcceptRole);
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    connect(m_run, &QPushButton::clicked, this, &PfifDialog::start);
    connect(m_cancel, &QPushButton::clicked, this, &PfifDialog::reject);
    layout->addWidget(buttons);
    resize(560, 420);
}

void PfifDialog::chooseFile()
{
    const QString filter = tr("PFIF XML (*.xml);;All files (*)");
    const QString path =
        m_mode == Mode::Export
            ? QFileDialog::getSaveFileName(this, tr("Export PFIF"), QStringLiteral("pfif.xml"), filter)
            : QFileDialog::getOpenFileName(this, tr("Import PFIF"), QString(), filter);
    if (!path.isEmpty())
        setFile(path);
}

void PfifDialog::setFile(const QString& path)
{
    m_file = path;
    m_fileLabel->setText(QDir::toNativeSeparators(path));
    setRunning(false);
}

bool PfifDialog::isRunning() const
{
    return m_runner->isRunning();
}

void PfifDialog::setRunning(bool running)
{
    m_run->setEnabled(!running && !m_file.isEmpty());
    m_cancel->setText(running ? tr("Cancel") : tr("Close"));
    m_cancel->setEnabled(true);
    if (m_station)
        m_station->setEnabled(!running);
}

void PfifDialog::start()
{
    if (m_file.isEmpty() || isRunning())
        return;
    m_hasResult = false;
    m_view->clear();
    m_progress->setRange(0, 0);
    setRunning(true);
    if (m_mode == Mode::Export)
        startExport();
    else
        startImport();
}

void PfifDialog::startExport()
{
    PfifExportOptions o;
    const QString cases = m_cases->currentData().toString();
    o.cases = cases != u"none";
    o.openCasesOnly = cases == u"open";
    o.foundPersons = m_found->isChecked();
    const Actor actor = m_session.actor();
    const QString file = m_file;
    m_status->setText(tr("Writing %1…").arg(QFileInfo(file).fileName()));
    m_runner->start(
        m_session.db().path(),
        [actor, file, o](Database& db) { return PfifService(db, actor).exportTo(file, o); },
        [this](Result<PfifExportResult> r) {
            m_progress->setRange(0, 100);
            m_progress->setValue(100);
            m_hasResult = true;
            setRunning(false);
            if (!r) {
                m_status->setText(r.error().message);
                return;
            }
            m_status->setText(tr("%1 cases, %2 found-person records and %3 notes written to %4.")
                                  .arg(r->cases)
                                  .arg(r->foundPersons)
                                  .arg(r->notes)
                                  .arg(QFileInfo(m_file).fileName()));
            m_view->setPlainText(tr("Record ids of this database begin with %1/.").arg(r->domain));
        });
}

void PfifDialog::startImport()
{
    PfifImportOptions o;
    o.stationId = m_station->currentData().toLongLong();
    const Actor actor = m_session.actor();
    const QString file = m_file;
    m_status->setText(tr("Importing %1…").arg(QFileInfo(file).fileName()));
    m_runner->start(
        m_session.db().path(),
        [actor, file, o](Database& db,
                         const BackgroundRunner::Progress& progress) -> Result<PfifImportReport> {
            PfifImportOptions run = o;
            run.progress = [&progress](qint64 done, qint64 total) {
                return progress(total > 0 ? int(std::clamp<qint64>(done * 100 / total, 0, 100)) : -1, {});
            };
            return PfifService(db, actor).importFrom(file, run);
        },
        [this](Result<PfifImportReport> r) {
            PfifImportReport report;
            if (r)
                report = std::move(r).value();
            else
                report.fatal = r.error(); // the database could not be opened
            finishImport(report);
        });
}

void PfifDialog::finishImport(const PfifImportReport& report)
{
    m_report = report;
    m_hasResult = true;
    m_progress->setRange(0, 100);
    m_progress->setValue(report.fatal ? 0 : 100);
    setRunning(false);
    if (report.fatal) {
        m_status->setText(report.fatal->message);
        return;
    }
    m_status->setText(tr("%1 records: %2 imported, %3 already known, %4 rejected.")
                          .arg(report.rows)
                          .arg(report.imported)
                          .arg(report.matched)
                          .arg(report.rejected));
    QStringList lines;
    for (const PfifImportIssue& e : report.errors)
        lines << tr("Record %1 (%2): %3").arg(e.record).arg(e.recordId, e.reason);
    m_view->setPlainText(lines.join(QLatin1Char('\n')));
}

void PfifDialog::cancel()
{
    if (!isRunning())
        return;
    m_runner->cancel();
    m_cancel->setEnabled(false);
    m_status->setText(tr("Cancelling; nothing of this import is saved…"));
}

void PfifDialog::reject()
{
    if (isRunning()) {
        cancel();
        return;
    }
    QDialog::reject();
}

} // namespace hc
