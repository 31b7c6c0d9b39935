// Candidate boundaries and boundary features; see boundary_features.hpp for the
// rationale. Everything here runs once per candidate gap, so it hashes bytes in place
// (no strings built) and looks at no more than two tokens on either side, plus a short
// look-ahead for the next sentence mark.
#include "segment/boundary_features.hpp"

#include <algorithm>
#include <array>
#include <cstring>

#include "tokenize/char_class.hpp"

namespace dyad::segment {

namespace {

// A feature key: the template and up to three values (hashes or small numbers),
// combined with distinct odd multipliers and mixed once.
inline uint64_t key(uint64_t templ, uint64_t a, uint64_t b = 0, uint64_t c = 0) {
  uint64_t x = a ^ (templ * 0x165667B19E3779F9ull);
  x += (b + 1) * 0x9E3779B97F4A7C15ull;
  x ^= (c + 1) * 0xC2B2AE3D27D4EB4Full;
  x ^= x >> 31;
  x *= 0xff51afd7ed558ccdull;
  return x ^ (x >> 29);
}

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

namespace {

// Shape symbol of each byte: 'X' upper, 'x' lower, 'd' digit, 'u' the first byte of a
// non-ASCII character, 0 for its continuation bytes, the byte itself otherwise.
constexpr std::array<char, 256> make_shape_symbols() {
  std::array<char, 256> t{};
  for (int c = 0; c < 256; ++c) {
    char s = static_cast<char>(c);
    if (c >= 'A' && c <= 'Z') s = 'X';
    else if (c >= 'a' && c <= 'z') s = 'x';
    else if (c >= '0' && c <= '9') s = 'd';
    else if (c >= 0x80 && c < 0xC0) s = 0;
    else if (c >= 0xC0) s = 'u';
    t[c] = s;
  }
  return t;
}
constexpr std::array<char, 256> kShapeSymbols = make_shape_symbols();

// ASCII lower-casing of eight bytes at once (other bytes unchanged).
inline uint64_t lower_word(uint64_t w) {
  constexpr uint64_t ones = 0x0101010101010101ull;
  const uint64_t heptets = w & (0x7F * ones);
  const uint64_t ge_a = heptets + (0x80 - 'A') * ones;   // high bit: byte >= 'A'
  const uint64_t gt_z = heptets + (0x7F - 'Z') * ones;   // high bit: byte > 'Z'
  const uint64_t upper = ge_a & ~gt_z & ~w & (0x80 * ones);
  return w | (upper >> 2);
}

}  // namespace

TokenDescription describe_token(std::string_view f) {
  TokenDescription d;
  d.length = static_cast<uint8_t>(std::min<size_t>(f.size(), 255));
  if (f.empty()) return d;
  const size_t n = std::min<size_t>(f.size(), 24);
  // The lower-cased form (its first 24 bytes and its length), eight bytes at a time.
  uint64_t h = 0x9E3779B97F4A7C15ull ^ (f.size() > n ? 0xFFull : n);
  for (size_t i = 0; i < n; i += 8) {
    uint64_t w = 0;
    std::memcpy(&w, f.data() + i, std::min<size_t>(8, n - i));
    h = (h ^ lower_word(w)) * 0xff51afd7ed558ccdull;
    h ^= h >> 32;
  }
  d.lower = h;
  // The shape: symbols with repeats folded, at most 8 ("U.S." -> "X.X.").
  uint64_t shape = 1469598103934665603ull;
  char last_symbol = 0;
  int symbols = 0;
  bool all_upper = true, any_letter = false, has_link_mark = false;
  for (size_t i = 0; i < n; ++i) {
    const char c = f[i];
    const char sym = kShapeSymbols[static_cast<unsigned char>(c)];
    all_upper &= sym != 'x';
    any_letter |= sym == 'x' || sym == 'X';
    has_link_mark |= c == '@' || (c == ':' && i + 2 < f.size() && f[i + 1] == '/' && f[i + 2] == '/');
    if (sym != last_symbol && sym != 0 && symbols < 8) {
      shape = (shape ^ static_cast<unsigned char>(sym)) * 1099511628211ull;
      ++symbols;
      last_symbol = sym;
    }
  }
  d.shape = shape;

  const char c0 = f[0];
  const char cl = f.back();
  if (f.size() > 1 && (c0 == '#' || c0 == '@') && chars::is_ascii_alnum(f[1])) {
    d.kind = kLink;
  } else if (has_link_mark || (f.size() > n && (f.find("://") != std::string_view::npos ||
                                                  f.find('@') != std::string_view::npos)) ||
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
  if (right.span.empty() || left.span.empty()) return true;
  const char r0 = text[right.span.begin];
  const size_t le = left.span.end;
  const char l_last = text[le - 1];
  const bool line_break = left.flags & kNewlineAfter;
  if (chars::is_ascii_alnum(l_last)) {
    // After a word: before anything but a lower-case word ("... last year The ...",
    // a date line after a signature), also at a line break: a hard wrap
    // "the\ncompany" is never a boundary.
    if (chars::is_ascii_lower(r0)) {
      std::string_view r = text.substr(right.span.begin, std::min<size_t>(right.span.size(), 8));
      return r.substr(0, 4) == "http" || r.substr(0, 4) == "www.";
    }
    // A number after a lower-case word continues the sentence ("rose 5.93 pct"); after
    // a name it may be a date line in a mail header ("John Smith 07/06/2000").
    if (chars::is_ascii_digit(r0) && !line_break && chars::is_ascii_lower(text[left.span.begin])) return false;
    return true;
  }
  if (line_break || !chars::is_ascii_lower(r0)) return true;
  // A lower-case word after punctuation.
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

bool BoundaryFeatureExtractor::is_mark(std::string_view f) {
  const char c = f.empty() ? ' ' : f[0];
  return (c == '.' || c == '!' || c == '?' || c == '\xE2') && is_sentence_mark_form(f);
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
  out.add(key(6, l.shape));
  out.add(key(7, r.shape));
  out.add(key(8, p1.shape));
  out.add(key(9, n1.shape));
  out.add(key(10, l.lower, rk));
  out.add(key(11, lk, r.lower));
  out.add(key(12, p1.lower, l.lower));
  out.add(key(13, l.shape, r.shape));
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
  const bool in_quote = (state.plain_quotes & 1) || state.quote_depth > 0;
  out.add(key(25, in_quote, lk, rk));
  out.add(key(26, state.bracket_depth > 0, lk, rk));
  out.add(key(27, bucket_count(state.since_mark), rk));
  out.add(key(28, bucket_count(count - 1 - k)));
  // The next sentence mark within 12 tokens after the gap.
  const uint32_t next_mark = state.next_mark > k ? std::min(15u, state.next_mark - k) : 15u;
  out.add(key(30, bucket_count(next_mark), rk));
  out.add(key(31, (right.flags & kNewlineAfter) != 0, rk, lk));
  out.add(key(32, n1.kind, r.lower));
  out.add(key(34, l.lower, r.shape));
  out.add(key(36, p1.lower, lk, rk));
}

}  // namespace dyad::segment
