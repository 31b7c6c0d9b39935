// dyad: the command-line shell over libdyad. Parses arguments, runs one subcommand,
// maps its outcome to an exit code. No pipeline logic lives here.
#include <iostream>

#include "commands.hpp"
#include "dyad/version.hpp"

int main(int argc, char** argv) {
  std::ios::sync_with_stdio(false);
  CLI::App app{"Dyad: political event data from raw news (who did what to whom, when and where)", "dyad"};
  app.set_version_flag("--version", std::string("dyad ") + dyad::version_string());
  app.require_subcommand(1);
  dyad::cli::Runner run;
  dyad::cli::register_analyze(app, run);
  dyad::cli::register_code(app, run);
  dyad::cli::register_validate(app, run);
  dyad::cli::register_eval_segment(app, run);
  dyad::cli::register_eval_parse(app, run);
  dyad::cli::register_eval_plover(app, run);
  dyad::cli::register_eval_events(app, run);
  dyad::cli::register_ingest(app, run);
  dyad::cli::register_events(app, run);
  dyad::cli::register_stats(app, run);
  dyad::cli::register_actors(app, run);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int code = app.exit(e);
    return code == 0 ? 0 : dyad::cli::kUsageError;
  }
  try {
    return run ? run() : dyad::cli::kUsageError;
  } catch (const std::exception& e) {
    std::cerr << "dyad: error: " << e.what() << '\n';
    return dyad::cli::kDataError;
  }
}
