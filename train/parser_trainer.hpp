// Training the dependency parser (models/parser.bin) on a CoNLL-U treebank.
//
// The parser must work on tags predicted by the tagger, not on gold ones, so it is
// trained on jackknifed tags: the training set is cut into k folds and each fold is
// tagged by a tagger trained on the other k-1 (jackknife_tags). Dev, used to pick the
// epoch, is tagged by the full tagger, as at run time.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "dyad/conllu.hpp"
#include "dyad/parse.hpp"
#include "dyad/result.hpp"
#include "parse/parser_model.hpp"
#include "tagger_trainer.hpp"

namespace dyad::train {

struct ParserTrainOptions {
  int epochs = 12;
  uint64_t seed = 1;
  // Dynamic-oracle exploration (Goldberg & Nivre 2012): from this epoch on, a wrong
  // prediction is followed (instead of the oracle's move) with this probability.
  int explore_from = 2;
  double explore_probability = 0.9;
  // Perceptron with margin (greedy training): a right move whose score beats the best
  // costly move by less than this (in raw integer weight units) is updated as if it
  // were wrong. 0 = the plain perceptron. 20-50 makes one parser about as good as the
  // five-parser average (docs/parser-experiments.md).
  int margin = 0;
  // WordNet directory to read word classes from (parse::WordClasses); empty = none.
  std::string word_classes_dir;
  // Word cluster file (parse::WordClusters, train/cluster_reader.hpp); empty = none.
  std::string clusters_path;
  // Global training with a beam of this width (max-violation updates; labelled moves
  // only); the model then decodes with the same beam. 1 = greedy, dynamic oracle.
  int beam = 1;
  // Averaged weights smaller than this (in absolute value) are dropped from the model.
  float prune_transitions = 1.0f;
  float prune_labels = 0.0f;
  // Labelled moves (SHIFT, LEFT-l, RIGHT-l) in one classifier; else unlabelled moves
  // and a separate arc labeller (faster, about one point less accurate on EWT).
  bool labeled_moves = true;
  // Train this many parsers (labelled moves only; seeds seed, seed+1, ...) and average
  // their weights into one model: same run-time cost, smoother weights.
  int ensemble = 1;
  // Joint "XPOS|UPOS" tags the parser must know even if the training data (jackknifed
  // predictions) never shows them: every tag the run-time tagger can produce.
  std::vector<std::string> known_tags;
  std::function<void(const std::string&)> log;
};

// Replaces UPOS, XPOS and LEMMA of `sentences` by the predictions of taggers trained
// on the other folds (k-fold jackknifing; fold of sentence i = i mod k).
Status jackknife_tags(std::vector<::dyad::ConlluSentence>& sentences, int folds, const TaggerTrainOptions& options);
// The tagger's runner-up tag in a CoNLL-U MISC column ("DyadAltTag=VBN/VERB/1"): how
// jackknifed training data keeps what Token::alt_tag and Token::tag_margin hold.
void write_alt_tag(std::string& misc, std::string_view xpos, std::string_view upos, uint8_t margin);
bool read_alt_tag(std::string_view misc, std::string& alt, uint8_t& margin);

// Replaces UPOS, XPOS and LEMMA by the tagger's predictions (and records the
// runner-up tag in MISC).
void retag(const Tagger& tagger, std::vector<::dyad::ConlluSentence>& sentences);

// Trains on `train` (heads and relations gold, tags as given: jackknifed), picks the
// epoch by LAS on `dev` (tags as given: predicted). `dev` may be empty.
Result<std::unique_ptr<parse::ParserModel>> train_parser(const std::vector<::dyad::ConlluSentence>& train,
                                                          const std::vector<::dyad::ConlluSentence>& dev,
                                                          const ParserTrainOptions& options);

// Parses `sentences` with the tags they carry and scores heads and relations.
ParseScores evaluate_parser(const DependencyParser& parser, const std::vector<::dyad::ConlluSentence>& sentences);

Status save_parser(const parse::ParserModel& model, const std::string& path);
Result<std::unique_ptr<DependencyParser>> parser_from_model(const parse::ParserModel& model);

}  // namespace dyad::train
