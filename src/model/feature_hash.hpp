// Feature keys for the linear models (tagger, lemmatizer fallback, parser).
//
// A feature is a 64-bit hash of its template number and values, computed the same way
// at training and run time. Hashing (instead of a string -> id dictionary) means no
// feature dictionary in the model and no string building while tagging or parsing:
// a template over word forms combines precomputed 64-bit word hashes with a few
// multiplies. At 64 bits collisions between distinct features are negligible; the
// weight tables then keep only 16- or 32-bit fingerprints of them.
#pragma once

#include <xxhash.h>

#include <cstdint>
#include <string_view>

namespace dyad::model {

// A strong 64-bit finaliser (splitmix64): every input bit affects every output bit.
[[gnu::always_inline]] inline uint64_t mix64(uint64_t x) {
  x ^= x >> 30;
  x *= 0xbf58476d1ce4e5b9ull;
  x ^= x >> 27;
  x *= 0x94d049bb133111ebull;
  x ^= x >> 31;
  return x;
}

inline uint64_t hash_string(std::string_view s) { return XXH3_64bits(s.data(), s.size()); }

// feature(t, a, b, ...): the key of template `t` with values a, b, ... Values are
// folded in with one multiply each (odd constants, so distinct small values stay
// distinct) and the result goes through one strong finaliser: a few multiplies per
// feature, where chaining a finaliser per value would cost twice as many (hashing is
// a third of the parser's compute).
namespace detail {
[[gnu::always_inline]] inline uint64_t fold(uint64_t h, uint64_t v, uint64_t k) { return (h ^ v) * k + (h >> 29); }
}  // namespace detail
[[gnu::always_inline]] inline uint64_t feature(uint32_t t, uint64_t a) {
  return mix64(detail::fold(uint64_t{t} * 0x9e3779b97f4a7c15ull, a, 0xc2b2ae3d27d4eb4full));
}
[[gnu::always_inline]] inline uint64_t feature(uint32_t t, uint64_t a, uint64_t b) {
  uint64_t h = detail::fold(uint64_t{t} * 0x9e3779b97f4a7c15ull, a, 0xc2b2ae3d27d4eb4full);
  return mix64(detail::fold(h, b, 0x165667b19e3779f9ull));
}
[[gnu::always_inline]] inline uint64_t feature(uint32_t t, uint64_t a, uint64_t b, uint64_t c) {
  uint64_t h = detail::fold(uint64_t{t} * 0x9e3779b97f4a7c15ull, a, 0xc2b2ae3d27d4eb4full);
  h = detail::fold(h, b, 0x165667b19e3779f9ull);
  return mix64(detail::fold(h, c, 0x27d4eb2f165667c5ull));
}
[[gnu::always_inline]] inline uint64_t feature(uint32_t t, uint64_t a, uint64_t b, uint64_t c, uint64_t d) {
  uint64_t h = detail::fold(uint64_t{t} * 0x9e3779b97f4a7c15ull, a, 0xc2b2ae3d27d4eb4full);
  h = detail::fold(h, b, 0x165667b19e3779f9ull);
  h = detail::fold(h, c, 0x27d4eb2f165667c5ull);
  return mix64(detail::fold(h, d, 0x94d049bb133111ebull));
}

}  // namespace dyad::model
