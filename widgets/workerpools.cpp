#include "workerpools.h"

#include <array>

namespace ouro::widgets {

QThreadPool* workerPool(WorkerPool kind) {
    static const std::array<QThreadPool*, 3> pools = [] {
        std::array<QThreadPool*, 3> p{};
        for (auto& pool : p) {
            pool = new QThreadPool(); // never deleted: workers may outlive every widget at exit
            pool->setMaxThreadCount(1);
        }
        return p;
    }();
    return pools[size_t(kind)];
}

} // namespace ouro::widgets
