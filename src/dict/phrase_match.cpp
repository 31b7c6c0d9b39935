// Dictionary::match_phrases: which words of a sentence the actor and agent phrases
// cover, for tools outside the coder (new-actor discovery).
//
// The same normalisation and trie as the coder's noun matching (units of every word,
// a longest match from each word start that must end on a word end), without the
// coder's gap handling: a gap is bounded by the noun phrase, which needs the parse,
// and a caller asking "is this name known?" wants the exact words anyway.
#include <string>

#include "dict/compiled.hpp"
#include "dict/units.hpp"
#include "dyad/dict.hpp"

namespace dyad {

std::vector<PhraseMatch> Dictionary::match_phrases(std::span<const std::string_view> words) const {
  std::vector<PhraseMatch> out;
  if (!is_compiled()) return out;
  const CompiledDictionary& c = *compiled_;
  // Units of every word: ids, the word each belongs to, and where each word starts.
  std::vector<uint32_t> unit_id, unit_word, word_unit_begin(words.size() + 1, 0);
  std::string scratch;
  for (uint32_t w = 0; w < words.size(); ++w) {
    word_unit_begin[w] = static_cast<uint32_t>(unit_id.size());
    units::for_each_unit(words[w], scratch, [&](std::string_view u) {
      unit_id.push_back(c.words.find(u));
      unit_word.push_back(w);
    });
  }
  word_unit_begin[words.size()] = static_cast<uint32_t>(unit_id.size());
  const uint32_t nu = static_cast<uint32_t>(unit_id.size());
  uint32_t u = 0;
  while (u < nu) {
    uint32_t w0 = unit_word[u];
    if (word_unit_begin[w0] != u) {
      ++u;
      continue;
    }
    uint32_t node = 0, best_end = 0, best_node = 0;
    for (uint32_t p = u; p < nu; ++p) {
      node = c.nouns.child(node, unit_id[p]);
      if (node == 0) break;
      bool at_word_end = word_unit_begin[unit_word[p] + 1] == p + 1;
      if (at_word_end && c.nouns.has_payload(node)) {
        best_end = p + 1;
        best_node = node;
      }
    }
    if (best_end == 0) {
      ++u;
      continue;
    }
    uint32_t chosen = *c.nouns.payload_begin(best_node);
    for (const uint32_t* q = c.nouns.payload_begin(best_node); q != c.nouns.payload_end(best_node); ++q) {
      if (!noun_phrases[*q].agent) {
        chosen = *q;
        break;
      }
    }
    PhraseMatch m;
    m.begin = w0;
    m.end = unit_word[best_end - 1] + 1;
    m.agent = noun_phrases[chosen].agent;
    m.entry = noun_phrases[chosen].entry;
    m.phrase = chosen;
    out.push_back(m);
    u = best_end;
  }
  return out;
}

}  // namespace dyad
