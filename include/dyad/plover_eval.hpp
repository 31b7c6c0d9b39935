// Scoring Dyad's events against a PLOVER gold standard: the PLOVER_GSR_CAMEO file of
// the Open Event Data Alliance (JSON: one record per sentence with gold source and
// target actors and a PLOVER 0.5 event type).
//
// What is measured, per record (the DOCUMENT record is skipped):
//   - event-type recall: some event coded from the text has the gold type;
//   - source (target) accuracy: of the records whose gold type was coded (and that
//     have a gold target), those where an event of that type has a source (target)
//     whose country -- the first three letters of the code, "IGO"/"NGO"/"IMG" for the
//     organisations -- is one of the gold sources (targets);
//   - (source, type, target) triples, at country level: predicted triples are the
//     distinct triples of the events that have a PLOVER type and a country (or
//     organisation) on both sides -- an event with an agent-only side ("---GOV")
//     makes no country-level claim and is counted apart; gold triples are every
//     gold source x gold target (a record without gold target accepts any target;
//     a "SRC/TAR" compound source may take another of its members as target).
//     Precision = matched predicted / predicted, recall = matched gold / gold.
//
// CAMEO codes are mapped to PLOVER 0.5 types by plover05_type() (docs/plover.md has
// the table and its reasons). Gold codes in older CAMEO spellings (JAP, ITL, VTN) are
// read as their ISO codes.
#pragma once

#include <cstdint>
#include <map>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/event.hpp"
#include "dyad/result.hpp"

namespace dyad {

struct PloverRecord {
  std::string id;
  Date date;
  std::string text;
  std::string type;    // gold PLOVER 0.5 event type ("DISAPPROVE")
  std::vector<std::string> sources;  // gold actor codes, normalised to country level
  std::vector<std::string> targets;  // empty: the record has no gold target
};

// Reads the gold file; the "DOCUMENT" record and records without text are skipped.
Result<std::vector<PloverRecord>> read_plover_gold(const std::string& path);
// The same from the file's text; `name` is used in messages.
Result<std::vector<PloverRecord>> parse_plover_gold(std::string_view json, const std::string& name);

// PLOVER 0.5 event type of a CAMEO code ("112" -> "DISAPPROVE"); empty for codes
// PLOVER does not code (01 statements).
std::string_view plover05_type(std::string_view cameo);

// Country-level root of an actor code: "CHNGOV" -> "CHN", "IGOWSTNAT" -> "IGO",
// "JAP" -> "JPN"; "" for a null actor ("---", "---GOV").
std::string country_level(std::string_view code);

struct PloverTypeScores {
  uint32_t records = 0;        // gold records of this type
  uint32_t type_found = 0;     // records where an event had the gold type
  uint32_t source_ok = 0;      // of those, with a matching source country
  uint32_t with_target = 0;    // type found and the record has a gold target
  uint32_t target_ok = 0;
  uint32_t gold_triples = 0;
  uint32_t gold_triples_found = 0;
  uint32_t pred_triples = 0;   // predicted triples of this type
  uint32_t pred_triples_ok = 0;
  uint32_t pred_incomplete = 0;  // events of this type with a side of no country ("---GOV")
  void add(const PloverTypeScores& o);
};

// What one record scored, for verbose listings.
struct PloverRecordResult {
  bool type_found = false;
  bool source_ok = false;
  bool target_ok = false;
  std::vector<std::string> predicted;  // "CHN DISAPPROVE USA" (triples, country level)
  std::vector<std::string> matched;    // the predicted triples that are correct
  std::vector<std::string> incomplete; // events with a side of no country, not triples
};

class PloverScorer {
 public:
  // Scores one record against the events coded from its text.
  PloverRecordResult add(const PloverRecord& gold, const std::vector<Event>& events);
  PloverTypeScores total() const;
  const std::map<std::string, PloverTypeScores>& by_type() const { return by_type_; }
  // The report: one line per gold type and predicted-only type, then the totals.
  void write_report(std::ostream& out) const;

 private:
  std::map<std::string, PloverTypeScores> by_type_;
};

}  // namespace dyad
