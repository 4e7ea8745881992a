#pragma once

#include <QString>

namespace tessera {

// Where the bundled demo graphs are: $TESSERA_DEMO_DIR, else the installed copy
// (<prefix>/share/tessera/demo next to bin/), else the source tree this binary was built from.
// Returns the folder holding countries/, countries-zh/ and countries-en-zh/, or "" if none.
QString demoFolder();
// The graph `tessera` opens with no argument (the English Countries bundle).
QString demoGraphPath();

}  // namespace tessera
