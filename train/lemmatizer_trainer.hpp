// Training the lemmatizer: edit rules and dictionaries from a treebank, WordNet's
// lists from /usr/share/wordnet (read here, at training time, and compiled into the
// model so that Dyad needs no WordNet at run time).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "dyad/result.hpp"
#include "lemma/lemmatizer.hpp"

namespace dyad::train {

class WordNetReader {
 public:
  // Reads index.{noun,verb,adj,adv} and {noun,verb,adj,adv}.exc from `dir`.
  static Status read(const std::string& dir, lemma::WordNetLexicon& out);
};

// Builds a Lemmatizer from (form, xpos, lemma) observations of a treebank.
class LemmatizerBuilder {
 public:
  void add(std::string_view form, std::string_view xpos, std::string_view lemma, bool sentence_initial);
  // Fills `out`'s rules and dictionaries (its WordNet lexicon is left as it is).
  void build(lemma::Lemmatizer& out) const;

  // The edit that turns `form` into `lemma`, and whether it applies to the form as
  // written (true) or lower-cased (false): "Americans" -> ({1, ""}, true),
  // "The" -> ({0, ""}, false), "me" -> ({2, "I"}, false).
  static std::pair<lemma::LemmaRule, bool> derive(std::string_view form, std::string_view lemma);

 private:
  struct Observation {
    std::string form, xpos, lemma;
    bool initial;
  };
  std::vector<Observation> obs_;
};

}  // namespace dyad::train
