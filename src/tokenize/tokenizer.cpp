// PLACEHOLDER (to be replaced): whitespace tokenizer.
#include "dyad/tokenize.hpp"

namespace dyad {

Tokenizer::Tokenizer() = default;

void Tokenizer::tokenize(std::string_view text, Span range, std::vector<Token>& out) const {
  uint32_t i = range.begin;
  while (i < range.end) {
    while (i < range.end && (text[i] == ' ' || text[i] == '\n' || text[i] == '\t' || text[i] == '\r')) ++i;
    if (i >= range.end) break;
    uint32_t b = i;
    while (i < range.end && !(text[i] == ' ' || text[i] == '\n' || text[i] == '\t' || text[i] == '\r')) ++i;
    Token t;
    t.span = {b, i};
    if (i < range.end) t.flags |= kSpaceAfter;
    out.push_back(std::move(t));
  }
}

}  // namespace dyad
