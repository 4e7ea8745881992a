#pragma once

namespace tessera {

// True when argv asks for a headless subcommand (or --help/--version) rather than the window.
bool isCommandLineInvocation(int argc, char** argv);

// Runs a subcommand. Exit codes: 0 success, 2 bad input or usage (one line on stderr naming
// the file, line and problem), 1 an unexpected internal failure.
int runCommandLine(int argc, char** argv);

}  // namespace tessera
