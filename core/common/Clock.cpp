#include "core/common/Clock.h"

namespace hc {

namespace {
std::unique_ptr<Clock>& slot()
{
    static std::unique_ptr<Clock> s = std::make_unique<Clock>();
    return s;
}
} // namespace

const Clock& Clock::instance()
{
    return *slot();
}

void Clock::setInstance(std::unique_ptr<Clock> clock)
{
    slot() = clock ? std::move(clock) : std::make_unique<Clock>();
}

} // namespace hc
