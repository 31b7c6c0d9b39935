// Lemmatizer and WordNetLexicon (see lemmatizer.hpp for the lookup order and why).
#include "lemma/lemmatizer.hpp"

#include <algorithm>

#include "base/strings.hpp"
#include "model/bytes.hpp"
#include "model/feature_hash.hpp"
#include "model/model_file.hpp"

namespace dyad::lemma {

using model::feature;
using model::hash_string;

namespace {

// Templates of the lemmatizer's keys (values only need to differ from each other).
enum : uint32_t { kFormKey = 1, kLowerKey = 2, kSuffixKey = 3, kExceptionKey = 4 };

bool ends_with(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

bool is_vowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

std::string join_lines(const std::vector<std::string>& v) {
  std::string out;
  for (const auto& s : v) {
    out += s;
    out += '\n';
  }
  return out;
}

void split_lines(std::string_view s, std::vector<std::string>& out) {
  out.clear();
  while (!s.empty()) {
    size_t nl = s.find('\n');
    if (nl == std::string_view::npos) {
      out.emplace_back(s);
      break;
    }
    out.emplace_back(s.substr(0, nl));
    s.remove_prefix(nl + 1);
  }
}

}  // namespace

PosGroup pos_group(std::string_view xpos) {
  if (xpos.size() >= 2 && xpos[0] == 'N' && xpos[1] == 'N') return kNoun;
  if (xpos.size() >= 2 && xpos[0] == 'V' && xpos[1] == 'B') return kVerb;
  if (xpos.size() >= 2 && xpos[0] == 'J' && xpos[1] == 'J') return kAdj;
  if (xpos.size() >= 2 && xpos[0] == 'R' && xpos[1] == 'B') return kAdv;
  return kOtherPos;
}

// ---------------------------------------------------------------------------
// WordNetLexicon

void WordNetLexicon::index() {
  std::vector<uint64_t> keys;
  std::vector<uint32_t> values;
  keys.reserve(words_.size());
  for (size_t i = 0; i < words_.size(); ++i) {
    keys.push_back(hash_string(words_[i]));
    values.push_back(word_pos_[i]);
  }
  lemma_pos_.build(keys, values);
  keys.clear();
  values.clear();
  for (size_t i = 0; i < exc_forms_.size(); ++i) {
    keys.push_back(feature(kExceptionKey, hash_string(exc_forms_[i]), exc_groups_[i]));
    values.push_back(static_cast<uint32_t>(i));
  }
  exc_index_.build(keys, values);
}

uint8_t WordNetLexicon::lemma_pos(std::string_view lower) const {
  const uint32_t* v = lemma_pos_.find(hash_string(lower));
  return v ? static_cast<uint8_t>(*v) : 0;
}

std::string_view WordNetLexicon::exception(std::string_view lower, PosGroup group) const {
  const uint32_t* v = exc_index_.find(feature(kExceptionKey, hash_string(lower), group));
  return v ? std::string_view(exc_lemmas_[*v]) : std::string_view();
}

uint16_t WordNetLexicon::signature(std::string_view w) const {
  if (empty() || w.empty()) return 0;
  uint16_t bits = 0;
  const uint8_t base = lemma_pos(w);
  if (base & (1 << kNoun)) bits |= kWnNoun;
  if (base & (1 << kVerb)) bits |= kWnVerb;
  if (base & (1 << kAdj)) bits |= kWnAdj;
  if (base & (1 << kAdv)) bits |= kWnAdv;
  if (base & kProperNounBit) bits |= kWnProper;
  std::string stem;
  // Does w minus `suffix` plus `add` name a lemma of `group`?
  auto known = [&](std::string_view suffix, std::string_view add, PosGroup group) {
    if (!ends_with(w, suffix) || w.size() <= suffix.size() + 1) return false;
    stem.assign(w.substr(0, w.size() - suffix.size()));
    stem += add;
    return (lemma_pos(stem) & (1 << group)) != 0;
  };
  // "stopped" -> "stop", "bigger" -> "big": a doubled final consonant before the suffix.
  auto known_doubled = [&](std::string_view suffix, PosGroup group) {
    if (!ends_with(w, suffix) || w.size() < suffix.size() + 3) return false;
    const size_t n = w.size() - suffix.size();
    if (w[n - 1] != w[n - 2] || is_vowel(w[n - 1])) return false;
    stem.assign(w.substr(0, n - 1));
    return (lemma_pos(stem) & (1 << group)) != 0;
  };
  if (known("s", "", kNoun) || known("ses", "s", kNoun) || known("xes", "x", kNoun) || known("zes", "z", kNoun) ||
      known("ches", "ch", kNoun) || known("shes", "sh", kNoun) || known("men", "man", kNoun) ||
      known("ies", "y", kNoun) || !exception(w, kNoun).empty()) {
    bits |= kWnNounPl;
  }
  if (known("s", "", kVerb) || known("ies", "y", kVerb) || known("es", "e", kVerb) || known("es", "", kVerb)) {
    bits |= kWnVerbS;
  }
  if (known("ed", "e", kVerb) || known("ed", "", kVerb) || known("ied", "y", kVerb) || known_doubled("ed", kVerb)) {
    bits |= kWnVerbEd;
  }
  if (known("ing", "e", kVerb) || known("ing", "", kVerb) || known_doubled("ing", kVerb) || known("ying", "ie", kVerb)) {
    bits |= kWnVerbIng;
  }
  if (std::string_view irregular = exception(w, kVerb); !irregular.empty() && irregular != w) {
    bits |= ends_with(w, "ing") ? kWnVerbIng : ends_with(w, "s") ? kWnVerbS : kWnVerbEd;
  }
  if (known("er", "", kAdj) || known("er", "e", kAdj) || known("ier", "y", kAdj) || known_doubled("er", kAdj)) {
    bits |= kWnAdjEr;
  }
  if (known("est", "", kAdj) || known("est", "e", kAdj) || known("iest", "y", kAdj) || known_doubled("est", kAdj)) {
    bits |= kWnAdjEst;
  }
  if (std::string_view irregular = exception(w, kAdj); !irregular.empty() && irregular != w) {
    bits |= ends_with(w, "st") ? kWnAdjEst : kWnAdjEr;
  }
  return bits;
}

void WordNetLexicon::save(model::ModelWriter& out) const {
  model::ByteWriter w;
  w.put_str(join_lines(words_));
  w.put_vec(word_pos_);
  w.put_str(join_lines(exc_forms_));
  w.put_vec(exc_groups_);
  w.put_str(join_lines(exc_lemmas_));
  out.add_section("wordnet", w.take());
}

Status WordNetLexicon::load(const model::ModelFile& file) {
  auto bytes = file.section("wordnet");
  if (!bytes.ok()) return bytes.error();
  model::ByteReader r(*bytes);
  split_lines(r.get_str(), words_);
  r.get_vec(word_pos_);
  split_lines(r.get_str(), exc_forms_);
  r.get_vec(exc_groups_);
  split_lines(r.get_str(), exc_lemmas_);
  if (!r.ok() || !r.at_end() || words_.size() != word_pos_.size() || exc_forms_.size() != exc_groups_.size() ||
      exc_forms_.size() != exc_lemmas_.size()) {
    return file.malformed("wordnet", "inconsistent lists");
  }
  index();
  return Status::Ok();
}

// ---------------------------------------------------------------------------
// Lemmatizer

Lemmatizer::CasePattern Lemmatizer::case_pattern(std::string_view form) {
  int upper = 0, lower = 0;
  bool first_upper = false;
  for (size_t i = 0; i < form.size(); ++i) {
    const char c = form[i];
    if (c >= 'A' && c <= 'Z') {
      ++upper;
      if (upper + lower == 1) first_upper = true;
    } else if (c >= 'a' && c <= 'z') {
      ++lower;
    }
  }
  if (upper + lower == 0) return kNoLetters;
  if (upper == 0) return kLowerCase;
  if (lower == 0) return kAllCaps;
  if (first_upper && upper == 1) return kTitleCase;
  return kMixedCase;
}

uint32_t Lemmatizer::xpos_id(std::string_view xpos) const {
  const uint32_t* v = xpos_index_.find(hash_string(xpos));
  return v ? *v : static_cast<uint32_t>(xpos_names_.size());
}

bool Lemmatizer::apply_rule(uint32_t rule, std::string_view source, std::string& out) const {
  if (rule >= rules_.size()) return false;
  const LemmaRule& r = rules_[rule];
  if (r.strip > source.size()) return false;
  out.assign(source.substr(0, source.size() - r.strip));
  out += r.append;
  return !out.empty();
}

std::string Lemmatizer::lemmatize(std::string_view form, std::string_view xpos, bool sentence_initial) const {
  std::string out;
  lemmatize_into(form, xpos, sentence_initial, out);
  return out;
}

void Lemmatizer::lemmatize_into(std::string_view form, std::string_view xpos, bool sentence_initial,
                                std::string& out) const {
  const uint32_t x = xpos_id(xpos);
  // 1. The form as written, seen in training with this tag.
  if (const uint32_t* v = form_rules_.find(feature(kFormKey, hash_string(form), x))) {
    std::string lower;
    if (!(*v & 1)) base::ascii_lower_into(form, lower);
    if (apply_rule(*v >> 1, (*v & 1) ? form : std::string_view(lower), out)) return;
  }
  std::string lower;
  base::ascii_lower_into(form, lower);
  const CasePattern pattern = case_pattern(form);
  const size_t case_index = (static_cast<size_t>(x) * 5 + pattern) * 2 + (sentence_initial ? 1 : 0);
  const bool keep_case = case_index < keep_case_.size() && keep_case_[case_index];
  const std::string_view source = keep_case ? form : std::string_view(lower);
  // 2. The lower-cased form, seen in training with this tag.
  if (const uint32_t* v = lower_rules_.find(feature(kLowerKey, hash_string(lower), x))) {
    if (apply_rule(*v, source, out)) return;
  }
  // 3. WordNet's irregular forms.
  const PosGroup group = pos_group(xpos);
  if (group != kOtherPos) {
    std::string_view irregular = wordnet_.exception(lower, group);
    if (!irregular.empty()) {
      out.assign(irregular);
      return;
    }
  }
  // 4. Suffix rules, longest known suffix first; WordNet picks among candidates. A
  // candidate WordNet knows wins, at the longest suffix that has one ("invaded": the
  // rule of "-aded" gives "invad", that of "-ed"... "invade"); when WordNet knows none,
  // the longest suffix's first applicable rule stands.
  const size_t longest = std::min<size_t>(max_suffix_, lower.size());
  uint32_t fallback = UINT32_MAX;
  const bool check = group != kOtherPos && !wordnet_.empty();
  std::string candidate;
  for (size_t len = longest + 1; len-- > 0;) {
    const std::string_view suffix = std::string_view(lower).substr(lower.size() - len);
    const uint32_t* v = suffix_rules_.find(feature(kSuffixKey, x, hash_string(suffix)));
    if (!v || *v >= suffix_candidates_.size()) continue;
    const uint32_t n = suffix_candidates_[*v];
    if (*v + n >= suffix_candidates_.size()) continue;
    for (uint32_t j = 0; j < n && check; ++j) {
      const uint32_t rule = suffix_candidates_[*v + 1 + j];
      if (apply_rule(rule, lower, candidate) && (wordnet_.lemma_pos(candidate) & (1 << group)) &&
          apply_rule(rule, source, out)) {
        return;
      }
    }
    for (uint32_t j = 0; j < n && fallback == UINT32_MAX; ++j) {
      const uint32_t rule = suffix_candidates_[*v + 1 + j];
      if (rule < rules_.size() && rules_[rule].strip <= lower.size()) fallback = rule;
    }
    if (!check && fallback != UINT32_MAX) break;
  }
  if (fallback != UINT32_MAX && apply_rule(fallback, source, out)) return;
  // 5. The form itself.
  out.assign(source);
}

void Lemmatizer::save(model::ModelWriter& out) const {
  model::ByteWriter w;
  w.put_strs(xpos_names_);
  std::vector<uint32_t> strips;
  std::vector<std::string> appends;
  for (const auto& r : rules_) {
    strips.push_back(r.strip);
    appends.push_back(r.append);
  }
  w.put_vec(strips);
  w.put_strs(appends);
  w.put_vec(suffix_candidates_);
  w.put_vec(keep_case_);
  w.put_u32(max_suffix_);
  out.add_section("lemma.rules", w.take());
  out.add_section("lemma.form", form_rules_.serialize());
  out.add_section("lemma.lower", lower_rules_.serialize());
  out.add_section("lemma.suffix", suffix_rules_.serialize());
  wordnet_.save(out);
}

Status Lemmatizer::load(const model::ModelFile& file) {
  auto rules = file.section("lemma.rules");
  if (!rules.ok()) return rules.error();
  model::ByteReader r(*rules);
  r.get_strs(xpos_names_);
  std::vector<uint32_t> strips;
  std::vector<std::string> appends;
  r.get_vec(strips);
  r.get_strs(appends);
  r.get_vec(suffix_candidates_);
  r.get_vec(keep_case_);
  max_suffix_ = r.get_u32();
  if (!r.ok() || !r.at_end() || strips.size() != appends.size() || max_suffix_ > 64) {
    return file.malformed("lemma.rules", "inconsistent rule table");
  }
  rules_.clear();
  for (size_t i = 0; i < strips.size(); ++i) rules_.push_back({strips[i], appends[i]});
  // Candidate lists: a count, then that many rule ids.
  for (size_t pos = 0; pos < suffix_candidates_.size(); pos += suffix_candidates_[pos] + 1) {
    const uint32_t n = suffix_candidates_[pos];
    if (n == 0 || n > suffix_candidates_.size() - pos - 1) return file.malformed("lemma.rules", "bad candidate list");
    for (uint32_t j = 1; j <= n; ++j) {
      if (suffix_candidates_[pos + j] >= rules_.size()) return file.malformed("lemma.rules", "rule out of range");
    }
  }
  std::vector<uint64_t> keys;
  std::vector<uint32_t> values;
  for (size_t i = 0; i < xpos_names_.size(); ++i) {
    keys.push_back(hash_string(xpos_names_[i]));
    values.push_back(static_cast<uint32_t>(i));
  }
  xpos_index_.build(keys, values);
  for (const char* name : {"lemma.form", "lemma.lower", "lemma.suffix"}) {
    auto bytes = file.section(name);
    if (!bytes.ok()) return bytes.error();
    model::KeyMap& map = std::string_view(name) == "lemma.form"    ? form_rules_
                         : std::string_view(name) == "lemma.lower" ? lower_rules_
                                                                   : suffix_rules_;
    Status st = map.deserialize(*bytes, file.name() + ": section '" + name + "'");
    if (!st.ok()) return st;
  }
  return wordnet_.load(file);
}

}  // namespace dyad::lemma
