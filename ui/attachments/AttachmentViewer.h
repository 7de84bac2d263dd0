#pragma once
// One attachment opened (AttachmentService::open, audited): a picture at full size in a scroll
// area (scaled down to fit the screen), or for a PDF document its caption and size with
// "Open with the system viewer" (a copy in the temporary folder, QDesktopServices). Both can
// be saved as a copy.

#include "core/attachments/AttachmentService.h"

#include <QDialog>

class QLabel;

namespace hc {

class AttachmentViewer : public QDialog
{
    Q_OBJECT
public:
    AttachmentViewer(AttachmentService::Opened opened, QWidget* parent = nullptr);

    QLabel* picture() const { return m_picture; }
    // Writes the bytes to `path`; the error text, or empty when written.
    QString saveCopy(const QString& path) const;

private:
    void chooseSaveCopy();
    void openWithSystemViewer();

    AttachmentService::Opened m_opened;
    QLabel* m_picture = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace hc
