#pragma once
// homecoming-cli duplicates (find, merge, dismiss possible duplicate people) and match
// (missing vs found: rank found-person records for a case, or cases for a found person).

#include <QStringList>
#include <QTextStream>

namespace hc {

int runDuplicatesCommand(const QStringList& args, QTextStream& out, QTextStream& err);
int runMatchCommand(const QStringList& args, QTextStream& out, QTextStream& err);

} // namespace hc
