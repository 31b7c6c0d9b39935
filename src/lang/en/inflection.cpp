// English inflection of dictionary words (upper case, as dictionaries store them):
// the regular forms of a verb, the plural of an agent phrase, and whether a word form
// is a regular inflection of a lemma (the coder's fallback for verb forms a
// dictionary does not list: "LABELLED" of "LABEL").
#include <algorithm>

#include "base/strings.hpp"
#include "lang/en/english_data.hpp"

namespace dyad::lang::en {

namespace {

std::vector<std::string> verb_forms(std::string_view base_in) {
  std::string stem = base::ascii_upper(base_in);
  std::vector<std::string> forms{stem};
  if (stem.empty()) return forms;
  auto add = [&](std::string f) {
    if (std::find(forms.begin(), forms.end(), f) == forms.end()) forms.push_back(std::move(f));
  };
  char last = stem.back();
  auto vowel = [](char c) { return c == 'A' || c == 'E' || c == 'I' || c == 'O' || c == 'U'; };
  bool sibilant = last == 'S' || last == 'X' || last == 'Z' ||
                  (stem.size() > 1 && (stem.ends_with("CH") || stem.ends_with("SH")));
  // PETRARCH's forms.
  add(stem + "S");
  if (last == 'E') {
    add(stem + "D");
    add(stem.substr(0, stem.size() - 1) + "ING");
  } else {
    add(stem + "ED");
    add(stem + "ING");
  }
  // The English ones PETRARCH misses.
  if (sibilant) add(stem + "ES");
  if (last == 'Y' && stem.size() > 1 && !vowel(stem[stem.size() - 2])) {
    add(stem.substr(0, stem.size() - 1) + "IES");
    add(stem.substr(0, stem.size() - 1) + "IED");
  }
  if (stem.ends_with("EE")) add(stem + "ING");
  return forms;
}

std::string plural(std::string_view phrase_in) {
  std::string p = base::ascii_upper(base::trim(phrase_in));
  while (!p.empty() && p.back() == '_') p.pop_back();
  if (p.empty()) return p;
  if (p.back() == 'Y') return p.substr(0, p.size() - 1) + "IES";
  if (p.back() == 'S') return p + "ES";
  return p + "S";
}

bool is_regular_inflection(std::string_view f, std::string_view l) {
  if (f == l) return true;
  if (l.empty() || f.size() < l.size()) return false;
  auto is = [&](std::string_view stem, std::string_view suffix) {
    return f.size() == stem.size() + suffix.size() && f.substr(0, stem.size()) == stem && f.substr(stem.size()) == suffix;
  };
  char last = l.back();
  std::string_view stem_e = l.substr(0, l.size() - 1);
  if (is(l, "S") || is(l, "ED") || is(l, "ING")) return true;
  if ((last == 'S' || last == 'X' || last == 'Z' || l.ends_with("CH") || l.ends_with("SH") || last == 'O') && is(l, "ES")) return true;
  if (last == 'E' && (is(l, "D") || is(stem_e, "ING"))) return true;
  if (last == 'Y' && (is(stem_e, "IES") || is(stem_e, "IED"))) return true;
  if (std::string_view("AEIOUWXY").find(last) == std::string_view::npos) {
    std::string doubled(l);
    doubled.push_back(last);
    if (is(doubled, "ED") || is(doubled, "ING")) return true;
  }
  return false;
}

}  // namespace

Inflection inflection() { return {&verb_forms, &plural, &is_regular_inflection}; }

}  // namespace dyad::lang::en
