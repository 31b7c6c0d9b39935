// ParagraphSplitter: finds the paragraphs of plain text, whatever its layout.
//
// Three layouts occur in practice, and one text can mix them block by block
// (blocks are separated by blank lines):
//   - one paragraph per line: scraped pages, most JSON feeds;
//   - hard-wrapped prose: wire copy wrapped near a fixed width, where a line break is
//     just a space and a paragraph starts with an indent (Reuters) or after a short
//     line that ends a sentence;
//   - blank-line separated paragraphs, possibly hard-wrapped inside.
// A block is judged hard-wrapped from its line lengths (most lines fill a narrow band
// below ~100 columns) and from continuations (a line not ending a sentence followed
// by one starting in lower case). Control characters count as whitespace here, so
// stray bytes such as the ^C that ends every Reuters story do not make paragraphs.
#include <algorithm>
#include <cstring>
#include <vector>

#include "dyad/clean.hpp"

namespace dyad {

namespace {

bool is_space_byte(unsigned char c) { return c <= 0x20 || c == 0x7f; }

struct Line {
  uint32_t begin = 0, end = 0;      // the whole line, without its '\n'
  uint32_t tbegin = 0, tend = 0;    // trimmed of whitespace and control bytes
  uint32_t indent = 0;              // leading spaces (a tab counts 4)
  bool blank() const { return tend <= tbegin; }
  uint32_t length() const { return tend - tbegin; }
};

// The Unicode characters that end a sentence-final line: . ! ? : and closing quotes.
bool ends_sentence(std::string_view text, const Line& l) {
  if (l.blank()) return false;
  unsigned char c = static_cast<unsigned char>(text[l.tend - 1]);
  if (c == '.' || c == '!' || c == '?' || c == ':' || c == '"' || c == '\'' || c == ')') return true;
  // ” (E2 80 9D), ’ (E2 80 99), … (E2 80 A6)
  if (l.tend - l.tbegin >= 3 && static_cast<unsigned char>(text[l.tend - 3]) == 0xE2 &&
      static_cast<unsigned char>(text[l.tend - 2]) == 0x80) {
    unsigned char d = c;
    return d == 0x9D || d == 0x99 || d == 0xA6;
  }
  return false;
}

bool starts_lower(std::string_view text, const Line& l) {
  if (l.blank()) return false;
  unsigned char c = static_cast<unsigned char>(text[l.tbegin]);
  return c >= 'a' && c <= 'z';
}

void split_lines(std::string_view text, Span range, std::vector<Line>& lines) {
  uint32_t i = range.begin;
  while (i < range.end) {
    Line l;
    l.begin = i;
    const void* nl = std::memchr(text.data() + i, '\n', range.end - i);
    uint32_t e = nl ? static_cast<uint32_t>(static_cast<const char*>(nl) - text.data()) : range.end;
    l.end = e;
    uint32_t b = i;
    while (b < e && is_space_byte(static_cast<unsigned char>(text[b]))) {
      l.indent += text[b] == '\t' ? 4 : text[b] == ' ' ? 1 : 0;
      ++b;
    }
    uint32_t t = e;
    while (t > b && is_space_byte(static_cast<unsigned char>(text[t - 1]))) --t;
    l.tbegin = b;
    l.tend = t;
    lines.push_back(l);
    i = e + 1;
  }
}

// Is this block of consecutive non-blank lines hard-wrapped prose?
bool looks_hard_wrapped(std::string_view text, const std::vector<Line>& lines, size_t first, size_t last) {
  const size_t n = last - first;
  if (n < 3) {
    // Two lines: wrapped only if the first is cut mid-sentence and the second goes on in lower case.
    return n == 2 && !ends_sentence(text, lines[first]) && starts_lower(text, lines[first + 1]) &&
           lines[first].length() >= 40 && lines[first].length() <= 100;
  }
  std::vector<uint32_t> lengths;
  lengths.reserve(n);
  for (size_t i = first; i < last; ++i) lengths.push_back(lines[i].length() + lines[i].indent);
  std::vector<uint32_t> sorted = lengths;
  std::sort(sorted.begin(), sorted.end());
  const uint32_t width = sorted[(sorted.size() * 9) / 10 == sorted.size() ? sorted.size() - 1 : (sorted.size() * 9) / 10];
  if (width > 110 || width < 20) return false;
  size_t full = 0, continued = 0;
  for (size_t i = first; i + 1 < last; ++i) {
    if (lengths[i - first] * 10 >= width * 6) ++full;
    if (!ends_sentence(text, lines[i]) && starts_lower(text, lines[i + 1])) ++continued;
  }
  // Most lines fill the column, or many breaks fall mid-sentence.
  return full * 10 >= (n - 1) * 7 || continued * 10 >= (n - 1) * 3;
}

}  // namespace

void ParagraphSplitter::split(std::string_view text, Span range, std::vector<ParagraphBlock>& out) const {
  std::vector<Line> lines;
  split_lines(text, range, lines);
  size_t i = 0;
  while (i < lines.size()) {
    if (lines[i].blank()) {
      ++i;
      continue;
    }
    size_t j = i;
    while (j < lines.size() && !lines[j].blank()) ++j;
    if (!looks_hard_wrapped(text, lines, i, j)) {
      for (size_t k = i; k < j; ++k) out.push_back({{lines[k].tbegin, lines[k].tend}, false});
    } else {
      // Paragraph starts: an indented line (when the block's first lines are not all
      // indented), or the line after a short line that ends a sentence.
      uint32_t base_indent = lines[i].indent;
      for (size_t k = i + 1; k < j; ++k) base_indent = std::min(base_indent, lines[k].indent);
      uint32_t width = 0;
      for (size_t k = i; k < j; ++k) width = std::max(width, lines[k].length() + lines[k].indent);
      size_t start = i;
      for (size_t k = i + 1; k <= j; ++k) {
        bool brk = k == j;
        if (!brk) {
          bool indented = lines[k].indent >= base_indent + 2;
          bool prev_short_end = ends_sentence(text, lines[k - 1]) &&
                                (lines[k - 1].length() + lines[k - 1].indent) * 10 < width * 6;
          brk = indented || prev_short_end;
        }
        if (brk) {
          out.push_back({{lines[start].tbegin, lines[k - 1].tend}, k - start > 1});
          start = k;
        }
      }
    }
    i = j;
  }
}

}  // namespace dyad
