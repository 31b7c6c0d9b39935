// dyad eval-plover GOLD.json: codes every sentence of a PLOVER gold-standard file
// (PLOVER_GSR_CAMEO.txt) with the same EventPipeline as `dyad code` -- the built-in
// dictionaries unless --dict-dir says otherwise -- and scores the events against the
// gold event type, source and target (src/eval/plover_eval.cpp says how):
//   $ dyad eval-plover ../shared/data/plover/PLOVER_GSR_CAMEO.txt
//   type         records    type recall ...
//   ...
//   type recall 7x.x% (...); source accuracy ...
// -v lists every record: id, gold, predicted triples and what matched. The thresholds
// (--min-type-recall, --min-source-acc, --min-triple-precision) make the command exit
// 1 when a figure is below them, for tests.
#include <chrono>
#include <iostream>
#include <memory>

#include "commands.hpp"
#include "dyad/event_pipeline.hpp"
#include "dyad/plover_eval.hpp"
#include "input_options.hpp"

namespace dyad::cli {

namespace {

struct EvalPloverOptions {
  std::string gold_path;
  PipelineArgs pipeline;
  bool verbose = false;
  bool misses = false;
  double min_type_recall = 0;
  double min_source_acc = 0;
  double min_triple_precision = 0;
};

std::string join(const std::vector<std::string>& v, const char* sep) {
  std::string out;
  for (const auto& s : v) {
    if (!out.empty()) out += sep;
    out += s;
  }
  return out.empty() ? "-" : out;
}

int run_eval_plover(const EvalPloverOptions& o) {
  auto gold = read_plover_gold(o.gold_path);
  if (!gold.ok()) {
    std::cerr << "dyad: " << gold.message() << '\n';
    return kDataError;
  }
  EventPipelineOptions popts = o.pipeline.options();
  // The gold set is single sentences out of any story: "Police arrested ..." has no
  // country to find, and the scoring counts such events apart (not as triples), so
  // they are kept.
  popts.coder.require_countries = false;
  LoadReport report;
  auto t0 = std::chrono::steady_clock::now();
  auto pipeline = EventPipeline::create(popts, report);
  if (!pipeline.ok()) {
    std::cerr << "dyad: " << pipeline.message() << '\n';
    return kDataError;
  }
  double load_s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  for (const auto& e : report.errors) std::cerr << "dyad: dictionary: " << e << '\n';

  PloverScorer scorer;
  EventWorkspace ws;
  std::vector<Event> events;
  uint64_t n_events = 0, unparsed = 0, sentences = 0;
  t0 = std::chrono::steady_clock::now();
  for (const PloverRecord& r : *gold) {
    Document doc;
    doc.id = r.id;
    doc.date = r.date;
    doc.text = r.text;
    doc.format = "text";
    doc.source = o.gold_path;
    events.clear();
    DocumentCodingStats st = (*pipeline)->code(doc, ws, events);
    sentences += st.sentences;
    unparsed += st.unparsed;
    n_events += events.size();
    PloverRecordResult res = scorer.add(r, events);
    bool miss = !res.type_found || !res.source_ok || res.matched.size() != res.predicted.size();
    if (o.verbose || (o.misses && miss)) {
      std::cout << r.id << "\tgold " << join(r.sources, "/") << ' ' << r.type << ' ' << join(r.targets, "/")
                << "\ttype " << (res.type_found ? "ok" : "MISSED") << " source " << (res.source_ok ? "ok" : "-")
                << " target " << (res.target_ok ? "ok" : "-") << "\tpredicted " << join(res.predicted, ", ")
                << (res.incomplete.empty() ? "" : "; no country: " + join(res.incomplete, ", "))
                << "\n\t" << r.text << '\n';
      for (const Event& e : events) {
        std::cout << "\t  " << e.source.code << ' ' << e.cameo << ' ' << e.target.code << "  [" << e.verb_text
                  << (e.pattern.empty() ? "" : " / " + e.pattern) << "]\n";
      }
    }
  }
  double code_s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  if (unparsed > 0 && unparsed == sentences) {
    std::cerr << "dyad: no dependency parses (no parser model): no events can be coded\n";
    return kDataError;
  }
  std::cout << "PLOVER gold: " << gold->size() << " records, " << n_events << " events coded; dictionaries "
            << (*pipeline)->dict_dir() << " (loaded with the models in " << static_cast<int>(load_s * 1000 + 0.5)
            << " ms), coding " << static_cast<int>(code_s * 1000 + 0.5) << " ms\n";
  scorer.write_report(std::cout);
  PloverTypeScores t = scorer.total();
  auto pct = [](uint32_t a, uint32_t b) { return b == 0 ? 0.0 : 100.0 * a / b; };
  int rc = kOk;
  if (pct(t.type_found, t.records) < o.min_type_recall) {
    std::cerr << "dyad: type recall below " << o.min_type_recall << "%\n";
    rc = kDataError;
  }
  if (pct(t.source_ok, t.type_found) < o.min_source_acc) {
    std::cerr << "dyad: source accuracy below " << o.min_source_acc << "%\n";
    rc = kDataError;
  }
  if (pct(t.pred_triples_ok, t.pred_triples) < o.min_triple_precision) {
    std::cerr << "dyad: triple precision below " << o.min_triple_precision << "%\n";
    rc = kDataError;
  }
  return rc;
}

}  // namespace

void register_eval_plover(CLI::App& app, Runner& run) {
  auto opts = std::make_shared<EvalPloverOptions>();
  CLI::App* cmd = app.add_subcommand("eval-plover", "Score event coding against a PLOVER gold-standard file");
  cmd->add_option("gold", opts->gold_path, "PLOVER gold file (JSON), e.g. PLOVER_GSR_CAMEO.txt")->required();
  opts->pipeline.add_to(cmd, false);
  cmd->add_flag("-v,--verbose", opts->verbose, "List every record with its gold and coded events");
  cmd->add_flag("--misses", opts->misses, "List the records with a missed type, a wrong source or a wrong triple");
  cmd->add_option("--min-type-recall", opts->min_type_recall, "Exit 1 when event-type recall (%) is below this");
  cmd->add_option("--min-source-acc", opts->min_source_acc, "Exit 1 when source-country accuracy (%) is below this");
  cmd->add_option("--min-triple-precision", opts->min_triple_precision,
                  "Exit 1 when triple precision (%) is below this");
  cmd->callback([&run, opts] { run = [opts] { return run_eval_plover(*opts); }; });
}

}  // namespace dyad::cli
