#pragma once

#include <filesystem>
#include <functional>
#include <string>

namespace tessera {

// Writes a whole folder (a bundle, a model) so that it appears complete or not at all: `fill`
// writes into a temporary sibling, which is then renamed into place. Without `replace`, an
// existing folder must be empty (nothing the user owns is overwritten); with it (checkpoints
// Tessera itself owns) the old folder is swapped out and removed. `what` names the thing in
// messages ("bundle", "model"). Throws InputError naming the folder; the staging folder is
// removed on any failure.
void writeFolderAtomically(const std::string& folder, bool replace, const std::string& what,
    const std::function<void(const std::filesystem::path& staging)>& fill);

}  // namespace tessera
