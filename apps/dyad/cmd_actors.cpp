// dyad actors --unknown: the named entities of the inputs that no dictionary entry
// matched, with counts, examples and a suggested code (UnknownActorFinder). Reads
// and analyses the inputs as `dyad code` does, with the same dictionary options, and
// prints TSV, JSON Lines or ready-to-paste dictionary lines.
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <iostream>
#include <memory>

#include "commands.hpp"
#include "dyad/code.hpp"
#include "dyad/event_pipeline.hpp"
#include "dyad/unknown_actors.hpp"
#include "input_options.hpp"

namespace dyad::cli {

namespace {

struct ActorsOptions {
  InputOptions input;
  bool unknown = false;
  std::string format = "tsv";
  PipelineArgs pipeline;
  uint64_t min_count = 2;
  size_t limit = 0;
  uint32_t examples = 2;
  bool header = false;
};

int run_actors(const ActorsOptions& o) {
  if (!o.unknown) {
    std::cerr << "dyad actors: say what to list: --unknown (the named entities no dictionary entry matched)\n";
    return kUsageError;
  }
  ReadOptions read;
  if (!o.input.to_read_options(read)) return kUsageError;
  UnknownActorFormat format;
  if (!parse_unknown_actor_format(o.format, format)) {
    std::cerr << "dyad: unknown --format '" << o.format << "' (expected tsv, jsonl or dyad)\n";
    return kUsageError;
  }

  // The dictionaries and models of `dyad code`; only the analyzer and the
  // dictionary's phrase matcher are used.
  LoadReport report;
  auto pipeline = EventPipeline::create(o.pipeline.options(), report);
  if (!pipeline.ok()) {
    std::cerr << "dyad: " << pipeline.message() << '\n';
    return kDataError;
  }
  if (!o.input.quiet) {
    for (const auto& e : report.errors) std::cerr << "dyad: dictionary: " << e << '\n';
  }
  const Analyzer& analyzer = (*pipeline)->analyzer();

  UnknownActorOptions uopts;
  uopts.max_examples = o.examples;
  UnknownActorFinder finder((*pipeline)->dictionary(), uopts);
  AnalyzedDocument analysis;
  uint64_t unparsed = 0;
  const auto start = std::chrono::steady_clock::now();
  auto seconds = [&] { return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count(); };
  const bool tty = isatty(STDERR_FILENO);
  double last_report = 0;
  bool drew = false;
  auto progress = [&](bool final) {
    double t = seconds();
    char buf[160];
    std::snprintf(buf, sizeof buf, "%llu docs (%.0f/s)  %llu sentences (%.0f/s)  %.0f s",
                  static_cast<unsigned long long>(finder.documents()), finder.documents() / std::max(t, 1e-9),
                  static_cast<unsigned long long>(finder.sentences()), finder.sentences() / std::max(t, 1e-9), t);
    if (tty) {
      std::cerr << "\r\033[K" << buf << (final ? "\n" : "") << std::flush;
      drew = !final;
    } else {
      std::cerr << "dyad: " << buf << '\n';
    }
  };
  int rc = read_all_inputs(o.input, read, [&](Document&& doc) {
    analyzer.analyze(doc, analysis);
    finder.begin_document(doc.id, doc.date);
    for (const auto& s : analysis.sentences) {
      DepGraph g = DepGraph::from_analysis(doc.text, analysis, s);
      if (!g.has_parse()) ++unparsed;
      finder.add_sentence(g);
    }
    finder.end_document();
    // Progress after a few seconds: every half second on a terminal, else every 10 s.
    double t = seconds();
    if (!o.input.quiet && t >= 2 && t - last_report >= (tty ? 0.5 : 10)) {
      last_report = t;
      progress(false);
    }
  });
  if (drew) std::cerr << "\r\033[K";
  if (!o.input.quiet && last_report > 0) progress(true);
  if (unparsed > 0 && unparsed == finder.sentences()) {
    std::cerr << "dyad: warning: no dependency parses (no parser model in "
              << (o.pipeline.model_dir.empty() ? find_model_dir() : o.pipeline.model_dir) << "): names are not held together by the parse\n";
  }
  write_unknown_actors(std::cout, finder.results(o.min_count, o.limit), format, o.header);
  return rc;
}

}  // namespace

void register_actors(CLI::App& app, Runner& run) {
  auto opts = std::make_shared<ActorsOptions>();
  CLI::App* cmd = app.add_subcommand("actors", "List actors of news text: --unknown, those no dictionary entry matched");
  opts->input.add_to(cmd);
  cmd->add_flag("--unknown", opts->unknown,
                "The frequent named entities no actor or agent phrase covers, with a suggested code");
  cmd->add_option("-f,--format", opts->format, "tsv|jsonl|dyad (dyad: dictionary lines with evidence; default tsv)");
  cmd->add_option("--min-count", opts->min_count, "Only entities mentioned at least N times (default 2)");
  cmd->add_option("--limit", opts->limit, "At most N entities, the most mentioned (default: all)");
  cmd->add_option("--examples", opts->examples, "Example sentences per entity (default 2)");
  opts->pipeline.add_to(cmd, true);
  cmd->add_flag("--header", opts->header, "Print a header line (tsv)");
  cmd->callback([&run, opts] { run = [opts] { return run_actors(*opts); }; });
}

}  // namespace dyad::cli
