// Tokenizer: raw text -> word tokens with byte offsets, UD English-EWT conventions.
//
// A hand-written scanner, not regexes: the text is cut at whitespace into chunks, and
// each chunk is peeled like an onion, the way EWT's annotators split it --
//   1. prefixes: opening brackets and quotes, "$", bullets   "($5" -> ( $ 5
//   2. suffixes, from the right: closing punctuation, the final period unless the
//      word is an abbreviation, and clitics                  "don't." -> do n't .
//   3. the core: URLs and e-mail addresses whole, numbers whole ("1,750" "10:30"
//      "3/4"), hyphens split unless EWT keeps the word whole ("search-engine" ->
//      search - engine, but "e-mail", "anti-war", "713-853-3989" stay), "and/or" ->
//      and / or, "5pm" -> 5 pm, words written without apostrophe split as EWT does
//      ("dont" -> do nt, "cannot" -> can not).
// Examples: "China's" -> China 's   "U.S." -> U.S.   "Gen." -> Gen.   "J." -> J.
//           "..." -> ...   "“Yes,”" -> “ Yes , ”   ":-)" -> :-)
//
// Every token is a slice [begin, end) of the text, never rewritten. The words of one
// surface token ("do|n't") are flagged kJoinedToNext. Lookups (abbreviations, hyphen
// prefixes, contractions) go to LowercaseSets built once from a TokenizerLexicon; no
// heap allocation per token beyond the output vector.
#include <algorithm>
#include <array>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "dyad/tokenize.hpp"
#include "tokenize/char_class.hpp"
#include "tokenize/lowercase_set.hpp"

namespace dyad {

struct Tokenizer::Tables {
  LowercaseSet hyphen_prefixes;
  LowercaseSet hyphen_words;
  LowercaseSet abbreviations;
  LowercaseSet contractions;
  std::vector<std::vector<uint8_t>> contraction_splits;  // by contractions index
  // Quick filter before the contraction lookup: bit n of lengths_by_first[c - 'a'] is
  // set when a contraction of n bytes starts with c; last_letters has bit c - 'a' for
  // each final letter. "the" passes neither ("thats" is longer, "ive" starts with i).
  uint32_t lengths_by_first[26] = {};
  uint32_t seconds_by_first[26] = {};  // bit c2 - 'a': a contraction starts with c1 c2
  uint32_t last_letters = 0;
  LowercaseSet units;  // "5pm" -> 5 pm, "35mm" -> 35 mm

  explicit Tables(const TokenizerLexicon& lex)
      : hyphen_prefixes(lex.hyphen_prefixes),
        hyphen_words(lex.hyphen_words),
        abbreviations(lex.abbreviations),
        units(std::vector<std::string>{"am", "pm", "k", "m", "mm", "cm", "km", "kg", "g", "mg", "lb",
                                       "lbs", "ft", "mph", "kph", "hr", "hrs", "min", "mins", "sec",
                                       "secs", "yr", "yrs", "gb", "mb", "kb", "tb", "ghz", "mhz",
                                       "kw", "mw", "kwh", "oz", "ml", "bn", "mln", "x"}) {
    std::vector<std::string> words;
    for (const auto& c : lex.contractions) words.push_back(c.first);
    contractions = LowercaseSet(words);
    contraction_splits.resize(contractions.size());
    for (const auto& c : lex.contractions) {
      int idx = contractions.find(c.first);
      if (idx < 0) continue;
      std::vector<uint8_t> splits;
      for (uint8_t s : c.second) {
        if (s > 0 && s < c.first.size() && (splits.empty() || s > splits.back())) splits.push_back(s);
      }
      contraction_splits[idx] = std::move(splits);
      const char first = ascii_lower(c.first.empty() ? ' ' : c.first[0]);
      const char last = ascii_lower(c.first.empty() ? ' ' : c.first.back());
      const char second = ascii_lower(c.first.size() > 1 ? c.first[1] : ' ');
      if (first >= 'a' && first <= 'z' && c.first.size() < 32) lengths_by_first[first - 'a'] |= 1u << c.first.size();
      if (first >= 'a' && first <= 'z' && second >= 'a' && second <= 'z') {
        seconds_by_first[first - 'a'] |= 1u << (second - 'a');
      }
      if (last >= 'a' && last <= 'z') last_letters |= 1u << (last - 'a');
    }
  }
};

namespace {

using chars::Char;
using chars::char_at;
using chars::Kind;

bool is_apostrophe_at(std::string_view t, size_t i, size_t end, size_t* len) {
  if (i >= end) return false;
  if (t[i] == '\'' || t[i] == '`') {
    *len = 1;
    return true;
  }
  // ’ U+2019 = E2 80 99
  if (i + 3 <= end && t[i] == '\xE2' && t[i + 1] == '\x80' && t[i + 2] == '\x99') {
    *len = 3;
    return true;
  }
  return false;
}

// Emoticons EWT keeps as one token. Only forms that cannot be the end of a word.
constexpr std::array<std::string_view, 40> kEmoticons = {
    ":)", ":-)", ":(", ":-(", ";)", ";-)", ":D", ":-D", ":P", ":-P", ":p", ":-p", ";P", ";p",
    ";D", "=)", "=(", "=D", ":/", ":-/", ":'(", ":o", ":O", ":-O", ">:(", "<3", "^_^", "^^",
    "-_-", ":]", ":[", ":|", ":-|", ":*", ":-*", "8-)", "(:", "T_T", ":'-(", ">:-("};

// Quick filters: the characters emoticons start and end with.
inline bool may_start_emoticon(char c) {
  return c == ':' || c == ';' || c == '=' || c == '<' || c == '>' || c == '^' || c == '-' || c == '8' || c == '(' ||
         c == 'T';
}
inline bool may_end_emoticon(char c) {
  return c == ')' || c == '(' || c == 'D' || c == 'P' || c == 'p' || c == '/' || c == 'o' || c == 'O' || c == ']' ||
         c == '[' || c == '|' || c == '*' || c == '3' || c == '^' || c == '-' || c == '_' || c == ':';
}

// Length of an emoticon that starts at t[i] and ends exactly at `end`, or 0.
size_t emoticon_ending_at(std::string_view t, size_t begin, size_t end) {
  if (end - begin < 2 || !may_end_emoticon(t[end - 1])) return 0;
  const char before_last = t[end - 2];  // an emoticon's second-to-last character
  if (!may_start_emoticon(before_last) && before_last != '_' && before_last != '\'') return 0;
  for (std::string_view e : kEmoticons) {
    if (e.size() <= end - begin && t.compare(end - e.size(), e.size(), e) == 0) return e.size();
  }
  return 0;
}
// Length of an emoticon starting at t[i] that is followed by a non-word char or end.
size_t emoticon_starting_at(std::string_view t, size_t i, size_t end) {
  if (end - i < 2 || !may_start_emoticon(t[i])) return 0;
  size_t best = 0;
  for (std::string_view e : kEmoticons) {
    if (e.size() <= end - i && t.compare(i, e.size(), e) == 0 && e.size() > best) {
      if (i + e.size() < end && chars::is_ascii_alnum(t[i + e.size()])) continue;
      best = e.size();
    }
  }
  return best;
}

bool starts_with_ci(std::string_view t, size_t i, size_t end, std::string_view prefix) {
  if (end - i < prefix.size()) return false;
  for (size_t k = 0; k < prefix.size(); ++k) {
    if (ascii_lower(t[i + k]) != prefix[k]) return false;
  }
  return true;
}

bool looks_like_url_start(std::string_view t, size_t i, size_t end) {
  if (end - i < 5) return false;
  const char c = ascii_lower(t[i]);
  if (c != 'h' && c != 'w' && c != 'f' && c != 'm') return false;
  if (starts_with_ci(t, i, end, "http://") || starts_with_ci(t, i, end, "https://") ||
      starts_with_ci(t, i, end, "ftp://") || starts_with_ci(t, i, end, "www.") ||
      starts_with_ci(t, i, end, "mailto:") || starts_with_ci(t, i, end, "file://")) {
    return true;
  }
  return false;
}

// Closing brackets and quotes, split off the end of a word.
bool is_closing(uint32_t cp) {
  switch (cp) {
    case ')': case ']': case '}': case '"':
    case 0x201D: case 0x2019: case 0x00BB: case 0x203A:
      return true;
    default:
      return false;
  }
}
// Punctuation whose runs form one token: "..." "!!!" "?!" "--" "***" "<<" "====".
bool merges_in_runs(uint32_t cp) {
  switch (cp) {
    case '.': case '!': case '?': case '-': case '*': case '=': case '_': case '~':
    case '<': case '>': case '#': case '+': case '/': case '\\': case '|': case '^': case '$':
    case 0x2026: case 0x2014: case 0x2013: case 0x2022:
      return true;
    default:
      return false;
  }
}

// . ! ? and … : a run of them ("?!", "..?", "….") is one token.
inline bool is_mark_char_at(std::string_view t, size_t i, size_t end, size_t* len) {
  const char c = t[i];
  if (c == '.' || c == '!' || c == '?') {
    *len = 1;
    return true;
  }
  if (c == '\xE2' && i + 3 <= end && t[i + 1] == '\x80' && t[i + 2] == '\xA6') {
    *len = 3;
    return true;
  }
  return false;
}
// The start of the run of marks that ends at `end` (not before `begin`).
inline size_t mark_run_start(std::string_view t, size_t begin, size_t end) {
  size_t s = end;
  while (s > begin) {
    if (t[s - 1] == '.' || t[s - 1] == '!' || t[s - 1] == '?') {
      --s;
    } else if (s >= begin + 3 && t[s - 3] == '\xE2' && t[s - 2] == '\x80' && t[s - 1] == '\xA6') {
      s -= 3;
    } else {
      break;
    }
  }
  return s;
}
// ‘ or ’ (U+2018/U+2019) at t[i].
inline bool is_curly_single_at(std::string_view t, size_t i, size_t end) {
  return i + 3 <= end && t[i] == '\xE2' && t[i + 1] == '\x80' && (t[i + 2] == '\x98' || t[i + 2] == '\x99');
}

struct Piece {
  uint32_t begin, end;
  bool attaches_left;  // a clitic: the word before it is part of the same surface token
};

class ChunkScanner {
 public:
  ChunkScanner(const Tokenizer::Tables& tables, std::string_view text, std::vector<Token>& out)
      : tables_(tables), t_(text), out_(out) {}

  void scan(size_t begin, size_t end, bool last_in_paragraph);
  // A chunk of ASCII letters only (most words).
  void scan_letters(size_t begin, size_t end) {
    chunk_first_ = out_.size();
    emit_letters(begin, end);
  }

 private:
  void emit(size_t b, size_t e, bool attaches_left = false) {
    if (e <= b) return;
    if (attaches_left && !out_.empty() && out_.size() > chunk_first_) out_.back().flags |= kJoinedToNext;
    // Copying a blank token is cheaper than value-initialising one (which zero-fills
    // all of Token before constructing its strings).
    static const Token blank{};
    out_.push_back(blank);
    out_.back().span = {static_cast<uint32_t>(b), static_cast<uint32_t>(e)};
  }
  // A word of ASCII letters: one token, or a contraction EWT splits ("cannot").
  void emit_letters(size_t b, size_t e) {
    const size_t n = e - b;
    const int first = ascii_lower(t_[b]) - 'a', last = ascii_lower(t_[e - 1]) - 'a';
    const int second = n > 1 ? ascii_lower(t_[b + 1]) - 'a' : 0;
    if (n < 32 && (tables_.lengths_by_first[first] >> n & 1) && (tables_.last_letters >> last & 1) &&
        (n < 2 || (tables_.seconds_by_first[first] >> second & 1)) && emit_contraction(b, e)) {
      return;
    }
    emit(b, e);
  }
  bool emit_contraction(size_t b, size_t e);
  // One punctuation token starting at i: runs merged, "''" and "``" as one.
  size_t punct_length(size_t i, size_t end) const;
  bool is_abbreviation(size_t b, size_t e) const;  // t_[b,e) ends with '.'
  size_t clitic_start(size_t b, size_t e) const;    // start of a clitic ending at e, or e
  // keep_tail: bytes at the end of the core that belong to its last word (the period
  // of an abbreviation "Gen.", the apostrophe of "students'").
  void scan_core(size_t b, size_t e, size_t keep_tail);
  void emit_word(size_t b, size_t e);
  size_t word_end(size_t b, size_t e) const;
  bool keep_hyphen(size_t seg_b, size_t hyphen, size_t next_e, bool all_digit_groups,
                   int digit_groups) const;

  const Tokenizer::Tables& tables_;
  std::string_view t_;
  std::vector<Token>& out_;
  size_t chunk_first_ = 0;
};

size_t ChunkScanner::punct_length(size_t i, size_t end) const {
  Char c = char_at(t_, i);
  size_t j = i + c.len;
  // Glue joiners/variation selectors (emoji sequences) to the symbol they follow.
  auto glue = [&](size_t k) {
    while (k < end) {
      Char n = char_at(t_, k);
      if (n.kind != chars::kJoiner) break;
      k += n.len;
      // A zero-width joiner links the next pictograph into the same symbol.
      if (n.cp == 0x200D && k < end) {
        Char p = char_at(t_, k);
        if (p.kind == chars::kPunct && p.cp >= 0x2000) k += p.len;
      }
    }
    return k;
  };
  if ((c.cp == '\'' || c.cp == '`') && j < end && static_cast<uint32_t>(t_[j]) == c.cp) return 2;
  if ((c.cp == 0x2018 || c.cp == 0x2019) && is_curly_single_at(t_, j, end)) return 6;  // ’’ as a double quote
  size_t mark_len;
  if (is_mark_char_at(t_, i, end, &mark_len)) {
    while (j < end && is_mark_char_at(t_, j, end, &mark_len)) j += mark_len;
    return j - i;
  }
  if (merges_in_runs(c.cp)) {
    while (j < end) {
      Char n = char_at(t_, j);
      if (n.cp != c.cp) break;
      j += n.len;
    }
    return glue(j) - i;
  }
  return glue(j) - i;
}

bool ChunkScanner::is_abbreviation(size_t b, size_t e) const {
  // t_[b, e) ends with '.'; the stem is t_[b, e-1).
  const size_t stem = e - 1 - b;
  if (stem == 0) return false;
  if (stem == 1) return chars::is_ascii_alpha(t_[b]);  // an initial: "J."
  // Letters with inner periods: "U.S." "e.g." "p.m." "Ph.D."
  bool dotted = true;
  int dots = 0;
  size_t run = 0;
  for (size_t k = b; k + 1 < e; ++k) {
    char c = t_[k];
    if (chars::is_ascii_alpha(c)) {
      if (++run > 3) {
        dotted = false;
        break;
      }
    } else if (c == '.' && run > 0) {
      ++dots;
      run = 0;
    } else {
      dotted = false;
      break;
    }
  }
  if (dotted && dots >= 1 && run > 0) return true;
  return tables_.abbreviations.contains(t_.substr(b, e - b));
}

size_t ChunkScanner::clitic_start(size_t b, size_t e) const {
  // n't: "don't" -> do n't, "can't" -> ca n't; the stem needs a letter.
  size_t len = 0;
  if (e - b >= 4 && (t_[e - 1] == 't' || t_[e - 1] == 'T')) {
    for (size_t alen : {size_t{1}, size_t{3}}) {
      if (e - b < 3 + alen) continue;
      size_t a = e - 1 - alen;
      if (is_apostrophe_at(t_, a, e - 1, &len) && len == alen && (t_[a - 1] == 'n' || t_[a - 1] == 'N') &&
          a - 1 > b && chars::is_ascii_alpha(t_[a - 2])) {
        return a - 1;
      }
    }
  }
  // 's 'm 'd 'll 're 've, any case; the stem must end in a letter, digit or period.
  for (size_t suffix_len : {size_t{1}, size_t{2}}) {
    if (e - b < suffix_len + 2) continue;
    const size_t s = e - suffix_len;
    char c0 = ascii_lower(t_[s]);
    bool ok = suffix_len == 1 ? (c0 == 's' || c0 == 'm' || c0 == 'd')
                              : ((c0 == 'l' && ascii_lower(t_[s + 1]) == 'l') ||
                                 (c0 == 'r' && ascii_lower(t_[s + 1]) == 'e') ||
                                 (c0 == 'v' && ascii_lower(t_[s + 1]) == 'e'));
    if (!ok) continue;
    for (size_t alen : {size_t{1}, size_t{3}}) {
      if (s < b + alen + 1) continue;
      size_t a = s - alen;
      if (is_apostrophe_at(t_, a, s, &len) && len == alen) {
        char before = t_[a - 1];
        if (chars::is_ascii_alnum(before) || before == '.' || static_cast<unsigned char>(before) >= 0x80) {
          return a;
        }
      }
    }
  }
  return e;
}

bool ChunkScanner::emit_contraction(size_t b, size_t e) {
  const int idx = tables_.contractions.find(t_.substr(b, e - b));
  if (idx < 0 || tables_.contraction_splits[idx].empty()) return false;
  size_t prev = b;
  for (uint8_t s : tables_.contraction_splits[idx]) {
    emit(prev, b + s, prev != b);
    prev = b + s;
  }
  emit(prev, e, true);
  return true;
}

void ChunkScanner::scan(size_t begin, size_t end, bool last_in_paragraph) {
  chunk_first_ = out_.size();
  size_t l = begin, r = end;

  // "w/" (with) is a word.
  if (end - begin == 2 && (t_[begin] == 'w' || t_[begin] == 'W') && t_[begin + 1] == '/') {
    emit(begin, end);
    return;
  }

  // Whole-chunk emoticon: ":-)" "<3" "^_^".
  if (size_t n = emoticon_starting_at(t_, l, r); n == r - l) {
    emit(l, r);
    return;
  }

  // 1. Prefixes.
  bool opened_single_quote = false;
  while (l < r) {
    if (looks_like_url_start(t_, l, r)) break;
    Char c = char_at(t_, l);
    if (c.kind != chars::kPunct) break;
    const size_t next = l + c.len;
    const bool next_is_word = next < r && chars::is_word_kind(char_at(t_, next).kind);
    const bool next_is_digit = next < r && chars::is_ascii_digit(t_[next]);
    if (size_t n = emoticon_starting_at(t_, l, r); n > 0 && (c.cp == ':' || c.cp == ';' || c.cp == '=')) {
      emit(l, l + n);
      l += n;
      continue;
    }
    if (c.cp == '\'' || c.cp == 0x2019 || c.cp == '`') {
      // "'s" "'em" "'90s" stay whole; otherwise an opening quote.
      size_t k = next;
      while (k < r && chars::is_ascii_alnum(t_[k])) ++k;
      std::string_view word = t_.substr(next, k - next);
      bool clitic_like = word.size() >= 1 && (k == r || !chars::is_ascii_alnum(t_[k])) &&
                         (equal_lowercase("s", word) || equal_lowercase("m", word) || equal_lowercase("d", word) ||
                          equal_lowercase("ll", word) || equal_lowercase("re", word) || equal_lowercase("ve", word) ||
                          equal_lowercase("em", word) || equal_lowercase("n", word) || equal_lowercase("t", word) ||
                          equal_lowercase("cause", word) || equal_lowercase("til", word) || equal_lowercase("tis", word));
      bool year_like = word.size() >= 2 && chars::is_ascii_digit(word[0]) && chars::is_ascii_digit(word[1]) &&
                       (word.size() == 2 || (word.size() == 3 && (word[2] == 's' || word[2] == 'S')));
      if (clitic_like || year_like) break;
      if (c.cp == '\'' || c.cp == '`') {
        size_t n = punct_length(l, r);  // "''" "``"
        emit(l, l + n);
        l += n;
      } else {
        emit(l, next);
        l = next;
      }
      opened_single_quote = true;
      continue;
    }
    if ((c.cp == '#' || c.cp == '@') && next < r && chars::is_ascii_alpha(t_[next])) break;  // #tag, @handle
    if (c.cp == '+' && next_is_digit) break;                          // "+44" (EWT splits "-3": - 3)
    if (c.cp == '.' && next_is_word) break;                           // ".5", ".com"
    if (c.cp == 0x2018) opened_single_quote = true;
    size_t n = punct_length(l, r);
    emit(l, l + n);
    l += n;
  }

  // 2. Suffixes, collected right to left.
  std::array<Piece, 24> suffixes;
  size_t n_suffixes = 0;
  size_t keep_tail = 0;
  while (r > l && n_suffixes < suffixes.size()) {
    if (looks_like_url_start(t_, l, r)) {
      // A URL keeps everything but trailing sentence punctuation and closers.
      char c = t_[r - 1];
      if (c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == ')' || c == ']' ||
          c == '"' || c == '\'' || c == '>') {
        if (c == ')' && t_.substr(l, r - l).find('(') != std::string_view::npos) break;
        suffixes[n_suffixes++] = {static_cast<uint32_t>(r - 1), static_cast<uint32_t>(r), false};
        --r;
        continue;
      }
      break;
    }
    // Emoticon at the end: "great:)" -> great :)
    if (size_t n = emoticon_ending_at(t_, l, r); n > 0 && n < r - l && !chars::is_ascii_alpha(t_[r - n])) {
      suffixes[n_suffixes++] = {static_cast<uint32_t>(r - n), static_cast<uint32_t>(r), false};
      r -= n;
      continue;
    }
    const size_t p = chars::char_start_before(t_, l, r);
    Char c = char_at(t_, p);
    if (c.kind == chars::kJoiner || (c.kind == chars::kPunct && c.cp >= 0x1F000)) {
      // An emoji (sequence) at the end: split it off whole.
      size_t s = p;
      while (s > l) {
        size_t q = chars::char_start_before(t_, l, s);
        Char pc = char_at(t_, q);
        if (pc.kind == chars::kJoiner || (pc.kind == chars::kPunct && pc.cp >= 0x1F000)) s = q;
        else break;
      }
      if (s == l) break;  // the whole rest is emoji: the core loop handles it
      suffixes[n_suffixes++] = {static_cast<uint32_t>(s), static_cast<uint32_t>(r), false};
      r = s;
      continue;
    }
    if (c.kind != chars::kPunct) {
      // Clitics at the end of the word.
      size_t cs = clitic_start(l, r);
      if (cs < r) {
        suffixes[n_suffixes++] = {static_cast<uint32_t>(cs), static_cast<uint32_t>(r), true};
        r = cs;
        continue;
      }
      break;
    }
    if (p == l) break;  // a lone mark: the core handles it
    const uint32_t cp = c.cp;
    if (cp == '.' || cp == '!' || cp == '?' || cp == 0x2026) {
      // A run of marks is one token ("...", "?!"); a period may belong to the word.
      const size_t s = mark_run_start(t_, l, r);
      const bool starts_with_period = t_[s] == '.';
      if (starts_with_period && s > l && (!last_in_paragraph || n_suffixes > 0) && is_abbreviation(l, s + 1)) {
        // "Gen." keeps its period; "U.S.." and "etc.?" give the rest to the sentence.
        if (r > s + 1) suffixes[n_suffixes++] = {static_cast<uint32_t>(s + 1), static_cast<uint32_t>(r), false};
        r = s + 1;
        keep_tail = 1;
        break;
      }
      if (s == l) break;  // nothing but marks: the core handles them
      suffixes[n_suffixes++] = {static_cast<uint32_t>(s), static_cast<uint32_t>(r), false};
      r = s;
      continue;
    }
    if (cp == '\'' || cp == 0x2019) {
      // "students'" splits its possessive apostrophe off as a clitic (students|' as
      // "Iran's" is Iran|'s), "lovin'" keeps its dropped g, unless a quote was opened.
      if (!opened_single_quote && p >= l + 2 && (t_[p - 1] == 's' || t_[p - 1] == 'S')) {
        suffixes[n_suffixes++] = {static_cast<uint32_t>(p), static_cast<uint32_t>(r), true};
        r = p;
        continue;
      }
      if (!opened_single_quote && p >= l + 3 && t_[p - 1] == 'n' && t_[p - 2] == 'i') {
        keep_tail = r - p;
        break;
      }
      size_t s = p;
      if (cp == '\'' && s > l && t_[s - 1] == '\'') --s;  // "''"
      if (cp == 0x2019 && s >= l + 3 && is_curly_single_at(t_, s - 3, s)) s -= 3;  // ’’ ‘’
      if (s == l) break;
      suffixes[n_suffixes++] = {static_cast<uint32_t>(s), static_cast<uint32_t>(r), false};
      r = s;
      continue;
    }
    if (is_closing(cp) || cp == ',' || cp == ';' || cp == ':' || cp == '%' || cp == '>' || cp == 0x2026 ||
        cp == '!' || cp == '?' || cp == '-' || cp == 0x2014 || cp == 0x2013 || cp == '*' || cp == '+' ||
        cp == 0x2122 || cp == 0xAE || cp == 0xB0) {
      // Take the whole run for marks that merge ("!!!", "--", "…").
      size_t s = p;
      if (merges_in_runs(cp)) {
        while (s > l) {
          size_t q = chars::char_start_before(t_, l, s);
          if (char_at(t_, q).cp != cp) break;
          s = q;
        }
      }
      if (s == l) break;
      suffixes[n_suffixes++] = {static_cast<uint32_t>(s), static_cast<uint32_t>(r), false};
      r = s;
      continue;
    }
    break;
  }
  // 3. The core, then the suffixes in text order.
  scan_core(l, r, keep_tail);
  for (size_t k = n_suffixes; k-- > 0;) emit(suffixes[k].begin, suffixes[k].end, suffixes[k].attaches_left);
}

// The end of the word starting at t_[b]: letters and digits, joined by connectors that
// are followed by another letter or digit ("O'Neil", "AT&T", "1,750", "e-mail").
size_t ChunkScanner::word_end(size_t b, size_t e) const {
  size_t k = b;
  Char first = char_at(t_, k);
  k += first.len;
  while (k < e) {
    Char c = char_at(t_, k);
    if (chars::is_word_kind(c.kind) || c.kind == chars::kJoiner) {
      k += c.len;
      continue;
    }
    if (c.kind != chars::kPunct) break;
    const size_t next = k + c.len;
    if (next >= e) break;
    Char n = char_at(t_, next);
    // "U.S.-flagged", "U.S.-Soviet": a dotted abbreviation keeps its period before a
    // hyphenated word (the hyphen is then split as any other: U.S. - Soviet).
    if (c.cp == '.' && n.cp == '-' && next + 1 < e && chars::is_word_kind(char_at(t_, next + 1).kind) &&
        is_abbreviation(b, k + 1)) {
      k = next;
      continue;
    }
    if (!chars::is_word_kind(n.kind)) break;
    const char prev = t_[k - 1];
    switch (c.cp) {
      case '.': case '\'': case 0x2019: case '&': case '_': case '@': case '-': case '/': case '#':
        k = next;
        continue;
      case '*':
        // Only between letters: "sh*t".
        if (chars::is_ascii_alpha(prev) && chars::is_ascii_alpha(t_[next])) {
          k = next;
          continue;
        }
        break;
      case ',': case ':':
        // Only between digits: "1,750", "10:30".
        if (chars::is_ascii_digit(prev) && chars::is_ascii_digit(t_[next])) {
          k = next;
          continue;
        }
        break;
      default:
        break;
    }
    break;
  }
  return k;
}

bool ChunkScanner::keep_hyphen(size_t seg_b, size_t hyphen, size_t next_e, bool all_digit_groups,
                               int digit_groups) const {
  std::string_view left = t_.substr(seg_b, hyphen - seg_b);
  std::string_view right = t_.substr(hyphen + 1, next_e - hyphen - 1);
  if (left.empty() || right.empty()) return false;
  if (all_digit_groups) {
    // Phone numbers, extensions and dates stay whole ("713-853-3989", "345-9945",
    // "3-5213", "11-20-2000"); ranges split ("5-10" -> 5 - 10, "1998-2001").
    return digit_groups >= 3 ||
           (right.size() == 4 && (left.size() == 1 || left.size() == 3 || left.size() == 5));
  }
  // Codes with digits on both sides of the hyphen: "x3-9890", "nmemdrft8-7-01".
  if (chars::is_ascii_digit(left.back()) && chars::is_ascii_digit(right.front())) return true;
  if (tables_.hyphen_prefixes.contains(left)) return true;
  // A whole hyphenated form: the longest known word containing this hyphen.
  size_t word_end = next_e;
  if (tables_.hyphen_words.contains(t_.substr(seg_b, word_end - seg_b))) return true;
  return false;
}

void ChunkScanner::emit_word(size_t b, size_t e) {
  std::string_view w = t_.substr(b, e - b);
  // E-mail addresses and handles stay whole; so do words without inner connectors.
  bool has_at = false, has_hyphen = false, has_slash = false;
  for (char c : w) {
    has_at |= c == '@';
    has_hyphen |= c == '-';
    has_slash |= c == '/';
  }
  if (has_at || (!has_hyphen && !has_slash)) {
    // "5pm" -> 5 pm, "35mm" -> 35 mm, but "2nd", "1980s", "mp3" stay.
    size_t k = 0;
    while (k < w.size() && (chars::is_ascii_digit(w[k]) || (k > 0 && (w[k] == ':' || w[k] == '.') &&
                                                           k + 1 < w.size() && chars::is_ascii_digit(w[k + 1])))) {
      ++k;
    }
    if (k > 0 && k < w.size() && !has_at) {
      size_t m = k;
      while (m < w.size() && chars::is_ascii_alpha(w[m])) ++m;
      std::string_view unit = w.substr(k);
      bool lower = std::all_of(unit.begin(), unit.end(), [](char x) { return chars::is_ascii_lower(x); });
      if (m == w.size() && (lower || unit == "AM" || unit == "PM") && tables_.units.contains(unit)) {
        emit(b, b + k);
        emit(b + k, e);
        return;
      }
    }
    // Contractions written without apostrophe: "dont" -> do nt.
    if (w.size() <= tables_.contractions.max_length() && emit_contraction(b, e)) return;
    emit(b, e);
    return;
  }
  // Hyphens and slashes: decide each one.
  bool all_digit_groups = true;
  int digit_groups = 1;
  for (char c : w) {
    if (c == '-') ++digit_groups;
    else if (!chars::is_ascii_digit(c)) all_digit_groups = false;
  }
  size_t token_b = b;
  size_t seg_b = b;  // start of the current hyphen/slash segment
  size_t k = b;
  if (w[0] == '+') {
    // A sign: "+44" stays whole.
    seg_b = k = b + 1;
    if (all_digit_groups) --digit_groups;
  }
  while (k < e) {
    const char c = t_[k];
    if (c != '-' && c != '/') {
      ++k;
      continue;
    }
    size_t next_e = k + 1;
    while (next_e < e && t_[next_e] != c && t_[next_e] != (c == '-' ? '/' : '-')) ++next_e;
    bool keep;
    if (c == '-') {
      keep = keep_hyphen(seg_b, k, next_e, all_digit_groups, digit_groups);
    } else {
      // Dates and fractions ("9/11", "3/4"), single letters ("w/o" style "l/c") stay.
      std::string_view left = t_.substr(seg_b, k - seg_b), right = t_.substr(k + 1, next_e - k - 1);
      auto all_digits = [](std::string_view s) {
        return !s.empty() && std::all_of(s.begin(), s.end(), [](char x) { return chars::is_ascii_digit(x); });
      };
      keep = (all_digits(left) && all_digits(right)) ||
             (left.size() == 1 && right.size() == 1 && chars::is_ascii_alpha(left[0]) &&
              chars::is_ascii_alpha(right[0]));
    }
    if (!keep) {
      if (k > token_b) emit(token_b, k);
      emit(k, k + 1);
      token_b = k + 1;
    }
    seg_b = k + 1;
    k = k + 1;
  }
  if (e > token_b) {
    // The last piece may itself be a contraction or a number with unit; keep simple.
    emit(token_b, e);
  }
}

void ChunkScanner::scan_core(size_t b, size_t e, size_t keep_tail) {
  size_t i = b;
  // For e-mail addresses: the next '@' in the core, searched forward only.
  auto find_at = [&](size_t from) {
    const void* p = from < e ? std::memchr(t_.data() + from, '@', e - from) : nullptr;
    return p ? static_cast<size_t>(static_cast<const char*>(p) - t_.data()) : e;
  };
  size_t next_at = find_at(b);
  while (i < e) {
    if (looks_like_url_start(t_, i, e)) {
      emit(i, e);
      return;
    }
    Char c = char_at(t_, i);
    const size_t next = i + c.len;
    bool starts_word = chars::is_word_kind(c.kind) || c.kind == chars::kJoiner;
    if (!starts_word && next < e) {
      const char n = t_[next];
      if ((c.cp == '#' || c.cp == '@') && chars::is_ascii_alpha(n)) starts_word = true;  // #tag @handle
      if (c.cp == '+' && chars::is_ascii_digit(n) && (i == b || !chars::is_ascii_alnum(t_[i - 1]))) {
        starts_word = true;  // "+44"
      }
      if (c.cp == '.' && chars::is_ascii_alnum(n) && (i == b || !chars::is_ascii_alnum(t_[i - 1]))) {
        starts_word = true;  // ".5" ".com"
      }
      if ((c.cp == '\'' || c.cp == '`' || c.cp == 0x2019) && chars::is_ascii_alnum(n) &&
          (i == b || !chars::is_ascii_alnum(t_[i - 1]))) {
        starts_word = true;  // "'s" "'90s" standing alone
      }
    }
    if (starts_word) {
      size_t j = word_end(i, e);
      if (keep_tail > 0 && j == e - keep_tail) j = e;
      // Currency with a country prefix is one symbol: "US$", "C$", "HK$".
      if (j < e && t_[j] == '$' && j - i <= 2 + 1 &&
          std::all_of(t_.begin() + i, t_.begin() + j, [](char x) { return chars::is_ascii_upper(x); })) {
        ++j;
      }
      // An e-mail address may contain "%" or "+" before its "@": take the whole core.
      if (next_at < i) next_at = find_at(i);
      if (next_at < e) {
        size_t at = next_at;
        if (at > i && at + 1 < e && chars::is_ascii_alnum(t_[at + 1])) {
          // Extend over mail-address characters.
          size_t k = i;
          while (k < e) {
            char ch = t_[k];
            if (chars::is_ascii_alnum(ch) || ch == '.' || ch == '_' || ch == '%' || ch == '+' || ch == '-' ||
                ch == '@' || static_cast<unsigned char>(ch) >= 0x80) {
              ++k;
            } else {
              break;
            }
          }
          while (k > j && t_[k - 1] == '.') --k;
          if (k > j) j = k;
        }
      }
      emit_word(i, j);
      i = j;
      continue;
    }
    if (size_t n = emoticon_starting_at(t_, i, e); n > 0) {
      emit(i, i + n);
      i += n;
      continue;
    }
    size_t n = punct_length(i, e);
    emit(i, i + n);
    i += n;
  }
}

}  // namespace

TokenizerLexicon TokenizerLexicon::builtin() {
  TokenizerLexicon lex;
  lex.hyphen_prefixes = {"anti", "co", "counter", "cross", "e", "ex", "mid", "multi", "neo", "non", "post",
                         "pre", "pro", "re", "semi", "sub", "inter", "intra", "micro", "macro", "over",
                         "under", "socio", "trans", "ultra", "uni", "bi", "tri"};
  lex.hyphen_words = {"e-mail", "e-mails", "x-ray", "x-rays", "t-shirt", "t-shirts", "o-ring"};
  lex.abbreviations = {"mr.", "mrs.", "ms.", "dr.", "prof.", "gen.", "col.", "lt.", "sgt.", "capt.",
                       "cmdr.", "adm.", "gov.", "sen.", "rep.", "rev.", "st.", "jr.", "sr.", "inc.",
                       "corp.", "co.", "ltd.", "bros.", "vs.", "etc.", "jan.", "feb.", "mar.", "apr.",
                       "jun.", "jul.", "aug.", "sep.", "sept.", "oct.", "nov.", "dec.", "mon.",
                       "tue.", "tues.", "wed.", "thu.", "thur.", "thurs.", "fri.", "sat.", "sun.",
                       "no.", "nos.", "vol.", "fig.", "approx.", "dept.", "est.", "ft.", "mt.",
                       "ave.", "blvd.", "rd.", "ext.", "al.", "cf.", "pp.", "ed.", "eds."};
  // Contractions written without apostrophe that cannot be other words.
  lex.contractions = {{"cannot", {3}}, {"gonna", {3}}, {"wanna", {3}}, {"gotta", {3}}, {"outta", {3}},
                      {"dont", {2}},   {"doesnt", {4}}, {"didnt", {3}}, {"isnt", {2}},   {"arent", {3}},
                      {"wasnt", {3}},  {"werent", {4}}, {"hasnt", {3}}, {"havent", {4}}, {"hadnt", {3}},
                      {"couldnt", {5}}, {"wouldnt", {5}}, {"shouldnt", {6}}, {"mustnt", {4}}, {"wont", {2}},
                      {"cant", {2}},   {"aint", {2}},   {"im", {1}},    {"ive", {1}},    {"youre", {3}},
                      {"theyre", {4}}, {"youve", {3}},  {"theyve", {4}}, {"thats", {4}},  {"whats", {4}},
                      {"theres", {5}}, {"heres", {4}}};
  return lex;
}

Tokenizer::Tokenizer() : Tokenizer(TokenizerLexicon::builtin()) {}
Tokenizer::Tokenizer(const TokenizerLexicon& lexicon) : tables_(std::make_unique<Tables>(lexicon)) {}
Tokenizer::~Tokenizer() = default;
Tokenizer::Tokenizer(Tokenizer&&) noexcept = default;
Tokenizer& Tokenizer::operator=(Tokenizer&&) noexcept = default;

void Tokenizer::tokenize(std::string_view full_text, Span range, std::vector<Token>& out) const {
  const size_t end = std::min<size_t>(range.end, full_text.size());
  // Scanning sees the text up to the range's end only, so a character cut by the
  // range end is never read past it.
  const std::string_view text = full_text.substr(0, end);
  size_t i = range.begin;
  ChunkScanner scanner(*tables_, text, out);
  size_t last_token = SIZE_MAX;
  auto skip_space = [&](size_t k, size_t limit, bool* newline) {
    while (k < limit) {
      const unsigned char c = static_cast<unsigned char>(text[k]);
      if (c < 0x80) {
        uint8_t kind = chars::detail::kAsciiKinds[c];
        if (kind > chars::kNewline) break;
        *newline |= kind == chars::kNewline;
        ++k;
        continue;
      }
      Char ch = char_at(text, k);
      if (!chars::is_space_kind(ch.kind)) break;
      *newline |= ch.kind == chars::kNewline;
      k += ch.len;
    }
    return k;
  };
  bool newline = false;
  i = skip_space(i, end, &newline);
  while (i < end) {
    // The chunk: up to the next whitespace.
    size_t j = i;
    bool letters_only = true;
    while (j < end) {
#if defined(__SSE2__)
      // Sixteen bytes at a time while they are printable ASCII: stop at a byte <= 0x20
      // or >= 0x80 (whitespace, control or non-ASCII: decided one by one below), and
      // note whether everything before it is a letter.
      if (j + 16 <= end) {
        const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + j));
        const __m128i low = _mm_cmpeq_epi8(_mm_min_epu8(x, _mm_set1_epi8(0x20)), x);
        const __m128i high = _mm_cmplt_epi8(x, _mm_setzero_si128());
        const uint32_t stop = static_cast<uint32_t>(_mm_movemask_epi8(_mm_or_si128(low, high)));
        const __m128i from_a = _mm_sub_epi8(_mm_or_si128(x, _mm_set1_epi8(0x20)), _mm_set1_epi8('a'));
        const __m128i letter = _mm_cmpeq_epi8(_mm_min_epu8(from_a, _mm_set1_epi8(25)), from_a);
        const uint32_t non_letter = ~static_cast<uint32_t>(_mm_movemask_epi8(letter)) & 0xFFFF;
        if (stop == 0) {
          letters_only &= non_letter == 0;
          j += 16;
          continue;
        }
        const uint32_t before = (1u << __builtin_ctz(stop)) - 1;
        letters_only &= (non_letter & before) == 0;
        j += __builtin_ctz(stop);
      }
#endif
      const unsigned char c = static_cast<unsigned char>(text[j]);
      if (c < 0x80) {
        const uint8_t kind = chars::detail::kAsciiKinds[c];
        if (kind <= chars::kNewline) break;
        letters_only &= kind == chars::kLetter;
        ++j;
        continue;
      }
      letters_only = false;
      Char ch = char_at(text, j);
      if (chars::is_space_kind(ch.kind)) break;
      j += ch.len;
    }
    newline = false;
    const size_t after = skip_space(j, end, &newline);
    const size_t first = out.size();
    if (letters_only) {
      scanner.scan_letters(i, j);
    } else {
      scanner.scan(i, j, after >= end);
    }
    if (out.size() > first) last_token = out.size() - 1;
    if (after > j && last_token != SIZE_MAX) {
      out[last_token].flags |= kSpaceAfter;
      if (newline) out[last_token].flags |= kNewlineAfter;
    }
    i = after;
  }
  // Whitespace after the range (the paragraph break) also counts.
  if (last_token != SIZE_MAX && out[last_token].span.end == end && end < full_text.size()) {
    newline = false;
    const std::string_view rest = full_text.substr(0, std::min(full_text.size(), end + 64));
    size_t after = end;
    while (after < rest.size()) {
      Char ch = char_at(rest, after);
      if (!chars::is_space_kind(ch.kind)) break;
      newline |= ch.kind == chars::kNewline;
      after += ch.len;
    }
    if (after > end) {
      out[last_token].flags |= kSpaceAfter;
      if (newline) out[last_token].flags |= kNewlineAfter;
    }
  }
}

}  // namespace dyad
