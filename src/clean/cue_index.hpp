// The boilerplate cue lexicon, compiled: cue phrases indexed by their first word.
//
// Cue phrases come from the language (Language::boilerplate, src/lang/); they and the
// paragraphs are compared in one normal form (normalise_cue_text), so "Find out
// moreClose" meets the cue "find out more".
#pragma once

#include <algorithm>
#include <array>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "lang/language.hpp"

namespace dyad::clean {

// Writes the lower-cased cue text of `s` into `buf` (at most `cap` bytes): letters,
// digits, apostrophes and hyphens form words; ':' and 'Â©' stand as words of their
// own; everything else separates words (one space); a lower->upper case change
// inside a word starts a new one ("moreClose" -> "more close"); â becomes '.
// Returns the length written. Word boundaries are then single spaces.
size_t normalise_cue_text(std::string_view s, char* buf, size_t cap);

// Splits normalised cue text at single spaces.
void split_cue_words(std::string_view norm, std::vector<std::string_view>& words);

struct CompiledCue {
  std::vector<std::string_view> words;  // views into CueIndex::storage_
  const lang::Cue* cue;
};

// FNV-1a: cue words are short, and one inline pass beats std::hash's call.
inline uint64_t word_hash(std::string_view w) {
  uint64_t h = 1469598103934665603ull;
  for (char c : w) h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ull;
  return h;
}

// The cue lexicon, indexed by first word in a small open-addressing table keyed by
// the word's hash (most words of a paragraph miss on the first probe). Built once.
class CueIndex {
 public:
  explicit CueIndex(const lang::BoilerplateWords& words) : reader_words_(words.reader_address), openers_(words.imperative_openers) {
    for (std::string_view r : reader_words_) {
      if (r.empty()) continue;
      reader_min_ = std::min(reader_min_, r.size());
      reader_max_ = std::max(reader_max_, r.size());
      reader_first_[static_cast<unsigned char>(r[0])] = true;
    }
    storage_.reserve(words.cues.size());
    for (const lang::Cue& c : words.cues) {
      char buf[128];
      size_t n = normalise_cue_text(c.phrase, buf, sizeof buf);
      storage_.emplace_back(std::make_unique<std::string>(buf, n));
      CompiledCue cc{{}, &c};
      split_cue_words(*storage_.back(), cc.words);
      if (cc.words.empty()) continue;
      const uint64_t h = word_hash(cc.words[0]);
      filter_[(h >> 32) & 63] |= uint64_t{1} << ((h >> 40) & 63);
      Slot& slot = find_slot(cc.words[0]);
      slot.word = cc.words[0];
      slot.used = true;
      slot.cues.push_back(std::move(cc));
    }
  }
  const std::vector<CompiledCue>* starting_with(std::string_view w) const {
    const uint64_t h = word_hash(w);
    if (!((filter_[(h >> 32) & 63] >> ((h >> 40) & 63)) & 1)) return nullptr;  // L1-resident pre-check
    for (size_t i = h & kMask;; i = (i + 1) & kMask) {
      const Slot& s = slots_[i];
      if (!s.used) return nullptr;
      if (s.word == w) return &s.cues;
    }
  }
  // A word addressing the reader ("you", "our"); the length and first-letter checks
  // turn most words away before the list is scanned.
  bool reader_word(std::string_view w) const {
    if (w.size() > reader_max_ || w.size() < reader_min_ || !reader_first_[static_cast<unsigned char>(w[0])]) return false;
    return lang::in(w, reader_words_);
  }
  bool imperative(std::string_view w) const { return lang::in(w, openers_); }

 private:
  static constexpr size_t kSlots = 1024;  // > 4x the distinct first words: short probes
  static constexpr size_t kMask = kSlots - 1;
  struct Slot {
    std::string_view word;
    bool used = false;
    std::vector<CompiledCue> cues;
  };
  Slot& find_slot(std::string_view w) {
    uint64_t h = word_hash(w);
    for (size_t i = h & kMask;; i = (i + 1) & kMask) {
      if (!slots_[i].used || slots_[i].word == w) return slots_[i];
    }
  }
  std::vector<std::unique_ptr<std::string>> storage_;
  std::vector<Slot> slots_ = std::vector<Slot>(kSlots);
  std::array<uint64_t, 64> filter_{};  // 4096-bit filter of first-word hashes
  lang::WordList reader_words_, openers_;
  size_t reader_min_ = SIZE_MAX, reader_max_ = 0;
  std::array<bool, 256> reader_first_{};
};

}  // namespace dyad::clean
