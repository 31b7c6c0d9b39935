// Global training of the parser with a beam (dyad-train parser --beam K): the gold
// move sequence follows the cheapest moves of the oracle (a reduce before SHIFT when
// both cost nothing); each sentence is decoded with the beam, and at the step where the
// best item beats the gold prefix by the most (max-violation; Huang, Fayong & Guo 2012)
// the gold prefix's features are rewarded and the best item's penalised. Forced moves
// (an empty stack, the last word to the root) are not scored, as in decoding.
#pragma once

#include <cstdint>
#include <vector>

#include "averaged_perceptron.hpp"
#include "parse/parser_model.hpp"
#include "parser_oracle.hpp"

namespace dyad::train {

class BeamTrainer {
 public:
  // `model` gives the labels, feature groups and move validity (labelled moves);
  // `moves` is the perceptron being trained. Both must outlive the trainer.
  BeamTrainer(const parse::ParserModel& model, AveragedPerceptron& moves, int beam);

  // Decodes one sentence with the beam and updates; true when the best sequence was the
  // gold one (no update).
  bool train(const TrainingSentence& s);

 private:
  struct Item {
    parse::ParseState st;
    int64_t score = 0;
    std::vector<uint16_t> hist;
    bool gold = true;
  };
  struct Cand {
    int item;
    int cls;
    int64_t score;
  };
  int gold_class(const parse::ParseState& x, const TrainingSentence& s) const;
  // The perceptron's scores of the state's moves, in scores_.
  void score(const parse::ParseState& x, const TrainingSentence& s);
  void init(parse::ParseState& x, int n) const;

  const parse::ParserModel& model_;
  AveragedPerceptron& moves_;
  int beam_;
  int classes_;
  std::vector<Item> items_, next_;
  std::vector<Cand> cands_;
  std::vector<int64_t> scores_;
  uint64_t feats_[parse::kMaxTransitionFeatures];
};

}  // namespace dyad::train
