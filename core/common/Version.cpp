#include "core/common/Version.h"

namespace hc {
QString applicationVersion()
{
    return QStringLiteral(HC_VERSION);
}
} // namespace hc
