// dyad validate: runs a PETRARCH/TABARI validation file and reports per record and
// per category; the last line is always "N passed, M failed". Finding the
// dictionaries, loading the models and coding are the library's (ValidationSuite in
// include/dyad/validate.hpp); this file prints what they report.
#include <iomanip>
#include <iostream>
#include <memory>

#include "commands.hpp"
#include "dyad/validate.hpp"
#include "input_options.hpp"

namespace dyad::cli {

namespace {

struct ValidateOptions {
  std::string file;
  std::string dict_dir;
  std::vector<std::string> extra_dicts;
  std::string model_dir;
  bool use_provided_parse = false;
  bool verbose = false;
  bool quiet = false;
  double fail_under = -1;
};

int run_validate(const ValidateOptions& o) {
  ValidationSources sources;
  sources.dict_dir = o.dict_dir;
  sources.extra_dicts = o.extra_dicts;
  sources.model_dir = o.model_dir;
  auto suite = ValidationSuite::load(o.file, sources);
  if (!suite.ok()) {
    std::cerr << "dyad: " << suite.message() << '\n';
    return kDataError;
  }
  if (!o.quiet) {
    for (const auto& e : (*suite)->dictionary_report().errors) std::cerr << "dyad: dictionary: " << e << '\n';
    for (const auto& n : (*suite)->file().notes) std::cerr << "dyad: note: " << n << '\n';
  }
  ValidationOptions vo;
  vo.use_provided_parse = o.use_provided_parse;
  auto result = (*suite)->run(vo);
  if (!result.ok()) {
    std::cerr << "dyad: " << result.message() << '\n';
    return kDataError;
  }
  const ValidationRun& run = *result;
  for (const auto& out : run.outcomes) {
    if (out.passed || !o.verbose) continue;
    const ValidationRecord& r = *out.record;
    std::cout << "FAIL " << r.id << " [" << r.category << "] line " << r.line << '\n'
              << "  text:     " << r.text << '\n'
              << "  expected: " << (r.expected_error.empty() ? format_events(r.expected) : "error " + r.expected_error) << '\n'
              << "  got:      " << format_events(out.got) << (out.status != "coded" ? " (" + out.status + ")" : "") << '\n'
              << "  why:      " << out.why << '\n';
  }
  std::cout << "category        passed  failed   rate\n";
  for (const auto& [cat, t] : run.by_category) {
    int total = t.passed + t.failed;
    std::cout << std::left << std::setw(16) << cat << std::right << std::setw(6) << t.passed << std::setw(8) << t.failed
              << std::setw(7) << std::fixed << std::setprecision(1) << (total ? 100.0 * t.passed / total : 0.0) << "%\n";
  }
  int total = run.passed + run.failed;
  std::cout << "pass rate " << std::fixed << std::setprecision(1) << (total ? 100.0 * run.passed / total : 0.0) << "%\n";
  std::cout << run.passed << " passed, " << run.failed << " failed\n";
  if (o.fail_under >= 0 && total > 0 && 100.0 * run.passed / total < o.fail_under) return kDataError;
  return kOk;
}

}  // namespace

void register_validate(CLI::App& app, Runner& run) {
  auto opts = std::make_shared<ValidateOptions>();
  CLI::App* cmd = app.add_subcommand("validate", "Run a PETRARCH/TABARI validation file and report pass rates");
  cmd->add_option("file", opts->file, "The validation XML file")->required();
  cmd->add_option("--dict-dir", opts->dict_dir, "Directory holding the dictionaries the file names (default: next to FILE)");
  cmd->add_option("--dict", opts->extra_dicts, "Add a dictionary file (repeatable)");
  cmd->add_flag("--use-provided-parse", opts->use_provided_parse, "Code the records' own CoNLL-U parses instead of parsing <Text>");
  add_model_dir_option(cmd, opts->model_dir);
  cmd->add_flag("-v,--verbose", opts->verbose, "Print every failure: id, category, expected, got, why");
  cmd->add_flag("-q,--quiet", opts->quiet, "Do not print dictionary problems and notes");
  cmd->add_option("--fail-under", opts->fail_under, "Exit 1 when the pass rate (percent) is below this");
  cmd->callback([&run, opts] { run = [opts] { return run_validate(*opts); }; });
}

}  // namespace dyad::cli
