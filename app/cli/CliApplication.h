#pragma once
// What homecoming-cli sets up once its application object exists (names, version, the
// interface language, quiet logs), shared by main_cli.cpp and the report module; and the
// loading of that module for `report --pdf`.

namespace hc::cli {

void prepareApplication();

// Runs the application's arguments through the command line (every command, `report` too) on
// stdout and stderr; returns the exit status.
int runCommandLine();

// True when the arguments ask for a command that renders with ui/ (`report` with --pdf).
bool needsReportModule(int argc, char* argv[]);

// Loads the report module and runs the command line there; prints why and returns kFailed
// when the module cannot be loaded.
int runReportModule(int argc, char* argv[]);

} // namespace hc::cli
