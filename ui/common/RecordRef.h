#pragma once
// A record a row on screen names - a case, a household, a person, a visit, a found person - for
// a request to open it (SessionContext::requestOpen). The window answers every request the same
// way (AppFlow), so a row opens the same screen wherever it is listed.

#include <QMetaType>
#include <QtGlobal>

namespace hc {

enum class RecordKind
{
    Case,
    Household,
    Person, // opens the household the person lives in
    Visit,  // opens the household visited, its visits listed
    FoundPerson
};

struct RecordRef
{
    RecordKind kind = RecordKind::Case;
    qint64 id = 0;
    friend bool operator==(const RecordRef& a, const RecordRef& b)
    {
        return a.kind == b.kind && a.id == b.id;
    }
};

} // namespace hc

Q_DECLARE_METATYPE(hc::RecordRef)
