#include "io/AtomicFolderWriter.h"

#include "io/InputError.h"

#include <random>

namespace tessera {

namespace fs = std::filesystem;

namespace {
fs::path sibling(const fs::path& folder, const char* role, std::random_device& random)
{
    return folder.parent_path() / ("." + folder.filename().string() + "." + role + "-" + std::to_string(random()));
}
}  // namespace

void writeFolderAtomically(const std::string& folderText, bool replace, const std::string& what,
    const std::function<void(const fs::path& staging)>& fill)
{
    std::error_code error;
    const fs::path folder = fs::absolute(fs::path(folderText), error).lexically_normal();
    if (error)
        throw InputError(folderText, "cannot resolve the path: " + error.message());
    if (fs::exists(folder, error) && !replace) {
        if (!fs::is_directory(folder, error) || !fs::is_empty(folder, error))
            throw InputError(folderText, "already exists and is not an empty folder; choose a new output folder");
    }
    fs::create_directories(folder.parent_path(), error);
    if (error)
        throw InputError(folderText, "cannot create the parent folder: " + error.message());
    std::random_device random;
    const fs::path staging = sibling(folder, "partial", random);
    try {
        fs::create_directories(staging);
        fill(staging);
        if (fs::exists(folder, error)) {
            // Swap, then delete: readers never see a half-replaced folder.
            const fs::path old = sibling(folder, "old", random);
            fs::rename(folder, old);
            fs::rename(staging, folder);
            fs::remove_all(old, error);
        } else {
            fs::rename(staging, folder);
        }
    } catch (const fs::filesystem_error& e) {
        fs::remove_all(staging, error);
        throw InputError(folderText, "cannot write the " + what + ": " + e.code().message());
    } catch (...) {
        fs::remove_all(staging, error);
        throw;
    }
}

}  // namespace tessera
