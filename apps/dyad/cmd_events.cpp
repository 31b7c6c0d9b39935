// dyad events: query an event store -- filter by actors, codes, dates and sentence
// text, optionally deduplicated -- and export them with the event writer --format
// names (JSON Lines, TSV, CSV, GDELT, Phoenix).
#include <iostream>
#include <memory>

#include "commands.hpp"
#include "dyad/ingest.hpp"
#include "dyad/store.hpp"
#include "event_output.hpp"

namespace dyad::cli {

namespace {

struct EventsCliOptions {
  std::string db;
  EventQuery query;
  std::string dedup = "none";
  std::string negated = "auto";
  std::string format{kDefaultEventFormat};
  bool header = false;
};

// Accepts YYYY-MM-DD (and the other forms parse_date knows); "" stays "".
bool normalise_date(std::string& d, const char* flag) {
  if (d.empty()) return true;
  auto parsed = parse_date(d);
  if (!parsed) {
    std::cerr << "dyad: " << flag << " '" << d << "' is not a date (YYYY-MM-DD)\n";
    return false;
  }
  d = parsed->iso();
  return true;
}

int run_events(EventsCliOptions o) {
  std::unique_ptr<EventWriter> writer = open_event_writer(o.format, o.header, std::cout);
  if (!writer) return kUsageError;
  if (o.dedup == "none") o.query.dedup = Dedup::None;
  else if (o.dedup == "story") o.query.dedup = Dedup::Story;
  else if (o.dedup == "day") o.query.dedup = Dedup::Day;
  else {
    std::cerr << "dyad: unknown --dedup '" << o.dedup << "' (expected none, story or day)\n";
    return kUsageError;
  }
  // Formats without a negation column (gdelt, phoenix) get only what happened.
  if (o.negated == "auto") {
    o.query.negated = event_format_marks_negation(o.format) ? NegatedFilter::Include : NegatedFilter::Exclude;
  } else if (o.negated == "include") {
    o.query.negated = NegatedFilter::Include;
  } else if (o.negated == "exclude") {
    o.query.negated = NegatedFilter::Exclude;
  } else if (o.negated == "only") {
    o.query.negated = NegatedFilter::Only;
  } else {
    std::cerr << "dyad: unknown --negated '" << o.negated << "' (expected auto, include, exclude or only)\n";
    return kUsageError;
  }
  if (!normalise_date(o.query.since, "--since") || !normalise_date(o.query.until, "--until")) return kUsageError;
  if (!o.query.root.empty()) {
    const std::string& r = o.query.root;
    const bool digits = r.size() <= 2 && std::all_of(r.begin(), r.end(), [](char c) { return c >= '0' && c <= '9'; });
    if (!digits || std::atoi(r.c_str()) < 1 || std::atoi(r.c_str()) > 20) {
      std::cerr << "dyad: --root '" << r << "' is not a CAMEO root (01 to 20)\n";
      return kUsageError;
    }
  }
  auto store = EventStore::open_existing(o.db);
  if (!store.ok()) {
    std::cerr << "dyad: " << store.message() << '\n';
    return kDataError;
  }
  if (!o.query.text.empty()) {
    if (Status st = (*store)->check_text_query(o.query.text); !st.ok()) {
      std::cerr << "dyad: --text '" << o.query.text << "' is not a full-text query (SQLite FTS5: words, \"phrases\", "
                << "AND, OR, NOT, prefix*): " << st.message() << '\n';
      return kUsageError;
    }
  }
  writer->begin();
  Status st = (*store)->query_events(o.query, [&](const Event& e) { writer->write(e); });
  // Close the output (an envelope's end) even after a failed query, so what was
  // printed stays well-formed.
  writer->end();
  if (!st.ok()) {
    std::cerr << "dyad: " << st.message() << '\n';
    return kDataError;
  }
  std::cout.flush();
  return kOk;
}

}  // namespace

void register_events(CLI::App& app, Runner& run) {
  auto o = std::make_shared<EventsCliOptions>();
  CLI::App* cmd = app.add_subcommand("events", "Query and export the events of a store");
  cmd->add_option("--db", o->db, "The SQLite event store (from dyad ingest)")->required();
  cmd->add_option("--source", o->query.source, "Source actor code or prefix (CHN matches CHNGOV)");
  cmd->add_option("--target", o->query.target, "Target actor code or prefix");
  cmd->add_option("--root", o->query.root, "CAMEO root code (01-20)");
  cmd->add_option("--cameo", o->query.cameo, "CAMEO code or prefix (112 matches 112 and 1121)");
  cmd->add_option("--since", o->query.since, "First date, inclusive (YYYY-MM-DD)");
  cmd->add_option("--until", o->query.until, "Last date, inclusive (YYYY-MM-DD)");
  cmd->add_option("--text", o->query.text, "Full-text query over the sentences (SQLite FTS5 syntax)");
  cmd->add_option("--dedup", o->dedup, "none (default), story (one per document, source, target and code) "
                                       "or day (one per date, source, target and code, with counts)");
  cmd->add_option("--negated", o->negated,
                  "Negated events ('did not attack'): include, exclude or only; by default included in jsonl, "
                  "tsv and csv (which mark them) and excluded from gdelt and phoenix (which cannot)");
  cmd->add_option("--min-confidence", o->query.min_confidence,
                  "Only events of at least this confidence, 0-1 (events stored before Dyad recorded it have "
                  "none and are left out)")
      ->check(CLI::Range(0.0, 1.0));
  cmd->add_option("--limit", o->query.limit, "At most this many events")
      ->check(CLI::Range(uint64_t{0}, uint64_t{INT64_MAX}));
  cmd->add_option("-f,--format", o->format, event_format_list(", ", " or ", " (default)"));
  cmd->add_flag("--header", o->header, "Print a header line (csv, tsv)");
  cmd->callback([&run, o] { run = [o] { return run_events(*o); }; });
}

}  // namespace dyad::cli
