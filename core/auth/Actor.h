#pragma once
// Who is acting: every core service call carries an Actor, checked against the role's rights
// and written into the audit log.

#include <QCoreApplication>
#include <QString>
#include <optional>

namespace hc {

enum class Role
{
    Officer,
    Supervisor,
    Investigator,
    Admin
};

// What a role may do. Core refuses what a role lacks; the UI does not offer it.
enum class Right
{
    ManageUsers,      // officers import, accounts
    ManageOperations, // create/edit operations
    ImportRegistry,
    ImportVisits,
    RecordVisits,
    EditCases,     // cases, leads, outcomes, found-person records, links
    MergePeople,   // merge or dismiss possible duplicate people
    ViewDashboard, // the supervisor's dashboard and the operation report
    ViewAllStations,
    ManageDatabase, // backup, restore, audit verify: administrators
    LogCalls,       // log a call on the hotline or an officer's published phone: every role
};

struct Actor
{
    QString name; // the badge of a signed-in user; "system" for system()
    Role role = Role::Officer;
    qint64 userId = 0;    // 0 when not a row of users (system())
    qint64 stationId = 0; // the user's station; 0 for none

    // An administrator that is no person: for tests and for work no person starts (the demo
    // generator filling a new file). Front ends never use it: the GUI and homecoming-cli act as
    // the user who signed in.
    static Actor system();
    bool can(Right right) const;
};

class Roles
{
    Q_DECLARE_TR_FUNCTIONS(hc::Roles)
public:
    static QString code(Role role);
    static std::optional<Role> fromCode(const QString& code);
    // Accepts the code (officer) or the Chinese name (民警), case-insensitive.
    static std::optional<Role> parse(const QString& text);
    static QString label(Role role);
    // "Your role (Officer) may not create operations." style message.
    static QString deniedMessage(const Actor& actor, const QString& what);
};

} // namespace hc
