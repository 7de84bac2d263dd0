#pragma once
// The missing person's and the found person's first photos side by side (the match dialog):
// the case's first picture (or its registered subject's) and the found-person record's or the
// unregistered person's, as thumbnails (AttachmentService::matchPicture), or "No photo".

#include "core/attachments/Attachment.h"

#include <QWidget>

class QLabel;

namespace hc {

class SessionContext;

class MatchPhotos : public QWidget
{
    Q_OBJECT
public:
    explicit MatchPhotos(SessionContext& session, QWidget* parent = nullptr);

    // An owner with id 0: that side empty. `found` is a found-person record or, for an
    // unregistered candidate, a person.
    void showPair(const AttachmentOwner& missing, const AttachmentOwner& found);
    QLabel* missingPhoto() const { return m_missing; }
    QLabel* foundPhoto() const { return m_found; }

private:
    void fill(QLabel* label, const QByteArray& thumbnail, const QString& error);

    SessionContext& m_session;
    QLabel* m_missing = nullptr;
    QLabel* m_found = nullptr;
};

} // namespace hc
