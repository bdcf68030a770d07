#pragma once
// Errors in core: one exception type inside, a Status at the API boundary.

#include <stdexcept>
#include <string>
#include <utility>

namespace ouro {

/**
 * The one exception core throws. Its message is meant for a person: it names
 * the file (or statement) and the problem, e.g. "cells.tif: truncated strip 3".
 */
class Error : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

/** Thrown when the caller asked to stop (a cancelled import or export). */
class Cancelled : public Error {
public:
    Cancelled() : Error("cancelled") {}
};

/** Outcome of an operation that does not throw: ok, or a message saying why not. */
class Status {
public:
    Status() = default;
    static Status failure(std::string message) {
        Status s;
        s.ok_ = false;
        s.message_ = std::move(message);
        return s;
    }
    bool ok() const { return ok_; }
    explicit operator bool() const { return ok_; }
    const std::string& message() const { return message_; }

private:
    bool ok_ = true;
    std::string message_;
};

} // namespace ouro
