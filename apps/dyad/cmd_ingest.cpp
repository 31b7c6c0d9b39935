// dyad ingest: code a pile of news into an SQLite event store, on all cores, with
// progress on the terminal; idempotent and resumable (see dyad/corpus.hpp).
#include <unistd.h>

#include <cmath>
#include <cstdio>
#include <iostream>
#include <memory>

#include "commands.hpp"
#include "dyad/corpus.hpp"
#include "input_options.hpp"

namespace dyad::cli {

namespace {

struct IngestCliOptions {
  InputOptions input;
  std::string db;
  unsigned threads = 0;
  bool keep_text = false;
  bool recode = false;
  PipelineArgs pipeline;
};

std::string clock_text(double seconds) {
  if (!std::isfinite(seconds) || seconds < 0) return "--:--";
  long s = static_cast<long>(seconds + 0.5);
  char buf[32];
  if (s >= 3600) std::snprintf(buf, sizeof buf, "%ld:%02ld:%02ld", s / 3600, (s / 60) % 60, s % 60);
  else std::snprintf(buf, sizeof buf, "%02ld:%02ld", s / 60, s % 60);
  return buf;
}

std::string progress_line(const CorpusProgress& p) {
  const double t = p.seconds > 0 ? p.seconds : 1e-9;
  char buf[256];
  std::snprintf(buf, sizeof buf, "%llu docs (%.0f/s)  %llu sentences (%.0f/s)  %llu events  %s",
                static_cast<unsigned long long>(p.documents), p.documents / t,
                static_cast<unsigned long long>(p.sentences), p.sentences / t,
                static_cast<unsigned long long>(p.events), clock_text(p.seconds).c_str());
  std::string line = buf;
  if (p.already_stored) line += "  " + std::to_string(p.already_stored) + " already stored";
  if (p.bytes_total > 0 && p.bytes_done > 0 && p.bytes_done < p.bytes_total) {
    double eta = p.seconds * (static_cast<double>(p.bytes_total) / static_cast<double>(p.bytes_done) - 1);
    char pct[64];
    std::snprintf(pct, sizeof pct, "  %.0f%%  ETA %s", 100.0 * static_cast<double>(p.bytes_done) / static_cast<double>(p.bytes_total),
                  clock_text(eta).c_str());
    line += pct;
  }
  return line;
}

int run_ingest(const IngestCliOptions& o) {
  ReadOptions read;
  if (!o.input.to_read_options(read)) return kUsageError;
  if (o.input.inputs.empty() && isatty(STDIN_FILENO)) {
    std::cerr << "dyad: no input given (name files or directories, or - to read stdin)\n";
    return kUsageError;
  }
  EventPipelineOptions popts = o.pipeline.options();
  LoadReport dict_report;
  auto pipeline = EventPipeline::create(popts, dict_report);
  if (!pipeline.ok()) {
    std::cerr << "dyad: " << pipeline.message() << '\n';
    return kDataError;
  }
  if (!dict_report.errors.empty() && !o.input.quiet) {
    std::cerr << "dyad: " << dict_report.errors.size() << " dictionary lines could not be read (first: "
              << dict_report.errors.front() << ")\n";
  }
  auto store = EventStore::open(o.db);
  if (!store.ok()) {
    std::cerr << "dyad: " << store.message() << '\n';
    return kDataError;
  }
  IngestReport report;
  std::vector<std::string> inputs = o.input.inputs;
  if (inputs.empty()) inputs.push_back("-");
  std::vector<std::string> files = expand_inputs(inputs, report);

  CorpusOptions copts;
  copts.threads = o.threads;
  copts.keep_text = o.keep_text;
  copts.recode = o.recode;
  const bool tty = isatty(STDERR_FILENO);
  double last_line = -1e9;
  bool drew = false;
  auto on_progress = [&](const CorpusProgress& p) {
    if (o.input.quiet) return;
    if (tty) {
      std::cerr << "\r\033[K" << progress_line(p) << std::flush;
      drew = true;
    } else if (p.seconds - last_line >= 10) {
      std::cerr << "dyad: " << progress_line(p) << '\n';
      last_line = p.seconds;
    }
  };
  CorpusProgress totals;
  Status st = code_corpus(files, read, **pipeline, **store, copts, on_progress, totals, report);
  if (drew) std::cerr << '\n';
  for (const auto& p : report.problems) std::cerr << "dyad: " << p << '\n';
  if (!st.ok()) {
    std::cerr << "dyad: " << st.message() << '\n';
    return kDataError;
  }
  if (!o.input.quiet) {
    const double t = totals.seconds > 0 ? totals.seconds : 1e-9;
    std::fprintf(stderr,
                 "dyad: coded %llu documents (%llu sentences, %llu events) into %s in %.1f s: %.0f docs/s, %.0f sentences/s\n",
                 static_cast<unsigned long long>(totals.documents), static_cast<unsigned long long>(totals.sentences),
                 static_cast<unsigned long long>(totals.events), o.db.c_str(), totals.seconds, totals.documents / t,
                 totals.sentences / t);
    if (totals.documents > 0) {
      std::fprintf(stderr,
                   "dyad: CPU time by stage: read %.2f s, analyze %.2f s, code %.2f s, store %.2f s (%.0f events/s)\n",
                   totals.read_cpu, totals.analyze_cpu, totals.code_cpu, totals.store_cpu, totals.events / t);
    }
    if (totals.already_stored) {
      std::cerr << "dyad: " << totals.already_stored << " documents were already in the store and were skipped"
                << (o.recode ? "" : " (--recode recodes those coded by another version)") << '\n';
    }
    if (totals.recoded) std::cerr << "dyad: " << totals.recoded << " documents were recoded\n";
    if (totals.sentences > 0 && totals.unparsed_sentences == totals.sentences) {
      std::cerr << "dyad: warning: no dependency parses (no parser model): no events could be coded\n";
    }
    std::cerr << "dyad: " << report.summary() << '\n';
  }
  return report.skipped_records > 0 ? kDataError : kOk;
}

}  // namespace

void register_ingest(CLI::App& app, Runner& run) {
  auto opts = std::make_shared<IngestCliOptions>();
  CLI::App* cmd = app.add_subcommand("ingest", "Code news into an SQLite event store (parallel, resumable)");
  opts->input.add_to(cmd);
  cmd->add_option("--db", opts->db, "The SQLite database to write (created when absent)")->required();
  cmd->add_option("-j,--jobs", opts->threads,
                  "Coding threads (default: one per core; at most " + std::to_string(kMaxIngestThreads) + ")")
      ->check(CLI::Range(1u, kMaxIngestThreads));
  cmd->add_flag("--keep-text", opts->keep_text, "Store the text of every sentence (default: only sentences with events)");
  cmd->add_flag("--recode", opts->recode, "Recode documents coded by another Dyad, dictionary or model version");
  opts->pipeline.add_to(cmd, false);
  opts->pipeline.add_reparse_to(cmd);
  cmd->callback([&run, opts] { run = [opts] { return run_ingest(*opts); }; });
}

}  // namespace dyad::cli
