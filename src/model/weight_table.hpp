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
// tags, labelled parser moves: ~100), only the classes a feature has a weight for:
// up to four (class, weight) pairs inside the 16-byte slot, longer rows apart.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/result.hpp"
#include "model/huge_page_allocator.hpp"

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
  std::vector<Slot, HugePageAllocator<Slot>> slots_;
};

class SparseWeightTable {
 public:
  // Up to kInline (class, weight) pairs live in the slot itself (most features have
  // weights for 2-4 classes, so most lookups cost one cache line); a longer row is
  // stored apart and the slot points to it (cls[0] == kOverflow, w[0..1] = offset).
  // The few features with weights for many classes (tag-only templates, active in
  // every decision) get a dense int16 row over all classes (cls[0] == kDense), added
  // with SIMD instead of scattered one pair at a time.
  //
  // Model files keep rows of up to kStoredDenseAbove pairs as overflow rows (compact);
  // loading turns every overflow row into a dense row. A dense row costs four
  // instructions per 16 classes with the sums kept in registers, a scattered pair about
  // six, and scattered adds into one score array wait on each other's stores: with
  // ~100 classes a row of five pairs is already added faster dense (docs/parser-experiments.md,
  // sixth round). It costs memory: `dyad analyze` with the shipped models peaks at
  // 145 MB instead of 123 MB.
  static constexpr int kInline = 4;
  static constexpr uint8_t kEmpty = 0xFF, kOverflow = 0xFE, kDense = 0xFD;
  static constexpr int kMaxClasses = 253;
  static constexpr size_t kStoredDenseAbove = 24;
  static constexpr size_t kMaxDenseWeights = size_t{1} << 28;  // 512 MB of dense rows
  struct Slot {
    uint32_t fp = 0;
    uint8_t cls[kInline] = {kEmpty, kEmpty, kEmpty, kEmpty};
    int16_t w[kInline] = {};
  };
  static_assert(sizeof(Slot) == 16);

  SparseWeightTable() = default;
  // Rows: for key i, the pairs (classes[j], weights[j]) for j in [starts[i], starts[i+1]).
  void build(int classes, const std::vector<uint64_t>& keys, const std::vector<uint32_t>& starts,
             const std::vector<uint16_t>& row_classes, const std::vector<float>& row_weights, float scale);

  int classes() const { return classes_; }
  size_t size() const { return count_; }
  size_t memory_bytes() const { return slots_.size() * sizeof(Slot) + rows_.size() * 4 + dense_.size() * 2; }
  // Length of a dense row: the class count rounded up to a multiple of 16.
  size_t dense_width() const { return (static_cast<size_t>(classes_) + 15) & ~size_t{15}; }
  float scale() const { return scale_; }

  // The home slot derives from the fingerprint alone (its low bits; the fingerprint is
  // the high half of a well-mixed hash), so the table can be re-built from its slots
  // when pruned.
  const Slot* find(uint64_t key) const {
    const uint32_t fp = fingerprint(key);
    uint64_t i = fp & mask_;
    while (true) {
      const Slot& s = slots_[i];
      if (s.fp == fp) return &s;
      if (s.fp == 0) return nullptr;
      i = (i + 1) & mask_;
    }
  }
  // scores[c] += weight(key, c) for every key; scores has dense_width() entries (the
  // padding past classes() receives zeros). All slots are prefetched first (the lookups are independent cache misses, and
  // issuing them together lets the memory system serve them in parallel), then the
  // overflow rows they point to; in batches of kMaxBatch keys.
  static constexpr size_t kMaxBatch = 160;
  void add(const uint64_t* keys, size_t n, int32_t* scores) const {
    if (slots_.empty()) return;
    while (n > kMaxBatch) {
      add(keys, kMaxBatch, scores);
      keys += kMaxBatch;
      n -= kMaxBatch;
    }
    const Slot* found[kMaxBatch];
    const int16_t* dense_rows[kMaxBatch];
    size_t n_dense = 0;
    const size_t width = dense_width();
    for (size_t k = 0; k < n; ++k) __builtin_prefetch(&slots_[fingerprint(keys[k]) & mask_]);
    for (size_t k = 0; k < n; ++k) {
      found[k] = find(keys[k]);
      if (!found[k]) continue;
      if (found[k]->cls[0] == kOverflow) {
        __builtin_prefetch(&rows_[overflow_offset(*found[k])]);
      } else if (found[k]->cls[0] == kDense) {
        const int16_t* row = &dense_[overflow_offset(*found[k])];
        for (size_t b = 0; b < width * sizeof(int16_t); b += 64) __builtin_prefetch(reinterpret_cast<const char*>(row) + b);
        dense_rows[n_dense++] = row;
        found[k] = nullptr;
      }
    }
    for (size_t k = 0; k < n; ++k) {
      const Slot* s = found[k];
      if (!s) continue;
      if (s->cls[0] != kOverflow) {
        for (int j = 0; j < kInline && s->cls[j] != kEmpty; ++j) scores[s->cls[j]] += s->w[j];
      } else {
        const uint32_t* row = &rows_[overflow_offset(*s)];
        for (uint32_t j = 1; j <= row[0]; ++j) scores[row[j] >> 16] += static_cast<int16_t>(row[j] & 0xffff);
      }
    }
    if (n_dense > 0) add_dense(dense_rows, n_dense, width, scores);
  }

  std::string serialize() const;
  Status deserialize(std::string_view bytes, const std::string& what);

  // Drops weights whose magnitude (int16 units) is below `min_abs`, and features left
  // with none; rebuilds the table at the size its remaining features need.
  void prune(int min_abs);

  // The average of several tables over the same classes (a feature absent from one
  // counts as zero there), dropping averaged weights below `min_abs` (weight units,
  // before quantisation): an ensemble of perceptrons folded into one model.
  static SparseWeightTable average(const std::vector<const SparseWeightTable*>& tables, float min_abs);

 private:
  // Calls f(fp, class, int16 weight) for every weight.
  template <class F>
  void for_each_weight(F f) const;
  static uint32_t overflow_offset(const Slot& s) {
    return static_cast<uint32_t>(static_cast<uint16_t>(s.w[0])) | (static_cast<uint32_t>(static_cast<uint16_t>(s.w[1])) << 16);
  }
  // Turns every overflow row into a dense row (at load), within kMaxDenseWeights.
  void expand_rows();
  // Rebuilds from (fingerprint, packed entries) rows.
  void assemble(std::vector<std::pair<uint32_t, std::vector<uint32_t>>>& rows);
  // scores[0..width) += rows[r][0..width) for every r < n (width a multiple of 16), with
  // SSE2 or AVX2 intrinsics (see weight_table.cpp).
  static void add_dense(const int16_t* const* rows, size_t n, size_t width, int32_t* __restrict scores);

  int classes_ = 0;
  float scale_ = 1;
  uint64_t mask_ = 0;
  size_t count_ = 0;
  std::vector<Slot, HugePageAllocator<Slot>> slots_;
  std::vector<uint32_t, HugePageAllocator<uint32_t>> rows_;  // overflow rows: length, then (class << 16 | weight)
  std::vector<int16_t, HugePageAllocator<int16_t>> dense_;   // dense rows of dense_width() weights
};

// The scale mapping float weights to int16: the largest magnitude maps to 32000.
float quantisation_scale(const std::vector<float>& weights);

}  // namespace dyad::model
