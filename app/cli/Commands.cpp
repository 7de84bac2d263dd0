#include "app/cli/Commands.h"

namespace hc::cli {

Commands builtinCommands()
{
    Commands all;
    for (Commands (*make)() :
         {accountCommands, importCommands, operationCommands, queryCommands,        demoCommands,
          exportCommands,  pfifCommands,   linksCommands,     matchingCommands,     benchCommands,
          casesCommands,   marksCommands,  actionsCommands,   registrationCommands, crimesCommands,
          leagueCommands,  callsCommands,  safetyCommands,    serverCommands,       attachmentCommands})
        for (auto& c : make())
            all.push_back(std::move(c));
    return all;
}

} // namespace hc::cli
