#pragma once
// The exit statuses of homecoming-cli, one table for every command (the bureau's scripts test
// them): 0 done; 1 the command ran and failed (not found, conflict, storage, file, cancelled);
// 2 refused or bad arguments (invalid input, no right, unknown command or option, a --db file
// that cannot be opened, an import that saved nothing); 3 an import saved some rows and
// rejected others.

#include "core/common/Result.h"

namespace hc {
struct ImportReport;
}

namespace hc::cli {

inline constexpr int kDone = 0;
inline constexpr int kFailed = 1;
inline constexpr int kRefused = 2;
inline constexpr int kSomeRejected = 3;

int exitCodeFor(Error::Kind kind);
int exitCodeFor(const ImportReport& report);

} // namespace hc::cli
