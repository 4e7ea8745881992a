#pragma once

#include "BenchTimer.h"

namespace tessera::bench {

// The part of one MyGO query no implementation can skip on this machine: the TuckER product
// streams the whole d^3 core (67 MB at d = 256) once, because both of its inputs come out of the
// context encoder and depend on the query's entity (../shared/fixtures/mygo-small/README.md), so
// no per-relation core can be cached. Timed with the product MygoNetwork uses for one query.
Measurement measureTuckerCoreFloor(int dim, int repeats);

}  // namespace tessera::bench
