#pragma once

#include <QString>

namespace tessera {

// Where the bundled demo graphs are: $TESSERA_DEMO_DIR, else the installed copy
// (<prefix>/share/tessera/demo next to bin/), else the source tree this binary was built from.
// Returns the folder holding countries/, countries-zh/ and countries-en-zh/, or "" if none.
QString demoFolder();
// The graph `tessera` opens with no argument (the English Countries bundle).
QString demoGraphPath();
// The MyGO model trained on that graph (models/countries-mygo, made by make-demo-model.sh), opened
// with it so that link prediction works on first start; "" if absent.
QString demoModelPath();
// The token folder that model was trained on (models/countries-tokens: learned flag codes and BERT
// word pieces), opened with it so that the Tokens and Codebook views show what it reads; "" if absent.
QString demoTokensPath();

}  // namespace tessera
