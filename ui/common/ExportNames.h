#pragma once
// Default names of exported files that say what they hold and the filters they were made with:
// "coverage-by-station-东岗派出所-2026-03-01_2026-05-29.png", "households-东岗派出所-2026-12-02.csv".
// Parts are joined with '-', characters a file system refuses become '_', spaces '-'.

#include <QDate>
#include <QString>
#include <QStringList>

namespace hc {

// `what` (a fixed English slug such as "coverage-by-station"), then each non-empty part, then
// the extension ("csv", "png").
QString exportFileName(const QString& what, const QStringList& parts, const QString& extension);

// "2026-03-01_2026-05-29" for a date range; empty when either end is null.
QString dateRangePart(QDate from, QDate to);

} // namespace hc
