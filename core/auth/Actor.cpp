#include "core/auth/Actor.h"

namespace hc {

Actor Actor::system()
{
    return Actor{QStringLiteral("system"), Role::Admin, 0, 0};
}

bool Actor::can(Right right) const
{
    switch (right) {
    case Right::ManageUsers:
    case Right::ManageDatabase:
        return role == Role::Admin;
    case Right::ManageOperations:
    case Right::ImportRegistry:
    case Right::ImportVisits:
    case Right::ViewAllStations:
        return role == Role::Admin || role == Role::Supervisor;
    case Right::RecordVisits:
        return role == Role::Admin || role == Role::Supervisor || role == Role::Officer;
    case Right::EditCases:
    case Right::ViewDashboard:
        return role == Role::Admin || role == Role::Supervisor || role == Role::Investigator;
    case Right::MergePeople:
        return role == Role::Admin || role == Role::Investigator;
    case Right::LogCalls:
        return true;
    }
    return false;
}

QString Roles::code(Role role)
{
    switch (role) {
    case Role::Officer:
        return QStringLiteral("officer");
    case Role::Supervisor:
        return QStringLiteral("supervisor");
    case Role::Investigator:
        return QStringLiteral("investigator");
    case Role::Admin:
        return QStringLiteral("admin");
    }
    return {};
}

std::optional<Role> Roles::fromCode(const QString& code)
{
    for (Role r : {Role::Officer, Role::Supervisor, Role::Investigator, Role::Admin})
        if (Roles::code(r) == code)
            return r;
    return std::nullopt;
}

std::optional<Role> Roles::parse(const QString& text)
{
    const QString t = text.trimmed().toLower();
    if (auto r = fromCode(t))
        return r;
    // The Chinese names used on paper forms and in the bureau's spreadsheets.
    if (t == u"民警")
        return Role::Officer;
    if (t == u"督导")
        return Role::Supervisor;
    if (t == u"侦查员")
        return Role::Investigator;
    if (t == u"管理员")
        return Role::Admin;
    return std::nullopt;
}

QString Roles::label(Role role)
{
    switch (role) {
    case Role::Officer:
        return tr("Officer");
    case Role::Supervisor:
        return tr("Supervisor");
    case Role::Investigator:
        return tr("Investigator");
    case Role::Admin:
        return tr("Administrator");
    }
    return {};
}

QString Roles::deniedMessage(const Actor& actor, const QString& what)
{
    return tr("%1 (%2) may not %3.").arg(actor.name, label(actor.role), what);
}

} // namespace hc
