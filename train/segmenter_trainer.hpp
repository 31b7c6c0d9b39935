// Training the sentence splitter (and the tokenizer lexicon it carries) from a UD
// treebank.
//
// 1. learn_tokenizer_lexicon: which hyphenated forms and hyphen prefixes the treebank
//    keeps whole ("e-mail", "anti-war"), which words ending in a period it treats as
//    abbreviations ("Gen.", "etc."), which apostrophe-less contractions it splits
//    consistently ("dont" -> do nt).
// 2. Running text is built exactly as `dyad eval-segment` builds it (paragraphs of
//    `# text` joined by spaces, blank lines between paragraphs), tokenized with Dyad's
//    tokenizer using that lexicon, and every candidate gap (boundary_features.hpp) is
//    labelled by whether a gold sentence ends there (by character offset).
//    Augmented copies teach line breaks, which EWT's running text never has: the same
//    paragraphs hard-wrapped at a random width (a wrap is not a boundary), wire-style
//    documents with "\n    " between paragraphs (an indent is one), and some
//    paragraphs with one sentence per line. Only gaps holding a line break are taken
//    from the copies.
// 3. An averaged perceptron over hashed features, features seen fewer than
//    min_feature_count times pruned; epochs shuffled with a seeded generator, so
//    training is deterministic; the epoch with the best dev sentence F1 is kept.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "dyad/conllu.hpp"
#include "dyad/result.hpp"
#include "dyad/segmentation_eval.hpp"
#include "dyad/tokenize.hpp"
#include "segment/segmenter_model.hpp"

namespace dyad::train {

TokenizerLexicon learn_tokenizer_lexicon(const std::vector<ConlluSentence>& train);

struct SegmenterTrainingOptions {
  uint64_t seed = 1;
  int epochs = 12;                // upper bound; the best epoch on dev is kept
  uint32_t min_feature_count = 1;
  float min_abs_weight = 1.0f;    // averaged weights smaller than this are dropped (a small, fast model)
  bool augment = true;            // add line-break copies (see above)
  // Stored in the model metadata.
  std::string train_name = "train";
  std::string dev_name = "dev";
  std::string date;               // YYYY-MM-DD; empty = today (UTC)
  // Progress messages; the library never prints.
  std::function<void(const std::string&)> log;
};

struct SegmenterTrainingReport {
  int best_epoch = 0;
  SegmentationScores dev;
  size_t examples = 0, positives = 0;
  size_t gold_boundaries = 0, missed_boundaries = 0;  // gold ends that were no candidate
  size_t features = 0;
  double seconds = 0;
};

Result<segment::SegmenterModelData> train_segmenter(const std::vector<ConlluSentence>& train,
                                                    const std::vector<ConlluSentence>& dev,
                                                    const SegmenterTrainingOptions& options,
                                                    SegmenterTrainingReport* report = nullptr);

Status write_segmenter_model(const segment::SegmenterModelData& model, const std::string& path);

}  // namespace dyad::train
