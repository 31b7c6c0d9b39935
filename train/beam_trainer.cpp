// BeamTrainer (see beam_trainer.hpp).
#include "beam_trainer.hpp"

#include <algorithm>
#include <climits>

namespace dyad::train {

using parse::ParseState;

BeamTrainer::BeamTrainer(const parse::ParserModel& model, AveragedPerceptron& moves, int beam)
    : model_(model), moves_(moves), beam_(beam), classes_(model.move_classes()), scores_(moves.classes()) {}

int BeamTrainer::gold_class(const ParseState& x, const TrainingSentence& s) const {
  int move_cost[parse::kMoves];
  move_costs(x, s, move_cost);
  int best = -1, best_cost = INT_MAX;
  for (int c = 0; c < classes_; ++c) {
    const int cost = labeled_move_cost(model_, x, s, move_cost, c);
    if (cost == INT_MAX) continue;
    if (cost < best_cost || (cost == best_cost && best == 0)) {
      best = c;
      best_cost = cost;
    }
  }
  return best;
}

void BeamTrainer::score(const ParseState& x, const TrainingSentence& s) {
  const size_t nf = parse::transition_features(x, s.words.data(), model_.feature_groups, feats_);
  std::fill(scores_.begin(), scores_.end(), 0);
  moves_.score(feats_, nf, scores_.data());
}

void BeamTrainer::init(ParseState& x, int n) const {
  x.init(n);
  x.set_marker_labels(model_.marker_labels);
}

bool BeamTrainer::train(const TrainingSentence& s) {
  const int n = static_cast<int>(s.gold_head.size());
  std::vector<uint16_t> gold_path;
  ParseState g;
  init(g, n);
  while (!g.terminal()) {
    const int c = gold_class(g, s);
    gold_path.push_back(static_cast<uint16_t>(c));
    parse::ParserModel::apply_labeled(g, c);
  }
  items_.resize(1);
  init(items_[0].st, n);
  items_[0].score = 0;
  items_[0].hist.clear();
  items_[0].gold = true;
  init(g, n);
  int64_t gold_score = 0, max_violation = INT64_MIN;
  int t_star = -1;
  std::vector<uint16_t> pred_star;
  for (size_t t = 0; t < gold_path.size(); ++t) {
    cands_.clear();
    for (int b = 0; b < static_cast<int>(items_.size()); ++b) {
      const ParseState& x = items_[b].st;
      if (const int f = model_.forced_labeled(x); f >= 0) {
        cands_.push_back({b, f, items_[b].score});
        continue;
      }
      score(x, s);
      for (int c = 0; c < classes_; ++c) {
        if (model_.valid_labeled(x, c)) cands_.push_back({b, c, items_[b].score + scores_[c]});
      }
    }
    const size_t keep = std::min<size_t>(static_cast<size_t>(beam_), cands_.size());
    std::partial_sort(cands_.begin(), cands_.begin() + keep, cands_.end(), [](const Cand& a, const Cand& b) {
      return a.score != b.score ? a.score > b.score : a.cls < b.cls;
    });
    next_.resize(keep);
    for (size_t i = 0; i < keep; ++i) {
      const Item& from = items_[cands_[i].item];
      Item& to = next_[i];
      to.st = from.st;
      to.hist = from.hist;
      to.hist.push_back(static_cast<uint16_t>(cands_[i].cls));
      to.score = cands_[i].score;
      to.gold = from.gold && cands_[i].cls == gold_path[t];
      parse::ParserModel::apply_labeled(to.st, cands_[i].cls);
    }
    items_.swap(next_);
    // The gold prefix's score, step by step.
    if (model_.forced_labeled(g) < 0) {
      score(g, s);
      gold_score += scores_[gold_path[t]];
    }
    parse::ParserModel::apply_labeled(g, gold_path[t]);
    if (!items_[0].gold) {
      const int64_t v = items_[0].score - gold_score;
      if (v >= max_violation) {
        max_violation = v;
        t_star = static_cast<int>(t);
        pred_star = items_[0].hist;
      }
    }
  }
  const bool right = items_[0].gold || t_star < 0;
  if (!right) {
    // Update at the step of maximal violation: towards the gold prefix, away from the
    // best-scoring one (their common beginning cancels out).
    size_t d = 0;
    while (d < pred_star.size() && pred_star[d] == gold_path[d]) ++d;
    for (int side = 0; side < 2; ++side) {
      const std::vector<uint16_t>& path = side == 0 ? gold_path : pred_star;
      ParseState x;
      init(x, n);
      for (size_t i = 0; i <= static_cast<size_t>(t_star); ++i) {
        if (i >= d && model_.forced_labeled(x) < 0) {
          const size_t nf = parse::transition_features(x, s.words.data(), model_.feature_groups, feats_);
          moves_.update(feats_, nf, path[i], side == 0 ? +1 : -1);
        }
        parse::ParserModel::apply_labeled(x, path[i]);
      }
    }
  }
  moves_.tick();
  return right;
}

}  // namespace dyad::train
