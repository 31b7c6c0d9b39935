// Candidate boundaries and boundary features; see boundary_features.hpp for the
// rationale. Everything here runs once per candidate gap, so it hashes bytes in place
// (no strings built) and looks at no more than two tokens on either side, plus a short
// look-ahead for the next sentence mark.
#include "segment/boundary_features.hpp"

#include <algorithm>

#include "tokenize/char_class.hpp"

namespace dyad::segment {

namespace {

inline uint64_t mix64(uint64_t x) {
  x ^= x >> 33;
  x *= 0xff51afd7ed558ccdull;
  x ^= x >> 33;
  x *= 0xc4ceb9fe1a85ec53ull;
  x ^= x >> 33;
  return x;
}
inline uint64_t key(uint64_t templ, uint64_t a) { return mix64(templ * 0x9E3779B97F4A7C15ull ^ mix64(a + 1)); }
inline uint64_t key(uint64_t templ, uint64_t a, uint64_t b) { return key(templ, mix64(a) ^ (b * 0x2545F4914F6CDD1Dull + 7)); }
inline uint64_t key(uint64_t templ, uint64_t a, uint64_t b, uint64_t c) { return key(templ, mix64(a) ^ mix64(b + 3) ^ (c * 31 + 11)); }

uint32_t bucket_count(uint32_t n) {
  if (n <= 3) return n;
  if (n <= 6) return 4;
  if (n <= 10) return 5;
  if (n <= 20) return 6;
  if (n <= 40) return 7;
  return 8;
}

bool is_sentence_mark_form(std::string_view f) {
  if (f.empty()) return false;
  for (size_t i = 0; i < f.size();) {
    char c = f[i];
    if (c == '.' || c == '!' || c == '?') {
      ++i;
      continue;
    }
    if (f.compare(i, 3, "\xE2\x80\xA6") == 0) {  // …
      i += 3;
      continue;
    }
    return false;
  }
  return true;
}

}  // namespace

TokenDescription describe_token(std::string_view f) {
  TokenDescription d;
  d.length = static_cast<uint8_t>(std::min<size_t>(f.size(), 255));
  if (f.empty()) return d;
  // Lower-cased form and shape in one pass over at most 24 bytes.
  uint64_t h = 1469598103934665603ull;
  uint64_t shape = 1469598103934665603ull;
  char last_symbol = 0;
  int symbols = 0;
  const size_t n = std::min<size_t>(f.size(), 24);
  bool all_upper = true, any_letter = false;
  for (size_t i = 0; i < n; ++i) {
    const char c = f[i];
    h ^= static_cast<unsigned char>(ascii_lower(c));
    h *= 1099511628211ull;
    char sym;
    if (chars::is_ascii_upper(c)) sym = 'X', any_letter = true;
    else if (chars::is_ascii_lower(c)) sym = 'x', all_upper = false, any_letter = true;
    else if (chars::is_ascii_digit(c)) sym = 'd';
    else if (static_cast<unsigned char>(c) >= 0x80) {
      if ((static_cast<unsigned char>(c) & 0xC0) == 0x80) continue;  // continuation byte
      sym = 'u';
    } else {
      sym = c;
    }
    if (sym != last_symbol && symbols < 8) {
      shape ^= static_cast<unsigned char>(sym);
      shape *= 1099511628211ull;
      ++symbols;
      last_symbol = sym;
    }
  }
  if (f.size() > n) h ^= 0x5bd1e995;  // long words share a prefix hash only with long words
  d.lower = h;
  d.shape = shape;

  const char c0 = f[0];
  const char cl = f.back();
  if (f.size() > 1 && (c0 == '#' || c0 == '@') && chars::is_ascii_alnum(f[1])) {
    d.kind = kLink;
  } else if (f.find("://") != std::string_view::npos || f.find('@') != std::string_view::npos ||
             (f.size() > 4 && ascii_lower(c0) == 'w' && ascii_lower(f[1]) == 'w' && ascii_lower(f[2]) == 'w' && f[3] == '.')) {
    d.kind = chars::is_ascii_alnum(c0) ? kLink : kSymbol;
  } else if (chars::is_ascii_alpha(c0)) {
    if (f.size() > 1 && cl == '.') d.kind = kDotWord;
    else if ((c0 == 'n' || c0 == 'N') && f.size() >= 3 && (f[1] == '\'' || static_cast<unsigned char>(f[1]) == 0xE2)) d.kind = kClitic;
    else if (chars::is_ascii_lower(c0)) d.kind = kLowerWord;
    else if (f.size() == 1) d.kind = kSingleUpper;
    else if (all_upper && any_letter) d.kind = kUpperWord;
    else d.kind = kCapWord;
  } else if (chars::is_ascii_digit(c0) || ((c0 == '-' || c0 == '+' || c0 == '.') && f.size() > 1 && chars::is_ascii_digit(f[1]))) {
    d.kind = kNumber;
  } else if ((c0 == '\'' || c0 == '`') && f.size() >= 2 && chars::is_ascii_alnum(f[1])) {
    d.kind = kClitic;
  } else if (static_cast<unsigned char>(c0) >= 0x80) {
    chars::Char ch = chars::char_at(f, 0);
    if (ch.kind == chars::kLetter || ch.kind == chars::kDigit) d.kind = kOtherWord;
    else if (ch.cp == 0x201C || ch.cp == 0x2018 || ch.cp == 0xAB) d.kind = kOpening;
    else if (ch.cp == 0x201D || ch.cp == 0xBB) d.kind = kClosing;
    else if (ch.cp == 0x2019) d.kind = f.size() > 3 ? kClitic : kClosing;
    else if (ch.cp == 0x2026) d.kind = kSentenceMark;
    else if (ch.cp == 0x2014 || ch.cp == 0x2013) d.kind = kDash;
    else d.kind = kSymbol;
  } else if (is_sentence_mark_form(f)) {
    d.kind = kSentenceMark;
  } else if ((c0 == ':' || c0 == ';') && f.size() == 1) {
    d.kind = kColonSemi;
  } else if (c0 == ',' && f.size() == 1) {
    d.kind = kComma;
  } else if (c0 == '(' || c0 == '[' || c0 == '{') {
    d.kind = kOpening;
  } else if (c0 == ')' || c0 == ']' || c0 == '}') {
    d.kind = kClosing;
  } else if (c0 == '"' || c0 == '\'' || c0 == '`') {
    d.kind = kQuote;
  } else if (c0 == '-') {
    d.kind = kDash;
  } else {
    d.kind = kSymbol;
  }
  return d;
}

bool is_candidate(std::string_view text, const Token& left, const Token& right) {
  if (!(left.flags & kSpaceAfter) || (left.flags & kJoinedToNext)) return false;
  if (left.flags & kNewlineAfter) return true;
  if (right.span.empty() || left.span.empty()) return true;
  const char r0 = text[right.span.begin];
  if (!chars::is_ascii_lower(r0)) return true;
  // A lower-case word follows: only after punctuation, or before a URL.
  const size_t le = left.span.end;
  const char l_last = text[le - 1];
  if (chars::is_ascii_alnum(l_last)) {
    std::string_view r = text.substr(right.span.begin, std::min<size_t>(right.span.size(), 8));
    return r.substr(0, 4) == "http" || r.substr(0, 4) == "www.";
  }
  if (static_cast<unsigned char>(l_last) >= 0x80) {
    size_t p = chars::char_start_before(text, left.span.begin, le);
    if (chars::is_word_kind(chars::char_at(text, p).kind)) return false;
  }
  if (left.span.size() == 1 && (l_last == ',' || l_last == '-' || l_last == '&' || l_last == '/')) return false;
  return true;
}

void BoundaryFeatureExtractor::begin(const std::vector<Token>& tokens, uint32_t first, uint32_t count,
                                     ParagraphState& state) const {
  state = ParagraphState{};
  state.line_start = tokens[first].span.begin;
  uint32_t line_start = state.line_start;
  bool any_break = false;
  for (uint32_t k = 0; k < count; ++k) {
    const Token& t = tokens[first + k];
    if (t.flags & kNewlineAfter) {
      any_break = true;
      state.max_line_length = std::max(state.max_line_length, t.span.end - line_start);
      if (k + 1 < count) line_start = tokens[first + k + 1].span.begin;
    }
  }
  if (any_break) {
    const Token& last = tokens[first + count - 1];
    state.max_line_length = std::max(state.max_line_length, last.span.end - line_start);
  }
}

void BoundaryFeatureExtractor::advance(std::string_view text, const Token& token, ParagraphState& state) {
  if (state.line_break_before) {
    state.line_start = token.span.begin;
    state.line_break_before = false;
  }
  if (token.flags & kNewlineAfter) state.line_break_before = true;
  std::string_view f = token.form(text);
  if (f.empty()) return;
  const char c = f[0];
  if (chars::is_ascii_alnum(c)) {
    ++state.since_mark;
    return;
  }
  if (is_sentence_mark_form(f)) {
    state.since_mark = 0;
    return;
  }
  ++state.since_mark;
  if (f.size() == 1) {
    switch (c) {
      case '"': ++state.plain_quotes; break;
      case '(': case '[': case '{': ++state.bracket_depth; break;
      case ')': case ']': case '}': state.bracket_depth = std::max(0, state.bracket_depth - 1); break;
      default: break;
    }
  } else if (f == "\xE2\x80\x9C" || f == "\xE2\x80\x98") {  // “ ‘
    ++state.quote_depth;
  } else if (f == "\xE2\x80\x9D") {  // ”
    state.quote_depth = std::max(0, state.quote_depth - 1);
  }
}

void BoundaryFeatureExtractor::features(std::string_view text, const std::vector<Token>& tokens, uint32_t first,
                                        uint32_t count, uint32_t k, const ParagraphState& state,
                                        const TokenDescription* w, FeatureVector& out) const {
  const TokenDescription& p2 = w[0];
  const TokenDescription& p1 = w[1];
  const TokenDescription& l = w[2];
  const TokenDescription& r = w[3];
  const TokenDescription& n1 = w[4];
  const Token& left = tokens[first + k];
  const Token& right = tokens[first + k + 1];

  // The gap: 0 spaces (one or several: typists' double spaces carry no signal the
  // treebank could teach), 2 line break, 3 line break + indent, 4 blank line.
  uint32_t gap = 0;
  {
    uint32_t newlines = 0, spaces_after_newline = 0;
    for (uint32_t i = left.span.end; i < right.span.begin && i < left.span.end + 64; ++i) {
      const char c = text[i];
      if (c == '\n') {
        ++newlines;
        spaces_after_newline = 0;
      } else if (c == ' ' || c == '\t') {
        if (newlines) spaces_after_newline += c == '\t' ? 4 : 1;
      }
    }
    if (newlines >= 2) gap = 4;
    else if (newlines == 1) gap = spaces_after_newline >= 2 ? 3 : 2;
    else if (left.flags & kNewlineAfter) gap = 2;  // another kind of line break
  }

  const uint64_t lk = l.kind, rk = r.kind;
  out.add(key(1, 0));
  out.add(key(2, l.lower));
  out.add(key(3, r.lower));
  out.add(key(4, p1.lower));
  out.add(key(5, n1.lower));
  out.add(key(6, l.shape));
  out.add(key(7, r.shape));
  out.add(key(8, p1.shape));
  out.add(key(9, n1.shape));
  out.add(key(10, l.lower, rk));
  out.add(key(11, lk, r.lower));
  out.add(key(12, p1.lower, l.lower));
  out.add(key(13, l.shape, r.shape));
  out.add(key(14, p1.kind, lk, rk));
  out.add(key(15, lk, rk, n1.kind));
  out.add(key(16, l.lower, r.lower));
  out.add(key(17, gap, lk, rk));
  out.add(key(18, gap, rk));
  if (gap >= 2) {
    // Line length relative to the paragraph's longest line: a hard wrap fills the
    // line, a headline or a list item leaves it short.
    const uint32_t line_length = left.span.end - std::min(state.line_start, left.span.end);
    const uint32_t ratio = state.max_line_length ? std::min<uint32_t>(4, line_length * 5 / (state.max_line_length + 1)) : 4;
    out.add(key(19, ratio, lk == kSentenceMark || lk == kClosing || lk == kQuote, rk));
    const bool first_line = state.line_start == tokens[first].span.begin;
    out.add(key(20, ratio, gap, first_line));
    out.add(key(21, bucket_count(line_length / 8), lk));
  }
  if (l.kind == kDotWord && abbreviations_) {
    out.add(key(22, abbreviations_->contains(left.form(text)), rk));
  }
  out.add(key(23, l.length > 12 ? 12 : l.length, lk, rk));
  out.add(key(24, p1.length > 12 ? 12 : p1.length, p1.kind, lk));
  const bool in_quote = (state.plain_quotes & 1) || state.quote_depth > 0;
  out.add(key(25, in_quote, lk, rk));
  out.add(key(26, state.bracket_depth > 0, lk, rk));
  out.add(key(27, bucket_count(state.since_mark), rk));
  out.add(key(28, bucket_count(count - 1 - k)));
  out.add(key(29, bucket_count(k + 1), rk));
  // The next sentence mark within 12 tokens after the gap.
  uint32_t next_mark = 15;
  for (uint32_t j = k + 1; j < count && j <= k + 12; ++j) {
    std::string_view f = tokens[first + j].form(text);
    const char c = f.empty() ? ' ' : f[0];
    if ((c == '.' || c == '!' || c == '?' || c == '\xE2') && is_sentence_mark_form(f)) {
      next_mark = j - k;
      break;
    }
  }
  out.add(key(30, bucket_count(next_mark), rk));
  out.add(key(31, (right.flags & kNewlineAfter) != 0, rk, lk));
  out.add(key(32, n1.kind, r.lower));
  out.add(key(33, p2.kind, p1.kind, lk));
  out.add(key(34, l.lower, r.shape));
  out.add(key(35, r.length > 12 ? 12 : r.length, rk, lk));
  out.add(key(36, p1.lower, lk, rk));
}

}  // namespace dyad::segment
