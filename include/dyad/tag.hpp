// Tagger: part-of-speech tags (UPOS and Penn XPOS) and lemmas for the words of a
// sentence, with a model trained on UD English-EWT (models/tagger.bin).
//
// The tagger is a greedy left-to-right averaged perceptron over joint XPOS+UPOS tags
// ("VBD|VERB", "IN|SCONJ", ...): predicting the pair in one decision keeps the two
// columns consistent and lets UPOS distinctions that XPOS does not make (AUX vs VERB,
// ADP vs SCONJ) use the same context. Features: the word, its affixes and shape,
// two words either side, the two previous tags, the tag sets the next words had in
// training (a cheap look-ahead), and a WordNet part-of-speech signature that also
// covers words never seen in training. Frequent unambiguous words take their tag
// from a dictionary without scoring. The lemmatizer (src/lemma) runs on the result.
//
// A Tagger is immutable after loading and thread-safe; each thread passes its own
// TagWorkspace, which keeps scratch buffers between sentences.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/analysis.hpp"
#include "dyad/result.hpp"

namespace dyad {

namespace tag {
struct TaggerModel;  // src/tag/tagger_model.hpp
struct TagScratch;
}  // namespace tag
namespace lemma {
class Lemmatizer;
}

class TagWorkspace {
 public:
  TagWorkspace();
  ~TagWorkspace();
  TagWorkspace(TagWorkspace&&) noexcept;
  TagWorkspace& operator=(TagWorkspace&&) noexcept;

 private:
  friend class Tagger;
  std::unique_ptr<tag::TagScratch> scratch_;
};

class Tagger {
 public:
  // Loads models/tagger.bin; a missing, corrupt, truncated or mismatched file is an
  // error naming the file and what is wrong.
  static Result<std::unique_ptr<Tagger>> load(const std::string& path);
  static Result<std::unique_ptr<Tagger>> from_bytes(std::string_view bytes, const std::string& name);
  // Wraps a model built in memory (the trainer evaluates candidates this way).
  explicit Tagger(std::unique_ptr<tag::TaggerModel> model);
  ~Tagger();

  // Tags the words of one sentence: fills upos, xpos and lemma of each token, whose
  // forms are slices of `text`.
  void tag(std::string_view text, std::span<Token> words, TagWorkspace& ws) const;
  // The lower-level call: word forms in, joint tag ids out (see xpos()/upos()); with
  // `alt` and `margin`, also each word's runner-up tag (0xffff for none) and how close
  // it came (Token::tag_margin).
  void predict(std::span<const std::string_view> forms, std::vector<uint16_t>& tags, TagWorkspace& ws,
               std::vector<uint16_t>* alt = nullptr, std::vector<uint8_t>* margin = nullptr) const;

  size_t tag_count() const;
  std::string_view xpos(uint16_t tag) const;
  std::string_view upos(uint16_t tag) const;
  const lemma::Lemmatizer& lemmatizer() const;
  // Training data, date, feature set and scores recorded by the trainer.
  const std::map<std::string, std::string>& metadata() const;
  const tag::TaggerModel& model() const { return *model_; }

 private:
  std::unique_ptr<tag::TaggerModel> model_;
};

}  // namespace dyad
