#include "args.h"

#include <cmath>
#include <cstdlib>
#include <iostream>
#include <sstream>

namespace ouro::cli {

std::optional<std::string> Args::get(const std::string& k) const {
    auto it = opts.find(k);
    if (it == opts.end() || it->second.empty())
        return std::nullopt;
    return it->second.back();
}

std::vector<std::string> Args::list(const std::string& k) const {
    std::vector<std::string> out;
    if (auto it = opts.find(k); it != opts.end())
        for (const auto& v : it->second)
            for (auto& s : splitComma(v))
                out.push_back(std::move(s));
    return out;
}

void usageError(const std::string& msg, const char* help) {
    std::cerr << "ouro: " << msg << "\n\n" << help;
    std::exit(2);
}

Args parse(int argc, char** argv, int start, const std::set<std::string>& valued, const std::set<std::string>& flags,
           const char* help) {
    Args a;
    for (int i = start; i < argc; ++i) {
        std::string s = argv[i];
        if (s == "--help" || s == "-h") {
            std::cout << help;
            std::exit(0);
        }
        if (s.starts_with("--")) {
            std::string key = s, val;
            auto eq = s.find('=');
            if (eq != std::string::npos) {
                key = s.substr(0, eq);
                val = s.substr(eq + 1);
            }
            if (valued.count(key)) {
                if (eq == std::string::npos) {
                    if (i + 1 >= argc)
                        usageError(key + " needs a value", help);
                    val = argv[++i];
                }
                a.opts[key].push_back(val);
            } else if (flags.count(key) && eq == std::string::npos) {
                a.flags.insert(key);
            } else {
                usageError("unknown option " + s, help);
            }
        } else {
            a.positional.push_back(s);
        }
    }
    return a;
}

std::vector<std::string> splitComma(const std::string& s) {
    std::vector<std::string> out;
    std::stringstream ss(s);
    std::string item;
    while (std::getline(ss, item, ','))
        out.push_back(item);
    return out;
}

int64_t toInt(const std::string& s, const std::string& what, const char* help) {
    char* end = nullptr;
    long long v = std::strtoll(s.c_str(), &end, 10);
    if (s.empty() || *end)
        usageError(what + " must be an integer, not \"" + s + "\"", help);
    return v;
}

double toDouble(const std::string& s, const std::string& what, const char* help) {
    char* end = nullptr;
    double v = std::strtod(s.c_str(), &end);
    if (s.empty() || *end || !std::isfinite(v))
        usageError(what + " must be a number, not \"" + s + "\"", help);
    return v;
}

std::vector<int64_t> imageIds(const Args& a, const char* help) {
    std::vector<int64_t> ids;
    for (const auto& s : a.list("--image"))
        ids.push_back(toInt(s, "--image", help));
    return ids;
}

} // namespace ouro::cli
