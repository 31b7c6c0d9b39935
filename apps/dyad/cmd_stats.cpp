// dyad stats: event counts per day, week or month with the sum and mean Goldstein
// score -- the time series analysts plot -- as CSV; with --panel, one row per period,
// source and target, zero-filled, with QuadClass counts (a panel for pandas or R).
#include <cstdio>
#include <iostream>
#include <memory>

#include "commands.hpp"
#include "dyad/ingest.hpp"
#include "dyad/store.hpp"

namespace dyad::cli {

namespace {

struct StatsCliOptions {
  std::string db;
  std::string by = "day";
  std::string dyad;
  bool root = false;
  bool quad = false;
  bool panel = false;
  std::string dedup = "none";
  std::string since, until;
};

int run_panel(const StatsCliOptions& o, const StatsQuery& s) {
  PanelQuery q;
  q.by = s.by;
  q.source = s.source;
  q.target = s.target;
  q.since = s.since;
  q.until = s.until;
  q.dedup_day = o.dedup == "day";
  auto store = EventStore::open_existing(o.db);
  if (!store.ok()) {
    std::cerr << "dyad: " << store.message() << '\n';
    return kDataError;
  }
  const char* period_name = q.by == Period::Day ? "day" : q.by == Period::Week ? "week" : "month";
  std::cout << period_name << ",source,target,events,goldstein_sum,goldstein_mean,quad1,quad2,quad3,quad4\n";
  Status st = (*store)->query_panel(q, [&](const PanelRow& r) {
    char buf[160];
    std::snprintf(buf, sizeof buf, ",%llu,%.2f,%.3f,%llu,%llu,%llu,%llu\n", static_cast<unsigned long long>(r.events),
                  r.goldstein_sum, r.goldstein_mean, static_cast<unsigned long long>(r.quad[0]),
                  static_cast<unsigned long long>(r.quad[1]), static_cast<unsigned long long>(r.quad[2]),
                  static_cast<unsigned long long>(r.quad[3]));
    std::cout << r.period << ',' << r.source << ',' << r.target << buf;
  });
  if (!st.ok()) {
    std::cerr << "dyad: " << st.message() << '\n';
    return kDataError;
  }
  return kOk;
}

int run_stats(const StatsCliOptions& o) {
  StatsQuery q;
  if (o.by == "day") q.by = Period::Day;
  else if (o.by == "week") q.by = Period::Week;
  else if (o.by == "month") q.by = Period::Month;
  else {
    std::cerr << "dyad: unknown --by '" << o.by << "' (expected day, week or month)\n";
    return kUsageError;
  }
  if (!o.dyad.empty()) {
    auto colon = o.dyad.find(':');
    if (colon == std::string::npos) {
      std::cerr << "dyad: --dyad takes SOURCE:TARGET (codes or prefixes; either may be empty)\n";
      return kUsageError;
    }
    q.source = o.dyad.substr(0, colon);
    q.target = o.dyad.substr(colon + 1);
  }
  if (o.root && o.quad) {
    std::cerr << "dyad: choose one of --root and --quad\n";
    return kUsageError;
  }
  q.by_root = o.root;
  q.by_quad = o.quad;
  for (auto [in, out, flag] : {std::tuple{&o.since, &q.since, "--since"}, std::tuple{&o.until, &q.until, "--until"}}) {
    if (in->empty()) continue;
    auto d = parse_date(*in);
    if (!d) {
      std::cerr << "dyad: " << flag << " '" << *in << "' is not a date (YYYY-MM-DD)\n";
      return kUsageError;
    }
    *out = d->iso();
  }
  if (o.dedup != "none" && o.dedup != "day") {
    std::cerr << "dyad: unknown --dedup '" << o.dedup << "' (expected none or day)\n";
    return kUsageError;
  }
  if (o.panel) {
    if (o.root || o.quad) {
      std::cerr << "dyad: --panel has QuadClass columns already; it takes neither --root nor --quad\n";
      return kUsageError;
    }
    return run_panel(o, q);
  }
  if (o.dedup != "none") {
    std::cerr << "dyad: --dedup goes with --panel\n";
    return kUsageError;
  }
  auto store = EventStore::open_existing(o.db);
  if (!store.ok()) {
    std::cerr << "dyad: " << store.message() << '\n';
    return kDataError;
  }
  const char* period_name = q.by == Period::Day ? "day" : q.by == Period::Week ? "week" : "month";
  std::cout << period_name << (q.by_root ? ",root" : q.by_quad ? ",quad" : "") << ",events,goldstein_sum,goldstein_mean\n";
  Status st = (*store)->query_stats(q, [&](const StatsRow& r) {
    char buf[96];
    std::snprintf(buf, sizeof buf, ",%llu,%.2f,%.3f\n", static_cast<unsigned long long>(r.events), r.goldstein_sum,
                  r.goldstein_mean);
    std::cout << r.period << (q.by_root || q.by_quad ? "," + r.group : std::string()) << buf;
  });
  if (!st.ok()) {
    std::cerr << "dyad: " << st.message() << '\n';
    return kDataError;
  }
  return kOk;
}

}  // namespace

void register_stats(CLI::App& app, Runner& run) {
  auto o = std::make_shared<StatsCliOptions>();
  CLI::App* cmd = app.add_subcommand("stats", "Event counts and Goldstein sums per day, week or month (CSV)");
  cmd->add_option("--db", o->db, "The SQLite event store (from dyad ingest)")->required();
  cmd->add_option("--by", o->by, "day (default), week (labelled by its Monday) or month");
  cmd->add_option("--dyad", o->dyad, "SOURCE:TARGET codes or prefixes, e.g. CHN:IGOWSTNAT or CHN: (any target)");
  cmd->add_flag("--root", o->root, "One series per CAMEO root");
  cmd->add_flag("--quad", o->quad, "One series per QuadClass");
  cmd->add_flag("--panel", o->panel,
                "One row per period, source and target (countries by their 3 letters), zero-filled from --since to "
                "--until, with QuadClass counts");
  cmd->add_option("--dedup", o->dedup, "With --panel: none (default) or day (one event per date, source, target and code)");
  cmd->add_option("--since", o->since, "First date, inclusive");
  cmd->add_option("--until", o->until, "Last date, inclusive");
  cmd->callback([&run, o] { run = [o] { return run_stats(*o); }; });
}

}  // namespace dyad::cli
