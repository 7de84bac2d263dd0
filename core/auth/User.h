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
    // The password is a temporary one (after `copy` or an administrator's reset): a new one
    // must be set before anything else (UserService::changePassword clears it).
    bool mustChangePassword = false;

    Actor actor() const { return Actor{badge, role, id, stationId}; }
};

} // namespace hc
