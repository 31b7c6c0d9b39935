// Weight tables: building from trained weights, (de)serialisation with validation.
// See weight_table.hpp for the layout and the reasons behind it.
#include "model/weight_table.hpp"

#include <algorithm>
#include <cmath>
#include <unordered_map>

#include "model/bytes.hpp"

#if defined(__x86_64__) && defined(__GNUC__)
#include <immintrin.h>
#endif

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

// A dense row is dense_width() int16 weights (a multiple of 16), widened to int32 and
// added to the scores. All the dense rows of one lookup batch are added together, 16
// classes at a time: the running sums of those 16 classes stay in registers while
// every row's int16 weights are widened and added to them, so a row costs two
// widening loads and two adds per 16 classes (no load and store of the scores per
// row). GCC's -O2 does not vectorise this, so it is written with intrinsics: SSE2
// (every x86-64) and an AVX2 version picked once at run time when the CPU has it;
// plain C++ elsewhere.
#if defined(__x86_64__) && defined(__GNUC__)
namespace {

void add_dense_sse2(const int16_t* const* rows, size_t n, size_t width, int32_t* __restrict scores) {
  for (size_t c = 0; c < width; c += 8) {
    __m128i* s = reinterpret_cast<__m128i*>(scores + c);
    __m128i lo = _mm_loadu_si128(s), hi = _mm_loadu_si128(s + 1);
    for (size_t r = 0; r < n; ++r) {
      const __m128i w = _mm_loadu_si128(reinterpret_cast<const __m128i*>(rows[r] + c));
      lo = _mm_add_epi32(lo, _mm_srai_epi32(_mm_unpacklo_epi16(w, w), 16));
      hi = _mm_add_epi32(hi, _mm_srai_epi32(_mm_unpackhi_epi16(w, w), 16));
    }
    _mm_storeu_si128(s, lo);
    _mm_storeu_si128(s + 1, hi);
  }
}

// Rows of exactly kChunks * 16 classes: all the running sums live in registers (at
// most 14 of the 16 ymm registers) and each row is read once, front to back.
template <size_t kChunks>
__attribute__((target("avx2"))) void add_dense_avx2_fixed(const int16_t* const* rows, size_t n,
                                                           int32_t* __restrict scores) {
  __m256i acc[2 * kChunks];
#pragma GCC unroll 16
  for (size_t j = 0; j < 2 * kChunks; ++j) acc[j] = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(scores) + j);
  for (size_t r = 0; r < n; ++r) {
    const __m128i* row = reinterpret_cast<const __m128i*>(rows[r]);
#pragma GCC unroll 16
    for (size_t j = 0; j < 2 * kChunks; ++j) {
      acc[j] = _mm256_add_epi32(acc[j], _mm256_cvtepi16_epi32(_mm_loadu_si128(row + j)));
    }
  }
#pragma GCC unroll 16
  for (size_t j = 0; j < 2 * kChunks; ++j) _mm256_storeu_si256(reinterpret_cast<__m256i*>(scores) + j, acc[j]);
}

__attribute__((target("avx2"))) void add_dense_avx2(const int16_t* const* rows, size_t n, size_t width,
                                                     int32_t* __restrict scores) {
  // The tagger's ~100 tags and the parser's ~100 labelled moves: 112 classes.
  if (width == 112) return add_dense_avx2_fixed<7>(rows, n, scores);
  for (size_t c = 0; c < width; c += 16) {
    __m256i* s = reinterpret_cast<__m256i*>(scores + c);
    __m256i lo = _mm256_loadu_si256(s), hi = _mm256_loadu_si256(s + 1);
    for (size_t r = 0; r < n; ++r) {
      const int16_t* row = rows[r] + c;
      lo = _mm256_add_epi32(lo, _mm256_cvtepi16_epi32(_mm_loadu_si128(reinterpret_cast<const __m128i*>(row))));
      hi = _mm256_add_epi32(hi, _mm256_cvtepi16_epi32(_mm_loadu_si128(reinterpret_cast<const __m128i*>(row + 8))));
    }
    _mm256_storeu_si256(s, lo);
    _mm256_storeu_si256(s + 1, hi);
  }
}

using AddDense = void (*)(const int16_t* const*, size_t, size_t, int32_t*);
const AddDense add_dense_impl = [] {
  __builtin_cpu_init();  // may run before the CPU-detection constructor
  return __builtin_cpu_supports("avx2") ? add_dense_avx2 : add_dense_sse2;
}();

}  // namespace

void SparseWeightTable::add_dense(const int16_t* const* rows, size_t n, size_t width, int32_t* __restrict scores) {
  add_dense_impl(rows, n, width, scores);
}
#else
void SparseWeightTable::add_dense(const int16_t* const* rows, size_t n, size_t width, int32_t* __restrict scores) {
  for (size_t r = 0; r < n; ++r) {
    for (size_t c = 0; c < width; ++c) scores[c] += rows[r][c];
  }
}
#endif

void SparseWeightTable::assemble(std::vector<std::pair<uint32_t, std::vector<uint32_t>>>& rows) {
  const uint64_t n_slots = table_slots_for(rows.size());
  mask_ = n_slots - 1;
  slots_.assign(n_slots, Slot{});
  rows_.clear();
  dense_.clear();
  count_ = 0;
  for (auto& [fp, entries] : rows) {
    uint64_t i = fp & mask_;
    while (slots_[i].fp != 0 && slots_[i].fp != fp) i = (i + 1) & mask_;
    if (slots_[i].fp == fp) continue;  // fingerprint clash: keep the first
    Slot& slot = slots_[i];
    slot.fp = fp;
    if (entries.size() <= static_cast<size_t>(kInline)) {
      for (size_t j = 0; j < entries.size(); ++j) {
        slot.cls[j] = static_cast<uint8_t>(entries[j] >> 16);
        slot.w[j] = static_cast<int16_t>(entries[j] & 0xffff);
      }
    } else if (entries.size() <= kStoredDenseAbove) {
      const uint32_t offset = static_cast<uint32_t>(rows_.size());
      slot.cls[0] = kOverflow;
      slot.w[0] = static_cast<int16_t>(offset & 0xffff);
      slot.w[1] = static_cast<int16_t>(offset >> 16);
      rows_.push_back(static_cast<uint32_t>(entries.size()));
      rows_.insert(rows_.end(), entries.begin(), entries.end());
    } else {
      const uint32_t offset = static_cast<uint32_t>(dense_.size());
      slot.cls[0] = kDense;
      slot.w[0] = static_cast<int16_t>(offset & 0xffff);
      slot.w[1] = static_cast<int16_t>(offset >> 16);
      dense_.resize(dense_.size() + dense_width(), 0);
      for (uint32_t e : entries) dense_[offset + (e >> 16)] = static_cast<int16_t>(e & 0xffff);
    }
    ++count_;
  }
}

void SparseWeightTable::build(int classes, const std::vector<uint64_t>& keys, const std::vector<uint32_t>& starts,
                              const std::vector<uint16_t>& row_classes, const std::vector<float>& row_weights,
                              float scale) {
  classes_ = classes;
  scale_ = scale;
  std::vector<std::pair<uint32_t, std::vector<uint32_t>>> rows;
  rows.reserve(keys.size());
  for (size_t k = 0; k < keys.size(); ++k) {
    std::vector<uint32_t> entries;
    for (uint32_t j = starts[k]; j < starts[k + 1]; ++j) {
      const int16_t q = quantise(row_weights[j], scale);
      if (q != 0) entries.push_back((uint32_t{row_classes[j]} << 16) | static_cast<uint16_t>(q));
    }
    if (!entries.empty()) rows.emplace_back(fingerprint(keys[k]), std::move(entries));
  }
  assemble(rows);
}

void SparseWeightTable::prune(int min_abs) {
  std::vector<std::pair<uint32_t, std::vector<uint32_t>>> rows;
  for (const Slot& s : slots_) {
    if (s.fp == 0) continue;
    std::vector<uint32_t> entries;
    auto keep = [&](uint32_t packed) {
      const int w = static_cast<int16_t>(packed & 0xffff);
      if (w >= min_abs || w <= -min_abs) entries.push_back(packed);
    };
    if (s.cls[0] == kOverflow) {
      const uint32_t* row = &rows_[overflow_offset(s)];
      for (uint32_t j = 1; j <= row[0]; ++j) keep(row[j]);
    } else if (s.cls[0] == kDense) {
      const int16_t* row = &dense_[overflow_offset(s)];
      for (int c = 0; c < classes_; ++c) {
        if (row[c] != 0) keep((static_cast<uint32_t>(c) << 16) | static_cast<uint16_t>(row[c]));
      }
    } else {
      for (int j = 0; j < kInline && s.cls[j] != kEmpty; ++j) {
        keep((uint32_t{s.cls[j]} << 16) | static_cast<uint16_t>(s.w[j]));
      }
    }
    if (!entries.empty()) rows.emplace_back(s.fp, std::move(entries));
  }
  assemble(rows);
}

template <class F>
void SparseWeightTable::for_each_weight(F f) const {
  for (const Slot& s : slots_) {
    if (s.fp == 0) continue;
    if (s.cls[0] == kOverflow) {
      const uint32_t* row = &rows_[overflow_offset(s)];
      for (uint32_t j = 1; j <= row[0]; ++j) f(s.fp, row[j] >> 16, static_cast<int16_t>(row[j] & 0xffff));
    } else if (s.cls[0] == kDense) {
      const int16_t* row = &dense_[overflow_offset(s)];
      for (int c = 0; c < classes_; ++c) {
        if (row[c] != 0) f(s.fp, static_cast<uint32_t>(c), row[c]);
      }
    } else {
      for (int j = 0; j < kInline && s.cls[j] != kEmpty; ++j) f(s.fp, s.cls[j], s.w[j]);
    }
  }
}

SparseWeightTable SparseWeightTable::average(const std::vector<const SparseWeightTable*>& tables, float min_abs) {
  SparseWeightTable out;
  if (tables.empty()) return out;
  // (fingerprint << 8 | class) -> summed weight, in weight units.
  std::unordered_map<uint64_t, float> sums;
  for (const SparseWeightTable* t : tables) {
    const float inv = 1.0f / t->scale_;
    t->for_each_weight([&](uint32_t fp, uint32_t cls, int16_t w) { sums[(uint64_t{fp} << 8) | cls] += w * inv; });
  }
  std::vector<std::pair<uint64_t, float>> items;
  items.reserve(sums.size());
  const float n = static_cast<float>(tables.size());
  for (const auto& [k, v] : sums) {
    const float avg = v / n;
    if (std::fabs(avg) >= min_abs && avg != 0) items.emplace_back(k, avg);
  }
  std::sort(items.begin(), items.end());
  std::vector<float> values;
  for (const auto& it : items) values.push_back(it.second);
  out.classes_ = tables[0]->classes_;
  out.scale_ = quantisation_scale(values);
  std::vector<std::pair<uint32_t, std::vector<uint32_t>>> rows;
  for (const auto& [k, v] : items) {
    const uint32_t fp = static_cast<uint32_t>(k >> 8);
    const int16_t q = quantise(v, out.scale_);
    if (q == 0) continue;
    if (rows.empty() || rows.back().first != fp) rows.emplace_back(fp, std::vector<uint32_t>());
    rows.back().second.push_back(((k & 0xff) << 16) | static_cast<uint16_t>(q));
  }
  out.assemble(rows);
  return out;
}

std::string SparseWeightTable::serialize() const {
  ByteWriter w;
  w.put_u32(static_cast<uint32_t>(classes_));
  w.put<float>(scale_);
  w.put_u64(count_);
  w.put_vec(slots_);
  w.put_vec(rows_);
  w.put_vec(dense_);
  return w.take();
}

Status SparseWeightTable::deserialize(std::string_view bytes, const std::string& what) {
  ByteReader r(bytes);
  classes_ = static_cast<int>(r.get_u32());
  scale_ = r.get<float>();
  count_ = r.get_u64();
  r.get_vec(slots_, 1ull << 28);
  r.get_vec(rows_, 1ull << 30);
  r.get_vec(dense_, 1ull << 30);
  if (!r.ok() || !r.at_end()) return make_error(what + ": truncated weight table");
  if (classes_ <= 0 || classes_ > kMaxClasses) return make_error(what + ": bad class count " + std::to_string(classes_));
  if (slots_.size() < 2 || (slots_.size() & (slots_.size() - 1)) != 0) {
    return make_error(what + ": table size is not a power of two");
  }
  const uint32_t n_classes = static_cast<uint32_t>(classes_);
  size_t used = 0;
  for (const Slot& s : slots_) {
    if (s.fp == 0) continue;
    ++used;
    // Every row must lie inside rows_ and name only known classes.
    if (s.cls[0] == kDense) {
      const size_t at = overflow_offset(s);
      if (at % dense_width() != 0 || at + dense_width() > dense_.size()) return make_error(what + ": row out of bounds");
    } else if (s.cls[0] == kOverflow) {
      const uint32_t at = overflow_offset(s);
      if (at >= rows_.size() || rows_[at] > rows_.size() - at - 1) return make_error(what + ": row out of bounds");
      for (uint32_t j = 1; j <= rows_[at]; ++j) {
        if ((rows_[at + j] >> 16) >= n_classes) return make_error(what + ": class out of range");
      }
    } else {
      for (int j = 0; j < kInline; ++j) {
        if (s.cls[j] != kEmpty && s.cls[j] >= n_classes) return make_error(what + ": class out of range");
        if (s.cls[j] == kEmpty && j + 1 < kInline && s.cls[j + 1] != kEmpty) {
          return make_error(what + ": malformed slot");
        }
      }
    }
  }
  if (used != count_ || used >= slots_.size()) return make_error(what + ": inconsistent slot count");
  mask_ = slots_.size() - 1;
  expand_rows();
  return Status::Ok();
}

void SparseWeightTable::expand_rows() {
  size_t rows = 0;
  for (const Slot& s : slots_) rows += s.fp != 0 && s.cls[0] == kOverflow;
  if (rows == 0) return;
  const size_t width = dense_width();
  // The expansion is only a faster layout: a table whose rows would need more than
  // kMaxDenseWeights dense weights (a damaged or hostile file; the shipped parser
  // needs 8M) keeps its compact rows.
  if (dense_.size() + rows * width > kMaxDenseWeights) return;
  size_t at = dense_.size();
  dense_.resize(at + rows * width, 0);
  for (Slot& s : slots_) {
    if (s.fp == 0 || s.cls[0] != kOverflow) continue;
    const uint32_t* row = &rows_[overflow_offset(s)];
    for (uint32_t j = 1; j <= row[0]; ++j) dense_[at + (row[j] >> 16)] = static_cast<int16_t>(row[j] & 0xffff);
    s.cls[0] = kDense;
    s.w[0] = static_cast<int16_t>(at & 0xffff);
    s.w[1] = static_cast<int16_t>(at >> 16);
    at += width;
  }
  rows_.clear();
  rows_.shrink_to_fit();
}

}  // namespace dyad::model
