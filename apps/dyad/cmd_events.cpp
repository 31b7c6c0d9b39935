// dyad events: query an event store -- filter by actors, codes, dates and sentence
// text, optionally deduplicated -- and export as JSONL, CSV, TSV, GDELT or Phoenix.
#include <iostream>
#include <memory>

#include "commands.hpp"
#include "dyad/ingest.hpp"
#include "dyad/store.hpp"

namespace dyad::cli {

namespace {

struct EventsCliOptions {
  std::string db;
  EventQuery query;
  std::string dedup = "none";
  std::string format = "jsonl";
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
  auto format = parse_event_format(o.format);
  if (!format) {
    std::cerr << "dyad: unknown --format '" << o.format << "' (expected jsonl, csv, tsv, gdelt or phoenix)\n";
    return kUsageError;
  }
  if (o.dedup == "none") o.query.dedup = Dedup::None;
  else if (o.dedup == "story") o.query.dedup = Dedup::Story;
  else if (o.dedup == "day") o.query.dedup = Dedup::Day;
  else {
    std::cerr << "dyad: unknown --dedup '" << o.dedup << "' (expected none, story or day)\n";
    return kUsageError;
  }
  if (!normalise_date(o.query.since, "--since") || !normalise_date(o.query.until, "--until")) return kUsageError;
  auto store = EventStore::open_existing(o.db);
  if (!store.ok()) {
    std::cerr << "dyad: " << store.message() << '\n';
    return kDataError;
  }
  if (o.header && *format == EventFormat::Tsv) std::cout << tsv_header() << '\n';
  if (o.header && *format == EventFormat::Csv) std::cout << csv_header() << '\n';
  uint64_t id = 1;
  Status st = (*store)->query_events(o.query, [&](const Event& e) { write_event(std::cout, *format, e, id++); });
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
  cmd->add_option("--limit", o->query.limit, "At most this many events");
  cmd->add_option("-f,--format", o->format, "jsonl (default), csv, tsv, gdelt or phoenix");
  cmd->add_flag("--header", o->header, "Print a header line (csv, tsv)");
  cmd->callback([&run, o] { run = [o] { return run_events(*o); }; });
}

}  // namespace dyad::cli
