// Document memory (document_memory.hpp), and the coder's side of it: which words of
// a noun phrase are a person's name, and how a phrase of this sentence asks the
// memory ("Lin", "he", "the alliance").
#include "coder/document_memory.hpp"

#include <algorithm>

#include "cameo/actor_codes.hpp"
#include "coder/sentence_coder.hpp"

namespace dyad::coder {

// The proper-name words of head's noun phrase that no dictionary phrase covers
// ("spokesperson Lin Jian" -> Lin Jian): the contiguous run through the head, else the
// last run.
std::vector<uint32_t> SentenceCoder::name_tokens(int32_t head) const {
  std::vector<uint32_t> run, last;
  for (uint32_t t = 0; t < n_; ++t) {
    const DepWord& w = g_.words[t];
    // A capitalised noun counts too: taggers often take an unknown name that opens
    // a sentence for a common noun ("Wang criticized ...").
    bool capital = !w.form.empty() && w.form[0] >= 'A' && w.form[0] <= 'Z';
    bool name = s_.chunk[t] == head && (w.upos == UPos::Propn || (w.upos == UPos::Noun && capital)) &&
                s_.tok_match[t] < 0 &&
                (static_cast<int32_t>(t) == head || w.rel == Rel::Flat || w.rel == Rel::Compound);
    // (A capitalised word of a title is no name: "Oil" of "Saudi Oil Minister", tagged
    // a noun or a name.)
    if (name && t + 1 < n_ && s_.tok_match[t + 1] >= 0 && s_.matches[s_.tok_match[t + 1]].agent) {
      name = false;
    }
    if (name) {
      // (A hyphen joins a name's parts: "Salim al-Aufi".)
      const bool joined = !run.empty() && run.back() + 2 == t && g_.words[t - 1].form == "-";
      if (!run.empty() && run.back() + 1 != t && !joined) {
        last = run;
        run.clear();
      }
      run.push_back(t);
    }
  }
  // "Saudi Oil Minister Hisham Nazir" with the name hung on the title as a bare
  // modifier: the name is the title's -- a title written with a capital, as titles
  // before names are ("the news agency Deutsche Presse Agentur" names no person).
  const bool title = head >= 0 && !g_.words[head].form.empty() && g_.words[head].form[0] >= 'A' &&
                     g_.words[head].form[0] <= 'Z';
  if (run.empty() && last.empty() && title) {
    for (const uint32_t* ch = g_.children_begin(static_cast<uint32_t>(head)); ch != g_.children_end(static_cast<uint32_t>(head)); ++ch) {
      const DepWord& c = g_.words[*ch];
      if (*ch < static_cast<uint32_t>(head) || c.upos != UPos::Propn || s_.tok_match[*ch] >= 0) continue;
      if (c.rel != Rel::Nmod && c.rel != Rel::Appos && c.rel != Rel::Flat) continue;
      bool marked = false;
      for (const uint32_t* cc = g_.children_begin(*ch); cc != g_.children_end(*ch); ++cc) {
        marked |= g_.words[*cc].rel == Rel::Case || g_.words[*cc].rel == Rel::Det || g_.words[*cc].rel == Rel::Punct;
      }
      if (marked) continue;
      for (uint32_t t = static_cast<uint32_t>(head) + 1; t <= *ch; ++t) {
        const DepWord& w = g_.words[t];
        if (w.upos == UPos::Propn && s_.tok_match[t] < 0 && (t == *ch || (w.head == static_cast<int32_t>(*ch) &&
                                                                         (w.rel == Rel::Compound || w.rel == Rel::Flat)))) {
          run.push_back(t);
        }
      }
      for (const uint32_t* cc = g_.children_begin(*ch); cc != g_.children_end(*ch); ++cc) {
        if (*cc > *ch && g_.words[*cc].rel == Rel::Flat && g_.words[*cc].upos == UPos::Propn) run.push_back(*cc);
      }
      if (!run.empty()) return run;
    }
  }
  // "Kuwait's Oil Minister Saad Barrak" with the title hung on the name: the
  // name the title modifies, right after it, with its own words.
  if (run.empty() && last.empty() && title && g_.words[head].rel == Rel::Compound && g_.words[head].head == head + 1) {
    const uint32_t nm = static_cast<uint32_t>(head) + 1;
    if (g_.words[nm].upos == UPos::Propn && s_.tok_match[nm] < 0) {
      run.push_back(nm);
      for (const uint32_t* cc = g_.children_begin(nm); cc != g_.children_end(nm); ++cc) {
        if (*cc > nm && g_.words[*cc].rel == Rel::Flat && g_.words[*cc].upos == UPos::Propn) run.push_back(*cc);
      }
      return run;
    }
  }
  if (run.empty()) return last;
  if (std::find(run.begin(), run.end(), static_cast<uint32_t>(head)) != run.end() || last.empty()) return run;
  if (std::find(last.begin(), last.end(), static_cast<uint32_t>(head)) != last.end()) return last;
  return run;
}

std::vector<std::string> SentenceCoder::name_words(const std::vector<uint32_t>& toks) const {
  std::vector<std::string> out;
  for (uint32_t t : toks) out.push_back(base::ascii_lower(g_.words[t].form));
  return out;
}

// ---- DocumentMemory ----------------------------------------------------------------

void DocumentMemory::remember_person(std::vector<std::string> names, const std::string& code, std::string text, int depth,
                                     uint32_t token) {
  size_t i = 0;
  for (; i < sentence_.new_people.size(); ++i) {
    if (sentence_.new_people[i].names == names) {
      sentence_.new_people[i].code = code;
      break;
    }
  }
  if (i == sentence_.new_people.size()) {
    sentence_.new_people.push_back({std::move(names), code, std::move(text), doc_.sentence_index});
  }
  sentence_.offer_salient(static_cast<int32_t>(i), true, depth, token);
}

std::optional<DocumentMemory::Recalled> DocumentMemory::recall_person(const std::vector<std::string>& names, int depth,
                                                                      uint32_t token) {
  auto fits = [&](const DocumentState::KnownPerson& p) {
    for (const auto& w : names) {
      if (std::find(p.names.begin(), p.names.end(), w) == p.names.end()) return false;
    }
    return true;
  };
  for (size_t i = sentence_.new_people.size(); i-- > 0;) {
    const auto& p = sentence_.new_people[i];
    if (!fits(p)) continue;
    sentence_.offer_salient(static_cast<int32_t>(i), true, depth, token);
    return Recalled{p.code, "document memory: " + p.text + " (this sentence)"};
  }
  for (size_t i = doc_.people.size(); i-- > 0;) {
    if (fits(doc_.people[i])) {
      const auto& p = doc_.people[i];
      sentence_.person_ref = static_cast<int32_t>(i);
      sentence_.offer_salient(static_cast<int32_t>(i), false, depth, token);
      return Recalled{p.code, "document memory: " + p.text + " (sentence " + std::to_string(p.sentence) + ")"};
    }
  }
  return std::nullopt;
}

void DocumentMemory::remember_role(int32_t agent_entry, const std::string& code, std::string text) {
  for (auto& r : doc_.roles) {
    if (r.agent_entry == agent_entry && r.sentence == doc_.sentence_index) {
      r.code = code;  // named again in the same sentence: the latest wins
      r.text = std::move(text);
      return;
    }
  }
  doc_.roles.push_back({agent_entry, code, std::move(text), doc_.sentence_index});
}

std::optional<DocumentMemory::Recalled> DocumentMemory::recall_role(int32_t agent_entry) const {
  for (size_t i = doc_.roles.size(); i-- > 0;) {
    const auto& r = doc_.roles[i];
    if (r.agent_entry != agent_entry || r.sentence >= doc_.sentence_index) continue;
    return Recalled{r.code, "document memory: " + r.text + " (sentence " + std::to_string(r.sentence) + ")"};
  }
  return std::nullopt;
}

void DocumentMemory::mention_last_person(int depth, uint32_t token) {
  if (doc_.last_person >= 0) sentence_.offer_salient(doc_.last_person, false, depth, token);
}

std::optional<DocumentMemory::Recalled> DocumentMemory::recall_last_person() const {
  if (doc_.last_person < 0 || static_cast<size_t>(doc_.last_person) >= doc_.people.size()) return std::nullopt;
  const auto& p = doc_.people[doc_.last_person];
  return Recalled{p.code, "document memory: " + p.text + " (sentence " + std::to_string(p.sentence) + ")"};
}

std::optional<DocumentMemory::Recalled> DocumentMemory::latest_actor(bool organisation) const {
  for (size_t i = doc_.actors_seen.size(); i-- > 0;) {
    const auto& a = doc_.actors_seen[i];
    const bool fits = organisation ? a.code.rfind("IGO", 0) == 0 : cameo::is_country_code(a.code);
    if (fits) {
      return Recalled{organisation ? a.code : a.code.substr(0, 3),
                      "document memory: " + a.text + " (sentence " + std::to_string(a.sentence) + ")"};
    }
  }
  return std::nullopt;
}

std::vector<DocumentMemory::Recalled> DocumentMemory::latest_pair(uint32_t within, bool domestic) const {
  for (size_t i = doc_.acts.size(); i-- > 0;) {
    const auto& a = doc_.acts[i];
    if (doc_.sentence_index - a.sentence > within) break;
    if (!cameo::is_country_code(a.source) || !cameo::is_country_code(a.target)) continue;
    // (A mediator and one side are no pair: "both sides" are those mediated between.)
    if (a.code.rfind("045", 0) == 0 || a.code.rfind("039", 0) == 0) continue;
    const std::string evidence = "document memory: the sides of " + a.text + " (sentence " + std::to_string(a.sentence) + ")";
    if (a.source.compare(0, 3, a.target, 0, 3) == 0) {
      // (Two sides of one country -- an army and a rebel force -- with "both sides".)
      if (domestic && a.source != a.target && a.source.size() > 3 && a.target.size() > 3) {
        return {Recalled{a.source, evidence}, Recalled{a.target, evidence}};
      }
      continue;
    }
    return {Recalled{a.source.substr(0, 3), evidence}, Recalled{a.target.substr(0, 3), evidence}};
  }
  std::vector<Recalled> out;
  for (size_t i = doc_.actors_seen.size(); i-- > 0 && out.size() < 2;) {
    const auto& a = doc_.actors_seen[i];
    if (!cameo::is_country_code(a.code)) continue;
    const std::string c = a.code.substr(0, 3);
    if (!out.empty() && out.front().code == c) continue;
    out.push_back({c, "document memory: " + a.text + " (sentence " + std::to_string(a.sentence) + ")"});
  }
  if (out.size() < 2) out.clear();
  return out;
}

void DocumentMemory::note_mention(const std::string& code, const std::string& text) {
  doc_.actors_seen.push_back({code, text, doc_.sentence_index, false, true});
}

std::optional<DocumentMemory::Recalled> DocumentMemory::latest_country_except(const std::string& except) const {
  for (size_t i = doc_.actors_seen.size(); i-- > 0;) {
    const auto& a = doc_.actors_seen[i];
    if (a.mention || !cameo::is_country_code(a.code) || a.code.compare(0, 3, except) == 0) continue;
    return Recalled{a.code.substr(0, 3), a.text + " (sentence " + std::to_string(a.sentence) + ")"};
  }
  return std::nullopt;
}

std::optional<DocumentMemory::Recalled> DocumentMemory::main_country_except(const std::string& except) const {
  std::vector<std::pair<std::string, int>> counts;  // in order of last mention
  for (const auto& a : doc_.actors_seen) {
    if (a.mention || !cameo::is_country_code(a.code) || a.code.compare(0, 3, except) == 0) continue;
    const std::string c = a.code.substr(0, 3);
    auto it = std::find_if(counts.begin(), counts.end(), [&](const auto& x) { return x.first == c; });
    int n = 1;
    if (it != counts.end()) {
      n = it->second + 1;
      counts.erase(it);
    }
    counts.emplace_back(c, n);
  }
  if (counts.empty()) return std::nullopt;
  auto best = counts.rbegin();
  for (auto it = counts.rbegin(); it != counts.rend(); ++it) {
    if (it->second > best->second) best = it;
  }
  return Recalled{best->first, "named " + std::to_string(best->second) + " times before"};
}

std::string DocumentMemory::context_country() const {
  for (size_t i = doc_.actors_seen.size(); i-- > 0;) {
    const auto& a = doc_.actors_seen[i];
    if (a.source && cameo::is_country_code(a.code)) return a.code.substr(0, 3);
  }
  for (size_t i = doc_.actors_seen.size(); i-- > 0;) {
    if (!doc_.actors_seen[i].mention && cameo::is_country_code(doc_.actors_seen[i].code)) {
      return doc_.actors_seen[i].code.substr(0, 3);
    }
  }
  return {};
}

const DocumentState::PastAct* DocumentMemory::latest_act(const std::string& root, uint32_t within) const {
  auto force = [](const std::string& r) { return r == "18" || r == "19" || r == "20"; };
  for (size_t i = doc_.acts.size(); i-- > 0;) {
    const auto& a = doc_.acts[i];
    if (doc_.sentence_index - a.sentence > within) break;
    // ("fired water cannon at a resupply mission ... the U.S. condemned the attack":
    // violent repression, 175, is an attack too.)
    if (a.root == root || (force(root) && (force(a.root) || a.code == "175"))) return &a;
  }
  return nullptr;
}

const DocumentState::PastAct* DocumentMemory::latest_dealing_with(const std::string& side, uint32_t within) const {
  for (size_t i = doc_.acts.size(); i-- > 0;) {
    const auto& a = doc_.acts[i];
    if (doc_.sentence_index - a.sentence > within) break;
    if (a.root != "03" && a.root != "04" && a.root != "05" && a.root != "06") continue;
    if (!cameo::is_country_code(a.source) || !cameo::is_country_code(a.target)) continue;
    if (a.source.compare(0, 3, a.target, 0, 3) == 0) continue;
    if (a.source.compare(0, 3, side) == 0 || a.target.compare(0, 3, side) == 0) return &a;
  }
  return nullptr;
}

std::optional<DocumentMemory::Recalled> DocumentMemory::latest_act_source(const std::string& root,
                                                                         uint32_t within) const {
  const DocumentState::PastAct* a = latest_act(root, within);
  if (!a) return std::nullopt;
  return Recalled{a->source, "document memory: " + a->text + " (sentence " + std::to_string(a->sentence) + ")"};
}

std::optional<DocumentMemory::Recalled> DocumentMemory::latest_attacker_of(const std::string& victim,
                                                                          uint32_t within, bool seizure) const {
  for (size_t i = doc_.acts.size(); i-- > 0;) {
    const auto& a = doc_.acts[i];
    if (doc_.sentence_index - a.sentence > within) break;
    const bool force = seizure ? a.root == "17" : a.root == "18" || a.root == "19" || a.root == "20";
    if (force && a.target.compare(0, 3, victim) == 0 && a.source.compare(0, 3, victim) != 0) {
      return Recalled{a.source, "document memory: " + a.text + " (sentence " + std::to_string(a.sentence) + ")"};
    }
  }
  return std::nullopt;
}

std::optional<DocumentMemory::Recalled> DocumentMemory::latest_enemy_of(const std::string& side, uint32_t within) const {
  for (size_t i = doc_.acts.size(); i-- > 0;) {
    const auto& a = doc_.acts[i];
    if (doc_.sentence_index - a.sentence > within) break;
    if (a.root != "18" && a.root != "19" && a.root != "20") continue;
    const bool by = a.source.compare(0, 3, side) == 0, on = a.target.compare(0, 3, side) == 0;
    if (by == on) continue;
    const std::string& other = by ? a.target : a.source;
    if (!cameo::is_country_code(other)) continue;
    return Recalled{other.substr(0, 3), "document memory: " + a.text + " (sentence " + std::to_string(a.sentence) + ")"};
  }
  return std::nullopt;
}

void DocumentMemory::commit(const Event* first, const Event* last) {
  for (const Event* e = first; e != last; ++e) {
    if (!e->negated && !e->source.code.empty() && !e->target.code.empty() && e->cameo.size() >= 2) {
      doc_.acts.push_back({e->source.code, e->target.code, e->cameo.substr(0, 2), e->source.text, doc_.sentence_index, e->cameo});
    }
    // The second direction of a two-sided act names no new speaker: "France agreed
    // with Gabon" leaves France, not Gabon, the story's latest source.
    const bool mirror = std::any_of(first, e, [&](const Event& p) {
      return p.source.code == e->target.code && p.target.code == e->source.code && p.cameo == e->cameo;
    });
    if (mirror) continue;
    bool source = true;
    for (const EventActor* a : {&e->source, &e->target}) {
      if (!a->code.empty() && !cameo::is_agent_only(a->code)) {
        doc_.actors_seen.push_back({a->code, a->text, doc_.sentence_index, source});
      }
      source = false;
    }
  }
  if (sentence_.person_ref >= 0) doc_.last_person = sentence_.person_ref;
  int32_t salient_known = sentence_.salient >= 0 && !sentence_.salient_new ? sentence_.salient : -1;
  for (size_t i = 0; i < sentence_.new_people.size(); ++i) {
    auto& p = sentence_.new_people[i];
    auto it = std::find_if(doc_.people.begin(), doc_.people.end(), [&](const auto& q) { return q.names == p.names; });
    if (it == doc_.people.end()) {
      doc_.people.push_back(std::move(p));
      it = doc_.people.end() - 1;
    } else {
      it->code = p.code;
    }
    doc_.last_person = static_cast<int32_t>(it - doc_.people.begin());
    if (sentence_.salient_new && sentence_.salient == static_cast<int32_t>(i)) salient_known = doc_.last_person;
  }
  if (salient_known >= 0) doc_.last_person = salient_known;
  sentence_.clear();
}

// ---- The coder's questions ------------------------------------------------------------

// (Where a name stands in the parse: its highest word's depth, and its first token.)
int SentenceCoder::name_depth(const std::vector<uint32_t>& toks) const {
  int d = 1 << 20;
  for (uint32_t t : toks) d = std::min(d, t < s_.depth.size() ? s_.depth[t] : 0);
  return d;
}

void SentenceCoder::remember_person(const std::vector<uint32_t>& toks, const std::string& code) {
  memory_.remember_person(name_words(toks), code, words_text(toks.front(), toks.back() + 1), name_depth(toks), toks.front());
}

bool SentenceCoder::recall_person(const std::vector<uint32_t>& toks, Actor& out) {
  auto r = memory_.recall_person(name_words(toks), name_depth(toks), toks.front());
  if (!r) return false;
  out = {r->code, 0, 0, r->evidence};
  return true;
}

// "He said ...": the person last named in an earlier sentence.
bool SentenceCoder::recall_last_person(int32_t t, Actor& out) {
  if (!opt_.document_memory) return false;
  auto r = memory_.recall_last_person();
  if (!r) return false;
  // ("he" as the subject keeps that person prominent: "he met Barrak" is still about him.)
  if (t >= 0 && static_cast<uint32_t>(t) < s_.depth.size()) memory_.mention_last_person(s_.depth[t], static_cast<uint32_t>(t));
  out = {r->code, static_cast<uint32_t>(t), static_cast<uint32_t>(t) + 1, r->evidence};
  return true;
}

// Whether head's phrase has a definite determiner ("the rebels", "the Crown Prince").
bool SentenceCoder::definite(int32_t head) const {
  for (const uint32_t* ch = g_.children_begin(head); ch != g_.children_end(head); ++ch) {
    const DepWord& c = g_.words[*ch];
    if (c.rel == Rel::Det && one_of(c.form, words().definite_determiners)) return true;
  }
  return false;
}

// "the alliance" -> the latest organisation, "the country" -> the latest country,
// in this sentence before the phrase, else in earlier ones.
// "The two countries agreed ...", "Both sides accused each other": the two sides of
// the story's latest act between two countries, else its two latest countries.
bool SentenceCoder::recall_pair(int32_t head, uint32_t tb, uint32_t te, std::vector<Actor>& out) const {
  const DepWord& w = g_.words[head];
  if (w.upos != UPos::Noun || (w.xpos != "NNS" && w.xpos != "NNPS")) return false;
  const std::string noun = base::ascii_lower(w.lemma.empty() ? w.form : w.lemma);
  if (!lang::in(noun, words().country_nouns) && !lang::in(noun, words().side_nouns)) return false;
  bool two = false;
  for (const uint32_t* ch = g_.children_begin(head); ch != g_.children_end(head); ++ch) {
    const DepWord& c = g_.words[*ch];
    if (c.rel == Rel::Nmod || c.rel == Rel::NmodPoss || c.rel == Rel::AclRelcl) return false;
    two |= (c.rel == Rel::Det || c.rel == Rel::Nummod || c.rel == Rel::Amod || c.rel == Rel::Preconj ||
            c.rel == Rel::Cc) &&
           one_of(c.form, words().pair_words);
  }
  if (!two) return false;
  const auto pair = memory_.latest_pair(6, lang::in(noun, words().side_nouns));
  if (pair.size() != 2) return false;
  for (const auto& r : pair) out.push_back({r.code, tb, te, r.evidence});
  return true;
}

bool SentenceCoder::recall_description(int32_t head, Actor& out) const {
  const DepWord& w = g_.words[head];
  if (w.upos != UPos::Noun) return false;
  std::string noun = base::ascii_lower(w.lemma.empty() ? w.form : w.lemma);
  bool organisation = lang::in(noun, words().organisation_nouns);
  bool country = lang::in(noun, words().country_nouns);
  if (!organisation && !country) return false;
  // (Several countries are not the latest one: "the countries' debt problems".)
  if (w.xpos == "NNS" || w.xpos == "NNPS") return false;
  if (!definite(head)) return false;
  for (const uint32_t* ch = g_.children_begin(head); ch != g_.children_end(head); ++ch) {
    const Rel r = g_.words[*ch].rel;
    if (r == Rel::Nmod || r == Rel::NmodPoss || r == Rel::AclRelcl) return false;
  }
  for (size_t i = s_.matches.size(); i-- > 0;) {
    const NounMatch& m = s_.matches[i];
    if (m.agent || m.te > static_cast<uint32_t>(head)) continue;
    std::string code = actor_code(m);
    if (organisation ? code.rfind("IGO", 0) == 0 : cameo::is_country_code(code)) {
      out = {country ? code.substr(0, 3) : code, 0, 0, "document memory: " + words_text(m.tb, m.te) + " (this sentence)"};
      return true;
    }
  }
  auto r = memory_.latest_actor(organisation);
  if (!r) return false;
  out = {r->code, 0, 0, r->evidence};
  return true;
}

}  // namespace dyad::coder
