// libFuzzer target for the CoNLL-U reader: any bytes must either read or fail with a
// message naming the input and line; what reads must survive conllu_to_analysis with
// every token span inside the rebuilt text, and writing it back out must read again to
// the same text (append_conllu and the reader agree).
//   cmake --preset fuzz && cmake --build --preset fuzz
//   ./build/fuzz/fuzz/fuzz_conllu -max_total_time=300 CORPUS_DIR
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/conllu.hpp"

namespace {

void check(bool ok) {
  if (!ok) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  dyad::ConlluReader reader(bytes, "fuzz");
  std::vector<dyad::ConlluSentence> sentences;
  dyad::ConlluSentence s;
  while (sentences.size() < 1000) {
    auto more = reader.next(s);
    if (!more.ok()) {
      check(more.message().rfind("fuzz:", 0) == 0);
      break;
    }
    if (!*more) break;
    for (size_t i = 0; i < s.words.size(); ++i) (void)s.space_after(i);
    sentences.push_back(s);
  }
  if (sentences.empty()) return 0;

  dyad::Document doc;
  dyad::AnalyzedDocument analysis;
  dyad::conllu_to_analysis(sentences, 0, sentences.size(), true, doc, analysis);
  size_t words = 0;
  for (const auto& x : sentences) words += x.words.size();
  check(analysis.tokens.size() == words);
  check(analysis.sentences.size() == sentences.size());
  for (const auto& t : analysis.tokens) check(t.span.begin <= t.span.end && t.span.end <= doc.text.size());
  for (const auto& sent : analysis.sentences) check(sent.paragraph < analysis.paragraphs.size());

  std::string out;
  for (const auto& x : sentences) dyad::append_conllu(out, x);
  auto again = dyad::read_conllu(out, "again");
  check(again.ok());
  std::string out2;
  for (const auto& x : *again) dyad::append_conllu(out2, x);
  check(out == out2);
  return 0;
}
