#pragma once
// homecoming-cli links: link analysis from the command line (clusters with 2+ cases, the
// strongest path between two entities, key connectors, neighbourhood) and typed links added
// or removed (links add / links remove).

#include <QStringList>
#include <QTextStream>

namespace hc {

int runLinksCommand(const QStringList& args, QTextStream& out, QTextStream& err);

} // namespace hc
