#pragma once
// The write pipeline of an import: the caller cuts chunks, a pool of threads
// compresses them, and one writer thread inserts them into the store. The
// caller, the compressors and the writer overlap, so decoding TIFF, blosc and
// SQLite each get a core's share.

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

class ChunkSink {
public:
    /**
     * threads = 0: one compressor per core. At most a few chunks per thread
     * are in flight, so memory stays bounded. While the sink lives, its writer
     * thread owns the store's connection: the caller must not use it until
     * finish() returns.
     */
    ChunkSink(Store& store, DType dtype, BloscParams blosc, int threads);
    ~ChunkSink();
    ChunkSink(const ChunkSink&) = delete;
    ChunkSink& operator=(const ChunkSink&) = delete;

    /** Queues a raw chunk under key. Blocks while the pipeline is full. Rethrows a worker's error. */
    void submit(std::string key, std::vector<uint8_t> raw);
    /** Queues a chunk that is already a blosc frame (copied from a source): it goes straight to the writer. */
    void submitCompressed(std::string key, std::vector<uint8_t> frame);
    /** Waits until every queued chunk is written. Rethrows a worker's error. */
    void finish();

private:
    struct Job {
        std::string key;
        std::vector<uint8_t> data;
    };
    void compressLoop();
    void writeLoop();
    void fail(std::exception_ptr e);

    Store& store_;
    size_t typesize_;
    BloscParams blosc_;
    size_t maxInFlight_;
    std::mutex m_;
    std::condition_variable cvJob_, cvDone_, cvSpace_;
    std::deque<Job> todo_, done_;
    size_t inFlight_ = 0; ///< submitted and not yet written
    bool stop_ = false;
    std::exception_ptr error_;
    std::vector<std::thread> compressors_;
    std::thread writer_;
};

} // namespace ouro
