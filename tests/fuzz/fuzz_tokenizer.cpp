// libFuzzer target: arbitrary bytes -> Tokenizer -> SentenceSplitter (rules-only and,
// when models/segmenter.bin loads, the trained model). Checks the invariants every
// later stage relies on:
//   tokens are non-empty, sorted, non-overlapping, inside the range, hold no
//   whitespace byte, and leave no non-whitespace byte uncovered;
//   kJoinedToNext only between adjacent tokens with nothing between them;
//   sentences cover the tokens in order, each non-empty, spans matching their tokens.
// The input is split at blank lines into paragraphs, like analyze_clean_text does, and
// the first byte also picks a sub-range so ranges not starting at 0 are exercised.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/tokenize.hpp"

namespace {

[[noreturn]] void fail(const char* what) {
  std::fprintf(stderr, "invariant violated: %s\n", what);
  std::abort();
}

bool is_ascii_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'; }

struct Splitters {
  std::unique_ptr<dyad::SentenceSplitter> rules = dyad::SentenceSplitter::rules_only();
  std::unique_ptr<dyad::SentenceSplitter> model;
  std::unique_ptr<dyad::Tokenizer> builtin = std::make_unique<dyad::Tokenizer>();
  std::unique_ptr<dyad::Tokenizer> learned;
  Splitters() {
    // $DYAD_MODEL_DIR, else the models/ directory of the source tree this file is in.
    const char* dir = std::getenv("DYAD_MODEL_DIR");
    std::string source = __FILE__;
    source = source.substr(0, source.rfind("tests/fuzz/"));
    std::string path = (dir && *dir ? std::string(dir) : source + "models") + "/segmenter.bin";
    auto loaded = dyad::SentenceSplitter::load(path);
    if (loaded.ok()) {
      model = std::move(loaded.value());
      learned = std::make_unique<dyad::Tokenizer>(model->lexicon());
      std::fprintf(stderr, "fuzz_tokenizer: also fuzzing the model %s\n", path.c_str());
    } else {
      std::fprintf(stderr, "fuzz_tokenizer: rules only (%s)\n", loaded.message().c_str());
    }
  }
};

void check_tokens(std::string_view text, dyad::Span range, const std::vector<dyad::Token>& tokens, size_t first) {
  uint32_t previous_end = range.begin;
  for (size_t i = first; i < tokens.size(); ++i) {
    const dyad::Token& t = tokens[i];
    if (t.span.begin >= t.span.end) fail("empty token");
    if (t.span.begin < previous_end) fail("tokens overlap or are out of order");
    if (t.span.end > range.end) fail("token outside the range");
    for (uint32_t b = t.span.begin; b < t.span.end; ++b) {
      if (is_ascii_space(text[b])) fail("whitespace inside a token");
    }
    // Everything between tokens is whitespace.
    for (uint32_t b = previous_end; b < t.span.begin; ++b) {
      if (!is_ascii_space(text[b]) && static_cast<unsigned char>(text[b]) < 0x80) fail("uncovered non-space byte");
    }
    if ((t.flags & dyad::kJoinedToNext) &&
        (i + 1 >= tokens.size() || tokens[i + 1].span.begin != t.span.end)) {
      fail("kJoinedToNext on a token not followed directly by the next");
    }
    if ((t.flags & dyad::kNewlineAfter) && !(t.flags & dyad::kSpaceAfter)) fail("newline flag without space flag");
    previous_end = t.span.end;
  }
  for (uint32_t b = previous_end; b < range.end; ++b) {
    if (!is_ascii_space(text[b]) && static_cast<unsigned char>(text[b]) < 0x80) fail("uncovered trailing byte");
  }
}

void check_sentences(const std::vector<dyad::Token>& tokens, uint32_t first, uint32_t count,
                     const std::vector<dyad::Sentence>& sentences) {
  uint32_t next = first;
  for (const auto& s : sentences) {
    if (s.token_count == 0) fail("empty sentence");
    if (s.first_token != next) fail("sentences do not cover the tokens in order");
    const uint32_t last = s.first_token + s.token_count - 1;
    if (last >= first + count) fail("sentence past the paragraph");
    if (s.span.begin != tokens[s.first_token].span.begin || s.span.end != tokens[last].span.end) {
      fail("sentence span does not match its tokens");
    }
    next = last + 1;
  }
  if (count > 0 && next != first + count) fail("sentences leave tokens out");
}

void run(std::string_view text, dyad::Span range, const dyad::Tokenizer& tokenizer,
         const dyad::SentenceSplitter& splitter) {
  std::vector<dyad::Token> tokens;
  tokens.emplace_back();  // a token before the paragraph: indices must not assume 0
  tokens.back().span = {0, 0};
  const uint32_t first = static_cast<uint32_t>(tokens.size());
  tokenizer.tokenize(text, range, tokens);
  check_tokens(text, range, tokens, first);
  const uint32_t count = static_cast<uint32_t>(tokens.size()) - first;
  std::vector<dyad::Sentence> sentences;
  if (count > 0) splitter.split(text, tokens, first, count, 0, sentences);
  check_sentences(tokens, first, count, sentences);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static Splitters splitters;
  if (size > (1u << 20)) return 0;
  const std::string text(reinterpret_cast<const char*>(data), size);
  // Paragraphs at blank lines.
  std::vector<dyad::Span> paragraphs;
  size_t start = 0;
  while (start < text.size()) {
    size_t blank = text.find("\n\n", start);
    size_t end = blank == std::string::npos ? text.size() : blank;
    if (end > start) paragraphs.push_back({static_cast<uint32_t>(start), static_cast<uint32_t>(end)});
    start = end + 2;
  }
  // And one range cut anywhere, possibly inside a UTF-8 character.
  if (size >= 2) {
    const uint32_t a = data[0] % size, b = static_cast<uint32_t>(size - data[1] % (size - a));
    if (a < b) paragraphs.push_back({a, b});
  }
  for (const auto& p : paragraphs) {
    run(text, p, *splitters.builtin, *splitters.rules);
    if (splitters.model) run(text, p, *splitters.learned, *splitters.model);
  }
  return 0;
}
