// Events: who did what to whom, with the evidence that produced them. The writers
// that print them are in dyad/event_writer.hpp.
//
// An Event carries everything a consumer needs without going back to the coder: the
// CAMEO code with its root, QuadClass, Goldstein score and PLOVER type (filled from
// Dyad's own CAMEO table, cameo_info()), the sentence, and the token spans of source,
// verb and target plus the dictionary entry or pattern that fired.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/date.hpp"

namespace dyad {

// A half-open range of word indices [begin, end) in the sentence (0-based).
struct WordSpan {
  uint32_t begin = 0;
  uint32_t end = 0;
  bool empty() const { return end <= begin; }
  friend bool operator==(const WordSpan&, const WordSpan&) = default;
};

// Unicode character offsets [begin, end) into the document's cleaned text (the
// offsets `dyad analyze` prints for tokens); -1 when unknown (a title's words, events
// read back from a store written before offsets were kept).
struct CharSpan {
  int64_t begin = -1;
  int64_t end = -1;
  bool known() const { return begin >= 0 && end >= begin; }
  friend bool operator==(const CharSpan&, const CharSpan&) = default;
};

struct EventActor {
  std::string code;   // "CHNGOV"; "---GOV" (agent, no country); "---" (null); "\"NEW ACTOR\""
  std::string text;   // the words of the mention
  WordSpan span;
  std::string entry;  // the dictionary entry that gave the code ("CHINA (Phoenix.Countries.actors.txt:1200)")
  CharSpan chars;     // the mention's characters in the document
  // The actor's name as the dictionary names it, upper case, as GDELT's Actor1Name:
  // "RUSSIA" for "Russian forces", "UNITED STATES" for "Washington", "POLICE" for a
  // role alone; empty when the mention holds no dictionary phrase (a pronoun, a
  // description resolved from the story).
  std::string name;
};

struct Event {
  std::string doc_id;
  std::string url;        // the document's URL, when known
  std::string outlet;     // who published it: the URL's host, else the record's source field; empty when unknown
  std::string coded_at;   // when it was coded, "2026-12-07T06:50:00Z" (the store's time of ingest)
  // The input record's fields Dyad does not use ({"topics":["cocoa"],...}), as one JSON
  // object; empty when none.
  std::string metadata;
  uint32_t sentence = 0;  // index of the sentence in the document
  Date date;             // unknown when neither the sentence nor the document gives one
  EventActor source;
  EventActor target;
  std::string cameo;      // "112"
  std::string root;       // "11"
  int quad = 0;           // 1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict; 0 unknown
  std::optional<double> goldstein;
  std::string plover;     // "ACCUSE"; empty when CAMEO has no PLOVER counterpart (statements)
  bool negated = false;   // the verb is negated and no pattern accounted for it
  bool from_title = false;  // coded from the document's title (sentence 0; `text` is the title)
  // How far to trust the event, 0-1, from its evidence (dyad::event_confidence):
  // 0.9 for a verb's own subject and object with countries named in the sentence, less
  // for each step away from the sentence's words.
  double confidence = 0;
  std::string text;       // the sentence
  // Evidence.
  WordSpan verb;
  CharSpan verb_chars;        // the verb's characters in the document
  std::string verb_text;
  std::string verb_entry;     // "ACCUSE (CAMEO.2.0.txt:120)"
  std::string pattern;        // the pattern that fired, as written; empty for the verb's own code
  std::string rule;           // how source/target were found: "subject-object", "passive", "pattern", ...
  std::vector<std::string> issues;
  // Deduplicated events (dyad events --dedup) stand for a group: how many events
  // (mentions), outlets (sources) and documents (articles) it holds, as in GDELT's
  // NumMentions, NumSources and NumArticles. A single event counts 1, 1, 1.
  uint32_t mentions = 1;
  uint32_t sources = 1;
  uint32_t articles = 1;
};

// A stable id for an event: a 63-bit hash of its document, sentence (and whether it
// is the title's), source, target and CAMEO code -- the same event has the same id in
// every export of every run ("dyad code", "dyad events", any filter), so GDELT and
// Phoenix rows can be appended and joined back to JSON Lines and the store.
uint64_t event_id(const Event& e);

// CAMEO facts for one event code.
struct CameoInfo {
  std::string_view code;
  std::string_view name;       // short label ("Accuse")
  double goldstein = 0;
  std::string_view plover;     // PLOVER event type, empty for none
  std::string_view plover_mode;
};
// Looks `code` up in Dyad's CAMEO table; a code not in the table (a dictionary's
// private code such as "174K") falls back to its longest known prefix.
std::optional<CameoInfo> cameo_info(std::string_view code);
// QuadClass of a root ("01".."20"): 1-4, 0 when not a CAMEO root.
int quad_class(std::string_view root);
// Fills root, quad, goldstein and plover from `cameo`.
void fill_cameo_fields(Event& e);
// CAMEO -> PLOVER: every code of the table (for tests and docs).
size_t cameo_table_size();
CameoInfo cameo_table_entry(size_t i);

}  // namespace dyad
