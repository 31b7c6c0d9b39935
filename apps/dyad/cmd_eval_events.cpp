// dyad eval-events GOLD.jsonl: codes the stories of a real-news gold file (the
// reuters-events format: one JSON object per sentence with its hand-coded events)
// with the same EventPipeline as `dyad code`, and scores the events per sentence
// (include/dyad/event_eval.hpp says how):
//   $ dyad eval-events ../shared/data/reuters-events/gold.jsonl
//   50 stories, 467 sentences (194 without events), 444 gold events; ...
//                 gold  coded  match  precision  recall    F1
//   root level     444    ...
// -v lists every sentence with a miss or a wrong event, with its text and what Dyad
// coded (verb, pattern, rule). --min-f1 and --max-false-alarms make the command exit 1
// when a figure is worse, for tests.
#include <cstdio>
#include <iostream>
#include <memory>

#include "commands.hpp"
#include "dyad/event_eval.hpp"
#include "dyad/event_pipeline.hpp"
#include "input_options.hpp"

namespace dyad::cli {

namespace {

struct EvalEventsOptions {
  std::string gold_path;
  std::string corpus_dir;
  PipelineArgs pipeline;
  bool verbose = false;
  bool all = false;
  double min_f1 = 0;
  double max_false_alarms = 100;
};

std::string fixed(double v, int decimals = 1) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.*f", decimals, v);
  return buf;
}

std::string pad(std::string s, size_t width, bool right = true) {
  if (s.size() >= width) return s;
  return right ? std::string(width - s.size(), ' ') + s : s + std::string(width - s.size(), ' ');
}

void counts_line(std::ostream& out, const std::string& label, uint32_t gold, uint32_t coded, uint32_t match,
                 double p, double r, double f) {
  out << pad(label, 30, false) << pad(std::to_string(gold), 6) << pad(std::to_string(coded), 7)
      << pad(std::to_string(match), 7) << pad(fixed(p), 11) << pad(fixed(r), 8) << pad(fixed(f), 7) << '\n';
}

void list_sentence(std::ostream& out, const SentenceScore& s) {
  out << s.gold->id << "  " << s.gold->text << '\n';
  for (const GoldEvent& g : s.gold->events) {
    out << "    gold   " << g.source << ' ' << g.target << ' ' << g.cameo << "   " << g.why << '\n';
  }
  for (const Event& e : s.predicted) {
    out << "    coded  " << e.source.code << ' ' << e.target.code << ' ' << e.cameo << "   [" << e.source.text << " | "
        << e.verb_text << " | " << e.target.text << "] " << e.rule << (e.pattern.empty() ? "" : "; " + e.pattern)
        << "; confidence " << fixed(e.confidence, 2) << '\n';
  }
  for (const auto& [kind, what] : s.errors) out << "    " << pad(event_error_name(kind), 16, false) << what << '\n';
}

int run_eval_events(const EvalEventsOptions& o) {
  auto gold = read_gold_events(o.gold_path);
  if (!gold.ok()) {
    std::cerr << "dyad: " << gold.message() << '\n';
    return kDataError;
  }
  LoadReport dict_report;
  auto pipeline = EventPipeline::create(o.pipeline.options(), dict_report);
  if (!pipeline.ok()) {
    std::cerr << "dyad: " << pipeline.message() << '\n';
    return kDataError;
  }
  for (const auto& e : dict_report.errors) std::cerr << "dyad: dictionary: " << e << '\n';
  EventEvalOptions eo;
  eo.corpus_dir = o.corpus_dir;
  auto report = evaluate_events(*gold, o.gold_path, **pipeline, eo);
  if (!report.ok()) {
    std::cerr << "dyad: " << report.message() << '\n';
    return kDataError;
  }
  const EventEvalReport& r = *report;
  for (const auto& p : r.problems) std::cerr << "dyad: " << p << '\n';
  if (r.missing_stories == r.stories) {
    std::cerr << "dyad: none of the gold stories was found; give the corpus directory with --corpus\n";
    return kDataError;
  }

  std::ostream& out = std::cout;
  if (o.verbose) {
    for (const SentenceScore& s : r.scores) {
      if (o.all || !s.errors.empty()) list_sentence(out, s);
    }
    out << '\n';
  }
  out << r.stories << " stories, " << r.sentences << " sentences (" << r.negative_sentences << " without events), "
      << r.total.gold << " gold events; " << r.total.predicted << " events coded";
  if (r.negated) out << " (and " << r.negated << " negated, not counted)";
  if (r.unaligned) out << "; " << r.unaligned << " outside the gold sentences (titles), not counted";
  out << '\n';
  if (r.missing_stories || r.unlocated) {
    out << "not scored: " << r.missing_stories << " stories not found, " << r.unlocated
        << " gold sentences not found in their story\n";
  }
  out << pad("", 30, false) << pad("gold", 6) << pad("coded", 7) << pad("match", 7) << pad("precision", 11)
      << pad("recall", 8) << pad("F1", 7) << '\n';
  counts_line(out, "root level", r.total.gold, r.total.predicted, r.total.matched, r.total.precision(), r.total.recall(),
              r.total.f1());
  counts_line(out, "code level", r.total.gold, r.total.predicted, r.total.matched_code, r.total.code_precision(),
              r.total.code_recall(), r.total.code_f1());
  const double fa = r.negative_sentences ? 100.0 * r.false_alarms / r.negative_sentences : 0;
  out << "false alarms: " << r.false_alarms << " of " << r.negative_sentences << " event-free sentences ("
      << fixed(fa) << "%)\n";
  out << "recall by kind: actors in the sentence " << r.stated.matched << "/" << r.stated.gold << " ("
      << fixed(r.stated.recall()) << "%), an actor from the story [ctx] " << r.from_story.matched << "/"
      << r.from_story.gold << " (" << fixed(r.from_story.recall()) << "%), doubted " << r.doubtful.matched << "/"
      << r.doubtful.gold << " (" << fixed(r.doubtful.recall()) << "%)\n";
  out << "by root (root level):\n";
  for (const auto& [root, c] : r.by_root) {
    auto info = cameo_info(root + "0");
    std::string name = info ? std::string(info->name) : std::string();
    counts_line(out, "  " + root + " " + name.substr(0, 25), c.gold, c.predicted, c.matched, c.precision(), c.recall(),
                c.f1());
  }
  // Precision by confidence band, and what keeping only the events at or above each
  // band's floor would give.
  out << "by confidence (root level):" << pad("coded", 8) << pad("match", 7) << pad("precision", 11)
      << "   keeping >= floor: coded, precision, recall\n";
  uint32_t kept = 0, kept_matched = 0;
  for (auto it = r.by_confidence.rbegin(); it != r.by_confidence.rend(); ++it) {
    const auto& [band, c] = *it;
    kept += c.predicted;
    kept_matched += c.matched;
    const double kp = kept ? 100.0 * kept_matched / kept : 0, kr = r.total.gold ? 100.0 * kept_matched / r.total.gold : 0;
    out << "  " << fixed(band / 10.0) << "-" << fixed(band == 9 ? 1.0 : (band + 1) / 10.0) << pad("", 18)
        << pad(std::to_string(c.predicted), 8) << pad(std::to_string(c.matched), 7) << pad(fixed(c.precision()), 11)
        << "   " << kept << ", " << fixed(kp) << ", " << fixed(kr) << '\n';
  }
  out << "errors:";
  bool first = true;
  for (const auto& [kind, n] : r.errors) {
    out << (first ? " " : ", ") << event_error_name(kind) << ' ' << n;
    first = false;
  }
  out << '\n';
  int rc = kOk;
  if (r.total.f1() < o.min_f1) {
    std::cerr << "dyad: F1 " << fixed(r.total.f1()) << " below " << o.min_f1 << '\n';
    rc = kDataError;
  }
  if (fa > o.max_false_alarms) {
    std::cerr << "dyad: false alarms " << fixed(fa) << "% above " << o.max_false_alarms << "%\n";
    rc = kDataError;
  }
  return rc;
}

}  // namespace

void register_eval_events(CLI::App& app, Runner& run) {
  auto opts = std::make_shared<EvalEventsOptions>();
  CLI::App* cmd = app.add_subcommand("eval-events", "Score event coding against hand-coded real news (reuters-events format)");
  cmd->add_option("gold", opts->gold_path, "Gold file (JSON Lines: id, doc, date, text, events)")->required();
  cmd->add_option("--corpus", opts->corpus_dir,
                  "Directory of the story files named by 'doc' (default: next to the gold file, then "
                  "../news/reuters-21578)");
  opts->pipeline.add_to(cmd, false);
  cmd->add_flag("-v,--verbose", opts->verbose, "List each sentence with a miss or a wrong event");
  cmd->add_flag("--all", opts->all, "With -v: list every sentence");
  cmd->add_option("--min-f1", opts->min_f1, "Exit 1 when root-level F1 (%) is below this");
  cmd->add_option("--max-false-alarms", opts->max_false_alarms,
                  "Exit 1 when more than this % of event-free sentences get an event");
  cmd->callback([&run, opts] { run = [opts] { return run_eval_events(*opts); }; });
}

}  // namespace dyad::cli
