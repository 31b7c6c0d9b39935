// The compiled form of a Dictionary: what the coder matches against.
//
// Every unit (upper-case word) of every phrase is interned once in a WordTable; a
// sentence interns nothing, it only looks its units up, so an unknown word costs one
// hash probe and can never start a match. Actor and agent phrases share one trie whose
// edges live in a single hash map keyed by (node, word id): a match attempt at a
// token is one probe per word, and there is no per-node allocation. A trie node may
// allow a gap before its word (PETRARCH's ' ' connector in actor phrases: "ITHILEN
// TELEVISION" matches "Ithilen state-run television"); the coder bounds such gaps to
// one noun phrase.
#pragma once

#include <algorithm>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include <xxhash.h>

#include "dyad/dict.hpp"

namespace dyad {

inline constexpr uint32_t kNoWord = UINT32_MAX;

struct StringHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const noexcept { return static_cast<size_t>(XXH3_64bits(s.data(), s.size())); }
};

// An open-addressing map from 64-bit keys to 32-bit values (power-of-two table,
// multiplicative hashing, linear probing): the trie's edges, probed once per word.
class FlatMap64 {
 public:
  static constexpr uint64_t kEmpty = ~uint64_t(0);
  const uint32_t* find(uint64_t key) const {
    if (keys_.empty()) return nullptr;
    size_t mask = keys_.size() - 1;
    for (size_t i = slot(key, mask);; i = (i + 1) & mask) {
      if (keys_[i] == key) return &values_[i];
      if (keys_[i] == kEmpty) return nullptr;
    }
  }
  // Inserts key -> value unless present; returns the stored value.
  uint32_t insert(uint64_t key, uint32_t value) {
    if ((size_ + 1) * 2 > keys_.size()) grow();
    size_t mask = keys_.size() - 1;
    for (size_t i = slot(key, mask);; i = (i + 1) & mask) {
      if (keys_[i] == key) return values_[i];
      if (keys_[i] == kEmpty) {
        keys_[i] = key;
        values_[i] = value;
        ++size_;
        return value;
      }
    }
  }
  size_t size() const { return size_; }

 private:
  static size_t slot(uint64_t key, size_t mask) { return static_cast<size_t>((key * 0x9E3779B97F4A7C15ull) >> 20) & mask; }
  void grow() {
    std::vector<uint64_t> old_keys = std::move(keys_);
    std::vector<uint32_t> old_values = std::move(values_);
    size_t cap = old_keys.empty() ? 64 : old_keys.size() * 2;
    keys_.assign(cap, kEmpty);
    values_.assign(cap, 0);
    size_ = 0;
    for (size_t i = 0; i < old_keys.size(); ++i) {
      if (old_keys[i] != kEmpty) insert(old_keys[i], old_values[i]);
    }
  }
  std::vector<uint64_t> keys_;
  std::vector<uint32_t> values_;
  size_t size_ = 0;
};

// Upper-case unit -> id. Looked up once per word of every sentence, so the table is
// an open-addressing map keyed by the word's 64-bit hash; the (vanishingly rare)
// words whose hash collides with another's live in a side map.
class WordTable {
 public:
  uint32_t find(std::string_view word) const {
    const uint32_t* id = by_hash_.find(hash(word));
    if (id && words_[*id] == word) return *id;
    if (collisions_.empty()) return kNoWord;
    auto it = collisions_.find(word);
    return it == collisions_.end() ? kNoWord : it->second;
  }
  uint32_t intern(std::string_view word) {
    uint32_t existing = find(word);
    if (existing != kNoWord) return existing;
    uint32_t id = static_cast<uint32_t>(words_.size());
    words_.emplace_back(word);
    uint32_t stored = by_hash_.insert(hash(word), id);
    if (stored != id) collisions_.emplace(std::string(word), id);
    return id;
  }
  const std::string& word(uint32_t id) const { return words_[id]; }
  size_t size() const { return words_.size(); }

 private:
  static uint64_t hash(std::string_view w) {
    uint64_t h = XXH3_64bits(w.data(), w.size());
    return h == FlatMap64::kEmpty ? h - 1 : h;
  }
  FlatMap64 by_hash_;
  std::unordered_map<std::string, uint32_t, StringHash, std::equal_to<>> collisions_;
  std::vector<std::string> words_;
};

// A trie over word ids; payloads are indices chosen by the builder.
class PhraseTrie {
 public:
  struct Node {
    uint32_t payload_begin = 0;
    uint32_t payload_end = 0;
    bool gap_before = false;     // other words may precede this node's word
    bool has_gap_child = false;  // some child allows a gap before its word
  };
  PhraseTrie() { nodes_.emplace_back(); }
  uint32_t child(uint32_t node, uint32_t word) const {
    if (word == kNoWord) return 0;
    const uint32_t* v = edges_.find(key(node, word));
    return v ? *v : 0;
  }
  const Node& node(uint32_t n) const { return nodes_[n]; }
  const uint32_t* payload_begin(uint32_t n) const { return payload_.data() + nodes_[n].payload_begin; }
  const uint32_t* payload_end(uint32_t n) const { return payload_.data() + nodes_[n].payload_end; }
  bool has_payload(uint32_t n) const { return nodes_[n].payload_end > nodes_[n].payload_begin; }

  // Building: insert every phrase, then finish().
  void insert(const std::vector<uint32_t>& words, const std::vector<uint8_t>& gap_before, uint32_t payload);
  void finish();
  size_t size() const { return nodes_.size(); }

 private:
  static uint64_t key(uint32_t node, uint32_t word) { return (uint64_t(node) << 32) | word; }
  std::vector<Node> nodes_;
  FlatMap64 edges_;
  std::vector<uint32_t> payload_;
  std::vector<std::pair<uint32_t, uint32_t>> pending_;  // (node, payload) until finish()
};

struct CompiledPattern {
  std::vector<PatternElement> before;
  std::vector<PatternElement> after;
  std::vector<uint32_t> required;  // word ids the sentence must contain (quick reject)
  uint32_t block = 0;
  uint32_t index = 0;  // into VerbBlock::patterns
};

class CompiledDictionary {
 public:
  WordTable words;
  PhraseTrie nouns;   // payload: index into Dictionary::noun_phrases
  PhraseTrie issues;  // payload: index into Dictionary::issues
  // Verbs by the word id of an inflected head form, and by base form (for lemmas).
  std::unordered_map<uint32_t, std::vector<uint32_t>> verbs_by_form;
  std::unordered_map<uint32_t, std::vector<uint32_t>> verbs_by_base;
  // Multi-word verbs by their first word when that is not the verb ("WIRE_+TAP"):
  // parsers often tag that word as the verb.
  std::unordered_map<uint32_t, std::vector<uint32_t>> verbs_by_first_word;
  // Other words of multi-word verbs, as ids (parallel to Dictionary::verbs).
  std::vector<std::vector<uint32_t>> verb_words;
  // Patterns of each block, longest first (ties: dictionary order).
  std::vector<std::vector<CompiledPattern>> block_patterns;
  // Phrases of each synset as word ids, and indexes of them by (synset, first word)
  // and (synset, last word) for matching forward and backward with one probe.
  std::vector<std::vector<std::vector<uint32_t>>> synset_phrases;
  FlatMap64 synset_by_first, synset_by_last;       // -> index into synset_lists
  std::vector<std::vector<uint32_t>> synset_lists;  // phrase indices
  // Discards: by exact first word, and single-word stems by their text.
  std::unordered_map<uint32_t, std::vector<uint32_t>> discards_by_first;
  std::unordered_map<std::string, std::vector<uint32_t>, StringHash, std::equal_to<>> discard_stems;
  size_t min_stem_length = 1000;
  // Stems bucketed by their first three bytes (packed), so that most words cost one probe.
  std::unordered_map<uint32_t, std::vector<uint32_t>> discard_stems_by_prefix;
  static uint32_t prefix_key(std::string_view s) {
    uint32_t k = static_cast<uint32_t>(std::min<size_t>(s.size(), 3));
    for (size_t i = 0; i < 3 && i < s.size(); ++i) k |= static_cast<uint32_t>(static_cast<unsigned char>(s[i])) << (8 * (i + 1));
    return k;
  }
  std::vector<std::vector<uint32_t>> discard_words;
  // Event nouns by the word id of their last word (the noun), with the ids of all
  // their words (parallel to Dictionary::event_nouns).
  std::unordered_map<uint32_t, std::vector<uint32_t>> event_nouns_by_last;
  std::vector<std::vector<uint32_t>> event_noun_words;
  // Reporting-verb detection for transformations: block index of each named verb.
  std::unordered_map<std::string, uint32_t> block_of_verb_name;

  const Dictionary* source = nullptr;
};

}  // namespace dyad
