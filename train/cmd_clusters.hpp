// `dyad-train clusters`: registers the subcommand on dyad-train's CLI11 app.
#pragma once

#include <CLI/CLI.hpp>
#include <functional>

namespace dyad::train {

// Adds the `clusters` subcommand; when it is chosen, `run` is set to its action
// (returning the exit code: 0 ok, 1 data error).
void register_clusters(CLI::App& app, std::function<int()>& run);

}  // namespace dyad::train
