// Character classes for the tokenizer and the sentence splitter: one table lookup for
// ASCII bytes, a small decoder plus range tests for the rest of UTF-8.
//
// Only what tokenization needs is distinguished: whitespace (and whether it breaks a
// line), letters, digits and punctuation/symbols. Every non-ASCII code point that is
// not a known space or punctuation mark counts as a letter, so "Zürich" and "北京"
// stay words; an invalid byte is a one-byte letter, so offsets never split a valid
// character and never stall.
#pragma once

#include <array>
#include <cstdint>
#include <string_view>

namespace dyad::chars {

enum Kind : uint8_t {
  kSpace = 0,    // whitespace without line break
  kNewline = 1,  // \n, \r, U+2028, U+2029, U+0085
  kLetter = 2,
  kDigit = 3,
  kPunct = 4,    // punctuation and symbols (including emoji)
  kJoiner = 5,   // zero-width joiner, variation selectors: glued to the previous char
};

struct Char {
  uint32_t cp;   // code point (U+FFFD for an invalid byte)
  uint8_t len;   // bytes
  Kind kind;
};

namespace detail {
constexpr std::array<uint8_t, 128> make_ascii_kinds() {
  std::array<uint8_t, 128> t{};
  for (int c = 0; c < 128; ++c) {
    uint8_t k = kPunct;
    if (c == ' ' || c == '\t' || c == '\v' || c == '\f') k = kSpace;
    else if (c == '\n' || c == '\r') k = kNewline;
    else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) k = kLetter;
    else if (c >= '0' && c <= '9') k = kDigit;
    t[c] = k;
  }
  return t;
}
inline constexpr std::array<uint8_t, 128> kAsciiKinds = make_ascii_kinds();
}  // namespace detail

inline Kind kind_of_code_point(uint32_t cp) {
  if (cp < 0x80) return static_cast<Kind>(detail::kAsciiKinds[cp]);
  if (cp == 0x85 || cp == 0x2028 || cp == 0x2029) return kNewline;
  if (cp == 0xA0 || cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200B) || cp == 0x202F ||
      cp == 0x205F || cp == 0x3000 || cp == 0xFEFF) {
    return kSpace;
  }
  if (cp == 0x200D || (cp >= 0xFE00 && cp <= 0xFE0F) || (cp >= 0x1F3FB && cp <= 0x1F3FF)) {
    return kJoiner;
  }
  if (cp < 0x100) {
    // Latin-1: ¡¢£¤¥¦§¨©«¬®¯°±´¶·¸»¿ × ÷ are symbols; ª²³µ¹º¼½¾ and letters are not.
    if (cp < 0xA0) return kPunct;  // C1 controls
    if (cp <= 0xBF) {
      switch (cp) {
        case 0xAA: case 0xB2: case 0xB3: case 0xB5: case 0xB9: case 0xBA:
        case 0xBC: case 0xBD: case 0xBE:
          return kLetter;
        default:
          return kPunct;
      }
    }
    return (cp == 0xD7 || cp == 0xF7) ? kPunct : kLetter;
  }
  if (cp >= 0x2010 && cp <= 0x2027) return kPunct;  // dashes, quotes, bullets, ellipsis
  if (cp >= 0x2030 && cp <= 0x205E) return kPunct;  // per mille, primes, guillemets
  if (cp >= 0x20A0 && cp <= 0x20CF) return kPunct;  // currency signs
  if (cp >= 0x2100 && cp <= 0x214F) return kPunct;  // letterlike symbols (™, №)
  if (cp >= 0x2190 && cp <= 0x2BFF) return kPunct;  // arrows, maths, boxes, dingbats
  if (cp >= 0x3000 && cp <= 0x303F) return kPunct;  // CJK punctuation
  if (cp >= 0xFF01 && cp <= 0xFF0F) return kPunct;  // fullwidth punctuation
  if (cp >= 0xFF1A && cp <= 0xFF20) return kPunct;
  if (cp >= 0x1F000 && cp <= 0x1FAFF) return kPunct;  // emoji and pictographs
  if (cp == 0xFFFD) return kLetter;
  return kLetter;
}

// Decodes the character starting at s[i] (i < s.size()).
inline Char char_at(std::string_view s, size_t i) {
  const unsigned char c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) return {c, 1, static_cast<Kind>(detail::kAsciiKinds[c])};
  size_t len = c >= 0xF0 && c <= 0xF4 ? 4 : c >= 0xE0 ? (c <= 0xEF ? 3 : 0) : c >= 0xC2 ? 2 : 0;
  if (len == 0 || i + len > s.size()) return {0xFFFD, 1, kLetter};
  uint32_t cp = len == 2 ? (c & 0x1F) : len == 3 ? (c & 0x0F) : (c & 0x07);
  for (size_t k = 1; k < len; ++k) {
    const unsigned char cc = static_cast<unsigned char>(s[i + k]);
    if ((cc & 0xC0) != 0x80) return {0xFFFD, 1, kLetter};
    cp = (cp << 6) | (cc & 0x3F);
  }
  // Reject overlong forms and surrogates: each invalid byte is then a char of its own.
  if ((len == 3 && cp < 0x800) || (len == 4 && (cp < 0x10000 || cp > 0x10FFFF)) ||
      (cp >= 0xD800 && cp <= 0xDFFF)) {
    return {0xFFFD, 1, kLetter};
  }
  return {cp, static_cast<uint8_t>(len), kind_of_code_point(cp)};
}

// The start of the character that ends at s[end) (end > begin), decoding backwards
// no further than `begin`. Consistent with char_at: returns p such that
// char_at(s, p).len == end - p, falling back to end - 1.
inline size_t char_start_before(std::string_view s, size_t begin, size_t end) {
  size_t p = end - 1;
  size_t limit = end >= begin + 4 ? end - 4 : begin;
  while (p > limit && (static_cast<unsigned char>(s[p]) & 0xC0) == 0x80) --p;
  if (p != end - 1 && char_at(s, p).len == end - p) return p;
  return end - 1;
}

inline bool is_space_kind(Kind k) { return k == kSpace || k == kNewline; }
inline bool is_word_kind(Kind k) { return k == kLetter || k == kDigit; }

inline bool is_ascii_upper(char c) { return c >= 'A' && c <= 'Z'; }
inline bool is_ascii_lower(char c) { return c >= 'a' && c <= 'z'; }
inline bool is_ascii_alpha(char c) { return is_ascii_upper(c) || is_ascii_lower(c); }
inline bool is_ascii_digit(char c) { return c >= '0' && c <= '9'; }
inline bool is_ascii_alnum(char c) { return is_ascii_alpha(c) || is_ascii_digit(c); }

}  // namespace dyad::chars
