// PLACEHOLDER (to be replaced): splits after tokens ending in . ! ?
#include "dyad/tokenize.hpp"

namespace dyad {

class SentenceSplitterModel {};

SentenceSplitter::SentenceSplitter() = default;
SentenceSplitter::~SentenceSplitter() = default;

Result<std::unique_ptr<SentenceSplitter>> SentenceSplitter::load(const std::string& path) {
  return rules_only();
}
std::unique_ptr<SentenceSplitter> SentenceSplitter::rules_only() {
  return std::unique_ptr<SentenceSplitter>(new SentenceSplitter());
}

void SentenceSplitter::split(std::string_view text, const std::vector<Token>& tokens, uint32_t first,
                             uint32_t count, uint32_t paragraph, std::vector<Sentence>& out) const {
  uint32_t start = first;
  for (uint32_t i = first; i < first + count; ++i) {
    auto f = tokens[i].form(text);
    bool end = i + 1 == first + count || (!f.empty() && (f.back() == '.' || f.back() == '!' || f.back() == '?'));
    if (end) {
      Sentence s;
      s.first_token = start;
      s.token_count = i + 1 - start;
      s.span = {tokens[start].span.begin, tokens[i].span.end};
      s.paragraph = paragraph;
      out.push_back(s);
      start = i + 1;
    }
  }
}

}  // namespace dyad
