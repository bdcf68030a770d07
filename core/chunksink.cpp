#include "chunksink.h"

#include "sqlite.h"
#include "store.h"

namespace ouro {

ChunkSink::ChunkSink(Store& store, DType dtype, BloscParams blosc, int threads)
    : store_(store), typesize_(dtypeSize(dtype)), blosc_(std::move(blosc)) {
    unsigned n = threads > 0 ? unsigned(threads) : std::max(1u, std::thread::hardware_concurrency());
    maxInFlight_ = 4 * n + 4;
    for (unsigned i = 0; i < n; ++i)
        compressors_.emplace_back([this] { compressLoop(); });
    writer_ = std::thread([this] { writeLoop(); });
}

ChunkSink::~ChunkSink() {
    {
        std::lock_guard lk(m_);
        stop_ = true;
    }
    cvJob_.notify_all();
    cvDone_.notify_all();
    for (auto& t : compressors_)
        t.join();
    writer_.join();
}

void ChunkSink::fail(std::exception_ptr e) {
    {
        std::lock_guard lk(m_);
        if (!error_)
            error_ = e;
    }
    cvSpace_.notify_all();
}

void ChunkSink::compressLoop() {
    for (;;) {
        Job job;
        {
            std::unique_lock lk(m_);
            cvJob_.wait(lk, [&] { return stop_ || !todo_.empty(); });
            if (todo_.empty())
                return;
            job = std::move(todo_.front());
            todo_.pop_front();
        }
        try {
            job.data = bloscCompress(job.data, typesize_, blosc_);
        } catch (...) {
            fail(std::current_exception());
            continue;
        }
        {
            std::lock_guard lk(m_);
            done_.push_back(std::move(job));
        }
        cvDone_.notify_one();
    }
}

void ChunkSink::writeLoop() {
    std::unique_ptr<sql::Stmt> put;
    for (;;) {
        std::deque<Job> ready;
        {
            std::unique_lock lk(m_);
            cvDone_.wait(lk, [&] { return stop_ || !done_.empty(); });
            if (done_.empty())
                return;
            ready.swap(done_);
        }
        try {
            if (!put)
                put = std::make_unique<sql::Stmt>(store_.db(), "INSERT OR REPLACE INTO zarr(k, v) VALUES(?, ?)");
            for (auto& j : ready)
                put->bind(1, j.key).bindBlob(2, j.data).run();
        } catch (...) {
            fail(std::current_exception());
        }
        {
            std::lock_guard lk(m_);
            inFlight_ -= ready.size();
        }
        cvSpace_.notify_all();
    }
}

void ChunkSink::submit(std::string key, std::vector<uint8_t> raw) {
    {
        std::unique_lock lk(m_);
        cvSpace_.wait(lk, [&] { return inFlight_ < maxInFlight_ || error_; });
        if (error_)
            std::rethrow_exception(error_);
        todo_.push_back({std::move(key), std::move(raw)});
        ++inFlight_;
    }
    cvJob_.notify_one();
}

void ChunkSink::submitCompressed(std::string key, std::vector<uint8_t> frame) {
    {
        std::unique_lock lk(m_);
        cvSpace_.wait(lk, [&] { return inFlight_ < maxInFlight_ || error_; });
        if (error_)
            std::rethrow_exception(error_);
        done_.push_back({std::move(key), std::move(frame)});
        ++inFlight_;
    }
    cvDone_.notify_one();
}

void ChunkSink::finish() {
    std::unique_lock lk(m_);
    cvSpace_.wait(lk, [&] { return inFlight_ == 0 || error_; });
    if (error_)
        std::rethrow_exception(error_);
}

} // namespace ouro
