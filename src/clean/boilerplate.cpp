// BoilerplateCleaner: keeps the news, drops the page furniture.
//
// Each paragraph gets a score from general evidence:
//   - cue phrases of web furniture (boilerplate_cues.hpp), matched on lower-cased
//     words of the paragraph's opening, with camelCase junctions split so that
//     run-together widget text ("Find out moreClose") still matches;
//   - words that address the reader or speak for the publisher (you, your, our, us)
//     outside quotations: news reports people, appeals talk to you;
//   - the shape of the line: short, no final punctuation, opening with an imperative;
//   - bylines ("By Jane Roe").
// A score of 3 removes a paragraph outright. Weaker evidence removes it only when a
// neighbour is removed too, since furniture comes in runs (an appeal is five short
// lines in a row) while an isolated odd line inside a story is usually a subheading.
// Lists announced by "Related", "Read more", "Most popular" take the headline-like
// lines that follow. The first paragraph becomes the title when the document has none
// and it reads like a headline.
#include <algorithm>
#include <array>
#include <cstring>
#include <string>
#include <unordered_map>
#include <vector>

#include "clean/boilerplate_cues.hpp"
#include "dyad/clean.hpp"

namespace dyad {

namespace {

using boilerplate::Cue;
using boilerplate::kCues;

constexpr uint32_t kScanBytes = 400;      // cue matching looks at a paragraph's opening
constexpr uint32_t kCountBytes = 2000;    // word counting stops here: longer is "long"
constexpr int kRemoveScore = 3;

// Splits `s` into lower-case cue words: letters/digits/apostrophes/hyphens; ':' and
// '©' as words of their own; a lower->upper case change starts a new word.
template <class Fn>
void for_each_cue_word(std::string_view s, Fn&& fn) {
  std::string word;
  auto flush = [&] {
    if (!word.empty()) fn(word);
    word.clear();
  };
  for (size_t i = 0; i < s.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '\'' || c == '-') {
      word.push_back(static_cast<char>(c));
    } else if (c >= 'A' && c <= 'Z') {
      if (!word.empty() && word.back() >= 'a' && word.back() <= 'z' && i > 0 &&
          s[i - 1] >= 'a' && s[i - 1] <= 'z') {
        flush();  // "moreClose" -> more | close
      }
      word.push_back(static_cast<char>(c - 'A' + 'a'));
    } else if (c == ':') {
      flush();
      fn(std::string(":"));
    } else if (c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xA9) {
      flush();
      fn(std::string("\xC2\xA9"));
      ++i;
    } else if (c == 0xE2 && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x80 &&
               static_cast<unsigned char>(s[i + 2]) == 0x99) {
      word.push_back('\'');  // ’ inside words ("we’ll") as '
      i += 2;
    } else {
      flush();
    }
  }
  flush();
}

struct CompiledCue {
  std::vector<std::string> words;
  const Cue* cue;
};

// The cue lexicon, indexed by first word. Built once per process.
class CueIndex {
 public:
  CueIndex() {
    for (const Cue& c : kCues) {
      CompiledCue cc{{}, &c};
      for_each_cue_word(c.phrase, [&](const std::string& w) { cc.words.push_back(w); });
      if (!cc.words.empty()) by_first_[cc.words[0]].push_back(std::move(cc));
    }
    for (const char* w : boilerplate::kReaderAddressWords) reader_words_.emplace(w, true);
    for (const char* w : boilerplate::kImperativeOpeners) imperatives_.emplace(w, true);
  }
  const std::vector<CompiledCue>* starting_with(const std::string& w) const {
    auto it = by_first_.find(w);
    return it == by_first_.end() ? nullptr : &it->second;
  }
  bool reader_word(const std::string& w) const { return reader_words_.count(w) != 0; }
  bool imperative(const std::string& w) const { return imperatives_.count(w) != 0; }

 private:
  std::unordered_map<std::string, std::vector<CompiledCue>> by_first_;
  std::unordered_map<std::string, bool> reader_words_, imperatives_;
};

const CueIndex& cue_index() {
  static const CueIndex index;
  return index;
}

bool is_space(unsigned char c) { return c <= 0x20 || c == 0x7f; }

// Counts whitespace-separated words in the first kCountBytes of s.
uint32_t count_words(std::string_view s) {
  uint32_t n = 0;
  bool in_word = false;
  size_t lim = std::min<size_t>(s.size(), kCountBytes);
  for (size_t i = 0; i < lim; ++i) {
    bool sp = is_space(static_cast<unsigned char>(s[i]));
    if (!sp && !in_word) ++n;
    in_word = !sp;
  }
  if (s.size() > kCountBytes) n += static_cast<uint32_t>((s.size() - kCountBytes) / 6);
  return n;
}

bool ends_with_terminal(std::string_view s) {
  while (!s.empty() && is_space(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  if (s.empty()) return false;
  char c = s.back();
  if (c == '.' || c == '!' || c == '?' || c == '"' || c == ')') return true;
  if (s.size() >= 3 && static_cast<unsigned char>(s[s.size() - 3]) == 0xE2 &&
      static_cast<unsigned char>(s[s.size() - 2]) == 0x80) {
    unsigned char d = static_cast<unsigned char>(c);
    return d == 0x9D || d == 0x99 || d == 0xA6;  // ” ’ …
  }
  return false;
}

bool has_quotes(std::string_view s) {
  if (s.find('"') != std::string_view::npos) return true;
  return s.find("\xE2\x80\x9C") != std::string_view::npos || s.find("\xE2\x80\x9D") != std::string_view::npos;
}

bool mostly_capitalised(std::string_view s) {
  int words = 0, caps = 0;
  bool start = true;
  for (char ch : s) {
    unsigned char c = static_cast<unsigned char>(ch);
    if (is_space(c)) {
      start = true;
      continue;
    }
    if (start) {
      ++words;
      if ((c >= 'A' && c <= 'Z') || c >= 0x80) ++caps;
      start = false;
    }
  }
  return words > 0 && caps * 10 >= words * 7;
}

struct ParagraphEvidence {
  int score = 0;
  uint32_t words = 0;
  bool terminal = false;
  bool list_header = false;
  std::string reason;
};

ParagraphEvidence assess(std::string_view para) {
  const CueIndex& index = cue_index();
  ParagraphEvidence ev;
  ev.words = count_words(para);
  ev.terminal = ends_with_terminal(para);
  std::vector<std::string> words;
  for_each_cue_word(para.substr(0, kScanBytes), [&](const std::string& w) { words.push_back(w); });
  const bool whole = para.size() <= kScanBytes;
  // Cue phrases: each distinct cue counts once.
  std::vector<const Cue*> seen;
  int best = 0;
  for (size_t i = 0; i < words.size(); ++i) {
    const auto* cands = index.starting_with(words[i]);
    if (!cands) continue;
    for (const CompiledCue& cc : *cands) {
      if (i + cc.words.size() > words.size()) continue;
      if (!std::equal(cc.words.begin(), cc.words.end(), words.begin() + static_cast<std::ptrdiff_t>(i))) continue;
      const Cue* cue = cc.cue;
      if (cue->where == boilerplate::kAtStart && i != 0) continue;
      if (cue->where == boilerplate::kWholeLine && !(whole && i == 0 && cc.words.size() == words.size())) continue;
      if (std::find(seen.begin(), seen.end(), cue) != seen.end()) continue;
      seen.push_back(cue);
      ev.score += cue->weight;
      if (cue->kind == boilerplate::kListHeader) ev.list_header = true;
      if (cue->weight > best) {
        best = cue->weight;
        ev.reason = std::string("cue '") + cue->phrase + "'";
      }
    }
  }
  // A long paragraph is news even when it mentions subscriptions or cookies.
  if (ev.words > 60) ev.score -= 2;
  // Reader address outside quotations.
  if (!has_quotes(para)) {
    int address = 0;
    for (const auto& w : words) address += index.reader_word(w);
    if (address > 0) {
      ev.score += 1;
      if (ev.reason.empty()) ev.reason = "addresses the reader";
    }
  }
  const bool short_fragment = ev.words <= 8 && !ev.terminal;
  if (!words.empty() && index.imperative(words[0]) && ev.words <= 12) {
    ev.score += 1;
    if (ev.reason.empty()) ev.reason = "call to action";
  }
  if (short_fragment && ev.score >= 1) ev.score += 1;
  // Bylines: "By Jane Roe and John Doe" / "By JANE ROE, Staff Writer".
  if (!words.empty() && words[0] == "by" && ev.words <= 10 && !ev.terminal && mostly_capitalised(para)) {
    ev.score += 2;
    ev.reason = "byline";
  }
  return ev;
}

bool same_text(std::string_view a, std::string_view b) {
  // Equal up to whitespace runs.
  size_t i = 0, j = 0;
  while (true) {
    while (i < a.size() && is_space(static_cast<unsigned char>(a[i]))) ++i;
    while (j < b.size() && is_space(static_cast<unsigned char>(b[j]))) ++j;
    if (i == a.size() || j == b.size()) return i == a.size() && j == b.size();
    if (a[i] != b[j]) return false;
    ++i;
    ++j;
  }
}

}  // namespace

BoilerplateCleaner::BoilerplateCleaner(CleanOptions options) : options_(options) { (void)cue_index(); }

void BoilerplateCleaner::clean(const Document& doc, AnalyzedDocument& out) const {
  const std::string_view text = doc.text;
  std::vector<ParagraphBlock> blocks;
  splitter_.split(text, Span{0, static_cast<uint32_t>(text.size())}, blocks);
  out.title = doc.title;

  const size_t n = blocks.size();
  std::vector<ParagraphEvidence> ev(n);
  std::vector<uint8_t> removed(n, 0);
  std::vector<std::string> reason(n);
  auto para = [&](size_t i) { return text.substr(blocks[i].span.begin, blocks[i].span.size()); };

  size_t first_body = 0;
  // Title: given by the input (then drop a first paragraph that repeats it), or
  // guessed from a headline-like first paragraph.
  if (n > 0 && doc.title_given && same_text(para(0), doc.title)) {
    out.title_span = blocks[0].span;
    first_body = 1;
  }
  if (options_.remove_boilerplate) {
    for (size_t i = first_body; i < n; ++i) {
      ev[i] = assess(para(i));
      if (ev[i].score >= kRemoveScore) {
        removed[i] = 1;
        reason[i] = ev[i].reason;
      }
    }
  }
  size_t title_index = first_body == 1 ? 0 : n;
  if (!doc.title_given && options_.guess_title && first_body == 0) {
    size_t t = 0;
    while (t < n && removed[t]) ++t;
    size_t kept_after = 0;
    for (size_t k = t + 1; k < n; ++k) kept_after += !removed[k];
    if (t < n && kept_after > 0) {
      std::string_view p = para(t);
      const bool period = !p.empty() && p.back() == '.';
      if (count_words(p) <= 30 && !period) {
        out.title.assign(p);
        out.title_span = blocks[t].span;
        title_index = t;
        first_body = t + 1;
      }
    }
  }
  if (options_.remove_boilerplate) {
    // Weak evidence next to removed furniture; repeat until nothing changes.
    auto weak = [&](size_t i) {
      if (i == title_index || removed[i]) return false;
      const bool fragment = ev[i].words <= 6 && !ev[i].terminal;
      return ev[i].score >= 1 || fragment;
    };
    bool changed = true;
    while (changed) {
      changed = false;
      for (size_t i = 0; i < n; ++i) {
        if (!weak(i)) continue;
        bool near = (i > 0 && removed[i - 1]) || (i + 1 < n && removed[i + 1]);
        if (near) {
          removed[i] = 1;
          reason[i] = ev[i].reason.empty() ? "short fragment next to boilerplate"
                                           : ev[i].reason + ", next to boilerplate";
          changed = true;
        }
      }
    }
    // Link lists after a list header.
    for (size_t i = 0; i < n; ++i) {
      if (!removed[i] || !ev[i].list_header) continue;
      for (size_t k = i + 1; k < n; ++k) {
        if (removed[k]) continue;
        if (k == title_index) break;
        if (ev[k].words > 20 || (ev[k].terminal && ev[k].words > 12)) break;
        removed[k] = 1;
        reason[k] = "link list";
      }
    }
  }
  for (size_t i = 0; i < n; ++i) {
    if (i == title_index) continue;
    if (removed[i]) {
      out.removed.push_back({blocks[i].span, std::move(reason[i])});
    } else {
      out.paragraphs.push_back(blocks[i].span);
    }
  }
}

}  // namespace dyad
