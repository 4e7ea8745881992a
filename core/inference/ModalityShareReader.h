#pragma once

#include "attention/ModalityShareTable.h"

#include <cstdint>
#include <functional>

namespace tessera {

class MygoModel;

// Reads every entity's [CLS] shares (ModalityShareTable) from the model's entity encoder, in
// batches of entities. `keepGoing(done, total)` is called after each batch; answering false
// stops, and the table returned is then empty. One encoder pass over all entities with the
// attention kept: about the cost of computing the representations once.
using ShareProgress = std::function<bool(std::int64_t done, std::int64_t total)>;
ModalityShareTable readModalityShares(MygoModel& model, const ShareProgress& keepGoing = {});

}  // namespace tessera
