#pragma once

#include "graph/Dataset.h"
#include "io/GraphFormat.h"
#include "io/ReadOptions.h"

#include <optional>
#include <string>

namespace tessera {

// Opens any supported graph path: detects the format (or takes the forced one) and runs the
// matching reader. Throws InputError for bad input and ReadCancelled when stopped.
Dataset readDataset(
    const std::string& path, std::optional<GraphFormat> forced = std::nullopt, const ReadOptions& options = {});

}  // namespace tessera
