#include "core/matching/MatchReasons.h"

namespace hc {

QString MatchReasons::text(const MatchReason& reason)
{
    const QString points =
        (reason.points > 0 ? QStringLiteral("+") : QString()) + QString::number(reason.points);
    return tr("%1 (%2)").arg(reason.text, points);
}

QString MatchReasons::text(const QList<MatchReason>& reasons)
{
    QStringList parts;
    for (const MatchReason& r : reasons)
        parts << text(r);
    return parts.join(QLatin1Char(' '));
}

} // namespace hc
