#pragma once
// Compresses chunks on a pool of threads and writes them into the store from
// the caller's thread (SQLite connections are used by one thread at a time).

#include "codec.h"

#include <condition_variable>
#include <cstdint>
#include <deque>
#include <exception>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace ouro {

class Store;
namespace sql {
class Stmt;
}

class ChunkSink {
public:
    /** threads = 0: one compressor per core. At most a few chunks per thread are in flight. */
    ChunkSink(Store& store, DType dtype, BloscParams blosc, int threads);
    ~ChunkSink();
    ChunkSink(const ChunkSink&) = delete;
    ChunkSink& operator=(const ChunkSink&) = delete;

    /** Queues a raw chunk under key. May block (writing finished chunks) while the queue is full. */
    void submit(std::string key, std::vector<uint8_t> raw);
    /** Waits for every queued chunk and writes it. Rethrows a compressor's error. */
    void finish();

private:
    struct Job {
        std::string key;
        std::vector<uint8_t> data;
    };
    void work();
    void writeReady(bool all);

    Store& store_;
    size_t typesize_;
    BloscParams blosc_;
    size_t maxInFlight_;
    std::mutex m_;
    std::condition_variable cvJob_, cvDone_;
    std::deque<Job> todo_, done_;
    size_t inFlight_ = 0;
    bool stop_ = false;
    std::exception_ptr error_;
    std::vector<std::thread> threads_;
    std::unique_ptr<sql::Stmt> put_; ///< prepared once, used from the caller's thread only
};

} // namespace ouro
