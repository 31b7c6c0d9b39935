// Run-time weight tables of the linear models: feature key -> class weights.
//
// Both tables are open-addressing hash tables indexed by the low bits of the 64-bit
// feature key and confirmed by a 32-bit fingerprint from its high bits, with int16
// weights (averaged-perceptron weights quantised with one scale per table). They are
// stored in the model file as they are laid out in memory (empty slots are zeros and
// compress to nothing), so loading is an inflate and a copy, with no rebuilding.
//
// DenseWeightTable keeps the 3 weights of a feature (the parser's transitions) in its
// 8-byte slot: one cache line per feature looked up.
// SparseWeightTable keeps, for classifiers with many classes (tagger: ~100 joint
// tags, arc labeller: ~50 relations), only the classes a feature has a weight for:
// a slot points to a row of (class, weight) pairs, typically 2-6 of them.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/result.hpp"

namespace dyad::model {

inline uint32_t fingerprint(uint64_t key) {
  const uint32_t fp = static_cast<uint32_t>(key >> 32);
  return fp == 0 ? 1u : fp;
}

// The number of slots for `n` keys: a power of two, at most ~60% full.
uint64_t table_slots_for(uint64_t n);

// 16-bit fingerprints: a key absent from the table matches a slot in about one
// lookup in 40,000 and then adds a small spurious weight, which costs no measurable
// accuracy and halves the table (8-byte slots: a cache line holds eight).
inline uint16_t short_fingerprint(uint64_t key) {
  const uint16_t fp = static_cast<uint16_t>(key >> 48);
  return fp == 0 ? 1 : fp;
}

class DenseWeightTable {
 public:
  static constexpr int kClasses = 3;
  struct Slot {
    uint16_t fp = 0;
    int16_t w[kClasses] = {};
  };
  static_assert(sizeof(Slot) == 8);

  DenseWeightTable() = default;
  // Builds from (key, weights) rows (weights[k * kClasses + c]), scaled to int16.
  void build(const std::vector<uint64_t>& keys, const std::vector<float>& weights, float scale);

  size_t size() const { return count_; }
  size_t memory_bytes() const { return slots_.size() * sizeof(Slot); }
  float scale() const { return scale_; }

  const int16_t* find(uint64_t key) const {
    const uint16_t fp = short_fingerprint(key);
    uint64_t i = key & mask_;
    while (true) {
      const Slot& s = slots_[i];
      if (s.fp == fp) return s.w;
      if (s.fp == 0) return nullptr;
      i = (i + 1) & mask_;
    }
  }
  // scores[c] += weight(key, c) for every key (scores has kClasses entries).
  // All slots are prefetched first: the lookups are independent cache misses, and
  // issuing them together lets the memory system serve them in parallel.
  void add(const uint64_t* keys, size_t n, int32_t* scores) const {
    if (slots_.empty()) return;
    for (size_t k = 0; k < n; ++k) __builtin_prefetch(&slots_[keys[k] & mask_]);
    for (size_t k = 0; k < n; ++k) {
      if (const int16_t* w = find(keys[k])) {
        scores[0] += w[0];
        scores[1] += w[1];
        scores[2] += w[2];
      }
    }
  }

  std::string serialize() const;
  // `what` names the table in errors.
  Status deserialize(std::string_view bytes, const std::string& what);

 private:
  float scale_ = 1;
  uint64_t mask_ = 0;
  size_t count_ = 0;
  std::vector<Slot> slots_;
};

class SparseWeightTable {
 public:
  struct Slot {
    uint32_t fp = 0;
    uint32_t row = 0;  // index of the row's length in rows_
  };

  SparseWeightTable() = default;
  // Rows: for key i, the pairs (classes[j], weights[j]) for j in [starts[i], starts[i+1]).
  void build(int classes, const std::vector<uint64_t>& keys, const std::vector<uint32_t>& starts,
             const std::vector<uint16_t>& row_classes, const std::vector<float>& row_weights, float scale);

  int classes() const { return classes_; }
  size_t size() const { return count_; }
  size_t weights() const { return rows_.size() - count_; }
  size_t memory_bytes() const { return slots_.size() * sizeof(Slot) + rows_.size() * 4; }
  float scale() const { return scale_; }

  const uint32_t* find(uint64_t key) const {
    const uint32_t fp = fingerprint(key);
    uint64_t i = key & mask_;
    while (true) {
      const Slot& s = slots_[i];
      if (s.fp == fp) return &rows_[s.row];
      if (s.fp == 0) return nullptr;
      i = (i + 1) & mask_;
    }
  }
  // scores[c] += weight(key, c) for every key; scores has classes() entries.
  // Two rounds of prefetching (slots, then the rows they point to) for the same
  // reason as DenseWeightTable::add. At most kMaxBatch keys per call.
  static constexpr size_t kMaxBatch = 64;
  void add(const uint64_t* keys, size_t n, int32_t* scores) const {
    if (slots_.empty()) return;
    const uint32_t* rows[kMaxBatch];
    n = n < kMaxBatch ? n : kMaxBatch;
    for (size_t k = 0; k < n; ++k) __builtin_prefetch(&slots_[keys[k] & mask_]);
    for (size_t k = 0; k < n; ++k) {
      rows[k] = find(keys[k]);
      if (rows[k]) __builtin_prefetch(rows[k]);
    }
    for (size_t k = 0; k < n; ++k) {
      const uint32_t* row = rows[k];
      if (!row) continue;
      const uint32_t len = row[0];
      for (uint32_t j = 1; j <= len; ++j) {
        scores[row[j] >> 16] += static_cast<int16_t>(row[j] & 0xffff);
      }
    }
  }

  std::string serialize() const;
  Status deserialize(std::string_view bytes, const std::string& what);

 private:
  int classes_ = 0;
  float scale_ = 1;
  uint64_t mask_ = 0;
  size_t count_ = 0;
  std::vector<Slot> slots_;
  std::vector<uint32_t> rows_;  // per row: length, then (class << 16 | uint16 weight) pairs
};

// The scale mapping float weights to int16: the largest magnitude maps to 32000.
float quantisation_scale(const std::vector<float>& weights);

}  // namespace dyad::model
