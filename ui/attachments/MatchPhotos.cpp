#include "ui/attachments/MatchPhotos.h"

#include "core/attachments/AttachmentService.h"
#include "ui/common/SessionContext.h"

#include <QGridLayout>
#include <QLabel>
#include <QPixmap>

namespace hc {

MatchPhotos::MatchPhotos(SessionContext& session, QWidget* parent) : QWidget(parent), m_session(session)
{
    auto* layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(tr("Missing person")), 0, 0, Qt::AlignHCenter);
    layout->addWidget(new QLabel(tr("Found person")), 0, 1, Qt::AlignHCenter);
    m_missing = new QLabel;
    m_found = new QLabel;
    for (QLabel* l : {m_missing, m_found}) {
        l->setAlignment(Qt::AlignCenter);
        l->setMinimumSize(kThumbnailSize, kThumbnailSize);
        l->setFrameShape(QFrame::StyledPanel);
    }
    layout->addWidget(m_missing, 1, 0);
    layout->addWidget(m_found, 1, 1);
    showPair(AttachmentOwner::ofCase(0), AttachmentOwner::foundPerson(0));
}

void MatchPhotos::fill(QLabel* label, const QByteArray& thumbnail, const QString& error)
{
    QPixmap pixmap;
    if (!thumbnail.isEmpty() && pixmap.loadFromData(thumbnail, "PNG")) {
        label->setPixmap(pixmap);
        label->setToolTip({});
        return;
    }
    label->setPixmap({});
    label->setText(error.isEmpty() ? tr("No photo") : error);
    label->setToolTip(error);
}

void MatchPhotos::showPair(const AttachmentOwner& missing, const AttachmentOwner& found)
{
    const AttachmentService service(m_session.db(), m_session.actor());
    const auto photoOf = [&](const AttachmentOwner& owner, QLabel* label) {
        if (!owner.id) {
            fill(label, {}, {});
            return;
        }
        const auto first = service.matchPicture(owner);
        if (!first)
            fill(label, {}, first.error().message);
        else
            fill(label, *first ? (*first)->thumbnail : QByteArray(), {});
    };
    photoOf(missing, m_missing);
    photoOf(found, m_found);
}

} // namespace hc
