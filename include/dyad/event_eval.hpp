// Scoring Dyad's events against hand-coded events of real news: the `reuters-events`
// format (one JSON object per sentence of a story, in story order, with its gold
// events; sentences without events count as negatives).
//
//   {"id": "r-004-112-03", "doc": "reuters-004.json#112", "date": "1987-03-05",
//    "text": "Iran said its forces shelled Iraqi positions ...",
//    "events": [{"source": "IRNMIL", "target": "IRQMIL", "cameo": "194", "why": "..."}]}
//
// The stories are coded whole, as `dyad code` codes them (segmentation included), and
// each event is placed in the gold sentence its own sentence overlaps (by the
// position of its verb when Dyad joined two gold sentences). Per gold sentence,
// events are matched one to one:
//   - at root level: (source country, target country, CAMEO root);
//   - at code level: (source country, target country, full CAMEO code);
// where an actor's country is its country_level() ("IRNMIL" -> IRN, "IGOUNO" ->
// IGO; an agent-only "---GOV" matches nothing). Negated events are not counted as
// predictions (they say the act did not happen). Unmatched pairs are classified,
// in this order, as wrong code (same actors, other root), wrong direction (actors
// swapped), wrong source, wrong target; what is left is missed (gold) or spurious
// (predicted). A negative sentence with a predicted event is a false alarm.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/date.hpp"
#include "dyad/event.hpp"
#include "dyad/event_pipeline.hpp"
#include "dyad/result.hpp"

namespace dyad {

struct GoldEvent {
  std::string source, target, cameo, why;
};

struct GoldSentence {
  std::string id;    // "r-004-112-03"
  std::string doc;   // "reuters-004.json#112": file and index in its JSON list
  Date date;
  std::string text;
  std::vector<GoldEvent> events;
  uint32_t line = 0;  // in the gold file
};

// Reads a gold file (JSON Lines); errors name the file and line.
Result<std::vector<GoldSentence>> read_gold_events(const std::string& path);
Result<std::vector<GoldSentence>> parse_gold_events(std::string_view jsonl, const std::string& name);

// What scoring counts, over a set of sentences (all, or one CAMEO root).
struct EventCounts {
  uint32_t gold = 0;
  uint32_t predicted = 0;
  uint32_t matched = 0;       // at root level
  uint32_t matched_code = 0;  // at full-code level
  double precision() const { return predicted ? 100.0 * matched / predicted : 0; }
  double recall() const { return gold ? 100.0 * matched / gold : 0; }
  double f1() const {
    const double p = precision(), r = recall();
    return p + r > 0 ? 2 * p * r / (p + r) : 0;
  }
  double code_precision() const { return predicted ? 100.0 * matched_code / predicted : 0; }
  double code_recall() const { return gold ? 100.0 * matched_code / gold : 0; }
  double code_f1() const {
    const double p = code_precision(), r = code_recall();
    return p + r > 0 ? 2 * p * r / (p + r) : 0;
  }
};

enum class EventErrorKind { Missed, Spurious, WrongSource, WrongTarget, WrongCode, WrongDirection };
const char* event_error_name(EventErrorKind k);

// One scored sentence, for listings: its gold and predicted events and what matched.
struct SentenceScore {
  const GoldSentence* gold = nullptr;
  std::vector<Event> predicted;
  std::vector<std::string> matched;  // "IRN IRQ 19x" root-level keys
  std::vector<std::pair<EventErrorKind, std::string>> errors;  // kind, "gold ... / predicted ..."
};

struct EventEvalReport {
  uint32_t stories = 0;
  uint32_t sentences = 0;
  uint32_t negative_sentences = 0;
  uint32_t false_alarms = 0;        // negative sentences with a predicted event
  uint32_t unaligned = 0;           // events of text outside the gold sentences (the title)
  uint32_t negated = 0;             // negated events, not counted as predictions
  uint32_t missing_stories = 0;     // gold stories not found in the corpus
  uint32_t unlocated = 0;           // gold sentences whose text is not in their story
  EventCounts total;
  std::map<std::string, EventCounts> by_root;      // "19" -> counts
  // Recall by what the gold coders noted in `why` (gold and matched only): events
  // whose actors the sentence names, those with an actor known only from the story
  // ("[ctx]"), and those the coders doubted ("(doubt"; also counted in one of the two).
  EventCounts stated, from_story, doubtful;
  std::map<EventErrorKind, uint32_t> errors;
  // Coded events by confidence band, 0 for [0, 0.1) ... 9 for [0.9, 1] (predicted and
  // matched at root level only): how precision follows the confidence.
  std::map<int, EventCounts> by_confidence;
  std::vector<SentenceScore> scores;               // every gold sentence, in file order
  std::vector<std::string> problems;               // stories that could not be read
};

struct EventEvalOptions {
  // Where the stories are: the JSON files named by `doc`. Empty: the gold file's
  // directory, then ../news/reuters-21578 next to it.
  std::string corpus_dir;
};

// Codes every story of `gold` with `pipeline` and scores the events. `gold_path` is
// used to find the corpus when options.corpus_dir is empty.
Result<EventEvalReport> evaluate_events(const std::vector<GoldSentence>& gold, const std::string& gold_path,
                                        const EventPipeline& pipeline, const EventEvalOptions& options);

// Collapses runs of whitespace to one space and trims: the form gold texts are in.
std::string collapse_whitespace(std::string_view text);

}  // namespace dyad
