// The subcommands of the `secx` CLI.
//
// Each subcommand lives in analyze/cmd_<name>.cc and registers itself with
// one Add<Name>Command(app) call from main.cc. To add one: write the file,
// declare its function here, call it in main.cc and list the file in the
// `secx` target of analyze/CMakeLists.txt. A command's callback ends with
// ExitWith(code); main turns parse errors into exit status kExitUsage.
#ifndef SECX_ANALYZE_COMMANDS_H_
#define SECX_ANALYZE_COMMANDS_H_

#include <CLI/CLI.hpp>

namespace secx {

inline constexpr int kExitOk = 0;
inline constexpr int kExitFailed = 1;  // some input or the query failed
inline constexpr int kExitUsage = 2;   // bad command line

// Ends the running subcommand with `code`; returns normally for kExitOk.
inline void ExitWith(int code) {
  if (code != kExitOk) throw CLI::RuntimeError(code);
}

void AddExtractCommand(CLI::App& app);
void AddIngestCommand(CLI::App& app);
void AddMergeCommand(CLI::App& app);
void AddCompareCommand(CLI::App& app);
void AddQueryCommand(CLI::App& app);
void AddBenchLoadCommand(CLI::App& app);  // hidden: used by scripts/bench.sh
void AddFixOcrCommand(CLI::App& app);
void AddEvalCommand(CLI::App& app);
void AddCheckCommand(CLI::App& app);
void AddTrendCommand(CLI::App& app);
void AddTextCommand(CLI::App& app);  // hidden: used by make-scan-corpus.sh
void AddSearchCommand(CLI::App& app);
void AddShowCommand(CLI::App& app);
void AddServeCommand(CLI::App& app);

}  // namespace secx

#endif  // SECX_ANALYZE_COMMANDS_H_
