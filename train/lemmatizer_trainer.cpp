// Lemmatizer training (see lemmatizer_trainer.hpp and src/lemma/lemmatizer.hpp).
//
// Suffix rules are learned from word types, not tokens: a frequent word should not
// outvote the many rare ones that teach how unseen words behave. A suffix context is
// kept only when it has at least two types and says something its one-shorter
// suffix does not, which keeps the table small.
#include "lemmatizer_trainer.hpp"
#include "base/strings.hpp"

#include <algorithm>
#include <cstdlib>
#include <array>
#include <tuple>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include "model/feature_hash.hpp"

namespace dyad::train {

using base::ascii_lower;
using lemma::Lemmatizer;
using lemma::LemmaRule;
using lemma::PosGroup;
using model::feature;
using model::hash_string;

namespace {

constexpr uint32_t kMaxSuffix = 8;
constexpr size_t kMaxCandidates = 3;

Status read_lines(const std::string& path, std::vector<std::string>& lines) {
  std::ifstream in(path);
  if (!in) return make_error(path + ": cannot open (is the wordnet-base package installed?)");
  std::string line;
  while (std::getline(in, line)) lines.push_back(line);
  return Status::Ok();
}

}  // namespace

Status WordNetReader::read(const std::string& dir, lemma::WordNetLexicon& out) {
  const std::pair<const char*, PosGroup> parts[] = {
      {"noun", lemma::kNoun}, {"verb", lemma::kVerb}, {"adj", lemma::kAdj}, {"adv", lemma::kAdv}};
  std::map<std::string, uint8_t> lemmas;
  std::map<std::pair<std::string, uint8_t>, std::string> exceptions;
  for (const auto& [name, group] : parts) {
    std::vector<std::string> lines;
    Status st = read_lines(dir + "/index." + name, lines);
    if (!st.ok()) return st;
    for (const auto& line : lines) {
      if (line.empty() || line[0] == ' ') continue;  // licence header lines start with spaces
      const std::string word = line.substr(0, line.find(' '));
      if (word.find('_') != std::string::npos) continue;  // multiword entries
      lemmas[word] |= static_cast<uint8_t>(1 << group);
    }
    lines.clear();
    st = read_lines(dir + "/" + name + ".exc", lines);
    if (!st.ok()) return st;
    for (const auto& line : lines) {
      std::istringstream ss(line);
      std::string form, base;
      if (!(ss >> form >> base)) continue;
      if (form.find('_') != std::string::npos || base.find('_') != std::string::npos) continue;
      exceptions.emplace(std::make_pair(form, static_cast<uint8_t>(group)), base);
    }
  }
  if (lemmas.empty()) return make_error(dir + ": no WordNet index entries found");
  // Names: nouns WordNet writes capitalised ("08958334 15 n 01 Kerala 0 ...": the word
  // count is hexadecimal, words alternate with lexical ids).
  {
    std::vector<std::string> lines;
    Status st = read_lines(dir + "/data.noun", lines);
    if (!st.ok()) return st;
    for (const auto& line : lines) {
      if (line.empty() || line[0] == ' ') continue;
      std::istringstream ss(line);
      std::string offset, lexfile, pos, count_hex;
      if (!(ss >> offset >> lexfile >> pos >> count_hex)) continue;
      const unsigned long count = std::strtoul(count_hex.c_str(), nullptr, 16);
      for (unsigned long i = 0; i < count; ++i) {
        std::string word, lex_id;
        if (!(ss >> word >> lex_id)) break;
        if (word.empty() || !(word[0] >= 'A' && word[0] <= 'Z') || word.find('_') != std::string::npos) continue;
        lemmas[base::ascii_lower(word)] |= lemma::kProperNounBit;
      }
    }
  }
  out.words_.clear();
  out.word_pos_.clear();
  for (const auto& [w, pos] : lemmas) {
    out.words_.push_back(w);
    out.word_pos_.push_back(pos);
  }
  out.exc_forms_.clear();
  out.exc_groups_.clear();
  out.exc_lemmas_.clear();
  for (const auto& [key, base] : exceptions) {
    out.exc_forms_.push_back(key.first);
    out.exc_groups_.push_back(key.second);
    out.exc_lemmas_.push_back(base);
  }
  out.index();
  return Status::Ok();
}

std::pair<LemmaRule, bool> LemmatizerBuilder::derive(std::string_view form, std::string_view lemma) {
  const bool keep = !form.empty() && !lemma.empty() && form[0] == lemma[0];
  const std::string source = keep ? std::string(form) : ascii_lower(form);
  size_t common = 0;
  while (common < source.size() && common < lemma.size() && source[common] == lemma[common]) ++common;
  LemmaRule rule;
  rule.strip = static_cast<uint32_t>(source.size() - common);
  rule.append = std::string(lemma.substr(common));
  return {rule, keep};
}

void LemmatizerBuilder::add(std::string_view form, std::string_view xpos, std::string_view lemma,
                            bool sentence_initial) {
  if (form.empty() || lemma.empty() || lemma == "_") return;
  obs_.push_back({std::string(form), std::string(xpos), std::string(lemma), sentence_initial});
}

void LemmatizerBuilder::build(Lemmatizer& out) const {
  // Tag inventory.
  std::set<std::string> xpos_set;
  for (const auto& o : obs_) xpos_set.insert(o.xpos);
  out.xpos_names_.assign(xpos_set.begin(), xpos_set.end());
  std::map<std::string, uint32_t> xpos_id;
  {
    std::vector<uint64_t> keys;
    std::vector<uint32_t> values;
    for (uint32_t i = 0; i < out.xpos_names_.size(); ++i) {
      xpos_id[out.xpos_names_[i]] = i;
      keys.push_back(hash_string(out.xpos_names_[i]));
      values.push_back(i);
    }
    out.xpos_index_.build(keys, values);
  }
  // Rules, numbered in order of first use (deterministic given the observations).
  std::map<std::pair<uint32_t, std::string>, uint32_t> rule_ids;
  out.rules_.clear();
  auto rule_id = [&](const LemmaRule& r) {
    auto [it, fresh] = rule_ids.emplace(std::make_pair(r.strip, r.append), static_cast<uint32_t>(out.rules_.size()));
    if (fresh) out.rules_.push_back(r);
    return it->second;
  };
  // Counts: (form, xpos) -> (rule, keep) -> n; (lower, xpos) -> rule -> n; case table.
  std::map<std::pair<std::string, uint32_t>, std::map<uint32_t, uint32_t>> form_counts, lower_counts;
  const size_t n_xpos = out.xpos_names_.size() + 1;  // + unknown
  std::vector<std::array<uint32_t, 2>> case_counts(n_xpos * 5 * 2, {0, 0});
  std::set<std::tuple<std::string, uint32_t, uint32_t>> types;  // (lower, xpos, rule)
  for (const auto& o : obs_) {
    const uint32_t x = xpos_id[o.xpos];
    auto [rule, keep] = derive(o.form, o.lemma);
    const uint32_t r = rule_id(rule);
    ++form_counts[{o.form, x}][r << 1 | (keep ? 1 : 0)];
    const std::string lower = ascii_lower(o.form);
    ++lower_counts[{lower, x}][r];
    const auto pattern = Lemmatizer::case_pattern(o.form);
    if (pattern != Lemmatizer::kLowerCase && pattern != Lemmatizer::kNoLetters) {
      ++case_counts[(x * 5 + pattern) * 2 + (o.initial ? 1 : 0)][keep ? 1 : 0];
    }
    types.emplace(lower, x, r);
  }
  auto best = [](const std::map<uint32_t, uint32_t>& counts) {
    uint32_t best_key = 0, best_n = 0;
    for (const auto& [k, n] : counts) {
      if (n > best_n) {
        best_n = n;
        best_key = k;
      }
    }
    return best_key;
  };
  std::vector<uint64_t> keys;
  std::vector<uint32_t> values;
  for (const auto& [key, counts] : form_counts) {
    keys.push_back(feature(1, hash_string(key.first), key.second));
    values.push_back(best(counts));
  }
  out.form_rules_.build(keys, values);
  keys.clear();
  values.clear();
  for (const auto& [key, counts] : lower_counts) {
    keys.push_back(feature(2, hash_string(key.first), key.second));
    values.push_back(best(counts));
  }
  out.lower_rules_.build(keys, values);
  out.keep_case_.assign(case_counts.size(), 0);
  for (size_t i = 0; i < case_counts.size(); ++i) out.keep_case_[i] = case_counts[i][1] > case_counts[i][0] ? 1 : 0;

  // Suffix contexts from word types.
  std::map<std::pair<uint32_t, std::string>, std::map<uint32_t, uint32_t>> contexts;
  for (const auto& [lower, x, r] : types) {
    const LemmaRule& rule = out.rules_[r];
    const size_t longest = std::min<size_t>(kMaxSuffix, lower.size());
    for (size_t len = rule.strip; len <= longest; ++len) {
      ++contexts[{x, lower.substr(lower.size() - len)}][r];
    }
  }
  auto candidates_of = [&](const std::map<uint32_t, uint32_t>& counts) {
    std::vector<std::pair<uint32_t, uint32_t>> v;  // (count, rule)
    uint32_t total = 0;
    for (const auto& [r, n] : counts) {
      v.emplace_back(n, r);
      total += n;
    }
    std::sort(v.begin(), v.end(), [](auto a, auto b) { return a.first != b.first ? a.first > b.first : a.second < b.second; });
    std::vector<uint32_t> ids;
    for (const auto& [n, r] : v) {
      if (ids.size() == kMaxCandidates) break;
      if (!ids.empty() && n * 20 < total) break;  // ignore candidates under 5%
      ids.push_back(r);
    }
    return std::make_pair(ids, total);
  };
  keys.clear();
  values.clear();
  out.suffix_candidates_.clear();
  for (const auto& [ctx, counts] : contexts) {
    auto [ids, total] = candidates_of(counts);
    const auto& [x, suffix] = ctx;
    if (!suffix.empty()) {
      if (total < 2) continue;
      auto parent = contexts.find({x, suffix.substr(1)});
      if (parent != contexts.end() && candidates_of(parent->second).first == ids) continue;
    }
    keys.push_back(feature(3, x, hash_string(suffix)));
    values.push_back(static_cast<uint32_t>(out.suffix_candidates_.size()));
    out.suffix_candidates_.push_back(static_cast<uint32_t>(ids.size()));
    out.suffix_candidates_.insert(out.suffix_candidates_.end(), ids.begin(), ids.end());
  }
  out.suffix_rules_.build(keys, values);
  out.max_suffix_ = kMaxSuffix;
}

}  // namespace dyad::train
