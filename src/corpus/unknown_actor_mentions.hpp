// Mentions of unknown actors, sentence by sentence: the first half of
// UnknownActorFinder (dyad/unknown_actors.hpp has the rules). unknown_actors.cpp keeps
// the mentions of a document until it ends and then folds them into per-entity totals;
// this half only reads one sentence at a time and knows nothing of entities.
//
// Private to src/corpus/. The pieces a sentence is read with are declared here, not
// hidden in the .cpp, so that tests can reach each of them alone.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/code.hpp"
#include "dyad/dict.hpp"
#include "dyad/unknown_actors.hpp"
#include "lang/language.hpp"

namespace dyad::corpus {

// One piece of evidence for the code of the entity a mention names.
struct Vote {
  bool role = false;    // a role ("GOV"), else a country or organisation ("CHN")
  std::string value;
  double weight = 0;
  std::string why;      // what gave it: "Chinese", "foreign minister", "sentence"
  bool before = false;  // a role placed before the country ("NGO~")
};

// One name in one sentence, waiting for its document to end.
struct Mention {
  std::string key;      // upper-case words: "WANG YI"
  std::string surface;  // as written: "Wang Yi"
  uint32_t words = 0;
  std::string first_word, last_word;  // keys: "WANG", "YI"
  uint32_t sentence = 0;          // index in the document
  bool closes_sentence = false;   // nothing follows, not even a full stop
  std::vector<Vote> votes;
  std::string example;            // the sentence, cut around the name
};

// The countries the actor phrases of a document have named so far, for the vote of
// the document's most named one.
class DocumentCountries {
 public:
  void clear();
  void add(const std::string& country);
  // The most named, the first named among equals; "" when none was.
  std::string most_named() const;

 private:
  std::map<std::string, uint32_t> counts_;
  std::vector<std::string> order_;  // first named first
};

// The finder's questions about single words, answered from a language's name words.
// Particles and the joining words are compared as written ("Of" is not a particle);
// the rest lower-cased, and titles, organisation suffixes and non-names also without
// a trailing full stop ("Gen.", "Corp.", "Sept.") -- office, portfolio, name-part and
// organisation words are not ("Minister." is no office).
class NameLexicon {
 public:
  explicit NameLexicon(const lang::NameWords& words) : words_(words) {}

  bool particle(std::string_view w) const;    // "of", "al", "&"
  bool not_a_name(std::string_view w) const;  // "Monday", "Sept."
  // The role of a title, office or organisation suffix: "" for one that suggests
  // none ("Mr."), nullptr for a word that is not one.
  const std::string_view* title_role(std::string_view w) const;               // "Gen." -> MIL
  const std::string_view* office_role(std::string_view w) const;              // "Secretary" -> GOV
  const std::string_view* organisation_suffix_role(std::string_view w) const;  // "Corp." -> BUS
  bool portfolio(std::string_view w) const;          // "Finance" (Minister)
  bool name_part(std::string_view w) const;          // "West" (German)
  bool organisation_word(std::string_view w) const;  // a suffix, or "Commission", "Board"
  bool versus(std::string_view w) const;             // "vs", "vs."
  bool name_conjunction(std::string_view w) const;   // "and"
  bool name_possessive(std::string_view w) const;    // "'s"
  bool noun_phrase_possessive(std::string_view w) const;  // "'s", "'"

 private:
  const lang::NameWords& words_;
};

// Why a sentence is not searched for names (its actor phrases still count for the
// document).
enum class SentenceSkip {
  None,
  CapitalsHeadline,   // "BAHIA COCOA REVIEW"
  TooShort,           // one or two words: a sign-off or dateline ("Reuter")
  Table,              // "Shr 1.20 dlrs vs 1.05 dlrs"
  TitleCaseHeadline,  // "China Accuses Alliance Of Meddling"
};
SentenceSkip skip_reason(const DepGraph& g, const NameLexicon& lexicon);

// Byte offsets of the words of a sentence in its text, for spellings and examples.
// When the text does not hold the words in order (a graph built without it), the
// words joined by spaces stand for it. Holds a pointer into itself: not copied.
class WordOffsets {
 public:
  explicit WordOffsets(const DepGraph& g);
  WordOffsets(const WordOffsets&) = delete;
  WordOffsets& operator=(const WordOffsets&) = delete;

  const std::string& text() const { return *text_; }
  size_t begin(uint32_t word) const { return begin_[word]; }
  size_t end(uint32_t word) const { return end_[word]; }
  // The text of words [b, e) with each run of white space one space:
  // "Wang\n Yi" -> "Wang Yi".
  std::string words_text(uint32_t b, uint32_t e) const;

 private:
  bool locate(const DepGraph& g, const std::string& text);

  std::string joined_;
  const std::string* text_;
  std::vector<size_t> begin_, end_;
};

// For each word, the head of its noun phrase as the coder groups words: the word it
// reaches by climbing compound, flat, amod, det, nummod, nmod:poss, fixed, goeswith
// and possessive-case edges ("Chinese Foreign Minister Wang Yi" -> "Wang" for all
// five). Each word is its own head in a graph without a parse.
std::vector<int32_t> noun_phrase_heads(const DepGraph& g, const NameLexicon& lexicon);

// Splits an actor code into a base (country or organisation) and a role:
// "USAGOV" -> USA + GOV, "CHN" -> CHN, "IGOWSTNAT" -> IGOWSTNAT ("USAGOV/x": the part
// before the slash). Returns whether the base is a country (the only kind of base
// that a sentence or a document vote may suggest: being mentioned near the UN makes
// no one a UN official).
bool split_code(std::string_view code, std::string& base, std::string& role);

// Cuts `text` to about `max` bytes around [b, e), at spaces, marking cuts with "...";
// line breaks and tabs become spaces.
std::string cut_example(std::string_view text, size_t b, size_t e, size_t max);

// "Wang Yi" -> "WANG YI" (the C library's toupper, byte by byte).
std::string upper(std::string_view s);

// Reads sentences for mentions of names that no actor phrase of the dictionary covers.
class MentionFinder {
 public:
  // `dict` (compiled) and `words` must outlive the finder.
  MentionFinder(const Dictionary& dict, const lang::NameWords& words, const UnknownActorOptions& options);

  // Appends the mentions of `g`, the `sentence`-th sentence of a document of `date`,
  // to `mentions`; counts the countries its actor phrases name in `countries`, even
  // when the sentence is skipped (a headline's "CHINA" still says what the story is
  // about).
  void add_sentence(const DepGraph& g, Date date, uint32_t sentence, DocumentCountries& countries,
                    std::vector<Mention>& mentions) const;

 private:
  class SentenceReader;  // the work of one sentence (unknown_actor_mentions.cpp)

  const Dictionary& dict_;
  NameLexicon lexicon_;
  uint32_t max_words_;
  uint32_t max_example_bytes_;
};

}  // namespace dyad::corpus
