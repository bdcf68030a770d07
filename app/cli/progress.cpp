#include "progress.h"

#include <cstdio>
#include <filesystem>
#include <unistd.h>

namespace ouro::cli {

ProgressFn cliProgress(const std::string& file, bool lines) {
    if (lines)
        return [file, lastShown = -1](double f) mutable {
            const int pct = static_cast<int>(f * 100);
            if (pct != lastShown) {
                std::fprintf(stderr, "progress %s %.2f\n", file.c_str(), f);
                std::fflush(stderr);
                lastShown = pct;
            }
            return true;
        };
    if (!isatty(fileno(stderr)))
        return {};
    return [file, lastShown = -1](double f) mutable {
        const int pct = static_cast<int>(f * 100);
        if (pct != lastShown) {
            std::fprintf(stderr, "\r%s: %3d %%", std::filesystem::path(file).filename().c_str(), pct);
            if (pct == 100)
                std::fputs("\r\033[K", stderr);
            std::fflush(stderr);
            lastShown = pct;
        }
        return true;
    };
}

} // namespace ouro::cli
