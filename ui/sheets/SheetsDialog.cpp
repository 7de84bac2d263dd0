#include "ui/sheets/SheetsDialog.h"

#include "core/sheets/SheetService.h"
#include "core/storage/Database.h"
#include "ui/common/BackgroundRunner.h"
#include "ui/common/ExportNames.h"
#include "ui/common/SessionContext.h"
#include "ui/sheets/DoorSheetPdf.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace hc {

SheetsDialog::SheetsDialog(SessionContext& session, qint64 areaId, const QString& areaName, QWidget* parent)
    : QDialog(parent), m_session(session), m_areaId(areaId), m_runner(new BackgroundRunner(this))
{
    setWindowTitle(tr("Print door-to-door sheets"));
    auto* form = new QFormLayout;
    form->addRow(tr("Area:"), new QLabel(areaName));
    m_pending = new QCheckBox(tr("Only households not yet covered"));
    m_pending->setChecked(true);
    form->addRow(QString(), m_pending);
    m_path =
        new QLineEdit(QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                          .filePath(exportFileName(QStringLiteral("door-sheets"),
                                                   {areaName, QDate::currentDate().toString(Qt::ISODate)},
                                                   QStringLiteral("pdf"))));
    auto* browse = new QPushButton(tr("&Browse…"));
    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);
    form->addRow(tr("&File:"), pathRow);
    m_progress = new QProgressBar;
    m_progress->hide();
    m_status = new QLabel(tr("One A4 page per household: the residents as registered (ID numbers masked), "
                             "a box for each status and a QR code visit entry reads."));
    m_status->setWordWrap(true);
    auto* buttons = new QDialogButtonBox;
    m_print = buttons->addButton(tr("&Print to PDF"), QDialogButtonBox::AcceptRole);
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addWidget(m_progress);
    layout->addWidget(buttons);
    connect(browse, &QPushButton::clicked, this, &SheetsDialog::browse);
    connect(m_print, &QPushButton::clicked, this, &SheetsDialog::print);
    connect(m_cancel, &QPushButton::clicked, this, &SheetsDialog::reject);
    connect(m_runner, &BackgroundRunner::progressed, m_progress, &QProgressBar::setValue);
    resize(520, sizeHint().height());
}

bool SheetsDialog::isPrinting() const
{
    return m_runner->isRunning();
}

void SheetsDialog::browse()
{
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Save the sheets as"), m_path->text(), tr("PDF files (*.pdf)"));
    if (!path.isEmpty())
        m_path->setText(path);
}

void SheetsDialog::print()
{
    QString path = m_path->text().trimmed();
    if (path.isEmpty()) {
        finish(false, tr("Choose the file to write."));
        return;
    }
    if (!path.endsWith(QStringLiteral(".pdf"), Qt::CaseInsensitive))
        path += QStringLiteral(".pdf");
    const SheetRequest request{m_session.operationId(), m_areaId, m_pending->isChecked()};
    m_runner->start(
        m_session.db().address(),
        [actor = m_session.actor(), request, path](Database& db, const BackgroundRunner::Progress& progress) {
            const auto sheets = SheetService(db, actor).sheets(request);
            if (!sheets)
                return Result<int>(sheets.error());
            const Status written = DoorSheetPdf::write(
                *sheets, path, [&](int done, int total) { return progress(done * 100 / total, {}); });
            return written ? Result<int>(int(sheets->sheets.size())) : Result<int>(written.error());
        },
        [this, path](const Result<int>& done) {
            if (!done) {
                finish(false, done.error().kind == Error::Kind::Cancelled ? tr("Printing was cancelled.")
                                                                          : done.error().message);
                return;
            }
            finish(true,
                   tr("%n sheet(s) written to %1.", nullptr, *done).arg(QDir::toNativeSeparators(path)));
            emit printed(path, *done);
        });
    m_print->setEnabled(false);
    m_progress->setValue(0);
    m_progress->show();
    m_status->setText(tr("Drawing the sheets…"));
}

void SheetsDialog::finish(bool ok, const QString& message)
{
    m_progress->hide();
    m_print->setEnabled(true);
    m_status->setText(message);
    m_status->setStyleSheet(ok ? QString() : QStringLiteral("color: #b00020;"));
    if (ok)
        m_cancel->setText(tr("Close"));
}

void SheetsDialog::reject()
{
    if (m_runner->isRunning()) {
        m_runner->cancel(); // the worker stops after its page; finish() then says so
        return;
    }
    QDialog::reject();
}

} // namespace hc
