// The dyad CLI: one file per subcommand, each with a register_* function that main.cpp
// calls to add it to the CLI11 app.
// Subcommands return the process exit code: 0 ok, 1 data/runtime error, 2 usage.
#pragma once

#include <CLI/CLI.hpp>
#include <functional>

namespace dyad::cli {

enum ExitCode { kOk = 0, kDataError = 1, kUsageError = 2 };

// Each register_* adds a subcommand and sets `run` to its action when chosen.
using Runner = std::function<int()>;
void register_analyze(CLI::App& app, Runner& run);
void register_code(CLI::App& app, Runner& run);
void register_validate(CLI::App& app, Runner& run);
void register_eval_segment(CLI::App& app, Runner& run);
void register_eval_parse(CLI::App& app, Runner& run);
void register_eval_plover(CLI::App& app, Runner& run);
void register_eval_events(CLI::App& app, Runner& run);
void register_ingest(CLI::App& app, Runner& run);
void register_events(CLI::App& app, Runner& run);
void register_stats(CLI::App& app, Runner& run);
void register_actors(CLI::App& app, Runner& run);

}  // namespace dyad::cli
