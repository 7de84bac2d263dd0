#pragma once
// An account as a value: badge, name, role and station.

#include "core/auth/Actor.h"

#include <QString>

namespace hc {

struct User
{
    qint64 id = 0;
    QString badge;
    QString name;
    Role role = Role::Officer;
    qint64 stationId = 0;
    QString stationName;
    bool active = true;

    Actor actor() const { return Actor{badge, role, id, stationId}; }
};

} // namespace hc
