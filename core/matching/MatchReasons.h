#pragma once
// A match's reasons as text ("Same birth date. (+30) Sex differs. (-50)"), written once for the
// duplicates page, the missing-vs-found list and homecoming-cli.

#include "core/matching/DuplicateFinder.h"

#include <QCoreApplication>

namespace hc {

class MatchReasons
{
    Q_DECLARE_TR_FUNCTIONS(hc::MatchReasons)
public:
    // One reason with its signed points.
    static QString text(const MatchReason& reason);
    // Every reason, in the order given, on one line.
    static QString text(const QList<MatchReason>& reasons);
};

} // namespace hc
