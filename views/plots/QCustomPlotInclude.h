#pragma once

// QCustomPlot's header uses Qt's keyword macros (signals, slots, emit, foreach), which the
// project switches off (QT_NO_KEYWORDS, for LibTorch's sake). They are defined for this include
// only.
#define signals Q_SIGNALS
#define slots Q_SLOTS
#define emit Q_EMIT
#define foreach Q_FOREACH
#include <qcustomplot.h>
#undef signals
#undef slots
#undef emit
#undef foreach
