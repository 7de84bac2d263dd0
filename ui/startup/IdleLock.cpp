#include "ui/startup/IdleLock.h"

#include <QCoreApplication>
#include <QEvent>
#include <QSettings>

namespace hc {

int IdleLock::savedMinutes()
{
    return QSettings().value(QStringLiteral("session/idleLockMinutes"), kDefaultMinutes).toInt();
}

IdleLock::IdleLock(int timeoutMs, QObject* parent) : QObject(parent)
{
    m_timer.setSingleShot(true);
    if (timeoutMs <= 0)
        return;
    m_timer.setInterval(timeoutMs);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        m_locked = true;
        emit idle();
    });
    QCoreApplication::instance()->installEventFilter(this);
    m_timer.start();
}

IdleLock::~IdleLock()
{
    QCoreApplication::instance()->removeEventFilter(this);
}

void IdleLock::setLocked(bool locked)
{
    m_locked = locked;
    if (locked)
        m_timer.stop();
    else if (m_timer.interval() > 0)
        m_timer.start();
}

bool IdleLock::eventFilter(QObject* watched, QEvent* event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
        if (!m_locked && m_timer.interval() > 0)
            m_timer.start();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace hc
