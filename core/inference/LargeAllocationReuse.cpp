#include "inference/LargeAllocationReuse.h"

#if defined(__GLIBC__)
#include <malloc.h>
#endif

#include <mutex>

namespace tessera {

void enableLargeAllocationReuse()
{
#if defined(__GLIBC__)
    static std::once_flag once;
    std::call_once(once, [] {
        // No block gets its own mmap: all come from the heap, where freed ones are reused. A block
        // a thread's arena cannot hold falls back to the main heap, so worker threads are covered.
        mallopt(M_MMAP_MAX, 0);
        // Give the heap's free top back only beyond 2 GiB (mallopt's largest value), and grow it
        // 256 MiB at a time so growth itself is rare.
        mallopt(M_TRIM_THRESHOLD, static_cast<int>(0x7fffffff));
        mallopt(M_TOP_PAD, 256 << 20);
    });
#endif
}

}  // namespace tessera
