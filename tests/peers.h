#pragma once
// The independent Parquet readers and writer (tests/js/parquet_peer.mjs: DuckDB and
// hyparquet under Node), for the suites that check our Parquet against them.
#include "error.h"
#include "testutil.h"

#include <nlohmann/json.hpp>

#include <QTest>

namespace peers {

/** Runs parquet_peer.mjs MODE FILE [OPTIONS] and returns its JSON ({columns, rows}). Throws on failure. */
inline nlohmann::json run(const QString& mode, const QString& file, const QString& options = {}) {
    QStringList args{testutil::source("tests/js/parquet_peer.mjs"), mode, file};
    if (!options.isEmpty())
        args << options;
    auto r = testutil::run(QStringLiteral(OURO_NODE), args);
    if (r.exitCode != 0)
        throw ouro::Error("node " + args.join(' ').toStdString() + ": " + r.err.toStdString());
    return nlohmann::json::parse(r.out.toStdString());
}

} // namespace peers

/** Runs a test body, turning an exception into a failure with its message. */
template <class F> void guarded(F body) {
    try {
        body();
    } catch (const std::exception& e) {
        QFAIL(e.what());
    }
}
