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
  int epochs = 15;
  uint64_t seed = 1;
  // Dynamic-oracle exploration (Goldberg & Nivre 2012): from this epoch on, a wrong
  // prediction is followed (instead of the oracle's move) with this probability.
  int explore_from = 2;
  double explore_probability = 0.9;
  // Averaged weights smaller than this (in absolute value) are dropped from the model.
  float prune_transitions = 0.0f;
  float prune_labels = 0.0f;
  std::function<void(const std::string&)> log;
};

// Replaces UPOS, XPOS and LEMMA of `sentences` by the predictions of taggers trained
// on the other folds (k-fold jackknifing; fold of sentence i = i mod k).
Status jackknife_tags(std::vector<::dyad::ConlluSentence>& sentences, int folds, const TaggerTrainOptions& options);
// Replaces UPOS, XPOS and LEMMA by the tagger's predictions.
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
