#pragma once
// Progress of a long import or export, printed on stderr.

#include "importer.h"

#include <string>

namespace ouro::cli {

/**
 * Progress of one file on stderr: "progress FILE F" lines with `lines` (--progress),
 * else a percentage that rewrites itself when stderr is a terminal, else nothing.
 */
ProgressFn cliProgress(const std::string& file, bool lines);

} // namespace ouro::cli
