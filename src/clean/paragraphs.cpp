// PLACEHOLDER: blank-line paragraphs.
#include "dyad/clean.hpp"

namespace dyad {

void ParagraphSplitter::split(std::string_view text, Span range, std::vector<ParagraphBlock>& out) const {
  uint32_t i = range.begin;
  while (i < range.end) {
    uint32_t b = i;
    while (i < range.end && !(text[i] == '\n' && i + 1 < range.end && text[i + 1] == '\n')) ++i;
    uint32_t e = i;
    while (b < e && (text[b] == ' ' || text[b] == '\n' || text[b] == '\t' || text[b] == '\r')) ++b;
    while (e > b && (text[e - 1] == ' ' || text[e - 1] == '\n' || text[e - 1] == '\t' || text[e - 1] == '\r')) --e;
    if (e > b) out.push_back({{b, e}, false});
    while (i < range.end && text[i] == '\n') ++i;
  }
}

BoilerplateCleaner::BoilerplateCleaner(CleanOptions options) : options_(options) {}

void BoilerplateCleaner::clean(const Document& doc, AnalyzedDocument& out) const {
  std::vector<ParagraphBlock> blocks;
  splitter_.split(doc.text, Span{0, static_cast<uint32_t>(doc.text.size())}, blocks);
  out.title = doc.title;
  for (const auto& b : blocks) out.paragraphs.push_back(b.span);
}

}  // namespace dyad
