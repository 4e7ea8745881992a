// The allocator policy every LibTorch workload runs under (LargeAllocationReuse.h): glibc's default
// gives a 96 MiB block its own mapping, returned to the kernel when freed; after the policy the
// block comes from the heap, and a second one of the same size reuses the first's pages without
// faulting them in again. The first case is the control: it runs before the policy is on.

#include "inference/LargeAllocationReuse.h"

#include <QTest>

#include <cstdlib>
#include <cstring>
#include <malloc.h>
#include <sys/resource.h>

using namespace tessera;

namespace {

constexpr std::size_t kBlock = std::size_t {96} << 20;

long minorFaults()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_minflt;
}

}  // namespace

class LargeAllocationReuseTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void defaultMapsALargeBlockOnItsOwn()
    {
        const struct mallinfo2 before = mallinfo2();
        void* block = std::malloc(kBlock);
        QVERIFY(block != nullptr);
        const struct mallinfo2 info = mallinfo2();
        std::free(block);
        QCOMPARE(info.hblks, before.hblks + 1);
        QVERIFY(info.hblkhd >= before.hblkhd + kBlock);
    }

    void policyTakesLargeBlocksFromTheHeapAndReusesThem()
    {
        enableLargeAllocationReuse();
        enableLargeAllocationReuse();  // idempotent
        const struct mallinfo2 before = mallinfo2();
        char* first = static_cast<char*>(std::malloc(kBlock));
        QVERIFY(first != nullptr);
        std::memset(first, 1, kBlock);
        const struct mallinfo2 info = mallinfo2();
        QCOMPARE(info.hblks, before.hblks);
        QCOMPARE(info.hblkhd, before.hblkhd);
        std::free(first);

        const long faultsBefore = minorFaults();
        char* second = static_cast<char*>(std::malloc(kBlock));
        QVERIFY(second != nullptr);
        std::memset(second, 2, kBlock);
        const long faults = minorFaults() - faultsBefore;
        std::free(second);
        QCOMPARE(static_cast<void*>(second), static_cast<void*>(first));
        // 96 MiB of fresh 4 KiB pages would be 24,576 faults; reused pages need none.
        QVERIFY2(faults < 64, qPrintable(QStringLiteral("%1 page faults").arg(faults)));
    }
};

QTEST_GUILESS_MAIN(LargeAllocationReuseTest)
#include "LargeAllocationReuseTest.moc"
