#pragma once
// The built-in commands of homecoming-cli, one factory per file, in the order --help lists them.

#include "app/cli/Command.h"

#include <vector>

namespace hc::cli {

using Commands = std::vector<std::unique_ptr<Command>>;

Commands accountCommands();       // init, users list|add|disable|enable|reset-password, passwd
Commands importCommands();        // import-registry, import-officers, import-visits
Commands operationCommands();     // operation create|list
Commands queryCommands();         // stats, search
Commands demoCommands();          // demo
Commands exportCommands();        // export-registry, export-visits
Commands pfifCommands();          // export-pfif, import-pfif
Commands linksCommands();         // links cluster|path|central|near|add|remove
Commands matchingCommands();      // duplicates [merge|dismiss], match
Commands benchCommands();         // bench search|stats|households|links|duplicates|dashboard
Commands stationsBenchCommands(); // bench stations, bench station-worker (StationsBench.cpp)
Commands casesCommands();         // cases list|show|assign, found list
Commands marksCommands();         // marks list|set
Commands actionsCommands();       // actions list|raise|return|sign-off
Commands registrationCommands();  // unregistered list|show|update
Commands crimesCommands();        // crimes list|add|link, reunite
Commands leagueCommands();        // league
Commands callsCommands();         // calls list|log
Commands safetyCommands();        // audit verify, backup, restore
Commands serverCommands();        // server init, copy
Commands attachmentCommands();    // attach, attachments

Commands builtinCommands();

} // namespace hc::cli
