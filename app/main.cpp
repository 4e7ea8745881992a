// Entry point: no argument opens the demo graph in the window, a path opens that graph, a
// subcommand runs headless (DESIGN.md, command-line contract).

#include "cli/CommandLine.h"
#include "gui/GuiLauncher.h"

#include <cstring>

int main(int argc, char** argv)
{
    if (tessera::isCommandLineInvocation(argc, argv))
        return tessera::runCommandLine(argc, argv);
    return tessera::runGui(argc, argv);
}
