// Lemmatizer: (form, XPOS) -> lemma, as UD English-EWT lemmatises ("accused"/VBD ->
// "accuse", "children"/NNS -> "child", "me"/PRP -> "I", "n't"/RB -> "not").
//
// A lemma is produced by an edit rule "strip k bytes from the end, append s", applied
// either to the form as written (proper nouns keep their case: "Americans" ->
// "American") or to its lower-case version ("The" -> "the"). Looked up in order:
//   1. the form with its XPOS as seen in training (rule and case learned per form);
//   2. the lower-cased form with its XPOS as seen in training;
//   3. WordNet's irregular forms (noun/verb/adj/adv .exc lists, compiled into the
//      model by the trainer: no run-time dependency on /usr/share/wordnet);
//   4. suffix rules learned from training, by XPOS and longest known suffix
//      ("-ies"/NNS -> "-y"); among a suffix's candidate rules the first whose result
//      WordNet knows with the XPOS's part of speech wins ("hoping" -> "hope", not
//      "hop"; "stopping" -> "stop", not "stope").
// The case (as written / lower) for 2-4 comes from a table learned per XPOS and
// capitalisation pattern (NNP keeps "Iraq", JJ mostly keeps "American").
//
// WordNetLexicon also gives the tagger a part-of-speech signature for any word,
// including ones never seen in training: which WordNet parts of speech its base form
// has, and which inflections WordNet's detachment rules ("-ies" -> "-y", "-ed" -> "")
// or exception lists explain ("ransacked": a known verb + "-ed").
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/result.hpp"
#include "model/key_map.hpp"

namespace dyad::model {
class ModelFile;
class ModelWriter;
}  // namespace dyad::model
namespace dyad::train {
class LemmatizerBuilder;  // train/lemmatizer_trainer.hpp
class WordNetReader;
}  // namespace dyad::train

namespace dyad::lemma {

enum PosGroup : uint8_t { kNoun = 0, kVerb = 1, kAdj = 2, kAdv = 3, kOtherPos = 4 };

// Bits of WordNetLexicon::signature().
enum WordNetBits : uint16_t {
  kWnNoun = 1 << 0,     // a noun lemma
  kWnVerb = 1 << 1,     // a verb lemma
  kWnAdj = 1 << 2,      // an adjective lemma
  kWnAdv = 1 << 3,      // an adverb lemma
  kWnNounPl = 1 << 4,   // a plural of a noun lemma (rules or noun.exc)
  kWnVerbS = 1 << 5,    // verb + "-s"
  kWnVerbEd = 1 << 6,   // verb + "-ed" (or an irregular verb form)
  kWnVerbIng = 1 << 7,  // verb + "-ing"
  kWnAdjEr = 1 << 8,    // adjective + "-er" (or an irregular comparative)
  kWnAdjEst = 1 << 9,   // adjective + "-est"
  kWnProper = 1 << 10,  // written capitalised in WordNet (a name: "Kerala", "Fallujah")
};

// Bit of WordNetLexicon::lemma_pos() for lemmas WordNet writes capitalised.
inline constexpr uint8_t kProperNounBit = 1 << 4;

// The part of speech group of a Penn XPOS: NN* noun, VB*/MD verb, JJ* adj, RB* adv.
PosGroup pos_group(std::string_view xpos);

class WordNetLexicon {
 public:
  bool empty() const { return lemma_pos_.size() == 0; }
  size_t lemmas() const { return lemma_pos_.size(); }
  size_t exceptions() const { return exc_lemmas_.size(); }

  // Bit set of PosGroup (1 << kNoun | ...) for a lower-case lemma, 0 when unknown.
  uint8_t lemma_pos(std::string_view lower) const;
  // WordNetBits for a lower-case word form.
  uint16_t signature(std::string_view lower) const;
  // The base form WordNet lists for an irregular form ("went", kVerb -> "go"), or empty.
  std::string_view exception(std::string_view lower, PosGroup group) const;

  void save(model::ModelWriter& out) const;
  Status load(const model::ModelFile& file);

 private:
  friend class train::WordNetReader;
  void index();

  // Kept as text in the model (compresses ~4x better than hashes) and indexed at load.
  std::vector<std::string> words_;         // lemma list
  std::vector<uint8_t> word_pos_;          // PosGroup bits per lemma
  std::vector<std::string> exc_forms_;     // irregular forms
  std::vector<uint8_t> exc_groups_;
  std::vector<std::string> exc_lemmas_;
  model::KeyMap lemma_pos_;  // hash(lemma) -> pos bits
  model::KeyMap exc_index_;  // hash(form, group) -> index into exc_lemmas_
};

// An edit "strip `strip` bytes, append `append`".
struct LemmaRule {
  uint32_t strip = 0;
  std::string append;
  friend bool operator==(const LemmaRule&, const LemmaRule&) = default;
};

class Lemmatizer {
 public:
  // Capitalisation patterns of a form.
  enum CasePattern : uint8_t { kLowerCase = 0, kTitleCase = 1, kAllCaps = 2, kMixedCase = 3, kNoLetters = 4 };
  static CasePattern case_pattern(std::string_view form);

  // The lemma of `form` tagged `xpos`; `sentence_initial` for the first word.
  std::string lemmatize(std::string_view form, std::string_view xpos, bool sentence_initial) const;
  // Same, writing into `out` (no allocation when it has the capacity).
  void lemmatize_into(std::string_view form, std::string_view xpos, bool sentence_initial, std::string& out) const;

  const WordNetLexicon& wordnet() const { return wordnet_; }
  WordNetLexicon& wordnet() { return wordnet_; }

  void save(model::ModelWriter& out) const;
  Status load(const model::ModelFile& file);

  // Trained by train::LemmatizerBuilder (train/lemmatizer_trainer.cpp).
  friend class train::LemmatizerBuilder;

 private:
  uint32_t xpos_id(std::string_view xpos) const;
  bool apply_rule(uint32_t rule, std::string_view source, std::string& out) const;

  std::vector<std::string> xpos_names_;
  model::KeyMap xpos_index_;  // hash(xpos) -> id
  std::vector<LemmaRule> rules_;
  // Keys below are model::feature(template, ...); values documented in lemmatizer.cpp.
  model::KeyMap form_rules_;    // (form, xpos) -> rule << 1 | keep_case
  model::KeyMap lower_rules_;   // (lower form, xpos) -> rule
  model::KeyMap suffix_rules_;  // (xpos, suffix) -> index into suffix_candidates_
  std::vector<uint32_t> suffix_candidates_;  // count, then rule ids, best first
  std::vector<uint8_t> keep_case_;  // [xpos][pattern][initial] -> 1 to keep the written case
  uint32_t max_suffix_ = 0;
  WordNetLexicon wordnet_;
};

}  // namespace dyad::lemma
