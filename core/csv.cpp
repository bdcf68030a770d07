#include "csv.h"

#include "error.h"

#include <zlib.h>

namespace ouro {

struct CsvReader::File {
    gzFile gz = nullptr;
    ~File() {
        if (gz)
            gzclose(gz);
    }
};

CsvReader::CsvReader(const std::string& path, char sep) : path_(path), f_(std::make_unique<File>()), buf_(1 << 16) {
    f_->gz = gzopen(path.c_str(), "rb"); // reads plain files too
    if (!f_->gz)
        throw Error(path + ": cannot read file");
    if (sep)
        sep_ = sep;
    else
        sep_ = path.ends_with(".tsv") || path.ends_with(".tsv.gz") || path.ends_with(".tab") ? '\t' : ',';
}

CsvReader::~CsvReader() = default;

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
    fields.clear();
    int c = get();
    while (c == '\r' || c == '\n') { // skip blank lines
        if (c == '\n')
            ++lineNo_;
        c = get();
    }
    if (c < 0)
        return false;
    recordLine_ = lineNo_;
    std::string field;
    bool quoted = false, inQuotes = false, fieldStart = true;
    for (;; c = get()) {
        if (c < 0) {
            if (inQuotes)
                throw Error(path_ + ": line " + std::to_string(recordLine_) + ": a quoted field is never closed");
            fields.push_back(std::move(field));
            return true;
        }
        if (inQuotes) {
            if (c == '"') {
                const int d = get();
                if (d == '"') {
                    field += '"';
                } else {
                    inQuotes = false;
                    c = d;
                    if (c < 0) {
                        fields.push_back(std::move(field));
                        return true;
                    }
                    goto outside;
                }
            } else {
                if (c == '\n')
                    ++lineNo_;
                field += char(c);
            }
            continue;
        }
    outside:
        if (c == '"' && fieldStart) {
            inQuotes = quoted = true;
            fieldStart = false;
        } else if (c == sep_) {
            fields.push_back(std::move(field));
            field.clear();
            fieldStart = true;
            quoted = false;
        } else if (c == '\n' || c == '\r') {
            if (c == '\r') {
                const int d = get();
                if (d != '\n' && d >= 0)
                    --pos_; // a lone CR ends the record too
            }
            ++lineNo_;
            fields.push_back(std::move(field));
            return true;
        } else {
            if (quoted)
                throw Error(path_ + ": line " + std::to_string(lineNo_) + ", field " + std::to_string(fields.size() + 1) +
                            ": text after a closing quote");
            field += char(c);
            fieldStart = false;
        }
    }
}

} // namespace ouro
