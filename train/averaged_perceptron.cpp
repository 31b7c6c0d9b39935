// AveragedPerceptron (see averaged_perceptron.hpp).
#include "averaged_perceptron.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>

#include "model/key_map.hpp"

namespace dyad::train {

AveragedPerceptron::AveragedPerceptron(int classes) : classes_(classes) {
  index_keys_.assign(1 << 16, 0);
  index_rows_.assign(1 << 16, 0);
  mask_ = (1 << 16) - 1;
}

int64_t AveragedPerceptron::find_row(uint64_t key) const {
  key = model::nonzero(key);
  uint64_t i = key & mask_;
  while (true) {
    if (index_keys_[i] == key) return index_rows_[i];
    if (index_keys_[i] == 0) return -1;
    i = (i + 1) & mask_;
  }
}

void AveragedPerceptron::grow() {
  std::vector<uint64_t> keys(index_keys_.size() * 2, 0);
  std::vector<uint32_t> rows(index_keys_.size() * 2, 0);
  const uint64_t mask = keys.size() - 1;
  for (size_t j = 0; j < index_keys_.size(); ++j) {
    if (index_keys_[j] == 0) continue;
    uint64_t i = index_keys_[j] & mask;
    while (keys[i] != 0) i = (i + 1) & mask;
    keys[i] = index_keys_[j];
    rows[i] = index_rows_[j];
  }
  index_keys_.swap(keys);
  index_rows_.swap(rows);
  mask_ = mask;
}

uint32_t AveragedPerceptron::row_for(uint64_t key) {
  key = model::nonzero(key);
  if ((rows_.size() + 1) * 2 > index_keys_.size()) grow();
  uint64_t i = key & mask_;
  while (true) {
    if (index_keys_[i] == key) return index_rows_[i];
    if (index_keys_[i] == 0) break;
    i = (i + 1) & mask_;
  }
  index_keys_[i] = key;
  index_rows_[i] = static_cast<uint32_t>(rows_.size());
  row_keys_.push_back(key);
  rows_.emplace_back();
  return index_rows_[i];
}

void AveragedPerceptron::score(const uint64_t* keys, size_t n, int64_t* scores) const {
  for (size_t k = 0; k < n; ++k) {
    const int64_t r = find_row(keys[k]);
    if (r < 0) continue;
    for (const Weight& w : rows_[r]) scores[w.cls] += w.value;
  }
}

void AveragedPerceptron::update(const uint64_t* keys, size_t n, int cls, int delta) {
  for (size_t k = 0; k < n; ++k) {
    std::vector<Weight>& row = rows_[row_for(keys[k])];
    Weight* w = nullptr;
    for (Weight& x : row) {
      if (x.cls == cls) {
        w = &x;
        break;
      }
    }
    if (!w) {
      row.push_back(Weight{0, static_cast<uint32_t>(now_), 0, static_cast<uint16_t>(cls)});
      w = &row.back();
    }
    w->total += static_cast<int64_t>(w->value) * static_cast<int64_t>(now_ - w->since);
    w->since = static_cast<uint32_t>(now_);
    w->value += delta;
  }
}

float AveragedPerceptron::average(const Weight& w) const {
  const int64_t total = w.total + static_cast<int64_t>(w.value) * static_cast<int64_t>(now_ - w.since);
  return static_cast<float>(static_cast<double>(total) / static_cast<double>(now_));
}

void AveragedPerceptron::export_sparse(float min_abs, std::vector<uint64_t>& keys, std::vector<uint32_t>& starts,
                                       std::vector<uint16_t>& classes, std::vector<float>& weights) const {
  std::vector<uint32_t> order(rows_.size());
  std::iota(order.begin(), order.end(), 0u);
  std::sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) { return row_keys_[a] < row_keys_[b]; });
  keys.clear();
  starts.assign(1, 0);
  classes.clear();
  weights.clear();
  for (uint32_t r : order) {
    const size_t before = weights.size();
    std::vector<Weight> row = rows_[r];
    std::sort(row.begin(), row.end(), [](const Weight& a, const Weight& b) { return a.cls < b.cls; });
    for (const Weight& w : row) {
      const float a = average(w);
      if (std::fabs(a) < min_abs || a == 0) continue;
      classes.push_back(w.cls);
      weights.push_back(a);
    }
    if (weights.size() == before) continue;
    keys.push_back(row_keys_[r]);
    starts.push_back(static_cast<uint32_t>(weights.size()));
  }
}

void AveragedPerceptron::export_dense(float min_abs, std::vector<uint64_t>& keys, std::vector<float>& weights) const {
  std::vector<uint32_t> order(rows_.size());
  std::iota(order.begin(), order.end(), 0u);
  std::sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) { return row_keys_[a] < row_keys_[b]; });
  keys.clear();
  weights.clear();
  std::vector<float> row(classes_);
  for (uint32_t r : order) {
    std::fill(row.begin(), row.end(), 0.0f);
    bool keep = false;
    for (const Weight& w : rows_[r]) {
      row[w.cls] = average(w);
      keep |= std::fabs(row[w.cls]) >= min_abs && row[w.cls] != 0;
    }
    if (!keep) continue;
    keys.push_back(row_keys_[r]);
    weights.insert(weights.end(), row.begin(), row.end());
  }
}

}  // namespace dyad::train
