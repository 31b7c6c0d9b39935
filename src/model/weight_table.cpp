// Weight tables: building from trained weights, (de)serialisation with validation.
// See weight_table.hpp for the layout and the reasons behind it.
#include "model/weight_table.hpp"

#include <algorithm>
#include <cmath>

#include "model/bytes.hpp"

namespace dyad::model {

namespace {

int16_t quantise(float w, float scale) {
  const float q = std::round(w * scale);
  return static_cast<int16_t>(std::clamp(q, -32767.0f, 32767.0f));
}

}  // namespace

uint64_t table_slots_for(uint64_t n) {
  uint64_t slots = 16;
  while (slots * 3 < n * 5) slots <<= 1;  // load factor <= 0.6
  return slots;
}

float quantisation_scale(const std::vector<float>& weights) {
  float max_abs = 0;
  for (float w : weights) max_abs = std::max(max_abs, std::fabs(w));
  return max_abs > 0 ? 32000.0f / max_abs : 1.0f;
}

void DenseWeightTable::build(const std::vector<uint64_t>& keys, const std::vector<float>& weights, float scale) {
  scale_ = scale;
  const uint64_t n_slots = table_slots_for(keys.size());
  mask_ = n_slots - 1;
  slots_.assign(n_slots, Slot{});
  count_ = 0;
  for (size_t k = 0; k < keys.size(); ++k) {
    Slot s;
    s.fp = short_fingerprint(keys[k]);
    bool any = false;
    for (int c = 0; c < kClasses; ++c) {
      s.w[c] = quantise(weights[k * kClasses + c], scale);
      any |= s.w[c] != 0;
    }
    if (!any) continue;
    uint64_t i = keys[k] & mask_;
    while (slots_[i].fp != 0 && slots_[i].fp != s.fp) i = (i + 1) & mask_;
    if (slots_[i].fp == s.fp) {  // fingerprint clash in the same chain: add up
      for (int c = 0; c < kClasses; ++c) {
        slots_[i].w[c] = static_cast<int16_t>(std::clamp(slots_[i].w[c] + s.w[c], -32767, 32767));
      }
      continue;
    }
    slots_[i] = s;
    ++count_;
  }
}

std::string DenseWeightTable::serialize() const {
  ByteWriter w;
  w.put_u32(kClasses);
  w.put<float>(scale_);
  w.put_u64(count_);
  w.put_vec(slots_);
  return w.take();
}

Status DenseWeightTable::deserialize(std::string_view bytes, const std::string& what) {
  ByteReader r(bytes);
  const uint32_t classes = r.get_u32();
  scale_ = r.get<float>();
  count_ = r.get_u64();
  r.get_vec(slots_, 1ull << 30);
  if (!r.ok() || !r.at_end()) return make_error(what + ": truncated weight table");
  if (classes != kClasses) return make_error(what + ": bad class count " + std::to_string(classes));
  if (slots_.size() < 2 || (slots_.size() & (slots_.size() - 1)) != 0) {
    return make_error(what + ": table size is not a power of two");
  }
  size_t used = 0;
  for (const Slot& s : slots_) used += s.fp != 0;
  // A full table would make a lookup of an absent key loop forever.
  if (used != count_ || used >= slots_.size()) return make_error(what + ": inconsistent slot count");
  mask_ = slots_.size() - 1;
  return Status::Ok();
}

void SparseWeightTable::build(int classes, const std::vector<uint64_t>& keys, const std::vector<uint32_t>& starts,
                              const std::vector<uint16_t>& row_classes, const std::vector<float>& row_weights,
                              float scale) {
  classes_ = classes;
  scale_ = scale;
  const uint64_t n_slots = table_slots_for(keys.size());
  mask_ = n_slots - 1;
  slots_.assign(n_slots, Slot{});
  rows_.clear();
  count_ = 0;
  std::vector<uint32_t> row;
  for (size_t k = 0; k < keys.size(); ++k) {
    row.clear();
    for (uint32_t j = starts[k]; j < starts[k + 1]; ++j) {
      const int16_t q = quantise(row_weights[j], scale);
      if (q != 0) row.push_back((uint32_t{row_classes[j]} << 16) | static_cast<uint16_t>(q));
    }
    if (row.empty()) continue;
    const uint32_t fp = fingerprint(keys[k]);
    uint64_t i = keys[k] & mask_;
    while (slots_[i].fp != 0 && slots_[i].fp != fp) i = (i + 1) & mask_;
    if (slots_[i].fp == fp) continue;  // fingerprint clash in one chain: keep the first
    slots_[i].fp = fp;
    slots_[i].row = static_cast<uint32_t>(rows_.size());
    rows_.push_back(static_cast<uint32_t>(row.size()));
    rows_.insert(rows_.end(), row.begin(), row.end());
    ++count_;
  }
}

std::string SparseWeightTable::serialize() const {
  ByteWriter w;
  w.put_u32(static_cast<uint32_t>(classes_));
  w.put<float>(scale_);
  w.put_u64(count_);
  w.put_vec(slots_);
  w.put_vec(rows_);
  return w.take();
}

Status SparseWeightTable::deserialize(std::string_view bytes, const std::string& what) {
  ByteReader r(bytes);
  classes_ = static_cast<int>(r.get_u32());
  scale_ = r.get<float>();
  count_ = r.get_u64();
  r.get_vec(slots_, 1ull << 28);
  r.get_vec(rows_, 1ull << 30);
  if (!r.ok() || !r.at_end()) return make_error(what + ": truncated weight table");
  if (classes_ <= 0 || classes_ > 65535) return make_error(what + ": bad class count " + std::to_string(classes_));
  if (slots_.size() < 2 || (slots_.size() & (slots_.size() - 1)) != 0) {
    return make_error(what + ": table size is not a power of two");
  }
  size_t used = 0;
  for (const Slot& s : slots_) {
    if (s.fp == 0) continue;
    ++used;
    // Every row must lie inside rows_ and name only known classes.
    if (s.row >= rows_.size() || rows_[s.row] > rows_.size() - s.row - 1) {
      return make_error(what + ": row out of bounds");
    }
    for (uint32_t j = 1; j <= rows_[s.row]; ++j) {
      if ((rows_[s.row + j] >> 16) >= static_cast<uint32_t>(classes_)) return make_error(what + ": class out of range");
    }
  }
  if (used != count_ || used >= slots_.size()) return make_error(what + ": inconsistent slot count");
  mask_ = slots_.size() - 1;
  return Status::Ok();
}

}  // namespace dyad::model
