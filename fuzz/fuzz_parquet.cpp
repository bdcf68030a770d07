// libFuzzer target for the Parquet reader: any bytes must give either values or
// an ouro::Error, never a crash, a hang or a read outside the input.
//
//   cmake --preset fuzz && cmake --build --preset fuzz
//   build/fuzz/fuzz/fuzz_parquet -max_total_time=300 fuzz/corpus-parquet
#include "error.h"
#include "omearrow.h"
#include "parquet.h"

#include <sys/mman.h>
#include <unistd.h>

#include <cstdint>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    // The reader takes a path: hand it the bytes through an anonymous in-memory file.
    const int fd = memfd_create("parquet", 0);
    if (fd < 0)
        return 0;
    size_t done = 0;
    while (done < size) {
        const ssize_t n = ::write(fd, data + done, size - done);
        if (n <= 0)
            break;
        done += size_t(n);
    }
    try {
        ouro::parquet::FileReader r("/proc/self/fd/" + std::to_string(fd));
        for (int g = 0; g < r.rowGroups(); ++g)
            for (size_t c = 0; c < r.columns().size(); ++c)
                (void)r.read(g, int(c));
    } catch (const ouro::Error&) {
    }
    try {
        // The same bytes as OME-Arrow images: the records assembled, every plane read.
        ouro::OmeArrowFile f("/proc/self/fd/" + std::to_string(fd));
        for (size_t i = 0; i < f.images().size(); ++i) {
            const auto& im = f.images()[i];
            if (im.sizeX * im.sizeY > (1 << 22))
                continue;
            std::vector<uint8_t> plane(size_t(im.sizeX * im.sizeY) * 8);
            for (int64_t p = 0; p < std::min<int64_t>(im.planeCount(), 8); ++p)
                f.readBand(f.firstPage(i) + size_t(p), 0, uint32_t(im.sizeY), {plane.data()});
        }
    } catch (const ouro::Error&) {
    }
    ::close(fd);
    return 0;
}
