#include "app/cli/ExitCode.h"

#include "core/imports/ImportTypes.h"

namespace hc::cli {

int exitCodeFor(Error::Kind kind)
{
    switch (kind) {
    case Error::Kind::Invalid:
    case Error::Kind::Denied:
        return kRefused;
    case Error::Kind::NotFound:
    case Error::Kind::Conflict:
    case Error::Kind::Storage:
    case Error::Kind::Io:
    case Error::Kind::Cancelled:
    case Error::Kind::Unreachable:
        return kFailed;
    }
    return kFailed;
}

int exitCodeFor(const ImportReport& report)
{
    if (report.fatal)
        return kRefused; // nothing was saved, whatever the reason
    return report.rejected > 0 ? kSomeRejected : kDone;
}

} // namespace hc::cli
