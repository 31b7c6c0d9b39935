// FormMemo: a small per-thread cache of what the tagger, lemmatizer and parser compute
// from a word form alone (hashes of the form and its affixes, lexicon and WordNet
// lookups, the word's cluster, its lemma for a given tag).
//
// News text repeats its words (in the Reuters bodies the 4,096 most frequent forms
// are 89% of the tokens), and each of those computations costs a dozen hashes
// and several lookups in tables of megabytes, most of them cache misses. The memo is
// direct-mapped on the form's hash: a slot keeps the exact form (and an integer
// context such as a tag), so a hit is always the right answer, and a new form simply
// replaces the slot's old one. It lives in a workspace, so it is never shared between
// threads.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "model/feature_hash.hpp"

namespace dyad::model {

template <class V>
class FormMemo {
 public:
  static constexpr size_t kSlots = 4096;   // a power of two
  static constexpr size_t kMaxForm = 48;   // longer forms are not kept

  // The key of (form, context), from the form or from its hash_string() when the
  // caller has it already.
  static uint64_t key(uint64_t form_hash, uint32_t context) {
    return form_hash ^ (uint64_t{context} * 0x9e3779b97f4a7c15ull);
  }
  static uint64_t key(std::string_view form, uint32_t context) { return key(hash_string(form), context); }

  // Sets `out` to the value of (form, context): the stored one, or compute(out) and
  // store it.
  template <class Compute>
  void get(uint64_t key, std::string_view form, uint32_t context, V& out, Compute&& compute) {
    if (const V* known = find(key, form, context)) {
      out = *known;
      return;
    }
    compute(out);
    put(key, form, context, out);
  }
  // The value stored for exactly (form, context), or nullptr.
  const V* find(uint64_t key, std::string_view form, uint32_t context) const {
    if (slots_.empty()) return nullptr;
    const Slot& s = slots_[key & (kSlots - 1)];
    if (s.used && s.key == key && s.context == context && s.form == form) return &s.value;
    return nullptr;
  }
  // Stores the value of (form, context), replacing whatever the slot held.
  void put(uint64_t key, std::string_view form, uint32_t context, const V& value) {
    if (form.size() > kMaxForm) return;
    if (slots_.empty()) slots_.resize(kSlots);
    Slot& s = slots_[key & (kSlots - 1)];
    s.used = true;
    s.key = key;
    s.context = context;
    s.form.assign(form);
    s.value = value;
  }

 private:
  struct Slot {
    uint64_t key = 0;
    uint32_t context = 0;
    bool used = false;
    std::string form;
    V value{};
  };
  std::vector<Slot> slots_;
};

}  // namespace dyad::model
