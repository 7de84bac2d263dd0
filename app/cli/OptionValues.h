#pragma once
// Option values several commands read alike: a day (--from, --date …) as YYYY-MM-DD and a
// station by its name (--station NAME). Either is absent when the option is not given; a
// value that is not one is an Invalid error named after the option (exit status 2).

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QDate>

namespace hc::cli {

class Invocation;

class OptionValues
{
    Q_DECLARE_TR_FUNCTIONS(hc::cli::OptionValues)
public:
    // The day, or an invalid QDate when the option is not given.
    static Result<QDate> date(const Invocation& call, const char* option);
    // The station's id, or 0 when the option is not given.
    static Result<qint64> station(const Invocation& call, const char* option = "station");
};

} // namespace hc::cli
