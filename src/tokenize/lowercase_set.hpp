// LowercaseSet: an immutable hash set of ASCII-lowercased words, queried with keys in
// any letter case without allocating ("Gen." finds "gen.").
//
// The tokenizer asks it several times per token (is "anti" a kept hyphen prefix, is
// "jan." an abbreviation, is "dont" a contraction), so lookups hash the key while
// lowercasing it on the fly and probe an open-addressing table of small indices.
#pragma once

#include <algorithm>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace dyad {

inline char ascii_lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c; }

inline uint64_t hash_lowercase(std::string_view s) {
  uint64_t h = 1469598103934665603ull;  // FNV-1a
  for (char c : s) {
    h ^= static_cast<unsigned char>(ascii_lower(c));
    h *= 1099511628211ull;
  }
  return h ^ (h >> 29);
}

inline bool equal_lowercase(std::string_view lower, std::string_view any_case) {
  if (lower.size() != any_case.size()) return false;
  for (size_t i = 0; i < lower.size(); ++i) {
    if (lower[i] != ascii_lower(any_case[i])) return false;
  }
  return true;
}

class LowercaseSet {
 public:
  LowercaseSet() = default;
  explicit LowercaseSet(const std::vector<std::string>& words) {
    for (const auto& w : words) {
      std::string lower;
      lower.reserve(w.size());
      for (char c : w) lower.push_back(ascii_lower(c));
      if (!lower.empty()) entries_.push_back(std::move(lower));
    }
    std::sort(entries_.begin(), entries_.end());
    entries_.erase(std::unique(entries_.begin(), entries_.end()), entries_.end());
    for (const auto& e : entries_) max_length_ = std::max(max_length_, e.size());
    rebuild();
  }

  // Index of `key` (any case) among the sorted distinct words, or -1.
  int find(std::string_view key) const {
    if (slots_.empty() || key.size() > max_length_ || key.empty()) return -1;
    uint64_t h = hash_lowercase(key);
    for (size_t probe = 0;; ++probe) {
      uint32_t slot = slots_[(h + probe) & mask_];
      if (slot == 0) return -1;
      if (equal_lowercase(entries_[slot - 1], key)) return static_cast<int>(slot - 1);
    }
  }
  bool contains(std::string_view key) const { return find(key) >= 0; }
  size_t size() const { return entries_.size(); }
  size_t max_length() const { return max_length_; }

 private:
  void rebuild() {
    size_t capacity = 16;
    while (capacity < entries_.size() * 2 + 2) capacity <<= 1;
    slots_.assign(capacity, 0);
    mask_ = capacity - 1;
    for (size_t i = 0; i < entries_.size(); ++i) {
      uint64_t h = hash_lowercase(entries_[i]);
      size_t probe = 0;
      while (slots_[(h + probe) & mask_] != 0) ++probe;
      slots_[(h + probe) & mask_] = static_cast<uint32_t>(i + 1);
    }
  }

  std::vector<uint32_t> slots_;  // 1-based index into entries_, 0 = empty
  std::vector<std::string> entries_;
  uint64_t mask_ = 0;
  size_t max_length_ = 0;
};

}  // namespace dyad
