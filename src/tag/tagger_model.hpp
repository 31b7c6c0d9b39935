// TaggerModel: what tagger.bin holds, and the feature extraction and greedy decoding
// shared by the run-time Tagger and the trainer (train/tagger_trainer.cpp), so that a
// model is evaluated during training by exactly the code that will run it.
//
// Per word, everything that does not depend on context (hashes of the form, lower
// case, affixes and shape; the lexicon entry; the WordNet signature) is computed once
// into a WordInfo; the features of position i then combine WordInfos and previous
// tags with a few multiply-xorshift rounds each. See include/dyad/tag.hpp for the
// design of the tagger as a whole.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/result.hpp"
#include "lemma/lemmatizer.hpp"
#include "model/form_memo.hpp"
#include "model/key_map.hpp"
#include "model/word_clusters.hpp"
#include "model/weight_table.hpp"

namespace dyad::model {
class ModelFile;
class ModelWriter;
}  // namespace dyad::model

namespace dyad::tag {

// Version 2: optional word clusters (section "clusters", cluster features).
inline constexpr uint32_t kTaggerFormatVersion = 2;
// Version 1 files (no clusters) still load; dyad-train writes version 1 for a tagger
// without clusters, so an older Dyad reads it.
inline constexpr uint32_t kTaggerOldestFormatVersion = 1;
inline constexpr const char* kTaggerKind = "tagger";
// A short description of the feature set, recorded in the model's metadata.
inline constexpr const char* kTaggerFeatureSet =
    "tagger-v1: word, form, suffix1-4, prefix1-3, shape, words +-2, tags -1 -2, tag-1+word, word bigrams, "
    "ambiguity class of words 0..+2, WordNet signature of words 0,+1, suffix3 of words +-1, first-word shape";
// Added when the model has word clusters.
inline constexpr const char* kTaggerClusterFeatures =
    "word clusters: fine and coarse cluster of word 0, fine of words +-1, with shape, tag-1, next cluster, suffix2";

struct WordInfo {
  uint64_t form = 0, lower = 0, shape = 0;
  uint64_t prefix[3] = {}, suffix[4] = {}, suffix5 = 0;
  uint32_t length = 0;
  uint32_t amb = 0;    // ambiguity class (tag set seen in training); 0 = unseen word
  uint32_t amb_lower = 0;  // the same for the lower-cased form
  uint16_t wn = 0;     // lemma::WordNetBits
  uint16_t fixed = 0;  // 1 + the tag of a frequent unambiguous word, else 0
  uint16_t fine = 0;   // word clusters (model::WordClusters), 0 = none
  uint8_t coarse = 0;
};

inline constexpr size_t kMaxTagFeatures = 64;
inline constexpr uint16_t kNoTag = 0xffff;

// Lexicon values: fixed tag (+1) in the high 12 bits, ambiguity class in the low 20.
inline constexpr uint32_t kAmbBits = 20;
uint64_t lexicon_form_key(uint64_t form_hash);
uint64_t lexicon_lower_key(uint64_t lower_hash);

// Computes the word's hashes (the part of WordInfo that needs no model).
void hash_word(std::string_view form, std::string& lower_scratch, WordInfo& out);
// The features of position i; `tags` holds the tags chosen for 0..i-1. With
// `clusters`, also the word-cluster features (models with clusters).
size_t tag_features(const WordInfo* words, size_t n, size_t i, const uint16_t* tags, bool clusters, uint64_t* out);
// The second pass adds the first pass's tags of the words around i (`first`, all n),
// so that a decision sees the tags to its right, not only their ambiguity classes.
size_t refine_features(const WordInfo* words, size_t n, size_t i, const uint16_t* tags, bool clusters,
                       const uint16_t* first, uint64_t* out);

struct TaggerModel {
  std::vector<std::string> xpos, upos;  // per joint tag
  model::KeyMap lexicon;
  // Distributional word clusters (empty: none; see model/word_clusters.hpp).
  model::WordClusters clusters;
  model::SparseWeightTable weights;
  // Second pass (empty for a one-pass tagger): re-tags left to right with
  // refine_features over the first pass's output.
  model::SparseWeightTable refine;
  lemma::Lemmatizer lemmatizer;
  std::map<std::string, std::string> metadata;

  // Fills a WordInfo: hashes, lexicon entry, WordNet signature.
  void prepare(std::string_view form, std::string& lower_scratch, WordInfo& out) const;
  bool two_pass() const { return refine.size() > 0; }
  bool has_clusters() const { return !clusters.empty(); }
  // Greedy decoding of prepared words; `first` is scratch for the first pass. When
  // `alt` and `margin` are given, they receive each word's runner-up tag (kNoTag when
  // none) and margin bucket (see margin_bucket()).
  void decode(const WordInfo* words, size_t n, uint16_t* tags, std::vector<uint16_t>& first,
              uint16_t* alt = nullptr, uint8_t* margin = nullptr) const;
  // One greedy pass with `table` (refine_features when `first` is given).
  void decode_pass(const model::SparseWeightTable& table, const WordInfo* words, size_t n, const uint16_t* first,
                   uint16_t* tags, uint16_t* alt, uint8_t* margin) const;
  // How far the runner-up was behind, in averaged-perceptron weight units:
  // 0 (< 0.5), 1 (< 2), 2 (< 5), 3 (further, or a dictionary word).
  static uint8_t margin_bucket(int32_t difference, float scale);

  void save(model::ModelWriter& out) const;
  Status load(const model::ModelFile& file);
};

// Per-thread scratch of the Tagger.
struct TagScratch {
  std::vector<WordInfo> words;
  std::vector<uint16_t> tags, first, alt;
  std::vector<uint8_t> margin;
  std::vector<std::string_view> forms;
  std::string lower;
  model::FormMemo<WordInfo> word_info;  // form -> prepare()
  model::FormMemo<std::string> lemmas;  // (form, tag, sentence-initial) -> lemma
};

}  // namespace dyad::tag
