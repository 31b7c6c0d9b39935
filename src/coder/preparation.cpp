// Preparation of a sentence for coding: its match units (dictionary word ids per
// token, a Bloom filter of the words present), discard phrases (PETRARCH's
// sentence and story discards) and dateline detection.
#include "coder/sentence_coder.hpp"

#include "cameo/actor_codes.hpp"
#include "dict/units.hpp"

namespace dyad::coder {

void SentenceCoder::prepare_units() {
  s_.dateline_end = 0;
  std::fill(std::begin(s_.word_bloom), std::end(s_.word_bloom), 0);
  s_.any_former = false;
  for (const auto& w : g_.words) s_.any_former |= one_of(w.form, words().former_words);
  s_.unit_id.clear();
  s_.unit_token.clear();
  s_.tok_unit_begin.assign(n_, 0);
  s_.tok_unit_end.assign(n_, 0);
  s_.form_id.assign(n_, kNoWord);
  s_.lemma_id.assign(n_, kNoWord);
  for (uint32_t t = 0; t < n_; ++t) {
    s_.tok_unit_begin[t] = static_cast<uint32_t>(s_.unit_id.size());
    uint32_t count = 0;
    uint32_t last_id = kNoWord;
    units::for_each_unit(g_.words[t].form, s_.upper, [&](std::string_view u) {
      last_id = c_.words.find(u);
      s_.unit_id.push_back(last_id);
      s_.unit_token.push_back(t);
      ++count;
    });
    s_.tok_unit_end[t] = static_cast<uint32_t>(s_.unit_id.size());
    if (count == 1) s_.form_id[t] = last_id;
    for (uint32_t u = s_.tok_unit_begin[t]; u < s_.tok_unit_end[t]; ++u) {
      if (s_.unit_id[u] != kNoWord) {
        uint32_t b = bloom_bit(s_.unit_id[u]);
        s_.word_bloom[b >> 6] |= uint64_t(1) << (b & 63);
      }
    }
    const std::string& lemma = g_.words[t].lemma;
    bool verbal = g_.words[t].upos == UPos::Verb || g_.words[t].upos == UPos::X;
    if (verbal && !lemma.empty()) {
      s_.upper.assign(lemma);
      for (char& ch : s_.upper) {
        if (ch >= 'a' && ch <= 'z') ch = static_cast<char>(ch - 32);
      }
      s_.lemma_id[t] = c_.words.find(s_.upper);
    }
  }
}

// The number of tokens of a wire dateline opening the sentence, 0 when there is none:
//   ANKARA , March 2 ( Wire ) -       a place in capitals, a date, an agency
//   Caracas ( AP ) -                  a place and an agency
//   CEBU CITY :                       a place in capitals
// then a separator and the story. A place in ordinary case needs a date or an agency
// ("Russia: ..." is a headline, not a dateline).
uint32_t SentenceCoder::dateline_length() const {
  const lang::CalendarWords& cal = lang_.calendar;
  uint32_t k = 0;
  bool caps = true;
  while (k < n_ && k < 4) {
    const std::string& f = g_.words[k].form;
    if (f.empty() || !(f[0] >= 'A' && f[0] <= 'Z')) break;
    for (char c : f) caps &= !(c >= 'a' && c <= 'z');
    ++k;
  }
  if (k == 0) return 0;
  bool date = false, agency = false;
  if (k + 2 < n_ && g_.words[k].form == "," && cal.month(base::ascii_lower(g_.words[k + 1].form)) > 0) {
    const std::string& d = g_.words[k + 2].form;
    if (!d.empty() && d.size() <= 2 && std::all_of(d.begin(), d.end(), [](char c) { return c >= '0' && c <= '9'; })) {
      date = true;
      k += 3;
    }
  }
  // ", Kenya" after a place in capitals ("NAIROBI , Kenya —"), when a separator or an
  // agency follows.
  if (!date && caps && k + 2 < n_ && g_.words[k].form == ",") {
    uint32_t r = k + 1;
    while (r < n_ && r < k + 5 && !g_.words[r].form.empty() &&
           ((g_.words[r].form[0] >= 'A' && g_.words[r].form[0] <= 'Z') || (g_.words[r].form == "." && r > k + 1))) {
      ++r;
    }
    if (r > k + 1 && r < n_ && (g_.words[r].form == "(" || (lang::in(g_.words[r].form, words().dateline_separators) &&
                                                         g_.words[r].form != "-"))) {
      k = r;
    }
  }
  if (k < n_ && g_.words[k].form == "(") {
    uint32_t close = k + 1;
    while (close < n_ && close < k + 6 && g_.words[close].form != ")") ++close;
    if (close >= n_ || g_.words[close].form != ")") return 0;
    agency = true;
    k = close + 1;
  }
  if (k >= n_ || !lang::in(g_.words[k].form, words().dateline_separators)) return 0;
  if (!date && !agency) {
    // A place alone needs capitals and a separator that is no hyphen: "NATO-member
    // Norway" is a compound, "CEBU CITY: --" a dateline -- but for a hyphen set off by
    // spaces after a place of four letters or more ("MARLOW - Valdoria sent ...").
    if (!caps) return 0;
    if (g_.words[k].form == "-") {
      std::string place;
      for (uint32_t t = 0; t < k; ++t) place += (t ? " " : "") + g_.words[t].form;
      if (place.size() < 4 || g_.text.compare(0, place.size() + 3, place + " - ") != 0) return 0;
    }
  }
  if (k + 1 == n_) return n_;  // the dateline alone (the cleaner cut it off the lead)
  if (k + 3 >= n_) return 0;   // else the story must follow
  return k + 1;
}

// The dateline's words code nothing; its place is remembered as the story's country.
void SentenceCoder::strip_dateline() {
  const uint32_t k = dateline_length();
  if (k == 0) return;
  s_.dateline_end = k;
  uint32_t place_end = 0;
  while (place_end < k && !(g_.words[place_end].form == "," || g_.words[place_end].form == "(" ||
                            lang::in(g_.words[place_end].form, words().dateline_separators))) {
    ++place_end;
  }
  std::vector<std::string_view> place;
  for (uint32_t t = 0; t < place_end; ++t) place.push_back(g_.words[t].form);
  for (const PhraseMatch& m : dict_.match_phrases(place)) {
    if (m.agent || m.begin != 0) continue;
    const std::string_view code = dict_.actors[m.entry].code_on(doc_.date);
    if (cameo::is_country_code(code)) doc_.dateline_country = std::string(code.substr(0, 3));
    break;
  }
  for (uint32_t t = 0; t < k; ++t) {
    for (uint32_t u = s_.tok_unit_begin[t]; u < s_.tok_unit_end[t]; ++u) s_.unit_id[u] = kNoWord;
    s_.form_id[t] = kNoWord;
    s_.lemma_id[t] = kNoWord;
  }
}

SentenceStatus SentenceCoder::check_discards() {
  if (dict_.discards.empty()) return SentenceStatus::Coded;
  const size_t nu = s_.unit_id.size();
  auto unit_text = [&](uint32_t u) -> std::string_view {
    return s_.unit_id[u] == kNoWord ? std::string_view() : std::string_view(c_.words.word(s_.unit_id[u]));
  };
  std::string scratch;
  auto hit = [&](uint32_t d) { return dict_.discards[d].story ? SentenceStatus::StoryDiscard : SentenceStatus::SentenceDiscard; };
  SentenceStatus found = SentenceStatus::Coded;
  for (uint32_t u = 0; u < nu && found != SentenceStatus::StoryDiscard; ++u) {
    // Single-word stems: any prefix of the unit's text.
    if (!c_.discard_stems.empty()) {
      // The unit's text: known units via the table, unknown ones re-derived.
      std::string_view text = unit_text(u);
      if (text.empty()) {
        const auto& w = g_.words[s_.unit_token[u]].form;
        units::for_each_unit(w, scratch, [&](std::string_view x) {
          if (text.empty()) text = x;
        });
      }
      if (text.size() >= c_.min_stem_length) {
        for (size_t plen = 1; plen <= 3 && plen <= text.size(); ++plen) {
          auto bucket = c_.discard_stems_by_prefix.find(CompiledDictionary::prefix_key(text.substr(0, plen)));
          if (bucket == c_.discard_stems_by_prefix.end()) continue;
          for (uint32_t d : bucket->second) {
            const std::string& stem = dict_.discards[d].words[0];
            if (stem.size() < plen || (stem.size() != plen && plen < 3)) continue;
            if (text.size() >= stem.size() && text.compare(0, stem.size(), stem) == 0) {
              SentenceStatus h = hit(d);
              if (h == SentenceStatus::StoryDiscard || found == SentenceStatus::Coded) found = h;
            }
          }
        }
      }
    }
    auto it = c_.discards_by_first.find(s_.unit_id[u]);
    if (s_.unit_id[u] == kNoWord || it == c_.discards_by_first.end()) continue;
    for (uint32_t d : it->second) {
      const auto& words = c_.discard_words[d];
      const auto& entry = dict_.discards[d];
      if (u + words.size() > nu) continue;
      bool ok = true;
      for (size_t k = 1; k < words.size() && ok; ++k) {
        if (k + 1 == words.size() && !entry.exact) {
          std::string_view want = c_.words.word(words[k]);
          std::string_view have = unit_text(static_cast<uint32_t>(u + k));
          ok = have.size() >= want.size() && have.substr(0, want.size()) == want;
        } else {
          ok = s_.unit_id[u + k] == words[k];
        }
      }
      if (ok) {
        SentenceStatus h = hit(d);
        if (h == SentenceStatus::StoryDiscard || found == SentenceStatus::Coded) found = h;
      }
    }
  }
  return found;
}

bool SentenceCoder::dateline() const {
  // "CEBU CITY: --", "WASHINGTON (Reuters) -": capitalised words, then ':' or dashes.
  uint32_t k = 0;
  while (k < n_ && k < 5) {
    const std::string& f = g_.words[k].form;
    bool caps = f.size() >= 2 && std::all_of(f.begin(), f.end(), [](char ch) { return (ch >= 'A' && ch <= 'Z') || ch == '.' || ch == '\''; });
    if (!caps) break;
    ++k;
  }
  if (k == 0 || k >= n_) return false;
  const std::string& next = g_.words[k].form;
  return next == ":" || next == "--" || next == "-";
}

}  // namespace dyad::coder
