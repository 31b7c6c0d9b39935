// AveragedPerceptron: the training-time linear model behind the tagger, the parser's
// transition classifier and its arc labeller.
//
// Weights are integers (every perceptron update is +-1), and the running average uses
// lazy timestamps: each weight keeps its current value, the time of its last change
// and the sum of its past values up to then, so an update costs O(1) and the average
// is exact (integer arithmetic: training is bit-for-bit deterministic given the order
// of the examples). Features are 64-bit keys (model/feature_hash.hpp); a row is
// created for a feature only when it first takes part in an update, so features that
// never matter cost nothing. Rows hold only the classes the feature was updated for.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace dyad::train {

class AveragedPerceptron {
 public:
  explicit AveragedPerceptron(int classes);

  int classes() const { return classes_; }
  size_t features() const { return rows_.size(); }

  // scores[c] += current weight of (key, c), for each key. `scores` has classes() entries.
  void score(const uint64_t* keys, size_t n, int64_t* scores) const;
  // weight(key, cls) += delta for each key.
  void update(const uint64_t* keys, size_t n, int cls, int delta);
  // Advances the clock: call once per training example.
  void tick() { ++now_; }

  // The averaged weights, row by row: keys[i] has pairs (classes[j], weights[j]) for
  // j in [starts[i], starts[i+1]); weights with |w| < min_abs are dropped, then rows
  // left empty. Rows come in key order (deterministic).
  void export_sparse(float min_abs, std::vector<uint64_t>& keys, std::vector<uint32_t>& starts,
                     std::vector<uint16_t>& classes, std::vector<float>& weights) const;
  // Dense: weights[i * classes() + c]; rows whose every |w| < min_abs are dropped.
  void export_dense(float min_abs, std::vector<uint64_t>& keys, std::vector<float>& weights) const;

 private:
  struct Weight {
    int32_t value = 0;
    uint32_t since = 0;  // the clock when value last changed
    int64_t total = 0;   // sum of value over the clock ticks before `since`
    uint16_t cls = 0;
  };
  int64_t find_row(uint64_t key) const;
  uint32_t row_for(uint64_t key);
  float average(const Weight& w) const;
  void grow();

  int classes_;
  uint64_t now_ = 1;
  std::vector<uint64_t> index_keys_;  // open addressing: key (0 = empty)
  std::vector<uint32_t> index_rows_;
  uint64_t mask_ = 0;
  std::vector<uint64_t> row_keys_;
  std::vector<std::vector<Weight>> rows_;
};

}  // namespace dyad::train
