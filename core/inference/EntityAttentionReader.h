#pragma once

#include "attention/EntityAttentionMaps.h"

namespace tessera {

class MygoModel;

// One entity's CMEE attention under the full input and both ablations, with its token slots:
// three one-entity encoder passes (milliseconds). The window's attention job and `tessera render
// attention` call this one function, so both show the same numbers.
EntityAttentionMaps readEntityAttention(MygoModel& model, EntityId entity);

}  // namespace tessera
