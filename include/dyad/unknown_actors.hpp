// New-actor discovery: the named entities of a corpus that no dictionary phrase
// covers, counted, with example sentences and a suggested code, so that users can
// keep their actor dictionaries current (`dyad actors --unknown`).
//
// A named entity is a run of proper nouns (UPOS PROPN) held together by the parse --
// no dependency edge may be cut inside it -- with name particles between them ("Bank
// of England", "Abd al Aziz", "Procter & Gamble"), "and" and "'s" where the parse puts
// them inside the name ("Securities and Exchange Commission", "Moody's Investors
// Service", not "Britain and France"), and capitalised adjectives and nouns inside
// ("New York", "American Express"). Agent phrases and office words split the
// run and count as the role of the names after them ("U.S. Treasury Secretary James
// Baker" -> "U.S." and "James Baker"; the portfolio "Treasury" goes with the office),
// except inside an organisation's name ("First Union Corp"); leading titles are
// dropped ("Mr.", "Gen."); weekday and month names are not names. A piece entirely
// covered by actor phrases is known; anything else is reported, including pieces that
// contain a known actor ("China Daily": its country comes from inside).
//
// The suggested code is country + role, voted over all mentions:
//   country: actor phrases in the entity's noun phrase, its apposition or the noun
//            phrase it is in apposition to ("Chinese Foreign Minister Wang Yi", "Wang
//            Yi, China's foreign minister") weigh 3; other countries of the sentence
//            share 1; the document's most mentioned country adds 0.5. (Only nearby
//            phrases may suggest an organisation: a mention near "UN" makes no one a
//            UN official.)
//   role:    agent phrases of the same noun phrase or apposition ("minister" ->
//            GOV, "rebel leader" -> REB), office words and titles before the name
//            ("Secretary" -> GOV, "Gen." -> MIL), and the entity's own last word when
//            it names a kind of organisation ("Corp" -> BUS). A name that only
//            modifies a noun ("Karesh's foreign minister", "New York firms") takes
//            neither from that noun. A role needs the support of a tenth of the
//            mentions.
// Within one document a one-word mention that is the last (else the first) word of
// exactly one longer entity of the document ("Baker" after "James Baker", "Wang"
// after "Wang Yi") counts for the longer one, and is suggested as an alias when it
// stands for a tenth of the mentions.
// Not mentions: sentences in capitals or title case (headlines), tables ("Shr 1.20
// dlrs vs 1.05 dlrs"), sentences of one or two words, single letters ("S and P"),
// pieces of nothing but organisation suffixes ("Co Inc"), portfolio words ("Finance")
// or words that only start names ("West" of "West German"), and a one-word name closing a document with no full stop (a sign-off:
// "Reuter").
#pragma once

#include <cstdint>
#include <iosfwd>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/code.hpp"
#include "dyad/dict.hpp"

namespace dyad {

namespace lang {
struct Language;
}

struct UnknownActorOptions {
  uint32_t max_examples = 2;         // example sentences kept per entity
  uint32_t max_example_bytes = 200;  // longer sentences are cut around the mention
  uint32_t max_words = 6;            // longer runs are not taken as names
  // The language of the name words -- particles, titles, offices, organisation words
  // (lang::NameWords, src/lang/) -- which must outlive the finder; nullptr: English.
  const lang::Language* language = nullptr;
};

struct UnknownActorExample {
  std::string doc_id;
  std::string text;  // the sentence, cut to max_example_bytes around the mention ("...")
};

// One weighed piece of evidence for the suggestion: "CHN" from "modifier Chinese".
struct UnknownActorVote {
  std::string value;  // "CHN", "GOV"
  double weight = 0;
  uint32_t mentions = 0;
  std::string why;    // the words that gave it the first time ("Chinese", "foreign minister")
};

struct UnknownActor {
  std::string name;                  // the most frequent spelling ("Wang Yi")
  std::vector<std::string> aliases;  // short forms seen with it in a document ("Wang")
  uint64_t mentions = 0;             // including the aliases' mentions
  uint64_t documents = 0;
  std::string country;               // suggested, "" when no evidence
  std::string role;                  // suggested, "" when no evidence
  std::vector<UnknownActorVote> country_votes;  // best first
  std::vector<UnknownActorVote> role_votes;     // best first
  std::vector<UnknownActorExample> examples;

  // country + role, "---" standing for a missing country ("CHNGOV", "---BUS", "---").
  std::string code() const;
  // "actor CHNGOV = Wang Yi; Wang": a line of Dyad's dictionary format.
  std::string dictionary_line() const;
};

class UnknownActorFinder {
 public:
  // `dict` must be compiled and outlive the finder.
  explicit UnknownActorFinder(const Dictionary& dict, UnknownActorOptions options = {});
  ~UnknownActorFinder();
  UnknownActorFinder(UnknownActorFinder&&) noexcept;
  UnknownActorFinder& operator=(UnknownActorFinder&&) noexcept;

  // One document at a time: begin, its sentences in order, end. `date` picks the
  // dated codes of actors (unknown: their default codes).
  void begin_document(std::string_view doc_id, Date date = {});
  void add_sentence(const DepGraph& graph);
  void end_document();

  uint64_t documents() const;
  uint64_t sentences() const;
  // Entities with at least `min_mentions` mentions, most mentioned first (then more
  // documents, then by name), at most `limit` of them (0: all).
  std::vector<UnknownActor> results(uint64_t min_mentions = 2, size_t limit = 0) const;

 private:
  struct State;
  std::unique_ptr<State> st_;
};

enum class UnknownActorFormat { Tsv, Jsonl, Dyad };
// "tsv" | "jsonl" | "dyad"; false when the name is not one of them.
bool parse_unknown_actor_format(std::string_view name, UnknownActorFormat& out);

// TSV columns: name, code, mentions, documents, aliases (;-separated), country
// evidence, role evidence, examples (" | "-separated). `header` prints their names.
// JSONL: one object per entity. Dyad: ready-to-paste dictionary lines, each after
// comments with its evidence and examples; lines without a country are commented out.
void write_unknown_actors(std::ostream& out, const std::vector<UnknownActor>& actors, UnknownActorFormat format,
                          bool header = false);

}  // namespace dyad
