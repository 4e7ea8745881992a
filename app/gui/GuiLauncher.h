#pragma once

namespace tessera {

// Runs the window: creates the QApplication, installs the translation the user chose (or the
// system locale's), opens the graph named on the command line or the bundled demo graph (and
// `--model MODEL` once the graph is shown; the demo graph's bundled model by default), and
// returns the exit code.
int runGui(int argc, char** argv);

}  // namespace tessera
