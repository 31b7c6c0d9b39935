// WordClasses: the WordNet lexicographer file ("supersense": noun.person,
// noun.location, verb.communication, verb.motion, adj.all, ...) of a lemma's most
// frequent sense, for nouns, verbs and adjectives. The parser uses it as a word
// class: it generalises beyond the treebank's words ("met with the minister" and "met
// with the ambassador" look alike), which helps attachment decisions such as where a
// prepositional phrase goes. Read from WordNet at training time (train/) and kept in
// the parser model, so Dyad needs no WordNet at run time.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/result.hpp"
#include "model/key_map.hpp"

namespace dyad::parse {

class WordClasses {
 public:
  enum Pos : uint8_t { kNoun = 0, kVerb = 1, kAdj = 2, kPosCount = 3 };

  bool empty() const { return lemmas_.empty(); }
  size_t size() const { return lemmas_.size(); }

  // Sets the lower-case lemmas and their classes (kPosCount per lemma, in Pos order:
  // WordNet lexicographer file number + 1, 0 = none). Returns an error when the sizes
  // disagree or a class is out of range.
  Status assign(std::vector<std::string> lemmas, std::vector<uint8_t> classes);
  // Classes count 1..kMaxClass.
  static constexpr uint8_t kMaxClass = 64;

  // The class of a lower-case lemma used as `upos` (NOUN and PROPN read the noun
  // class, VERB the verb class, ADJ the adjective class), or 0.
  uint8_t lookup(std::string_view lower_lemma, std::string_view upos) const;

  std::string serialize() const;
  Status deserialize(std::string_view bytes, const std::string& what);

 private:
  // Kept as text (compresses far better than hashes) and indexed at load.
  std::vector<std::string> lemmas_;
  std::vector<uint8_t> classes_;  // kPosCount per lemma
  model::KeyMap index_;           // hash(lemma) -> position in lemmas_

  void index();
};

}  // namespace dyad::parse
