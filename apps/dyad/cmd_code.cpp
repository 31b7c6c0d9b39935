// dyad code: events from news text. Runs the Analyzer (clean, segment, tokenize, and
// tag + parse when those models are present) and the event coder, and prints one
// event per line as JSON Lines, TSV, GDELT 2.0 event rows or Phoenix rows.
#include <iostream>
#include <memory>

#include "commands.hpp"
#include "dyad/code.hpp"
#include "dyad/pipeline.hpp"
#include "input_options.hpp"

namespace dyad::cli {

namespace {

struct CodeOptions {
  InputOptions input;
  std::string format = "jsonl";
  std::string dict_dir;
  std::vector<std::string> extra_dicts;
  std::string model_dir;
  std::string negation = "flag";
  bool keep_boilerplate = false;
  bool allow_null_actors = false;
  bool header = false;
};

int run_code(const CodeOptions& o) {
  ReadOptions read;
  if (!o.input.to_read_options(read)) return kUsageError;
  auto format = parse_event_format(o.format);
  if (!format) {
    std::cerr << "dyad: unknown --format '" << o.format << "' (expected jsonl, tsv, gdelt or phoenix)\n";
    return kUsageError;
  }
  CoderOptions copts;
  if (o.negation == "flag") copts.negation = NegationPolicy::Flag;
  else if (o.negation == "drop") copts.negation = NegationPolicy::Drop;
  else if (o.negation == "code") copts.negation = NegationPolicy::Code;
  else {
    std::cerr << "dyad: unknown --negation '" << o.negation << "' (expected flag, drop or code)\n";
    return kUsageError;
  }
  copts.require_dyad = !o.allow_null_actors;

  Dictionary dict;
  LoadReport report;
  std::string dir = o.dict_dir.empty() ? find_dictionary_dir() : o.dict_dir;
  Status st = dict.load_directory(dir, report);
  if (!st.ok()) {
    std::cerr << "dyad: " << st.message() << '\n';
    return kDataError;
  }
  for (const auto& f : o.extra_dicts) {
    st = dict.load_file(f, report);
    if (!st.ok()) {
      std::cerr << "dyad: " << st.message() << '\n';
      return kDataError;
    }
  }
  if (!o.input.quiet) {
    for (const auto& e : report.errors) std::cerr << "dyad: dictionary: " << e << '\n';
  }
  dict.compile();
  EventCoder coder(dict, copts);

  AnalyzerOptions aopts;
  aopts.model_dir = o.model_dir;
  aopts.clean.remove_boilerplate = !o.keep_boilerplate;
  auto analyzer = Analyzer::create(aopts);
  if (!analyzer.ok()) {
    std::cerr << "dyad: " << analyzer.message() << '\n';
    return kDataError;
  }
  if (*format == EventFormat::Tsv && o.header) std::cout << tsv_header() << '\n';
  AnalyzedDocument analysis;
  DocumentState state;
  std::vector<Event> events;
  uint64_t next_id = 1;
  uint64_t sentences = 0, unparsed = 0;
  int rc = read_all_inputs(o.input, read, [&](Document&& doc) {
    (*analyzer)->analyze(doc, analysis);
    state.reset(doc.id, parse_date_num(doc.date));
    for (const auto& s : analysis.sentences) {
      DepGraph g = DepGraph::from_analysis(doc.text, analysis, s);
      events.clear();
      SentenceResult r = coder.code(g, state, events);
      ++sentences;
      if (r.status == SentenceStatus::NoParse) ++unparsed;
      for (auto& e : events) {
        e.url = doc.url;
        write_event(std::cout, *format, e, next_id++);
      }
    }
  });
  if (unparsed > 0 && unparsed == sentences) {
    std::cerr << "dyad: warning: no dependency parses (no parser model in " << (o.model_dir.empty() ? find_model_dir() : o.model_dir)
              << "): no events can be coded\n";
  }
  return rc;
}

}  // namespace

void register_code(CLI::App& app, Runner& run) {
  auto opts = std::make_shared<CodeOptions>();
  CLI::App* cmd = app.add_subcommand("code", "Code political events (CAMEO) from news text");
  opts->input.add_to(cmd);
  cmd->add_option("-f,--format", opts->format, "jsonl|tsv|gdelt|phoenix (default jsonl)");
  cmd->add_option("--dict-dir", opts->dict_dir,
                  "Load the dictionaries (PETRARCH or Dyad format) of DIR instead of the built-in ones");
  cmd->add_option("--dict", opts->extra_dicts, "Add a dictionary file (repeatable)");
  cmd->add_option("--model-dir", opts->model_dir, "Directory of the model files (default: built-in)");
  cmd->add_option("--negation", opts->negation, "Negated verbs: flag (default), drop or code");
  cmd->add_flag("--allow-null-actors", opts->allow_null_actors, "Also print events whose source or target has no code");
  cmd->add_flag("--header", opts->header, "Print a header line (tsv)");
  cmd->add_flag("--keep-boilerplate", opts->keep_boilerplate, "Do not remove boilerplate");
  cmd->callback([&run, opts] { run = [opts] { return run_code(*opts); }; });
}

}  // namespace dyad::cli
