// Training the tagger and lemmatizer (models/tagger.bin) on a CoNLL-U treebank.
//
// Train on `train`, pick the epoch on `dev` (never on test), write one model file with
// the scores and settings in its metadata. Deterministic given the seed: the only
// randomness is the sentence order of each epoch, drawn from a seeded generator with
// a fixed shuffle algorithm, and perceptron weights are integers.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "dyad/conllu.hpp"
#include "dyad/result.hpp"
#include "dyad/tag.hpp"
#include "model/word_clusters.hpp"
#include "tag/tagger_model.hpp"

namespace dyad::train {

struct TaggerTrainOptions {
  int epochs = 12;
  uint64_t seed = 1;
  // WordNet directory read for the lemmatizer and the tagger's WordNet signature;
  // empty = no WordNet.
  std::string wordnet_dir = "/usr/share/wordnet";
  // A word is "fixed" (tagged from the dictionary) when seen this often, with its
  // most frequent tag at least this share of the time.
  uint32_t fixed_min_count = 20;
  double fixed_min_share = 0.97;
  // Tag twice: a second pass sees the first pass's tags of the following words.
  bool two_pass = false;
  // Average the weights of this many first-pass taggers (seeds seed, seed+1, ...).
  int ensemble = 1;
  // Averaged weights smaller than this are dropped from the model.
  float prune_below = 0.0f;
  // Word clusters for the cluster features (empty: none); kept in the model.
  model::WordClusters clusters;
  // Progress lines (epoch scores); may be empty.
  std::function<void(const std::string&)> log;
};

struct TagScores {
  size_t words = 0;
  double upos = 0, xpos = 0, both = 0, lemma = 0;  // accuracies in percent
  std::string summary() const;                      // "UPOS 95.12 XPOS 94.80 ..."
};

// Trains a tagger + lemmatizer. `dev` may be empty (then the last epoch is kept).
Result<std::unique_ptr<tag::TaggerModel>> train_tagger(const std::vector<::dyad::ConlluSentence>& train,
                                                        const std::vector<::dyad::ConlluSentence>& dev,
                                                        const TaggerTrainOptions& options);

// Tags the gold tokenization of `gold` and compares with its UPOS, XPOS and LEMMA.
TagScores evaluate_tagger(const Tagger& tagger, const std::vector<::dyad::ConlluSentence>& gold);

// Writes the model with metadata (data, date, scores, feature set, options).
Status save_tagger(const tag::TaggerModel& model, const std::string& path);

// Builds a Tagger from a model held in memory (a copy made through the file format,
// so that what is evaluated is what would be loaded).
Result<std::unique_ptr<Tagger>> tagger_from_model(const tag::TaggerModel& model);

// The current UTC date, YYYY-MM-DD (for metadata).
std::string today_utc();

}  // namespace dyad::train
