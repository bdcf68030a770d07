#include "chunksink.h"

#include "sqlite.h"
#include "store.h"

namespace ouro {

ChunkSink::ChunkSink(Store& store, DType dtype, BloscParams blosc, int threads)
    : store_(store), typesize_(dtypeSize(dtype)), blosc_(std::move(blosc)) {
    unsigned n = threads > 0 ? unsigned(threads) : std::max(1u, std::thread::hardware_concurrency());
    maxInFlight_ = 4 * n + 4;
    for (unsigned i = 0; i < n; ++i)
        threads_.emplace_back([this] { work(); });
}

ChunkSink::~ChunkSink() {
    {
        std::lock_guard lk(m_);
        stop_ = true;
    }
    cvJob_.notify_all();
    for (auto& t : threads_)
        t.join();
}

void ChunkSink::work() {
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
            std::lock_guard lk(m_);
            if (!error_)
                error_ = std::current_exception();
        }
        {
            std::lock_guard lk(m_);
            done_.push_back(std::move(job));
        }
        cvDone_.notify_one();
    }
}

void ChunkSink::writeReady(bool all) {
    if (!put_)
        put_ = std::make_unique<sql::Stmt>(store_.db(), "INSERT OR REPLACE INTO zarr(k, v) VALUES(?, ?)");
    for (;;) {
        std::deque<Job> ready;
        {
            std::unique_lock lk(m_);
            if (all)
                cvDone_.wait(lk, [&] { return inFlight_ == 0 || !done_.empty() || error_; });
            else
                cvDone_.wait(lk, [&] { return inFlight_ < maxInFlight_ || !done_.empty() || error_; });
            if (error_)
                std::rethrow_exception(error_);
            ready.swap(done_);
            inFlight_ -= ready.size();
        }
        for (auto& j : ready)
            put_->bind(1, j.key).bindBlob(2, j.data).run();
        std::lock_guard lk(m_);
        if (all ? inFlight_ == 0 : inFlight_ < maxInFlight_)
            return;
    }
}

void ChunkSink::submit(std::string key, std::vector<uint8_t> raw) {
    {
        std::lock_guard lk(m_);
        todo_.push_back({std::move(key), std::move(raw)});
        ++inFlight_;
    }
    cvJob_.notify_one();
    bool full;
    {
        std::lock_guard lk(m_);
        full = inFlight_ >= maxInFlight_ || !done_.empty();
    }
    if (full)
        writeReady(false);
}

void ChunkSink::finish() { writeReady(true); }

} // namespace ouro
