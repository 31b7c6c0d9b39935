// Feature keys for the linear models (tagger, lemmatizer fallback, parser).
//
// A feature is a 64-bit hash of its template number and values, computed the same way
// at training and run time. Hashing (instead of a string -> id dictionary) means no
// feature dictionary in the model and no string building while tagging or parsing:
// a template over word forms combines precomputed 64-bit word hashes with a few
// multiply-xorshift rounds. At 64 bits collisions between distinct features are
// negligible; the weight tables then keep only 32-bit fingerprints of them.
#pragma once

#include <xxhash.h>

#include <cstdint>
#include <string_view>

namespace dyad::model {

// A strong 64-bit finaliser (splitmix64): every input bit affects every output bit.
inline uint64_t mix64(uint64_t x) {
  x ^= x >> 30;
  x *= 0xbf58476d1ce4e5b9ull;
  x ^= x >> 27;
  x *= 0x94d049bb133111ebull;
  x ^= x >> 31;
  return x;
}

inline uint64_t hash_string(std::string_view s) { return XXH3_64bits(s.data(), s.size()); }

// feature(t, a, b, ...): the key of template `t` with values a, b, ...
inline uint64_t feature(uint32_t t, uint64_t a) { return mix64((uint64_t{t} << 48) ^ mix64(a + 0x9e3779b97f4a7c15ull)); }
inline uint64_t feature(uint32_t t, uint64_t a, uint64_t b) { return mix64(feature(t, a) ^ (b * 0xc2b2ae3d27d4eb4full)); }
inline uint64_t feature(uint32_t t, uint64_t a, uint64_t b, uint64_t c) {
  return mix64(feature(t, a, b) ^ (c * 0x165667b19e3779f9ull));
}
inline uint64_t feature(uint32_t t, uint64_t a, uint64_t b, uint64_t c, uint64_t d) {
  return mix64(feature(t, a, b, c) ^ (d * 0x27d4eb2f165667c5ull));
}

}  // namespace dyad::model
