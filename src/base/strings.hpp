// ASCII string helpers: case folding, case-insensitive comparison, trimming.
//
// ASCII-only on purpose: every name Dyad compares this way (HTML tags, HTTP and WARC
// headers, charset labels, dictionary words, dependency labels) is ASCII, and a
// locale-free comparison cannot change with the environment. Bytes >= 0x80 pass
// through unchanged, so UTF-8 text is never damaged.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace dyad::base {

inline char ascii_lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c; }
inline char ascii_upper(char c) { return (c >= 'a' && c <= 'z') ? static_cast<char>(c - 32) : c; }

// "China's" -> "china's".
std::string ascii_lower(std::string_view s);
// Lower-cases into `out` (resized; reuses its buffer in hot loops).
void ascii_lower_into(std::string_view s, std::string& out);
// "Barad-dur" -> "BARAD-DUR".
std::string ascii_upper(std::string_view s);
void ascii_upper_into(std::string_view s, std::string& out);

// Case-insensitive ASCII equality and prefix test.
bool iequals(std::string_view a, std::string_view b);
bool istarts_with(std::string_view text, std::string_view prefix);

// Case-insensitive equality with a literal already in lower case, without allocating:
// ieq_lower("Former", "former").
inline bool ieq_lower(std::string_view s, std::string_view lower) {
  if (s.size() != lower.size()) return false;
  for (size_t i = 0; i < s.size(); ++i) {
    if (ascii_lower(s[i]) != lower[i]) return false;
  }
  return true;
}

// True when every byte is < 0x80 (checked eight bytes at a time).
bool is_ascii(std::string_view bytes);

// Trims ASCII whitespace (space, \t, \n, \r, \f, \v) from both ends.
std::string_view trim(std::string_view text);

// Input bytes made safe to quote in a message: control bytes (terminal escape
// sequences included) and bytes of no valid UTF-8 become \xNN, and text past
// `max_bytes` is cut with "...".
std::string printable(std::string_view bytes, size_t max_bytes = 60);

}  // namespace dyad::base
