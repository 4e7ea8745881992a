#pragma once
// Precompiled for the torch-using part of core: <torch/torch.h> costs ~30 s per translation
// unit without it.
#include <torch/torch.h>
