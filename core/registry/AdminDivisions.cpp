#include "core/registry/AdminDivisions.h"

#include <QFile>
#include <algorithm>
#include <vector>

namespace hc {

namespace {
// Loaded once from the embedded resource (resources/data/gb2260-codes.txt), sorted.
const std::vector<int>& codes()
{
    static const std::vector<int> table = [] {
        std::vector<int> v;
        QFile f(QStringLiteral(":/data/gb2260-codes.txt"));
        if (!f.open(QIODevice::ReadOnly))
            return v;
        v.reserve(8000);
        while (!f.atEnd()) {
            const QByteArray line = f.readLine().trimmed();
            if (line.size() != 6 || line.startsWith('#'))
                continue;
            bool ok = false;
            const int code = line.toInt(&ok);
            if (ok)
                v.push_back(code);
        }
        std::sort(v.begin(), v.end());
        return v;
    }();
    return table;
}
} // namespace

bool AdminDivisions::isKnownCode(int code)
{
    const auto& v = codes();
    return std::binary_search(v.begin(), v.end(), code);
}

bool AdminDivisions::isPlausibleIdRegion(int code)
{
    if (code % 10000 == 0) // a province as a whole registers no one
        return false;
    if (isKnownCode(code))
        return true;
    const int county = code % 100;
    const int prefecture = code - county;
    return county != 0 && prefecture % 10000 != 0 && isKnownCode(prefecture);
}

} // namespace hc
