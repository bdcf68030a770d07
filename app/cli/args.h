#pragma once
// The command line of one ouro command: options, flags and file arguments, and the
// checks that turn a bad one into a usage error (exit status 2, with the command's help).

#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace ouro::cli {

/** The parsed arguments of one command. */
struct Args {
    std::vector<std::string> positional;
    std::map<std::string, std::vector<std::string>> opts; // every value of a valued option, in order
    std::set<std::string> flags;

    bool has(const std::string& f) const { return flags.count(f) > 0; }
    /** The last value given for option k, if any. */
    std::optional<std::string> get(const std::string& k) const;
    /** Every value of a repeatable option k, each split at commas ("--image 1,2 --image 3"). */
    std::vector<std::string> list(const std::string& k) const;
};

/** Prints "ouro: MSG", a blank line and help on stderr, and exits with status 2. */
[[noreturn]] void usageError(const std::string& msg, const char* help);

/**
 * Parses argv[start..argc): options in `valued` take a value ("--k v" or "--k=v"),
 * those in `flags` take none. --help or -h prints help and exits 0; anything else
 * starting with "--" is a usage error.
 */
Args parse(int argc, char** argv, int start, const std::set<std::string>& valued, const std::set<std::string>& flags,
           const char* help);

/** "a,b,c" as {"a", "b", "c"}. */
std::vector<std::string> splitComma(const std::string& s);

/** s as an integer, or a usage error naming `what`. */
int64_t toInt(const std::string& s, const std::string& what, const char* help);

/** s as a finite number, or a usage error naming `what`. */
double toDouble(const std::string& s, const std::string& what, const char* help);

/** Every --image value (repeatable, comma-separated) as an image id. */
std::vector<int64_t> imageIds(const Args& a, const char* help);

} // namespace ouro::cli
