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
  // "dyad frobnicate": say which word is unknown, and what the commands are.
  if (argc > 1 && argv[1][0] != '-') {
    bool known = false;
    std::string names;
    for (const CLI::App* sub : app.get_subcommands([](const CLI::App*) { return true; })) {
      known |= sub->get_name() == argv[1];
      names += (names.empty() ? "" : ", ") + sub->get_name();
    }
    if (!known) {
      std::cerr << "dyad: unknown command '" << argv[1] << "' (commands: " << names << "; dyad --help)\n";
      return dyad::cli::kUsageError;
    }
  }
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
