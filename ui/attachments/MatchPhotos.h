#pragma once
// The missing person's and the found person's first photos side by side (the match dialog):
// each the first picture attached to the case and to the found-person record, as thumbnails,
// or "No photo".

#include <QWidget>

class QLabel;

namespace hc {

class SessionContext;

class MatchPhotos : public QWidget
{
    Q_OBJECT
public:
    explicit MatchPhotos(SessionContext& session, QWidget* parent = nullptr);

    // caseId or foundPersonId 0: that side empty.
    void showPair(qint64 caseId, qint64 foundPersonId);
    QLabel* missingPhoto() const { return m_missing; }
    QLabel* foundPhoto() const { return m_found; }

private:
    void fill(QLabel* label, const QByteArray& thumbnail, const QString& error);

    SessionContext& m_session;
    QLabel* m_missing = nullptr;
    QLabel* m_found = nullptr;
};

} // namespace hc
