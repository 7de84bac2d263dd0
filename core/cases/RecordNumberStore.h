#pragma once
// The next free number of a register that runs per year (see RecordNumbers.h), read inside the
// caller's transaction so two writers cannot take the same one.

#include "core/common/Result.h"

#include <QSqlDatabase>

namespace hc {

// The next number with `prefix` in table.column, e.g. ("cases", "case_no", "SZ2026-").
Result<QString> nextRecordNumber(const QSqlDatabase& db, const QString& table, const QString& column,
                                 const QString& prefix);

} // namespace hc
