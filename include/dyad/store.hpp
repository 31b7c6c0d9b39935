// EventStore: an event dataset on disk, in SQLite.
//
// One file holds the documents that were coded, their sentences (text optional),
// the events with their evidence, and the actors mentioned. It is written in WAL
// mode in batched transactions, each holding whole documents, so a run killed at any
// point leaves only complete documents behind and a re-run finishes the rest: a
// document is identified by its id (given, or the hash of its text), and one already
// stored is skipped unless it was coded by an older version and --recode asks for it.
// Queries filter events by actor, code, date and sentence text (FTS5), with the
// deduplication analysts use (one per story; Phoenix's one-a-day with GDELT-style
// mention counts), and aggregate them into time series.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "dyad/analysis.hpp"
#include "dyad/document.hpp"
#include "dyad/event.hpp"
#include "dyad/result.hpp"

struct sqlite3;

namespace dyad {

// An actor mention recorded for a document (from the coder's document memory).
struct ActorMention {
  uint32_t sentence = 0;
  std::string code;
  std::string text;
};

// What is stored for one coded document.
struct CodedDocument {
  const Document* doc = nullptr;
  const AnalyzedDocument* analysis = nullptr;  // sentences (and their text)
  std::vector<Event> events;
  std::vector<ActorMention> actors;
};

enum class Dedup { None, Story, Day };

// Which events a query gives by negation: all, only those that happened, only the
// negated ones ("China did not attack Taiwan").
enum class NegatedFilter { Include, Exclude, Only };

struct EventQuery {
  std::string source;  // actor code prefix: "CHN" matches CHN, CHNGOV, ...
  std::string target;
  std::string root;    // "11"
  std::string cameo;   // code prefix: "11" matches 11x; "112" exactly 112 and 112x
  std::string since;   // YYYY-MM-DD, inclusive
  std::string until;   // YYYY-MM-DD, inclusive
  std::string text;    // an FTS5 query over the sentences
  Dedup dedup = Dedup::None;
  NegatedFilter negated = NegatedFilter::Include;
  double min_confidence = 0;  // > 0: only events of at least this confidence (unknown ones excluded)
  uint64_t limit = 0;  // 0 = all
};

enum class Period { Day, Week, Month };

struct StatsQuery {
  Period by = Period::Day;
  std::string source;  // optional dyad filter (code prefixes)
  std::string target;
  bool by_root = false;  // one series per CAMEO root
  bool by_quad = false;  // one series per QuadClass
  std::string since, until;
};

struct StatsRow {
  std::string period;  // "2024-07-11", "2024-W28", "2024-07"
  std::string group;   // root or quad, when asked for
  uint64_t events = 0;
  double goldstein_sum = 0;
  double goldstein_mean = 0;
};

// A panel: one row per period, source and target, zero-filled (dyad stats --panel).
struct PanelQuery {
  Period by = Period::Week;
  std::string source;  // optional filters (code prefixes)
  std::string target;
  std::string since, until;  // the panel's span; default: the first and last event date
  bool dedup_day = false;    // count one event per date, source, target and code
};

struct PanelRow {
  std::string period;  // "2024-07-11"; a week by its Monday; "2024-07"
  std::string source, target;  // a country's 3 letters ("CHN" for CHNGOV), else the whole code (IGOWSTNAT)
  uint64_t events = 0;
  double goldstein_sum = 0;
  double goldstein_mean = 0;  // 0 when no events
  uint64_t quad[4] = {0, 0, 0, 0};  // events of QuadClass 1..4
};

class EventStore {
 public:
  // Opens (creating when absent) the database at `path`. A file that is not a Dyad
  // store, or one written by a newer schema, is an error naming the file.
  static Result<std::unique_ptr<EventStore>> open(const std::string& path);
  // Opens an existing store for queries only: read-only (SQLite's read-only mode and
  // query_only), never creating, changing or upgrading it, and reading alongside a
  // running ingest (WAL readers do not wait for the writer). A missing or empty file,
  // or one that is not a Dyad store, is an error; so is a store that fails SQLite's
  // quick_check. A store on read-only media is read as immutable.
  static Result<std::unique_ptr<EventStore>> open_existing(const std::string& path);
  ~EventStore();
  EventStore(const EventStore&) = delete;
  EventStore& operator=(const EventStore&) = delete;

  const std::string& path() const { return path_; }

  // id -> the coding version that coded it, for every stored document.
  Result<std::unordered_map<std::string, std::string>> coded_documents();

  Status begin();
  Status commit();
  // Writes one document with its sentences, events and actors, replacing any earlier
  // rows of the same id. Call between begin() and commit().
  Status put_document(const CodedDocument& coded, const std::string& coding_version, bool keep_text);

  // Counts for summaries.
  struct Totals {
    uint64_t documents = 0, sentences = 0, events = 0;
  };
  Result<Totals> totals();

  // Calls `emit` for each matching event, ordered by date, document and sentence.
  // With Dedup::Story/Day the events carry mention/source/article counts.
  Status query_events(const EventQuery& q, const std::function<void(const Event&)>& emit);
  // Whether `text` is a full-text query the store can run (EventQuery::text).
  Status check_text_query(const std::string& text);
  Status query_stats(const StatsQuery& q, const std::function<void(const StatsRow&)>& emit);
  // Every period from q.since to q.until times every source-target pair with an event
  // in that span, in period then pair order, with zeros where the pair had none.
  // Negated events are not counted.
  Status query_panel(const PanelQuery& q, const std::function<void(const PanelRow&)>& emit);

 private:
  EventStore(sqlite3* db, std::string path);
  Status init_schema();
  Status create_schema();       // inside init_schema's write transaction
  Status prepare_statements();
  Status check_read_only();
  Status quick_check();
  Status exec(const char* sql);

  sqlite3* db_;
  std::string path_;
  bool has_confidence_ = true;  // schema 1 stores have no events.confidence
  bool has_offsets_ = true;     // schema 1 and 2 stores have no character offsets nor metadata
  struct Statements;
  std::unique_ptr<Statements> st_;
};

}  // namespace dyad
