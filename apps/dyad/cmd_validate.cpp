// dyad validate: runs a PETRARCH/TABARI validation file and reports per record and
// per category; the last line is always "N passed, M failed".
#include <filesystem>
#include <fstream>
#include <iomanip>
#include <iostream>
#include <memory>
#include <sstream>

#include "commands.hpp"
#include "dyad/pipeline.hpp"
#include "dyad/validate.hpp"
#include "input_options.hpp"

namespace dyad::cli {

namespace {

namespace fs = std::filesystem;

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
  std::ifstream in(o.file, std::ios::binary);
  if (!in) {
    std::cerr << "dyad: " << o.file << ": cannot open\n";
    return kDataError;
  }
  std::ostringstream ss;
  ss << in.rdbuf();
  std::string xml = ss.str();
  auto file = read_validation_file(xml, o.file);
  if (!file.ok()) {
    std::cerr << "dyad: " << file.message() << '\n';
    return kDataError;
  }
  // Dictionaries named by <Environment>: in --dict-dir, else next to the file.
  Dictionary dict;
  LoadReport report;
  fs::path beside = fs::path(o.file).parent_path();
  for (const auto& [kind, name] : file->dictionaries) {
    fs::path p = !o.dict_dir.empty() && fs::exists(fs::path(o.dict_dir) / name) ? fs::path(o.dict_dir) / name : beside / name;
    if (!fs::exists(p)) {
      std::cerr << "dyad: " << kind << " dictionary " << name << " not found in "
                << (o.dict_dir.empty() ? "" : o.dict_dir + " or ") << (beside.empty() ? "." : beside.string()) << '\n';
      return kDataError;
    }
    DictFileKind k = kind == "verbs" ? DictFileKind::Verbs : kind == "actors" ? DictFileKind::Actors
                   : kind == "agents" ? DictFileKind::Agents : kind == "discards" ? DictFileKind::Discards
                                                                   : DictFileKind::Issues;
    Status st = dict.load_file(p.string(), report, k);
    if (!st.ok()) {
      std::cerr << "dyad: " << st.message() << '\n';
      return kDataError;
    }
  }
  for (const auto& extra : o.extra_dicts) {
    Status st = dict.load_file(extra, report);
    if (!st.ok()) {
      std::cerr << "dyad: " << st.message() << '\n';
      return kDataError;
    }
  }
  dict.compile();
  if (!o.quiet) {
    for (const auto& e : report.errors) std::cerr << "dyad: dictionary: " << e << '\n';
    for (const auto& n : file->notes) std::cerr << "dyad: note: " << n << '\n';
  }
  // The analyzer parses <Text> (all records, or those whose <Parse> is not CoNLL-U).
  std::unique_ptr<Analyzer> analyzer;
  bool needs_analyzer = !o.use_provided_parse;
  for (const auto& r : file->records) {
    size_t first = r.parse.find_first_not_of(" \t\r\n");
    needs_analyzer |= first == std::string::npos || ((r.parse[first] < '0' || r.parse[first] > '9') && r.parse[first] != '(');
  }
  if (needs_analyzer) {
    AnalyzerOptions ao;
    ao.model_dir = o.model_dir;
    auto a = Analyzer::create(ao);
    if (a.ok()) {
      analyzer = std::move(a.value());
    } else if (!o.use_provided_parse) {
      std::cerr << "dyad: " << a.message() << '\n';
      return kDataError;
    }
  }
  ValidationOptions vo;
  vo.use_provided_parse = o.use_provided_parse;
  ValidationRun run = run_validation(*file, dict, vo, analyzer.get());
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
