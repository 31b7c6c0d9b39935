// ValidationSuite (see include/dyad/validate.hpp): finds and loads what a validation
// file needs, then runs it.
//
// A PETRARCH validation file names its dictionaries by file name only
// (<Verbfile>PETR.Validate.verbs.txt</Verbfile>), so they are looked up in the
// directory the caller gives and then beside the file. The analyzer is created only
// when a record has to be parsed from its text, because loading the models is most of
// the cost of a run over provided parses.
#include <filesystem>
#include <fstream>
#include <sstream>

#include "base/files.hpp"
#include "dyad/pipeline.hpp"
#include "dyad/validate.hpp"

namespace dyad {

namespace {

namespace fs = std::filesystem;

DictFileKind kind_of(const std::string& environment_kind) {
  if (environment_kind == "verbs") return DictFileKind::Verbs;
  if (environment_kind == "actors") return DictFileKind::Actors;
  if (environment_kind == "agents") return DictFileKind::Agents;
  if (environment_kind == "discards") return DictFileKind::Discards;
  return DictFileKind::Issues;
}

// True when the record's <Parse> is neither CoNLL-U (starts with a digit) nor a Penn
// tree (starts with '('): its text has to be parsed.
bool needs_parsing(const ValidationRecord& r) {
  const size_t first = r.parse.find_first_not_of(" \t\r\n");
  if (first == std::string::npos) return true;
  const char c = r.parse[first];
  return (c < '0' || c > '9') && c != '(';
}

}  // namespace

Result<std::unique_ptr<ValidationSuite>> ValidationSuite::load(const std::string& path,
                                                               const ValidationSources& sources) {
  auto bytes = base::read_file(path);
  if (!bytes.ok()) return make_error(bytes.message());
  const std::string xml = std::move(*bytes);
  auto file = read_validation_file(xml, path);
  if (!file.ok()) return file.error();

  std::unique_ptr<ValidationSuite> suite(new ValidationSuite());
  suite->file_ = std::move(file.value());
  suite->model_dir_ = sources.model_dir;
  const fs::path beside = fs::path(path).parent_path();
  for (const auto& [kind, name] : suite->file_.dictionaries) {
    const bool in_dict_dir = !sources.dict_dir.empty() && fs::exists(fs::path(sources.dict_dir) / name);
    const fs::path p = in_dict_dir ? fs::path(sources.dict_dir) / name : beside / name;
    if (!fs::exists(p)) {
      return make_error(kind + " dictionary " + name + " not found in " +
                        (sources.dict_dir.empty() ? "" : sources.dict_dir + " or ") +
                        (beside.empty() ? "." : beside.string()));
    }
    Status st = suite->dict_.load_file(p.string(), suite->report_, kind_of(kind));
    if (!st.ok()) return make_error(st.message());
  }
  for (const auto& extra : sources.extra_dicts) {
    Status st = suite->dict_.load_file(extra, suite->report_);
    if (!st.ok()) return make_error(st.message());
  }
  suite->dict_.compile();
  return suite;
}

Result<ValidationRun> ValidationSuite::run(const ValidationOptions& options) {
  bool needs_analyzer = !options.use_provided_parse;
  for (const auto& r : file_.records) needs_analyzer |= needs_parsing(r);
  std::unique_ptr<Analyzer> analyzer;
  if (needs_analyzer) {
    AnalyzerOptions ao;
    ao.model_dir = model_dir_;
    auto created = Analyzer::create(ao);
    if (created.ok()) {
      analyzer = std::move(created.value());
    } else if (!options.use_provided_parse) {
      return created.error();
    }
  }
  return run_validation(file_, dict_, options, analyzer.get());
}

}  // namespace dyad
