#include "ui/attachments/AttachmentsPanel.h"

#include "core/attachments/AttachmentCheck.h"
#include "core/attachments/AttachmentService.h"
#include "core/imaging/QtImageDecoder.h"
#include "ui/attachments/AttachmentViewer.h"
#include "ui/common/BackgroundRunner.h"
#include "ui/common/InlineError.h"
#include "ui/common/SessionContext.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QMessageBox>
#include <QMimeData>
#include <QPixmap>
#include <QPushButton>
#include <QStandardItemModel>
#include <QStyle>
#include <QVBoxLayout>

namespace hc {

namespace {
constexpr int kIdRole = Qt::UserRole + 1;

QStringList localFiles(const QMimeData* mime)
{
    QStringList files;
    if (!mime || !mime->hasUrls())
        return files;
    for (const QUrl& url : mime->urls())
        if (url.isLocalFile() && QFileInfo(url.toLocalFile()).isFile())
            files << url.toLocalFile();
    return files;
}
} // namespace

QIcon attachmentIcon(const Attachment& a, const QWidget* widget)
{
    QPixmap thumb;
    if (!a.thumbnail.isEmpty() && thumb.loadFromData(a.thumbnail, "PNG"))
        return QIcon(thumb);
    return widget->style()->standardIcon(QStyle::SP_FileIcon);
}

AttachmentsPanel::AttachmentsPanel(SessionContext& session, AttachmentOwner owner, QWidget* parent)
    : QWidget(parent), m_session(session), m_owner(owner)
{
    installQtImageDecoder();
    m_mayEdit = AttachmentService(session.db(), session.actor()).mayEdit(owner.kind);
    m_runner = new BackgroundRunner(this);
    m_model = new QStandardItemModel(this);
    m_view = new QListView;
    m_view->setModel(m_model);
    m_view->setViewMode(QListView::IconMode);
    m_view->setIconSize(QSize(kThumbnailSize, kThumbnailSize));
    m_view->setGridSize(QSize(kThumbnailSize + 24, kThumbnailSize + 40));
    m_view->setResizeMode(QListView::Adjust);
    m_view->setMovement(QListView::Static);
    m_view->setWordWrap(true);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAcceptDrops(false); // the panel takes dropped files
    connect(m_view, &QListView::activated, this,
            [this](const QModelIndex& index) { openAttachment(index.data(kIdRole).toLongLong()); });

    m_add = new QPushButton(tr("&Add photo or document…"));
    m_open = new QPushButton(tr("&Open"));
    m_remove = new QPushButton(tr("&Remove…"));
    m_add->setVisible(m_mayEdit);
    m_remove->setVisible(m_mayEdit);
    connect(m_add, &QPushButton::clicked, this, &AttachmentsPanel::chooseFiles);
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (const qint64 id = selectedId())
            openAttachment(id);
    });
    connect(m_remove, &QPushButton::clicked, this, &AttachmentsPanel::removeSelected);
    connect(m_runner, &BackgroundRunner::runningChanged, m_add,
            [this](bool running) { m_add->setEnabled(!running); });

    m_status = new QLabel;
    m_error = makeErrorLabel();
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_open);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    buttons->addWidget(m_status);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_error);
    layout->addLayout(buttons);
    if (m_mayEdit) {
        setAcceptDrops(true);
        m_view->setToolTip(tr("Drop JPEG or PNG photos or PDF documents here (at most %1 each).")
                               .arg(AttachmentCheck::sizeLimitText()));
    }
    reload();
}

void AttachmentsPanel::reload()
{
    m_model->clear();
    const auto list = AttachmentService(m_session.db(), m_session.actor()).list(m_owner);
    if (!list) {
        showError(list.error().message);
        return;
    }
    for (const Attachment& a : *list) {
        auto* item = new QStandardItem(attachmentIcon(a, this), a.caption.isEmpty() ? a.fileName : a.caption);
        item->setData(a.id, kIdRole);
        item->setToolTip(
            tr("%1, %2, added by %3 on %4")
                .arg(a.fileName, QLocale().formattedDataSize(a.size), a.addedBy, a.addedAt.left(16)));
        m_model->appendRow(item);
    }
    // An empty list says how to fill it (dropping files is not otherwise visible).
    m_status->setText(list->isEmpty() ? tr("No photos or documents yet: drag JPEG, PNG or PDF files here, or "
                                           "use \"Add photo or document\".")
                                      : tr("%n attachment(s)", nullptr, int(list->size())));
}

qint64 AttachmentsPanel::idAt(int row) const
{
    return m_model->index(row, 0).data(kIdRole).toLongLong();
}

qint64 AttachmentsPanel::selectedId() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.data(kIdRole).toLongLong() : 0;
}

void AttachmentsPanel::showError(const QString& message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void AttachmentsPanel::chooseFiles()
{
    const QStringList paths = QFileDialog::getOpenFileNames(
        this, tr("Add photos or documents"), QString(),
        tr("Photos and PDF documents (*.jpg *.jpeg *.png *.pdf);;All files (*)"));
    if (!paths.isEmpty())
        addFiles(paths);
}

void AttachmentsPanel::addFiles(const QStringList& paths, const QString& caption)
{
    showError({});
    m_pending += paths;
    m_caption = caption;
    if (!m_runner->isRunning())
        addNext();
}

void AttachmentsPanel::addNext()
{
    if (m_pending.isEmpty())
        return;
    const QString path = m_pending.takeFirst();
    m_status->setText(tr("Reading %1…").arg(QFileInfo(path).fileName()));
    // Reading 20 MB and decoding a large photo takes a moment: on the worker. Storing is quick
    // and goes through the session's connection.
    m_runner->startLocal([path] { return AttachmentCheck::readAndCheck(path); },
                         [this, path](Result<AttachmentCheck::Checked> checked) {
                             if (!checked) {
                                 showError(
                                     tr("%1: %2").arg(QFileInfo(path).fileName(), checked.error().message));
                             } else {
                                 const auto added = AttachmentService(m_session.db(), m_session.actor())
                                                        .addChecked(m_owner, checked->bytes, checked->content,
                                                                    QFileInfo(path).fileName(), m_caption);
                                 if (!added)
                                     showError(added.error().message);
                                 else
                                     emit changed();
                             }
                             reload();
                             addNext();
                         });
}

void AttachmentsPanel::openAttachment(qint64 id)
{
    if (!id)
        return;
    auto opened = AttachmentService(m_session.db(), m_session.actor()).open(id);
    if (!opened) {
        showError(opened.error().message);
        return;
    }
    showError({});
    if (!m_showViewer)
        return;
    auto* viewer = new AttachmentViewer(std::move(*opened), this);
    viewer->setAttribute(Qt::WA_DeleteOnClose);
    viewer->show();
}

void AttachmentsPanel::removeSelected()
{
    if (const qint64 id = selectedId())
        removeAttachment(id);
}

void AttachmentsPanel::removeAttachment(qint64 id)
{
    const QString question = tr("Remove this photo or document? The removal is recorded in the audit log.");
    const bool yes = m_confirm ? m_confirm(question)
                               : QMessageBox::question(this, tr("Remove attachment"), question,
                                                       QMessageBox::Yes | QMessageBox::No,
                                                       QMessageBox::No) == QMessageBox::Yes;
    if (!yes)
        return;
    const Status s = AttachmentService(m_session.db(), m_session.actor()).remove(id);
    showError(s ? QString() : s.error().message);
    reload();
    if (s)
        emit changed();
}

void AttachmentsPanel::dragEnterEvent(QDragEnterEvent* event)
{
    if (m_mayEdit && !localFiles(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void AttachmentsPanel::dropEvent(QDropEvent* event)
{
    const QStringList files = localFiles(event->mimeData());
    if (!m_mayEdit || files.isEmpty())
        return;
    event->acceptProposedAction();
    addFiles(files);
}

} // namespace hc
