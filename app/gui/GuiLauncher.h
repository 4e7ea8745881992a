#pragma once

namespace tessera {

// Runs the window: creates the QApplication, installs the translation the user chose (or the
// system locale's), opens argv[1] or the bundled demo graph, and returns the exit code.
int runGui(int argc, char** argv);

}  // namespace tessera
