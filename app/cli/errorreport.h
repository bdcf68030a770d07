#pragma once
// How a command reports a failure that is not a usage error: "error: MESSAGE" on stderr.

#include <exception>
#include <functional>

namespace ouro::cli {

/** Prints "error: " and e's message on stderr; returns 1, the exit status of a failed command. */
int reportError(const std::exception& e);

/** Runs f; returns 0, or reports the exception it threw and returns 1. */
int reportingErrors(const std::function<void()>& f);

} // namespace ouro::cli
