#pragma once
// The ouro commands. Each takes main's argc and argv (argv[1] is the command's name),
// prints its output and returns the exit status: 0 done, 1 failed, 2 a usage error.
// A core Error it does not catch is reported by main (exit status 1).

namespace ouro::cli {

int cmdImport(int argc, char** argv);
int cmdInfo(int argc, char** argv);
int cmdQuery(int argc, char** argv);
int cmdExport(int argc, char** argv);
int cmdCheck(int argc, char** argv);
int cmdRender(int argc, char** argv);
int cmdObjects(int argc, char** argv);
int cmdFilter(int argc, char** argv);
int cmdBench(int argc, char** argv);

} // namespace ouro::cli
