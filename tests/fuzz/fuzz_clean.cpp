// libFuzzer target for the clean stage: arbitrary bytes as a document's text through
// ParagraphSplitter and BoilerplateCleaner. Checks the invariants later stages rely
// on: every kept or removed block lies inside the text, blocks are in order and do
// not overlap, and no block starts or ends with whitespace.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <vector>

#include "dyad/clean.hpp"

namespace {

bool is_space(unsigned char c) { return c <= 0x20 || c == 0x7f; }

void check_block(const std::string& text, dyad::Span s) {
  if (s.begin >= s.end || s.end > text.size()) std::abort();
  if (is_space(static_cast<unsigned char>(text[s.begin])) || is_space(static_cast<unsigned char>(text[s.end - 1]))) {
    std::abort();
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  dyad::Document doc;
  doc.text.assign(reinterpret_cast<const char*>(data), size);
  // The first byte, when present, picks the options so both paths get explored.
  dyad::CleanOptions options;
  if (size > 0) {
    options.remove_boilerplate = data[0] & 1;
    options.guess_title = data[0] & 2;
    doc.title_given = data[0] & 4;
    if (doc.title_given) doc.title = doc.text.substr(0, 20);
  }
  dyad::AnalyzedDocument a;
  dyad::BoilerplateCleaner(options).clean(doc, a);
  std::vector<dyad::Span> all = a.paragraphs;
  for (const auto& r : a.removed) all.push_back(r.span);
  if (!a.title_span.empty()) all.push_back(a.title_span);
  for (const auto& s : all) check_block(doc.text, s);
  for (size_t i = 1; i < a.paragraphs.size(); ++i) {
    if (a.paragraphs[i].begin < a.paragraphs[i - 1].end) std::abort();
  }
  return 0;
}
