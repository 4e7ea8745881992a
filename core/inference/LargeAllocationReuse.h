#pragma once

namespace tessera {

// Makes glibc keep freed large blocks for reuse instead of handing each one back to the kernel.
//
// Why: by default every block above the mmap threshold (128 KiB, rising to at most 32 MiB) is its
// own mapping, unmapped when freed, so each training step's tensors (DBP15K: 39k entities × 300,
// the graph attention's edge buffers) arrive as fresh pages the kernel must fault in and zero. Measured on DBP15K zh_en
// (rel, gph, hidden 300, 2 CPU threads, 2 epochs): 35 s an epoch and 68 s of system time in a 78 s run by default;
// 16-20 s an epoch and 17 s of system time with reuse, the same losses to the last digit. The price: the process keeps
// its peak heap until it exits (peak RSS 6.7 GB instead of 4.5 GB in that run).
//
// Idempotent; configureCompute calls it, so every LibTorch workload (command line, window, tests,
// bench) gets it. A no-op where the C library is not glibc.
void enableLargeAllocationReuse();

}  // namespace tessera
