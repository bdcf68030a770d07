#pragma once
// A streaming CSV/TSV reader (RFC 4180: quoted fields may hold separators,
// quotes and line breaks), reading plain or gzip-compressed files.

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace ouro {

class CsvReader {
public:
    /** Opens path (gzip is detected by content). sep 0: ',' unless the name ends in .tsv(.gz). Throws ouro::Error. */
    explicit CsvReader(const std::string& path, char sep = 0);
    ~CsvReader();
    /** Reads the next record into fields; false at the end. Throws ouro::Error naming the line on bad input. */
    bool next(std::vector<std::string>& fields);
    /** Line number (1-based) where the last record started. */
    int64_t line() const { return recordLine_; }
    char separator() const { return sep_; }
    /** How far through the file reading is, 0..1 (by bytes of the file, compressed or not). */
    double fraction() const;

private:
    int get();
    std::string path_;
    struct File;
    std::unique_ptr<File> f_;
    char sep_;
    int64_t lineNo_ = 1, recordLine_ = 0;
    double fileSize_ = 0;
    std::vector<char> buf_;
    size_t pos_ = 0, len_ = 0;
};

} // namespace ouro
