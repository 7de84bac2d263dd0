#pragma once
#include <QString>

namespace hc {
QString applicationVersion();
}
