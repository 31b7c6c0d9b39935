#include "pipeline/headline.hpp"

#include <vector>

#include "base/strings.hpp"
#include "lemma/lemmatizer.hpp"

namespace dyad::pipeline {
namespace {

std::vector<std::string> words_of(const std::string& text) {
  std::vector<std::string> out;
  size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && text[i] == ' ') ++i;
    size_t j = i;
    while (j < text.size() && text[j] != ' ') ++j;
    if (j > i) out.push_back(text.substr(i, j - i));
    i = j;
  }
  return out;
}

bool capitalised(const std::string& w) { return !w.empty() && w[0] >= 'A' && w[0] <= 'Z'; }
bool lower_initial(const std::string& w) { return !w.empty() && w[0] >= 'a' && w[0] <= 'z'; }

std::string sentence_case(const std::string& title) {
  bool lower = false, upper = false;
  for (char c : title) {
    lower |= c >= 'a' && c <= 'z';
    upper |= c >= 'A' && c <= 'Z';
  }
  if (lower || !upper) return title;
  std::string out = base::ascii_lower(title);
  for (char& c : out) {
    if (c >= 'a' && c <= 'z') {
      c = static_cast<char>(c - 32);
      break;
    }
  }
  return out;
}

// "Putin, Xi pledge ..." -> "Putin and Xi pledge ...".
std::string comma_list(const std::string& title) {
  const size_t comma = title.find(", ");
  if (comma == std::string::npos || comma == 0) return title;
  const std::vector<std::string> before = words_of(title.substr(0, comma));
  if (before.empty() || before.size() > 3) return title;
  // (Names only: not "In Valdoria, Ostrava envoys meet", the first word capitalised
  // as every headline's is.)
  static const char* const kFunctionWords[] = {"in",    "on",   "at",   "after", "before", "as",    "for",
                                               "with",  "from", "to",   "by",    "amid",   "over",  "the",
                                               "a",     "an",   "when", "while", "if",     "despite", "as",
                                               "since", "during", "under", "why", "how",  "what",  "where"};
  for (const std::string& w : before) {
    if (!capitalised(w)) return title;
    for (const char* f : kFunctionWords) {
      if (base::ascii_lower(w) == f) return title;
    }
  }
  const std::vector<std::string> after = words_of(title.substr(comma + 2));
  if (after.size() < 2 || !capitalised(after[0])) return title;
  bool verb_follows = false;
  for (size_t i = 1; i < after.size() && i <= 3 && !verb_follows; ++i) {
    // (A second comma first is an apposition: "Putin, Russia's leader, says ...".)
    if (after[i - 1].back() == ',' || after[i - 1].back() == ':') return title;
    verb_follows = lower_initial(after[i]);
    if (verb_follows && (after[i].back() == ',' || after[i].back() == ':')) return title;
  }
  if (!verb_follows) return title;
  return title.substr(0, comma) + " and " + title.substr(comma + 2);
}

}  // namespace

// "Iran Summons British Envoy Over Sanctions" -> "Iran summons British Envoy over
// sanctions": a headline in title case, its verbs and function words lower-cased
// (names and nouns keep their capital; the dictionaries match any case).
std::string title_case_reading(const std::string& title, const lemma::WordNetLexicon* wordnet) {
  if (!wordnet || wordnet->empty()) return title;
  const std::vector<std::string> words = words_of(title);
  if (words.size() < 3) return title;
  size_t capitals = 0, alphabetic = 0;
  for (const std::string& w : words) {
    if (w.empty() || !((w[0] >= 'A' && w[0] <= 'Z') || (w[0] >= 'a' && w[0] <= 'z'))) continue;
    ++alphabetic;
    capitals += capitalised(w);
  }
  if (alphabetic < 3 || capitals < alphabetic) return title;  // every word capitalised
  static const char* const kFunctionWords[] = {"in", "on", "at", "of", "over", "to", "for", "with", "after", "as",
                                               "by", "from", "into", "against", "amid", "and", "or", "the", "a",
                                               "an", "its", "their", "his", "her", "says", "said", "is", "are",
                                               "was", "were", "be", "not", "will", "would", "may", "could"};
  // (In place: only letters' case changes, so the text keeps its length and every
  // offset into it holds -- runs of spaces and line breaks included.)
  std::string out = title;
  bool first = true;
  size_t i = 0;
  while (i < out.size()) {
    while (i < out.size() && (out[i] == ' ' || out[i] == '\n' || out[i] == '\t' || out[i] == '\r')) ++i;
    size_t j = i;
    while (j < out.size() && !(out[j] == ' ' || out[j] == '\n' || out[j] == '\t' || out[j] == '\r')) ++j;
    if (j == i) break;
    const std::string w = out.substr(i, j - i);
    size_t upper = 0;
    for (char c : w) upper += c >= 'A' && c <= 'Z';
    if (!first && upper == 1 && capitalised(w)) {
      std::string core = base::ascii_lower(w);
      while (!core.empty() && !(core.back() >= 'a' && core.back() <= 'z')) core.pop_back();
      bool lower_it = false;
      for (const char* f : kFunctionWords) lower_it |= core == f;
      const uint16_t sig = wordnet->signature(core);
      lower_it |= (sig & (lemma::kWnVerb | lemma::kWnVerbS | lemma::kWnVerbEd | lemma::kWnVerbIng)) != 0;
      if (lower_it) out[i] = static_cast<char>(out[i] + 32);
    }
    first = false;
    i = j;
  }
  return out;
}

std::string headline_reading(const std::string& title, const lemma::WordNetLexicon* wordnet) {
  return comma_list(title_case_reading(sentence_case(title), wordnet));
}

size_t headline_list_comma(const std::string& text) {
  const std::string read = comma_list(text);
  return read == text ? std::string::npos : text.find(", ");
}

}  // namespace dyad::pipeline
