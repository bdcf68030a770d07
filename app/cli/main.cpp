// ouro: the command-line tool. Core only (no Qt): scripts and tests depend on
// this interface, so keep its output stable. This file only dispatches: each
// command, with its help, is in its own file.

#include "commands.h"
#include "errorreport.h"

#include "libraries.h"
#include "version.h"

#include <iostream>
#include <string>

using namespace ouro::cli;

namespace {

struct Command {
    const char* name;
    int (*run)(int argc, char** argv);
    const char* summary; // its line in the usage
};

const Command kCommands[] = {
    {"import", cmdImport, "import TIFF / OME-TIFF files into a .ouro file"},
    {"info", cmdInfo, "list the images in a .ouro file"},
    {"query", cmdQuery, "run a read-only SQL query"},
    {"export", cmdExport, "export images (OME-Zarr directory)"},
    {"check", cmdCheck, "check a .ouro file's integrity and consistency"},
    {"render", cmdRender, "render a region of an image (channels and labels) to PNG"},
    {"objects", cmdObjects, "list the objects measured from a label image"},
    {"filter", cmdFilter, "evaluate a filter expression over a profile table"},
    {"bench", cmdBench, "benchmarks (read-tiles)"},
};

std::string usage() {
    std::string u = "ouro — Ouroboros command line\n\nUsage: ouro COMMAND [options]\n\nCommands:\n";
    for (const auto& c : kCommands)
        u += "  " + std::string(c.name).append(10 - std::string(c.name).size(), ' ') + c.summary + "\n";
    return u + "\nRun \"ouro COMMAND --help\" for a command's options. \"ouro --version\" prints the version.\n";
}

void printVersion() {
    std::cout << "ouro " << ouro::kVersion << "\n";
    std::string sep;
    for (const auto& [name, v] : ouro::libraryVersions()) {
        std::cout << sep << name << ' ' << v;
        sep = ", ";
    }
    std::cout << '\n';
}

} // namespace

int main(int argc, char** argv) {
    if (argc < 2) {
        std::cerr << usage();
        return 2;
    }
    const std::string cmd = argv[1];
    if (cmd == "--help" || cmd == "-h" || cmd == "help") {
        std::cout << usage();
        return 0;
    }
    if (cmd == "--version") {
        printVersion();
        return 0;
    }
    for (const auto& c : kCommands) {
        if (cmd != c.name)
            continue;
        try {
            return c.run(argc, argv);
        } catch (const std::exception& e) {
            return reportError(e);
        }
    }
    std::cerr << "ouro: unknown command \"" << cmd << "\"\n\n" << usage();
    return 2;
}
