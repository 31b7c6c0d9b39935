// dyad code: events from news text. Runs the EventPipeline (clean, segment, tokenize,
// tag, parse, code -- the same as dyad ingest) and prints the events with the event
// writer --format names (JSON Lines, TSV, CSV, GDELT 2.0 event rows, Phoenix rows).
#include <iostream>
#include <memory>

#include "commands.hpp"
#include "dyad/event_pipeline.hpp"
#include "event_output.hpp"
#include "input_options.hpp"

namespace dyad::cli {

namespace {

struct CodeOptions {
  InputOptions input;
  PipelineArgs pipeline;
  std::string format{kDefaultEventFormat};
  std::string negation = "auto";
  bool allow_null_actors = false;
  bool header = false;
};

int run_code(const CodeOptions& o) {
  ReadOptions read;
  if (!o.input.to_read_options(read)) return kUsageError;
  std::unique_ptr<EventWriter> writer = open_event_writer(o.format, o.header, std::cout);
  if (!writer) return kUsageError;
  EventPipelineOptions popts = o.pipeline.options();
  CoderOptions& copts = popts.coder;
  // GDELT and Phoenix rows have no negation column: a negated event there would read
  // as one that happened, so by default those formats drop them.
  const bool marks = event_format_marks_negation(o.format);
  if (o.negation == "auto") copts.negation = marks ? NegationPolicy::Flag : NegationPolicy::Drop;
  else if (o.negation == "flag") copts.negation = NegationPolicy::Flag;
  else if (o.negation == "drop") copts.negation = NegationPolicy::Drop;
  else if (o.negation == "code") copts.negation = NegationPolicy::Code;
  else {
    std::cerr << "dyad: unknown --negation '" << o.negation << "' (expected auto, flag, drop or code)\n";
    return kUsageError;
  }
  copts.require_dyad = !o.allow_null_actors;
  copts.require_countries = !o.allow_null_actors;

  LoadReport report;
  auto pipeline = EventPipeline::create(popts, report);
  if (!pipeline.ok()) {
    std::cerr << "dyad: " << pipeline.message() << '\n';
    return kDataError;
  }
  if (!o.input.quiet) {
    for (const auto& e : report.errors) std::cerr << "dyad: dictionary: " << e << '\n';
  }
  writer->begin();
  EventWorkspace ws;
  std::vector<Event> events;
  uint64_t sentences = 0, unparsed = 0;
  uint64_t failed = 0;
  int rc = read_all_inputs(o.input, read, [&](Document&& doc) {
    events.clear();
    // (An internal error on one document is reported, and the documents after it
    // are coded.)
    DocumentCodingStats stats;
    try {
      stats = (*pipeline)->code(doc, ws, events);
    } catch (const std::exception& e) {
      std::cerr << "dyad: " << doc.id << ": internal error while coding, document skipped: " << e.what() << '\n';
      ++failed;
      ws = EventWorkspace{};
      return;
    }
    sentences += stats.sentences;
    unparsed += stats.unparsed;
    for (const auto& e : events) writer->write(e);
  });
  if (failed > 0 && rc == 0) rc = 1;
  writer->end();
  if (unparsed > 0 && unparsed == sentences) {
    const std::string& model_dir = o.pipeline.model_dir;
    std::cerr << "dyad: warning: no dependency parses (no parser model in " << (model_dir.empty() ? find_model_dir() : model_dir)
              << "): no events can be coded\n";
  }
  return rc;
}

}  // namespace

void register_code(CLI::App& app, Runner& run) {
  auto opts = std::make_shared<CodeOptions>();
  CLI::App* cmd = app.add_subcommand("code", "Code political events (CAMEO) from news text");
  opts->input.add_to(cmd);
  cmd->add_option("-f,--format", opts->format,
                  event_format_list("|", "|") + " (default " + std::string(kDefaultEventFormat) + ")");
  opts->pipeline.add_to(cmd, true);
  opts->pipeline.add_reparse_to(cmd);
  cmd->add_option("--negation", opts->negation,
                  "Negated events ('did not attack'): flag them (the default for jsonl, tsv, csv), drop them (the "
                  "default for gdelt and phoenix, which have no negation column) or code them as events");
  cmd->add_flag("--allow-null-actors", opts->allow_null_actors, "Also print events whose source or target has no code");
  cmd->add_flag("--header", opts->header, "Print a header line (tsv, csv)");
  cmd->callback([&run, opts] { run = [opts] { return run_code(*opts); }; });
}

}  // namespace dyad::cli
