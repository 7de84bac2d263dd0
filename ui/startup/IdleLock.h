#pragma once
// Locks the session after a time without keyboard or mouse input (10 minutes unless the
// setting session/idleLockMinutes says otherwise; 0 turns it off): watches the application's
// input events and says when the time ran out. AppFlow then covers the window with the
// LockDialog; nothing in the window is closed, so an unsaved visit form is kept.

#include <QObject>
#include <QTimer>

namespace hc {

class IdleLock : public QObject
{
    Q_OBJECT
public:
    static constexpr int kDefaultMinutes = 10;
    static int savedMinutes();

    // `timeoutMs` <= 0: never locks.
    explicit IdleLock(int timeoutMs, QObject* parent = nullptr);
    ~IdleLock() override;

    // While locked no input restarts the clock.
    void setLocked(bool locked);
    bool isLocked() const { return m_locked; }

signals:
    void idle();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QTimer m_timer;
    bool m_locked = false;
};

} // namespace hc
