#pragma once
// The JSON form of case fields and found-person records: one spelling of the keys for the
// audit log's before/after and for `homecoming-cli cases|found --json`.

#include "core/cases/CaseTypes.h"

#include <QJsonObject>

namespace hc {

QJsonObject toJson(const CaseFields& f);
QJsonObject toJson(const FoundPerson& r);

} // namespace hc
