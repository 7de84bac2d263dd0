#pragma once
// One answer of a search: a person (with the household they belong to) or a household.

#include <QString>

namespace hc {

struct SearchHit
{
    enum class Kind
    {
        Person,
        Household
    } kind = Kind::Person;
    qint64 id = 0;
    QString title;  // person name, or household number
    QString detail; // ID number / address
    qint64 householdId = 0;
    QString householdNo;
    QString address;
};

} // namespace hc
