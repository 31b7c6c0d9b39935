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

#include "dyad/dict.hpp"

namespace dyad {

inline constexpr uint32_t kNoWord = UINT32_MAX;

struct StringHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const noexcept {
    // FNV-1a: short keys, no allocation, good enough spread for word tables.
    uint64_t h = 1469598103934665603ull;
    for (unsigned char c : s) h = (h ^ c) * 1099511628211ull;
    return static_cast<size_t>(h ^ (h >> 29));
  }
};

class WordTable {
 public:
  uint32_t find(std::string_view word) const {
    auto it = ids_.find(word);
    return it == ids_.end() ? kNoWord : it->second;
  }
  uint32_t intern(std::string_view word) {
    auto it = ids_.find(word);
    if (it != ids_.end()) return it->second;
    uint32_t id = static_cast<uint32_t>(words_.size());
    words_.emplace_back(word);
    ids_.emplace(std::string(word), id);
    return id;
  }
  const std::string& word(uint32_t id) const { return words_[id]; }
  size_t size() const { return words_.size(); }

 private:
  std::unordered_map<std::string, uint32_t, StringHash, std::equal_to<>> ids_;
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
    auto it = edges_.find(key(node, word));
    return it == edges_.end() ? 0 : it->second;
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
  std::unordered_map<uint64_t, uint32_t> edges_;
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
  std::unordered_map<uint64_t, std::vector<uint32_t>> synset_by_first, synset_by_last;
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
  // Reporting-verb detection for transformations: block index of each named verb.
  std::unordered_map<std::string, uint32_t> block_of_verb_name;

  const Dictionary* source = nullptr;
};

}  // namespace dyad
