#include "io/AtomicFileWriter.h"

#include "io/InputError.h"

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <random>

#include <fcntl.h>
#include <unistd.h>

namespace tessera {

namespace fs = std::filesystem;

void writeFileAtomically(const std::string& path, std::string_view contents)
{
    const fs::path target(path);
    std::random_device random;
    const fs::path temporary
        = target.parent_path() / ("." + target.filename().string() + ".tmp-" + std::to_string(random()));
    const int fd = ::open(temporary.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
    if (fd < 0)
        throw InputError(path, "cannot create a file here (permissions, or the folder does not exist?)");
    std::size_t written = 0;
    while (written < contents.size()) {
        const ssize_t n = ::write(fd, contents.data() + written, contents.size() - written);
        if (n <= 0) {
            ::close(fd);
            ::unlink(temporary.c_str());
            throw InputError(path, "write failed (disk full?)");
        }
        written += static_cast<std::size_t>(n);
    }
    if (::fsync(fd) != 0 || ::close(fd) != 0) {
        ::unlink(temporary.c_str());
        throw InputError(path, "could not flush the file to disk");
    }
    if (std::rename(temporary.c_str(), target.c_str()) != 0) {
        ::unlink(temporary.c_str());
        throw InputError(path, "could not move the finished file into place");
    }
}

}  // namespace tessera
