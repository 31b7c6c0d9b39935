// Dictionaries for event coding: actors, agents, verbs with patterns, synsets,
// discards, issues and nested-event transformations.
//
// A Dictionary is filled by loaders -- the PETRARCH-2 / TABARI text formats and Dyad's
// own readable format (docs/dictionaries.md) -- and then compiled into matchers: one
// token trie over actor and agent phrases, verb tables keyed by word form and base
// form, and pattern elements resolved to word ids. Every phrase is normalised the same
// way as sentence tokens (upper case; '_' and '-' split into separate units, so
// "BARAD-DUR" and "Barad-dur" and "Barad - dur" all meet), which is what makes one
// matcher serve both dictionary formats.
//
// Loading never stops at a bad line: each line that cannot be interpreted is reported
// in LoadReport as "file:line: what", and each construct read but not used by the
// coder is reported once per file as a note.
#pragma once

#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/date.hpp"
#include "dyad/result.hpp"

namespace dyad {

namespace lang {
struct Language;
}

// A date in a dictionary: "2024-07-11", "20240711" or TABARI's "240711" (YY <= 30 is
// 20YY); unknown when the text is not a valid date.
Date parse_dictionary_date(std::string_view text);

// An actor code, valid on dates in [from, to] (inclusive; from = 0 means open).
// A code can name several actors at once, separated by '/': "FRO/BIL/SAM".
struct DatedCode {
  std::string code;
  Date from;
  Date to = Date::end_of_time();
  bool restricted = false;  // false: the default code, used when no restriction applies
};

struct ActorEntry {
  std::string name;               // the primary phrase as written ("UNITED_STATES")
  std::vector<DatedCode> codes;   // in dictionary order
  std::string where;              // "file:line"
  // A person (an office holder: Dyad's "person" statements, PETRARCH's actors with
  // dated codes), as opposed to a country or an organisation. People named once are
  // remembered for later sentences, and a lone surname of a person counts only
  // during their dated terms.
  bool person = false;
  // The code in force on `date`: the first restriction containing the date, else the
  // last default code, else "" (no code on that date). Unknown date: the default.
  std::string_view code_on(Date date) const;
  // True when `date` lies in one of the dated codes' ranges, widened by `before` days
  // before each and `after` days after it.
  bool in_term(Date date, int before = 0, int after = 0) const;
};

// An agent: a role word that combines with an actor ("troops" -> ~MIL: CHN + MIL).
struct AgentEntry {
  std::string code;          // "GOV", "GOVFRM"
  bool before_actor = false; // "NGO~" codes go before the actor code, "~GOV" after
  std::string where;
};

// An event code from a verb or pattern: "064", or a pair "032:033" (source->target
// gets `code`, target->source gets `paired`). Empty strings mean no event ("---").
struct EventCode {
  std::string code;
  std::string paired;
  bool null() const { return code.empty() && paired.empty(); }
  friend bool operator==(const EventCode&, const EventCode&) = default;
};
// Parses "064", "032:033", ":110", "---" (null). False when the text is not a code.
bool parse_event_code(std::string_view text, EventCode& out);

// One element of a verb pattern. Patterns are matched outward from the verb: the
// `before` list starts at the word nearest the verb and walks left; `after` walks right.
enum class PatternElementKind : uint8_t {
  Word,       // a literal word (upper case, one match unit)
  Synset,     // &NAME: any phrase of the synset
  Source,     // $: an actor that becomes the source
  Target,     // +: an actor that becomes the target
  SkipActor,  // ^: skip one noun phrase, coded or not
  Compound,   // %: a coordinated group of actors; the event is coded among its members
};
struct PatternElement {
  PatternElementKind kind = PatternElementKind::Word;
  // True when no word may come between this element and the previous one (the verb
  // for the first element): PETRARCH's '_' connector.
  bool adjacent = false;
  std::string word;      // Word: the unit; Synset: the name without '&'
  uint32_t id = 0;       // compiled: word id or synset index
};

struct VerbPattern {
  std::vector<PatternElement> before;  // nearest-first, walking left from the verb
  std::vector<PatternElement> after;   // walking right from the verb
  EventCode code;
  std::string text;   // the pattern as written, for evidence
  std::string where;  // "file:line"
  uint32_t order = 0; // position in its block (ties in length go to the earlier one)
  // Matched words and markers: longer patterns win.
  uint32_t length() const { return static_cast<uint32_t>(before.size() + after.size()); }
};

// A group of verbs sharing patterns (a PETRARCH "--- NAME [code] ---" block).
struct VerbBlock {
  std::string name;
  EventCode code;                    // the block's default code
  std::vector<VerbPattern> patterns;
  std::string where;
};

// One verb of a block: a single word ("ACCUSE") or a phrase with the verb marked
// ("BREAK DOWN", head 0; "WIRE TAP", head 1).
struct VerbEntry {
  std::vector<std::string> words;  // the base phrase, upper case units
  uint8_t head = 0;                // index of the inflected word in `words`
  std::vector<std::string> forms;  // inflected forms of the head word, base form first
  EventCode code;                  // its own code, else the block's
  uint32_t block = 0;
  std::string where;
};

struct Synset {
  std::string name;                               // without '&'
  std::vector<std::vector<std::string>> phrases;  // units; nested synsets are expanded
};

// A discard phrase: a sentence (or, with `story`, the whole document) containing it
// is not coded. Matching is by word start; unless `exact`, the last word is a stem.
struct DiscardEntry {
  std::vector<std::string> words;
  bool story = false;
  bool exact = false;
  std::string where;
};

// An event noun: a noun that names an act ("talks", "attack", "visit", "arms sale"),
// coded when its phrase names who did it and to whom ("the U.S. attack on an
// Iranian platform", "talks with Japan", "a visit to Washington"). `mutual` acts are
// two-sided: "talks between X and Y", "X-Y summit".
struct EventNounEntry {
  std::vector<std::string> words;  // units, upper case; the last is the noun
  EventCode code;
  bool mutual = false;
  std::string where;
};

struct IssueEntry {
  std::vector<std::string> words;
  std::string code;
  std::string where;
};

// A rule for nested events, PETRARCH-2's "~ a (a b ATTACK) SAY = a b 015": when a
// verb like SAY has a complement clause coding an event whose participants and code
// fit the inner pattern, the pair is replaced by one event.
//   outer_verb   SAY: the verb block (or verb) of the reporting clause
//   inner_source a = the speaker, '_' = anyone, or another letter = someone else
//   inner_target the same letters, '.' = anyone or nobody
//   inner_verb   a verb name (codes of its block's root match) or "Q" = any code
//   result       source/target letters and a code, or "Q" for the inner code
struct Transformation {
  std::string outer_verb;
  char inner_source = '_';
  char inner_target = '.';
  std::string inner_verb;
  char result_source = 'a';
  char result_target = 'b';
  std::string result_code;
  std::string where;
};

struct LoadReport {
  std::vector<std::string> errors;  // "file:line: cannot interpret ...": line skipped
  std::vector<std::string> notes;   // constructs read but ignored, once per file and kind
  uint32_t files = 0;
  uint32_t lines = 0;
  void error(const std::string& where, const std::string& what) { errors.push_back(where + ": " + what); }
  void note(const std::string& where, const std::string& what) { notes.push_back(where + ": " + what); }
};

// Which kind of file a PETRARCH-format dictionary is.
enum class DictFileKind { Auto, Verbs, Actors, Agents, Discards, Issues, Ontology, Prepositions, Dyad };
// From the file name (PETRARCH conventions: "*verbs*", "CAMEO*", "*actors*", "*agents*",
// "*discards*", "*Issue*", "*Ontology*", "*prepositions*") or a "#!dyad" first line.
DictFileKind guess_dict_file_kind(std::string_view path, std::string_view first_bytes);
const char* dict_file_kind_name(DictFileKind kind);

class CompiledDictionary;  // matchers, built by Dictionary::compile()

// An actor or agent phrase of the dictionary found in a sentence
// (Dictionary::match_phrases).
struct PhraseMatch {
  uint32_t begin = 0, end = 0;  // the sentence words [begin, end) it covers
  bool agent = false;
  uint32_t entry = 0;           // index into Dictionary::actors or ::agents
  uint32_t phrase = 0;          // index into Dictionary::noun_phrases
};

class Dictionary {
 public:
  Dictionary();
  ~Dictionary();
  Dictionary(Dictionary&&) noexcept;
  Dictionary& operator=(Dictionary&&) noexcept;

  // Reads one file (kind Auto: guessed from name and content). A file that cannot be
  // opened is an error; bad lines go to `report` and are skipped.
  Status load_file(const std::string& path, LoadReport& report, DictFileKind kind = DictFileKind::Auto);
  // Reads dictionary text already in memory; `name` is used in messages.
  void load_text(std::string_view text, const std::string& name, DictFileKind kind, LoadReport& report);
  // Reads every dictionary file of a directory (sorted by name; not recursive; files
  // whose kind cannot be guessed are noted and skipped).
  Status load_directory(const std::string& dir, LoadReport& report);

  // Builds the matchers; call after loading, before coding. Idempotent.
  void compile();
  const CompiledDictionary& compiled() const { return *compiled_; }
  bool is_compiled() const;

  // The actor and agent phrases in a sentence's words (tokens as the tokenizer gives
  // them: "China", "'s"), left to right, longest first, each on whole words, as the
  // coder finds them -- except that a phrase with a gap ("Valdoria ... television")
  // matches only with nothing in the gap, since gaps are bounded by a noun phrase
  // this call does not see. When an actor and an agent phrase cover the same words
  // the actor is given. For tools that ask which words the dictionary knows (`dyad
  // actors --unknown`). Empty when the dictionary is not compiled.
  std::vector<PhraseMatch> match_phrases(std::span<const std::string_view> words) const;

  // The language of the dictionary's words (inflection of verbs and agent plurals);
  // nullptr: English. Set before loading.
  const lang::Language* language = nullptr;

  std::vector<ActorEntry> actors;
  std::vector<AgentEntry> agents;
  // Phrases of actors and agents: units + which entry.
  struct NounPhrase {
    std::vector<std::string> words;
    std::vector<uint8_t> gap_before;  // per word: 1 when other words may come before it
    bool agent = false;
    uint32_t entry = 0;
  };
  std::vector<NounPhrase> noun_phrases;
  std::vector<VerbBlock> verb_blocks;
  std::vector<VerbEntry> verbs;
  std::vector<Synset> synsets;
  std::vector<DiscardEntry> discards;
  std::vector<EventNounEntry> event_nouns;
  std::vector<IssueEntry> issues;
  std::vector<Transformation> transformations;

  // Helpers used by the loaders (public so both formats share them).
  uint32_t add_actor(ActorEntry entry);
  void add_actor_phrase(uint32_t actor, std::string_view phrase, bool space_is_gap);
  uint32_t add_agent(AgentEntry entry);
  void add_agent_phrase(uint32_t agent, std::string_view phrase, bool space_is_gap);
  int find_synset(std::string_view name) const;

 private:
  std::unique_ptr<CompiledDictionary> compiled_;
};

// Splits a dictionary word or sentence token into match units, upper case:
// "Barad-dur" -> BARAD - DUR; "DOL_AMROTH" -> DOL AMROTH; "(AAIA)" -> ( AAIA );
// "DON'T" -> DO N'T; "U.S." stays whole. Appends to `out`.
void split_match_units(std::string_view word, std::vector<std::string>& out);

// Where Dyad's built-in dictionaries are: $DYAD_DICT_DIR, else dictionaries/ in the
// source tree, else <prefix>/share/dyad/dictionaries.
std::string find_dictionary_dir();

}  // namespace dyad
