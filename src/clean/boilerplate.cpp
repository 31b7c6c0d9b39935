// BoilerplateCleaner: keeps the news, drops the page furniture.
//
// Each paragraph gets a score from general evidence:
//   - cue phrases of web furniture (the language's, src/lang/en/boilerplate_cues.cpp), matched on lower-cased
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
#include <memory>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "dyad/clean.hpp"

#include "clean/cue_index.hpp"
#include "clean/dateline.hpp"
#include "lang/language.hpp"

namespace dyad {

namespace {

using clean::CompiledCue;
using clean::CueIndex;
using clean::normalise_cue_text;
using clean::split_cue_words;
using lang::Cue;

constexpr uint32_t kScanBytes = 400;      // cue matching looks at a paragraph's opening
constexpr uint32_t kLongScanBytes = 120;  // ... and at less of a long paragraph's
constexpr uint32_t kCountBytes = 2000;    // word counting stops here: longer is "long"
constexpr int kRemoveScore = 3;

bool is_space(unsigned char c) { return c <= 0x20 || c == 0x7f; }

// One pass over (the first kCountBytes of) a paragraph: its word count and whether
// it holds quotation marks (" or the curly pair).
struct ParagraphShape {
  uint32_t words = 0;
  bool quotes = false;
};
ParagraphShape scan_shape(std::string_view s) {
  ParagraphShape shape;
  bool in_word = false;
  const size_t lim = std::min<size_t>(s.size(), kCountBytes);
  for (size_t i = 0; i < lim; ++i) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    const bool sp = is_space(c);
    shape.words += !sp && !in_word;
    in_word = !sp;
    if (c == '"') shape.quotes = true;
    if (c == 0xE2 && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x80 &&
        (static_cast<unsigned char>(s[i + 2]) == 0x9C || static_cast<unsigned char>(s[i + 2]) == 0x9D)) {
      shape.quotes = true;
    }
  }
  if (s.size() > kCountBytes) shape.words += static_cast<uint32_t>((s.size() - kCountBytes) / 6);
  return shape;
}

uint32_t count_words(std::string_view s) { return scan_shape(s).words; }

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
  bool spreads = true;  // false: a lone line (sign-off, credit) says nothing of its neighbours
  std::string reason;
};

ParagraphEvidence assess(std::string_view para, const CueIndex& index) {
  ParagraphEvidence ev;
  const ParagraphShape shape = scan_shape(para);
  ev.words = shape.words;
  ev.terminal = ends_with_terminal(para);
  // Furniture is short: a long paragraph can only be an appeal or a notice by what it
  // opens with, so only its opening is read for cues.
  const size_t scan = ev.words > 40 ? kLongScanBytes : kScanBytes;
  char buf[kScanBytes + 64];
  const size_t norm_len = normalise_cue_text(para.substr(0, scan), buf, sizeof buf);
  thread_local std::vector<std::string_view> words;
  split_cue_words(std::string_view(buf, norm_len), words);
  const bool whole = para.size() <= kScanBytes;
  // Cue phrases: each distinct cue counts once.
  std::array<const Cue*, 16> seen{};
  size_t n_seen = 0;
  int best = 0;
  for (size_t i = 0; i < words.size(); ++i) {
    const auto* cands = index.starting_with(words[i]);
    if (!cands) continue;
    for (const CompiledCue& cc : *cands) {
      if (i + cc.words.size() > words.size()) continue;
      if (!std::equal(cc.words.begin(), cc.words.end(), words.begin() + static_cast<std::ptrdiff_t>(i))) continue;
      const Cue* cue = cc.cue;
      switch (cue->where) {
        case lang::kAnywhere: break;
        case lang::kAtStart: if (i != 0) continue; break;
        case lang::kShortLine: if (i != 0 || ev.words > 6) continue; break;
        case lang::kWholeLine:
          if (!(whole && i == 0 && cc.words.size() == words.size())) continue;
          if (ev.terminal && cue->kind != lang::kNoSpread) continue;  // "share." ends a sentence
          break;
      }
      if (std::find(seen.begin(), seen.begin() + n_seen, cue) != seen.begin() + n_seen) continue;
      if (n_seen < seen.size()) seen[n_seen++] = cue;
      ev.score += cue->weight;
      if (cue->kind == lang::kListHeader) ev.list_header = true;
      if (cue->weight > best) {
        best = cue->weight;
        ev.reason = std::string("cue '") + cue->phrase + "'";
        ev.spreads = cue->kind != lang::kNoSpread;
      }
    }
  }
  // A long paragraph is news even when it mentions subscriptions or cookies.
  if (ev.words > 60) ev.score -= 2;
  // Reader address outside quotations.
  if (!shape.quotes) {
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
    ev.score += 3;
    ev.reason = "byline";
    ev.spreads = false;
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

BoilerplateCleaner::BoilerplateCleaner(CleanOptions options)
    : options_(options),
      language_(options.language ? *options.language : lang::english()),
      cues_(std::make_shared<const CueIndex>(language_.boilerplate)) {}

BoilerplateCleaner::~BoilerplateCleaner() = default;

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
      ev[i] = assess(para(i), *cues_);
      if (ev[i].score >= kRemoveScore) {
        removed[i] = 1;
        reason[i] = ev[i].reason;
      }
    }
  }
  size_t title_index = first_body == 1 ? 0 : n;
  if (!doc.title_given && options_.guess_title && first_body == 0) {
    // The first paragraph that is neither furniture nor a scrap of it: a headline has
    // a few words and no boilerplate evidence ("Search" or "Menu" above it do not count).
    size_t t = 0;
    while (t < n && (removed[t] || (options_.remove_boilerplate && (ev[t].score > 0 || ev[t].words < 3)))) ++t;
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
      return (ev[i].score >= 1 && ev[i].words <= 40) || fragment;
    };
    bool changed = true;
    while (changed) {
      changed = false;
      for (size_t i = 0; i < n; ++i) {
        if (!weak(i)) continue;
        bool near = (i > 0 && removed[i - 1] && ev[i - 1].spreads) ||
                    (i + 1 < n && removed[i + 1] && ev[i + 1].spreads);
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
  bool first_kept = true;
  for (size_t i = 0; i < n; ++i) {
    if (i == title_index) continue;
    if (removed[i]) {
      out.removed.push_back({blocks[i].span, std::move(reason[i])});
      continue;
    }
    // A wire dateline opening the story becomes a paragraph of its own.
    if (first_kept && options_.split_dateline) {
      const size_t d = clean::dateline_length(para(i), language_);
      if (d > 0) {
        Span dateline{blocks[i].span.begin, blocks[i].span.begin + static_cast<uint32_t>(d)};
        uint32_t rest = dateline.end;
        // (Any blank or control byte, as the paragraph splitter trims them.)
        while (rest < blocks[i].span.end &&
               (static_cast<unsigned char>(text[rest]) <= 0x20 || static_cast<unsigned char>(text[rest]) == 0x7f)) {
          ++rest;
        }
        out.paragraphs.push_back(dateline);
        if (rest < blocks[i].span.end) out.paragraphs.push_back(Span{rest, blocks[i].span.end});
        first_kept = false;
        continue;
      }
    }
    first_kept = false;
    out.paragraphs.push_back(blocks[i].span);
  }
}

}  // namespace dyad
