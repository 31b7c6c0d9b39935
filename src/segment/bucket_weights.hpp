// BucketWeights: the sentence splitter's feature weights at run time, laid out so a
// lookup touches one cache line and takes no data-dependent branch.
//
// A key's low bits pick a 64-byte bucket of 16 slots; its top 16 bits are the
// fingerprint looked for among the bucket's 16 fingerprints (one SSE2 compare of 32
// bytes). Weights are int16, scaled from the model's floats by one factor. A missing
// feature finds no fingerprint and weighs 0; a 16-bit fingerprint lets about 3 in
// 100,000 lookups of an unknown key pick up a stray weight, far below what changes a
// decision. The table grows until no bucket overflows (mean load <= 4 of 16).
#pragma once

#include <cmath>
#include <cstdint>
#include <vector>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace dyad::segment {

class BucketWeights {
 public:
  BucketWeights() = default;
  BucketWeights(const std::vector<uint64_t>& keys, const std::vector<float>& weights) {
    float max_abs = 0.0f;
    for (float w : weights) max_abs = std::max(max_abs, std::fabs(w));
    scale_ = max_abs > 0.0f ? max_abs / 32000.0f : 1.0f;
    size_t buckets = 16;
    while (buckets * 4 < keys.size()) buckets <<= 1;
    while (!build(keys, weights, buckets)) buckets <<= 1;
  }

  // The summed weight of the keys, as a float.
  float score(const uint64_t* keys, int n) const {
    if (buckets_.empty()) return 0.0f;
    // Ask for every bucket first so the cache misses overlap.
    for (int i = 0; i < n; ++i) __builtin_prefetch(&buckets_[keys[i] & mask_]);
    int32_t sum = 0;
    for (int i = 0; i < n; ++i) sum += lookup(keys[i]);
    return static_cast<float>(sum) * scale_;
  }
  size_t bytes() const { return buckets_.size() * sizeof(Bucket); }

 private:
  struct alignas(64) Bucket {
    uint16_t fingerprint[16];
    int16_t weight[16];
  };
  static uint16_t fingerprint(uint64_t key) {
    const uint16_t f = static_cast<uint16_t>(key >> 48);
    return f ? f : 1;
  }

  int32_t lookup(uint64_t key) const {
    const Bucket& b = buckets_[key & mask_];
    const uint16_t fp = fingerprint(key);
#if defined(__SSE2__)
    const __m128i want = _mm_set1_epi16(static_cast<int16_t>(fp));
    const __m128i lo = _mm_load_si128(reinterpret_cast<const __m128i*>(b.fingerprint));
    const __m128i hi = _mm_load_si128(reinterpret_cast<const __m128i*>(b.fingerprint + 8));
    const uint32_t hits = static_cast<uint32_t>(_mm_movemask_epi8(_mm_cmpeq_epi16(lo, want))) |
                          (static_cast<uint32_t>(_mm_movemask_epi8(_mm_cmpeq_epi16(hi, want))) << 16);
    return hits ? b.weight[__builtin_ctz(hits) >> 1] : 0;
#else
    for (int s = 0; s < 16; ++s) {
      if (b.fingerprint[s] == fp) return b.weight[s];
    }
    return 0;
#endif
  }

  bool build(const std::vector<uint64_t>& keys, const std::vector<float>& weights, size_t buckets) {
    buckets_.assign(buckets, Bucket{});
    mask_ = buckets - 1;
    for (size_t i = 0; i < keys.size(); ++i) {
      const long q = std::lround(weights[i] / scale_);
      if (q == 0) continue;
      Bucket& b = buckets_[keys[i] & mask_];
      const uint16_t fp = fingerprint(keys[i]);
      int slot = 0;
      while (slot < 16 && b.fingerprint[slot] != 0 && b.fingerprint[slot] != fp) ++slot;
      if (slot == 16) return false;
      const long sum = b.fingerprint[slot] == fp ? b.weight[slot] + q : q;  // same bucket, same fingerprint
      b.fingerprint[slot] = fp;
      b.weight[slot] = static_cast<int16_t>(std::max(-32767L, std::min(32767L, sum)));
    }
    return true;
  }

  std::vector<Bucket> buckets_;
  uint64_t mask_ = 0;
  float scale_ = 1.0f;
};

}  // namespace dyad::segment
