#include "errorreport.h"

#include <iostream>

namespace ouro::cli {

int reportError(const std::exception& e) {
    std::cerr << "error: " << e.what() << "\n";
    return 1;
}

int reportingErrors(const std::function<void()>& f) {
    try {
        f();
    } catch (const std::exception& e) {
        return reportError(e);
    }
    return 0;
}

} // namespace ouro::cli
