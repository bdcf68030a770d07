#pragma once
// A Parquet reader and writer, written from the specification
// (apache/parquet-format). No Arrow: values come and go as ColumnData, one leaf
// column at a time, with definition and repetition levels for nested data.
//
// The reader takes files from pyarrow, DuckDB, Polars, Spark and parquet-mr:
// data pages v1 and v2, every standard encoding and compression, logical and
// converted types. Damaged files give an ouro::Error naming the file, column
// and problem; nothing is read outside the file's bytes.
//
// The writer streams row groups of bounded size with PLAIN or RLE_DICTIONARY
// pages, ZSTD (default), SNAPPY, GZIP or no compression, min/max/null-count
// statistics, logical types and key-value metadata. It writes under a
// temporary name and renames on close(), so a half-written file never has the
// final name.

#include "parquetencoding.h"

#include <cstdint>
#include <cstdio>
#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace ouro::parquet {

/** Physical types, numbered as in parquet.thrift. */
enum class Physical : int {
    Boolean = 0,
    Int32 = 1,
    Int64 = 2,
    Int96 = 3,
    Float = 4,
    Double = 5,
    ByteArray = 6,
    FixedLenByteArray = 7,
};

enum class Repetition : int { Required = 0, Optional = 1, Repeated = 2 };

/** What a leaf's bytes mean: its LogicalType, or else its ConvertedType. */
enum class Logical {
    None,
    String,
    Json,
    Enum,
    Uuid,
    Int, ///< bitWidth and isSigned say which
    Decimal,
    Date,
    TimeMillis,
    TimeMicros,
    TimeNanos,
    TimestampMillis,
    TimestampMicros,
    TimestampNanos,
    Float16,
    Null,
};

/** A schema element: a group with children, or a leaf with a physical type. */
struct Node {
    enum class Group { None, Struct, List, Map };
    std::string name;
    Repetition repetition = Repetition::Optional;
    Group group = Group::None; ///< None: a leaf
    std::vector<Node> children;
    Physical type = Physical::Int64;
    int32_t typeLength = 0; ///< FIXED_LEN_BYTE_ARRAY
    Logical logical = Logical::None;
    int bitWidth = 0;       ///< Logical::Int
    bool isSigned = true;   ///< Logical::Int
    int32_t scale = 0, precision = 0; ///< Logical::Decimal
    bool utc = true;        ///< timestamps

    bool leaf() const { return group == Group::None; }
    /** A leaf of a physical type. */
    static Node leafOf(std::string name, Physical type, Repetition rep = Repetition::Optional,
                       Logical logical = Logical::None);
    /** A group (struct, list or map) of children. */
    static Node groupOf(std::string name, std::vector<Node> children, Repetition rep = Repetition::Optional,
                        Group group = Group::Struct);
};

/** A leaf column as the file lays it out. */
struct Column {
    std::vector<std::string> path; ///< below the root
    std::string name;              ///< the path joined with '.'
    Physical type = Physical::Int64;
    Logical logical = Logical::None;
    int32_t typeLength = 0, scale = 0, precision = 0;
    int bitWidth = 0;
    bool isSigned = true, utc = true;
    int maxDef = 0, maxRep = 0;
};

/**
 * Values of one leaf column over some rows. Each slot has a definition level
 * (and a repetition level, for repeated data) when the column has them; a slot
 * holds a value exactly when its definition level is maxDef. Values are dense
 * (nulls take no space) in the vector of their type.
 */
struct ColumnData {
    std::vector<uint16_t> def, rep;
    std::vector<int64_t> ints;   ///< BOOLEAN (0/1), INT32, INT64; INT96 as nanoseconds since 1970
    std::vector<double> reals;   ///< FLOAT, DOUBLE
    std::vector<uint64_t> offsets{0}; ///< BYTE_ARRAY, FIXED_LEN_BYTE_ARRAY: values+1 offsets into bytes
    std::string bytes;

    /** Number of values (not slots) for a column of this physical type. */
    size_t values(Physical t) const;
    std::string_view text(size_t i) const { return std::string_view(bytes).substr(offsets[i], offsets[i + 1] - offsets[i]); }
    void addText(std::string_view s) {
        bytes.append(s);
        offsets.push_back(bytes.size());
    }
    void clear();
};

/** Reads a Parquet file. Every method throws ouro::Error on damage, naming the file. */
class FileReader {
public:
    explicit FileReader(const std::string& path);
    ~FileReader();
    FileReader(const FileReader&) = delete;
    FileReader& operator=(const FileReader&) = delete;

    const std::string& path() const { return path_; }
    int64_t rows() const { return rows_; }
    const Node& schema() const { return root_; }
    const std::vector<Column>& columns() const { return columns_; }
    int rowGroups() const { return int(groups_.size()); }
    int64_t rowGroupRows(int rowGroup) const;
    const std::vector<std::pair<std::string, std::string>>& metadata() const { return metadata_; }
    const std::string& createdBy() const { return createdBy_; }

    /** All values of one column in one row group. */
    ColumnData read(int rowGroup, int column) const;

private:
    struct Chunk {
        Physical type;
        Codec codec;
        int64_t values, start, size;
    };
    struct Group {
        int64_t rows;
        std::vector<Chunk> chunks;
    };
    std::string path_;
    int fd_ = -1;
    int64_t fileSize_ = 0;
    int64_t rows_ = 0;
    Node root_;
    std::vector<Column> columns_;
    std::vector<Group> groups_;
    std::vector<std::pair<std::string, std::string>> metadata_;
    std::string createdBy_;
};

struct WriterOptions {
    Codec codec = Codec::Zstd;
    int level = 0;              ///< codec's compression level; 0: its default (zstd 3, as DuckDB)
    int64_t rowGroupRows = 0;   ///< 0: rows of about rowGroupBytes of values
    size_t rowGroupBytes = size_t(64) << 20;
    size_t pageBytes = size_t(1) << 20; ///< uncompressed values per data page, about
    bool dictionary = true;     ///< RLE_DICTIONARY where a column has few distinct values
    int threads = 0;            ///< encoding threads; 0: one per core
    std::vector<std::pair<std::string, std::string>> metadata; ///< key-value metadata of the file
};

/**
 * Writes a Parquet file: append() each leaf column's values for some rows, then
 * endRows(n). Row groups go out as they fill. close() writes the footer and
 * gives the file its name; without it (an exception, a cancel) nothing is left.
 */
class FileWriter {
public:
    FileWriter(const std::string& path, Node root, WriterOptions opt = {});
    ~FileWriter();
    FileWriter(const FileWriter&) = delete;
    FileWriter& operator=(const FileWriter&) = delete;

    const std::vector<Column>& columns() const { return columns_; }
    /** Adds values (and levels, for nullable or repeated leaves) to one column. */
    void append(int column, const ColumnData& data);
    /** Every column has received `rows` more rows. */
    void endRows(int64_t rows);
    void close();
    /** Bytes written so far. */
    int64_t written() const { return offset_; }

private:
    struct ChunkMeta;
    void flushRowGroup();
    void write(const std::string& bytes);

    std::string path_, temp_;
    WriterOptions opt_;
    Node root_;
    std::vector<Column> columns_;
    std::vector<ColumnData> pending_;
    int64_t pendingRows_ = 0, rows_ = 0, offset_ = 0, groupRows_ = 0;
    std::vector<std::string> rowGroups_; ///< serialized RowGroup structs
    std::FILE* file_ = nullptr;
    bool closed_ = false;
};

inline bool isBytesType(Physical t) { return t == Physical::ByteArray || t == Physical::FixedLenByteArray; }
inline bool isRealType(Physical t) { return t == Physical::Float || t == Physical::Double; }

/** The leaf columns of a schema, depth first, with their levels. */
std::vector<Column> leafColumns(const Node& root);

} // namespace ouro::parquet
