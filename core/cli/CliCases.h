#pragma once
// homecoming-cli cases / found: the case list with its filters, one case file with its timeline
// and links, and the found-person records, as text or JSON.

#include <QStringList>
#include <QTextStream>

namespace hc {

int runCasesCommand(const QStringList& args, QTextStream& out, QTextStream& err);
int runFoundCommand(const QStringList& args, QTextStream& out, QTextStream& err);

} // namespace hc
