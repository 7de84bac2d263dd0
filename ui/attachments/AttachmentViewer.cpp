#include "ui/attachments/AttachmentViewer.h"

#include "ui/common/InlineError.h"

#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QGuiApplication>
#include <QLabel>
#include <QLocale>
#include <QPixmap>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QStandardPaths>
#include <QUrl>
#include <QVBoxLayout>

namespace hc {

AttachmentViewer::AttachmentViewer(AttachmentService::Opened opened, QWidget* parent)
    : QDialog(parent), m_opened(std::move(opened))
{
    const Attachment& a = m_opened.attachment;
    setWindowTitle(a.caption.isEmpty() ? a.fileName : a.caption);
    auto* layout = new QVBoxLayout(this);
    auto* about = new QLabel(tr("%1 · %2 · added by %3 on %4")
                                 .arg(a.fileName.isEmpty() ? a.mime : a.fileName,
                                      QLocale().formattedDataSize(a.size), a.addedBy, a.addedAt.left(16)));
    about->setWordWrap(true);
    layout->addWidget(about);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    if (a.isImage()) {
        QPixmap pixmap;
        pixmap.loadFromData(m_opened.bytes);
        const QSize room = QGuiApplication::primaryScreen()
                               ? QGuiApplication::primaryScreen()->availableSize() * 0.8
                               : QSize(1024, 768);
        if (pixmap.width() > room.width() || pixmap.height() > room.height())
            pixmap = pixmap.scaled(room, Qt::KeepAspectRatio, Qt::SmoothTransformation);
        m_picture = new QLabel;
        m_picture->setPixmap(pixmap);
        m_picture->setAlignment(Qt::AlignCenter);
        auto* scroll = new QScrollArea;
        scroll->setWidget(m_picture);
        scroll->setWidgetResizable(true);
        scroll->setMinimumSize(qMin(pixmap.width() + 24, room.width()),
                               qMin(pixmap.height() + 24, room.height()));
        layout->addWidget(scroll, 1);
    } else {
        auto* note = new QLabel(tr("A PDF document: open it with the system's viewer or save a copy."));
        note->setWordWrap(true);
        layout->addWidget(note);
        auto* system = buttons->addButton(tr("Open with the &system viewer"), QDialogButtonBox::ActionRole);
        connect(system, &QPushButton::clicked, this, &AttachmentViewer::openWithSystemViewer);
    }
    auto* save = buttons->addButton(tr("Save a &copy…"), QDialogButtonBox::ActionRole);
    connect(save, &QPushButton::clicked, this, &AttachmentViewer::chooseSaveCopy);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_error = makeErrorLabel();
    layout->addWidget(m_error);
    layout->addWidget(buttons);
}

QString AttachmentViewer::saveCopy(const QString& path) const
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(m_opened.bytes) != m_opened.bytes.size())
        return tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    return {};
}

void AttachmentViewer::chooseSaveCopy()
{
    const Attachment& a = m_opened.attachment;
    const QString suggested =
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).filePath(a.fileName);
    const QString path = QFileDialog::getSaveFileName(this, tr("Save a copy"), suggested);
    if (path.isEmpty())
        return;
    const QString error = saveCopy(path);
    m_error->setText(error);
    m_error->setVisible(!error.isEmpty());
}

void AttachmentViewer::openWithSystemViewer()
{
    // A copy under the temporary folder, named by its content so that opening it twice reuses it.
    const Attachment& a = m_opened.attachment;
    const QString path = QDir(QStandardPaths::writableLocation(QStandardPaths::TempLocation))
                             .filePath(QStringLiteral("homecoming-%1.pdf").arg(a.sha256.left(16)));
    QString error = saveCopy(path);
    if (error.isEmpty() && !QDesktopServices::openUrl(QUrl::fromLocalFile(path)))
        error = tr("No viewer for PDF documents is set up on this computer; save a copy instead.");
    m_error->setText(error);
    m_error->setVisible(!error.isEmpty());
}

} // namespace hc
