#include "csv.h"

#include "error.h"

#include <zlib.h>

#include <algorithm>
#include <filesystem>

namespace ouro {

struct CsvReader::File {
    gzFile gz = nullptr;
    ~File() {
        if (gz)
            gzclose(gz);
    }
};

CsvReader::CsvReader(const std::string& path, char sep) : path_(path), f_(std::make_unique<File>()), buf_(1 << 20) {
    f_->gz = gzopen(path.c_str(), "rb"); // reads plain files too
    if (!f_->gz)
        throw Error(path + ": cannot read file");
    gzbuffer(f_->gz, 1 << 20);
    std::error_code ec;
    fileSize_ = double(std::filesystem::file_size(path, ec));
    if (sep)
        sep_ = sep;
    else
        sep_ = path.ends_with(".tsv") || path.ends_with(".tsv.gz") || path.ends_with(".tab") ? '\t' : ',';
}

CsvReader::~CsvReader() = default;

double CsvReader::fraction() const {
    return fileSize_ > 0 ? std::min(1.0, double(gzoffset(f_->gz)) / fileSize_) : 0.0;
}

int CsvReader::get() {
    if (pos_ == len_) {
        const int n = gzread(f_->gz, buf_.data(), unsigned(buf_.size()));
        if (n < 0)
            throw Error(path_ + ": cannot read (corrupt gzip data?) near line " + std::to_string(lineNo_));
        if (n == 0)
            return -1;
        len_ = size_t(n);
        pos_ = 0;
    }
    return static_cast<unsigned char>(buf_[pos_++]);
}

bool CsvReader::next(std::vector<std::string>& fields) {
    // Fields are assigned into the strings already in `fields`, so a steady
    // stream of rows allocates nothing; unquoted runs are copied in bulk.
    size_t n = 0;
    auto nextField = [&]() -> std::string& {
        if (n == fields.size())
            fields.emplace_back();
        std::string& f = fields[n++];
        f.clear();
        return f;
    };
    int c = get();
    while (c == '\r' || c == '\n') { // skip blank lines
        if (c == '\n')
            ++lineNo_;
        c = get();
    }
    if (c < 0) {
        fields.clear();
        return false;
    }
    recordLine_ = lineNo_;
    std::string* field = &nextField();
    bool quoted = false, inQuotes = false, fieldStart = true;
    for (;; c = get()) {
        if (c < 0) {
            if (inQuotes)
                throw Error(path_ + ": line " + std::to_string(recordLine_) + ": a quoted field is never closed");
            fields.resize(n);
            return true;
        }
        if (inQuotes) {
            if (c == '"') {
                const int d = get();
                if (d == '"') {
                    *field += '"';
                } else {
                    inQuotes = false;
                    c = d;
                    if (c < 0) {
                        fields.resize(n);
                        return true;
                    }
                    goto outside;
                }
            } else {
                if (c == '\n')
                    ++lineNo_;
                *field += char(c);
            }
            continue;
        }
    outside:
        if (c == '"' && fieldStart) {
            inQuotes = quoted = true;
            fieldStart = false;
        } else if (c == sep_) {
            field = &nextField();
            fieldStart = true;
            quoted = false;
        } else if (c == '\n' || c == '\r') {
            if (c == '\r') {
                const int d = get();
                if (d != '\n' && d >= 0)
                    --pos_; // a lone CR ends the record too
            }
            ++lineNo_;
            fields.resize(n);
            return true;
        } else {
            if (quoted)
                throw Error(path_ + ": line " + std::to_string(lineNo_) + ", field " + std::to_string(n) +
                            ": text after a closing quote");
            // The rest of an unquoted field up to a separator, quote or line end, in one copy.
            const size_t from = pos_ - 1;
            size_t to = pos_;
            const char sep = sep_;
            while (to < len_) {
                const char x = buf_[to];
                if (x == sep || x == '\n' || x == '\r' || x == '"')
                    break;
                ++to;
            }
            field->append(buf_.data() + from, to - from);
            pos_ = to;
            fieldStart = false;
        }
    }
}

} // namespace ouro
