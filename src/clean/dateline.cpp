// Wire datelines (see dateline.hpp). A small hand-written scanner: the shapes are few
// and fixed, and a regular expression would need the month names spliced in.
#include "clean/dateline.hpp"

#include <string>

#include "base/strings.hpp"

namespace dyad::clean {

namespace {

bool upper(char c) { return c >= 'A' && c <= 'Z'; }
bool lower(char c) { return c >= 'a' && c <= 'z'; }
bool digit(char c) { return c >= '0' && c <= '9'; }

}  // namespace

size_t dateline_length(std::string_view p, const lang::Language& language) {
  size_t i = 0;
  // The place: one to four capitalised words ("NEW YORK", "St. Petersburg").
  int words = 0;
  bool caps = true;
  while (i < p.size() && words < 4 && upper(p[i])) {
    size_t j = i;
    while (j < p.size() && (upper(p[j]) || lower(p[j]) || p[j] == '.' || p[j] == '\'' ||
                            (p[j] == '-' && j + 1 < p.size() && (upper(p[j + 1]) || lower(p[j + 1]))))) {
      caps &= !lower(p[j]);
      ++j;
    }
    ++words;
    i = j;
    if (i + 1 < p.size() && p[i] == ' ' && upper(p[i + 1])) {
      ++i;
      continue;
    }
    break;
  }
  if (words == 0) return 0;
  bool date = false, agency = false;
  // ", March 2"
  if (i + 1 < p.size() && p[i] == ',' && p[i + 1] == ' ') {
    size_t j = i + 2, m = j;
    while (m < p.size() && (upper(p[m]) || lower(p[m]) || p[m] == '.')) ++m;
    if (m > j && language.calendar.month(base::ascii_lower(p.substr(j, m - j))) > 0 && m + 1 < p.size() && p[m] == ' ') {
      size_t d = m + 1, e = d;
      while (e < p.size() && digit(p[e]) && e - d < 2) ++e;
      if (e > d && (e == p.size() || !digit(p[e]))) {
        date = true;
        i = e;
      }
    }
  }
  // ", Kenya" after a place in capitals: "NAIROBI, Kenya --", "SPRINGFIELD, Ill. --".
  if (!date && caps && i + 2 < p.size() && p[i] == ',' && p[i + 1] == ' ' && upper(p[i + 2])) {
    size_t j = i + 2;
    int region_words = 0;
    while (j < p.size() && region_words < 3 && upper(p[j])) {
      while (j < p.size() && (upper(p[j]) || lower(p[j]) || p[j] == '.')) ++j;
      ++region_words;
      if (j + 1 < p.size() && p[j] == ' ' && upper(p[j + 1])) ++j;
      else break;
    }
    // (Only when a separator or an agency follows: not "ANKARA, Turkey said ...".)
    size_t k = j;
    while (k < p.size() && p[k] == ' ') ++k;
    bool follows = k < p.size() && p[k] == '(';
    for (std::string_view sep : language.coder.dateline_separators) {
      follows |= sep != "-" && p.substr(k, sep.size()) == sep;
    }
    if (region_words > 0 && follows) i = j;
  }
  // " (Reuters)"
  size_t j = i;
  while (j < p.size() && p[j] == ' ') ++j;
  if (j < p.size() && p[j] == '(') {
    size_t close = p.find(')', j);
    if (close == std::string_view::npos || close - j > 40) return 0;
    agency = true;
    i = close + 1;
  }
  while (i < p.size() && p[i] == ' ') ++i;
  // The separator, then space and the story.
  for (std::string_view sep : language.coder.dateline_separators) {
    if (p.substr(i, sep.size()) != sep) continue;
    const size_t end = i + sep.size();
    if (end >= p.size() || p[end] != ' ') continue;
    // (A hyphen after a place alone only when set off by spaces after four letters or
    // more: "MARLOW - Valdoria sent ...", not "NATO-member" nor "US - China".)
    if (!date && !agency && (!caps || (sep == "-" && (i < 5 || p[i - 1] != ' ')))) return 0;
    if (sep == ":" && !caps && !date && !agency) return 0;
    return end;
  }
  return 0;
}

}  // namespace dyad::clean
