#include "overlay/ProcessMemory.h"

#include <fstream>

#include <unistd.h>

namespace tessera {

std::int64_t residentMemoryBytes()
{
    std::ifstream statm("/proc/self/statm");
    std::int64_t pages = 0;
    std::int64_t resident = 0;
    if (!(statm >> pages >> resident))
        return 0;
    return resident * static_cast<std::int64_t>(sysconf(_SC_PAGESIZE));
}

}  // namespace tessera
