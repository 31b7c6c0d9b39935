// Candidate sentence boundaries and their features, shared by the trainer and the
// run-time SentenceSplitter so both see exactly the same inputs.
//
// A candidate is a gap between two tokens of a paragraph that holds whitespace and
// where a sentence could plausibly end: after punctuation, at a line break, or before
// a token that does not start with a lower-case letter ("... last year The ..."). Gaps
// without whitespace ("U.S.-based") and a lower-case word after a word ("the cat")
// are never boundaries; skipping them keeps the splitter fast.
//
// Features are 64-bit hashes of (template, values): the words around the gap
// (lower-cased), their shapes ("U.S." -> "X.X."), token kinds, the whitespace in the
// gap (space, line break, line break + indent), the line's length relative to the
// paragraph's longest line (a hard wrap vs. a short headline line), quote/bracket
// state, distance from the last sentence mark and to the paragraph end, and whether
// the word before a period is a known abbreviation. Example, "Gen. Smith said" at the
// gap after "Gen.": L="gen." R="smith" shape(L)="Xx." kind(L)=AbbrevDot ...
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "dyad/analysis.hpp"
#include "tokenize/lowercase_set.hpp"

namespace dyad::segment {

// Bumped whenever a feature changes meaning; stored in the model metadata.
inline constexpr std::string_view kFeatureSetName = "boundary-features-v4";
inline constexpr int kMaxFeatures = 48;

struct FeatureVector {
  uint64_t keys[kMaxFeatures];
  int size = 0;
  void add(uint64_t k) {
    if (size < kMaxFeatures) keys[size++] = k;
  }
};

// Kinds of tokens, coarse enough to combine.
enum TokenKind : uint8_t {
  kNone = 0,        // outside the paragraph
  kLowerWord,       // "said"
  kCapWord,         // "Smith"
  kUpperWord,       // "NATO"
  kSingleUpper,     // "I", "A"
  kNumber,          // "1,750"
  kDotWord,         // a word ending in a period: "Gen." "U.S." "J."
  kSentenceMark,    // . ! ? ... …
  kColonSemi,       // : ;
  kComma,
  kOpening,         // ( [ { “ ‘
  kClosing,         // ) ] } ” ’
  kQuote,           // " ' `` '' (opening or closing)
  kDash,            // - -- — –
  kSymbol,          // other punctuation, emoticons
  kLink,            // URL, e-mail, @handle, #tag
  kOtherWord,       // non-ASCII or mixed
  kClitic,          // 's n't
  kTokenKindCount
};

struct TokenDescription {
  uint64_t lower = 0;  // hash of the lower-cased form
  uint64_t shape = 0;  // hash of the shape
  TokenKind kind = kNone;
  uint8_t length = 0;  // bytes, capped at 255
};

TokenDescription describe_token(std::string_view form);

// True when a sentence may end between `left` and `right` (adjacent tokens).
bool is_candidate(std::string_view text, const Token& left, const Token& right);

// Walks one paragraph and reports every candidate with its features.
class BoundaryFeatureExtractor {
 public:
  explicit BoundaryFeatureExtractor(const LowercaseSet* abbreviations) : abbreviations_(abbreviations) {}

  // Calls visit(k, features) for each candidate gap after tokens[first + k],
  // k in [0, count - 1), in order.
  template <class Visitor>
  void for_each_candidate(std::string_view text, const std::vector<Token>& tokens, uint32_t first, uint32_t count,
                          Visitor&& visit) const;

 private:
  struct ParagraphState {
    uint32_t max_line_length = 0;   // longest line in the paragraph (bytes), 0 = one line
    uint32_t line_start = 0;        // byte offset where the current line starts
    bool line_break_before = false; // the previous token ended a line
    uint32_t since_mark = 0;        // tokens since the last sentence mark (. ! ?)
    int32_t quote_depth = 0;        // open “ ‘ minus closed
    uint32_t plain_quotes = 0;      // number of " seen (odd = inside a quote)
    int32_t bracket_depth = 0;      // open ( [ { minus closed
    uint32_t next_mark = 0;         // index of the next sentence mark after the gap (count if none)
  };
  static bool is_mark(std::string_view form);
  void begin(const std::vector<Token>& tokens, uint32_t first, uint32_t count, ParagraphState& state) const;
  static void advance(std::string_view text, const Token& token, ParagraphState& state);
  void features(std::string_view text, const std::vector<Token>& tokens, uint32_t first, uint32_t count, uint32_t k,
                const ParagraphState& state, const TokenDescription* window, FeatureVector& out) const;

  const LowercaseSet* abbreviations_;
};

// --- implementation of the template ---------------------------------------------

template <class Visitor>
void BoundaryFeatureExtractor::for_each_candidate(std::string_view text, const std::vector<Token>& tokens,
                                                  uint32_t first, uint32_t count, Visitor&& visit) const {
  if (count < 2) return;
  ParagraphState state;
  begin(tokens, first, count, state);
  // Descriptions of tokens k-2 .. k+2 around the gap after k, computed only near
  // candidates and kept in a small ring so neighbouring candidates share them.
  TokenDescription ring[8];
  int64_t ring_index[8] = {-1, -1, -1, -1, -1, -1, -1, -1};
  TokenDescription window[5];
  auto describe_at = [&](int64_t idx) -> const TokenDescription& {
    static const TokenDescription outside{};
    if (idx < 0 || idx >= static_cast<int64_t>(count)) return outside;
    const size_t slot = static_cast<size_t>(idx) & 7;
    if (ring_index[slot] != idx) {
      ring[slot] = describe_token(tokens[first + idx].form(text));
      ring_index[slot] = idx;
    }
    return ring[slot];
  };
  FeatureVector fv;
  for (uint32_t k = 0; k + 1 < count; ++k) {
    const Token& left = tokens[first + k];
    advance(text, left, state);  // the state now includes the token before the gap
    if (!is_candidate(text, left, tokens[first + k + 1])) continue;
    if (state.next_mark <= k) {  // find the next sentence mark after the gap
      state.next_mark = k + 1;
      while (state.next_mark < count && !is_mark(tokens[first + state.next_mark].form(text))) ++state.next_mark;
    }
    const int64_t ik = k;
    for (int w = 1; w < 5; ++w) window[w] = describe_at(ik + w - 2);  // window[0] (k-2) is unused
    fv.size = 0;
    features(text, tokens, first, count, k, state, window, fv);
    visit(k, static_cast<const FeatureVector&>(fv));
  }
}

}  // namespace dyad::segment
