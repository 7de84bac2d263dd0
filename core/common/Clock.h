#pragma once
// Injectable clock: core code asks Clock for "now" so tests can pin time (KeePassXC's Clock).

#include <QDateTime>
#include <memory>

namespace hc {

class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const { return QDateTime::currentDateTime(); }

    static const Clock& instance();
    // Replace the process-wide clock (tests). Passing nullptr restores the system clock.
    static void setInstance(std::unique_ptr<Clock> clock);
};

class FixedClock : public Clock
{
public:
    explicit FixedClock(QDateTime t) : m_t(std::move(t)) {}
    QDateTime now() const override { return m_t; }

private:
    QDateTime m_t;
};

} // namespace hc
