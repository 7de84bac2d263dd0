#pragma once
// The photos and documents of one person, case or found-person record (issue 14, outcome 5):
// thumbnails in an icon list (a document icon for a PDF), added from a file or by dropping
// files on the panel, opened by a double-click in AttachmentViewer (audited by core), removed
// after a question. A file is read and checked (decoded) on a worker (BackgroundRunner), then
// stored through AttachmentService on the session's connection. Adding and removing are offered
// to those core lets; core's refusals show inline.

#include "core/attachments/Attachment.h"

#include <QWidget>
#include <functional>

class QLabel;
class QListView;
class QPushButton;
class QStandardItemModel;

namespace hc {

class BackgroundRunner;
class SessionContext;

class AttachmentsPanel : public QWidget
{
    Q_OBJECT
public:
    AttachmentsPanel(SessionContext& session, AttachmentOwner owner, QWidget* parent = nullptr);

    void reload();
    // Reads and checks the files one after another on the worker, then adds each.
    void addFiles(const QStringList& paths, const QString& caption = {});
    void openAttachment(qint64 id);
    void removeAttachment(qint64 id);

    // For tests: the question before removing (returns yes), and the viewer not shown.
    void setConfirm(std::function<bool(const QString&)> confirm) { m_confirm = std::move(confirm); }
    void setViewerShown(bool shown) { m_showViewer = shown; }
    QListView* view() const { return m_view; }
    QStandardItemModel* model() const { return m_model; }
    QPushButton* addButton() const { return m_add; }
    QPushButton* removeButton() const { return m_remove; }
    QLabel* errorLabel() const { return m_error; }
    BackgroundRunner* runner() const { return m_runner; }
    qint64 idAt(int row) const;

signals:
    void changed();

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void chooseFiles();
    void addNext();
    void removeSelected();
    void showError(const QString& message);
    qint64 selectedId() const;

    SessionContext& m_session;
    AttachmentOwner m_owner;
    bool m_mayEdit = false;
    bool m_showViewer = true;
    std::function<bool(const QString&)> m_confirm;
    QStringList m_pending; // files still to read and add
    QString m_caption;
    QListView* m_view = nullptr;
    QStandardItemModel* m_model = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_open = nullptr;
    QPushButton* m_remove = nullptr;
    QLabel* m_error = nullptr;
    QLabel* m_status = nullptr;
    BackgroundRunner* m_runner = nullptr;
};

// The icon of an attachment in a list: its thumbnail, or a document icon for a PDF.
QIcon attachmentIcon(const Attachment& a, const QWidget* style);

} // namespace hc
