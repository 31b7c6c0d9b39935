// Event typing, first step: the dictionary verbs of a sentence (by form, by lemma
// when the form is a regular inflection, multi-word verbs and separated particles),
// and which verbs report speech.
#include "coder/sentence_coder.hpp"

namespace dyad::coder {

void SentenceCoder::find_verbs() {
  s_.verbs.clear();
  s_.verb_of_token.assign(n_, -1);
  for (uint32_t t = 0; t < n_; ++t) {
    const DepWord& w = g_.words[t];
    bool verbal = w.upos == UPos::Verb || (w.upos == UPos::X && verb_tag(w.xpos));
    // "The ministers were disturbed by ...": a participle of feeling tagged as an
    // adjective after "be" is the verb.
    if (!verbal && w.upos == UPos::Adj && s_.form_id[t] != kNoWord && c_.verbs_by_form.find(s_.form_id[t]) != c_.verbs_by_form.end()) {
      bool copula = false;
      for (const uint32_t* ch = g_.children_begin(t); ch != g_.children_end(t); ++ch) copula |= g_.words[*ch].rel == Rel::Cop;
      for (uint32_t e : c_.verbs_by_form.find(s_.form_id[t])->second) {
        verbal |= copula && !dict_.verbs[e].words.empty() &&
                  one_of(base::ascii_lower(dict_.verbs[e].words[0]), words().experiencer_verbs);
      }
      // ("was critical of Beijing's policy": an adjective of stance with whom it is
      // about.)
      if (copula && one_of(base::ascii_lower(w.form), words().stance_adjectives)) {
        for (const uint32_t* ch = g_.children_begin(t); ch != g_.children_end(t); ++ch) {
          verbal |= g_.words[*ch].rel == Rel::Obl && has_case(*ch, words().of_prepositions);
        }
      }
    }
    if (!verbal) continue;
    // Candidates by form, then by lemma when the form is a regular inflection of it.
    std::vector<uint32_t> cands;
    if (auto it = c_.verbs_by_form.find(s_.form_id[t]); s_.form_id[t] != kNoWord && it != c_.verbs_by_form.end()) cands = it->second;
    // The form need not be a dictionary word ("labelled", "stopped" are not listed).
    if (cands.empty() && opt_.lemma_fallback && s_.lemma_id[t] != kNoWord) {
      if (auto it = c_.verbs_by_base.find(s_.lemma_id[t]); it != c_.verbs_by_base.end()) {
        std::string form(w.form);
        for (char& ch : form) {
          if (ch >= 'a' && ch <= 'z') ch = static_cast<char>(ch - 32);
        }
        if (lang_.inflection.is_regular_inflection(form, c_.words.word(s_.lemma_id[t]))) cands = it->second;
      }
    }
    // "wire tap" with "wire" tagged as the verb: the phrase starts here.
    if (cands.empty() && s_.form_id[t] != kNoWord) {
      if (auto it = c_.verbs_by_first_word.find(s_.form_id[t]); it != c_.verbs_by_first_word.end()) {
        for (uint32_t e : it->second) {
          const VerbEntry& entry = dict_.verbs[e];
          const auto& ids = c_.verb_words[e];
          uint32_t u = s_.tok_unit_end[t];
          bool ok = true;
          for (size_t k = 1; k < ids.size() && ok; ++k, ++u) {
            if (u >= s_.unit_id.size()) {
              ok = false;
            } else if (k == entry.head) {
              std::string_view f = s_.unit_id[u] == kNoWord ? std::string_view() : std::string_view(c_.words.word(s_.unit_id[u]));
              ok = std::find(entry.forms.begin(), entry.forms.end(), f) != entry.forms.end();
            } else {
              ok = s_.unit_id[u] == ids[k];
            }
          }
          if (ok && s_.verb_of_token[t] < 0) {
            VerbInfo vi;
            vi.tok = t;
            vi.vb = t;
            vi.ve = s_.unit_token[u - 1] + 1;
            vi.entry = e;
            s_.verb_of_token[t] = static_cast<int32_t>(s_.verbs.size());
            s_.verbs.push_back(std::move(vi));
          }
        }
      }
      continue;
    }
    if (cands.empty()) continue;
    // Multi-word verbs must find their other words next to the verb (or a particle).
    int best = -1;
    size_t best_words = 0;
    VerbInfo vi;
    for (uint32_t e : cands) {
      const auto& ids = c_.verb_words[e];
      const VerbEntry& entry = dict_.verbs[e];
      uint32_t vb = t, ve = t + 1;
      int32_t particle = -1;
      bool ok = true;
      // Words before the head, right to left.
      int32_t u = static_cast<int32_t>(s_.tok_unit_begin[t]) - 1;
      for (int k = static_cast<int>(entry.head) - 1; k >= 0 && ok; --k, --u) {
        ok = u >= 0 && s_.unit_id[u] == ids[k];
        if (ok) vb = s_.unit_token[u];
      }
      // Words after the head.
      uint32_t after = s_.tok_unit_end[t];
      for (size_t k = entry.head + 1; k < ids.size() && ok; ++k, ++after) {
        if (after < s_.unit_id.size() && s_.unit_id[after] == ids[k]) {
          ve = s_.unit_token[after] + 1;
          continue;
        }
        ok = false;
        if (k + 1 == ids.size()) {
          for (const uint32_t* ch = g_.children_begin(t); ch != g_.children_end(t); ++ch) {
            if (g_.words[*ch].rel == Rel::CompoundPrt && s_.form_id[*ch] == ids[k]) {
              particle = static_cast<int32_t>(*ch);
              ok = true;
            }
          }
        }
      }
      if (!ok) continue;
      if (best < 0 || ids.size() > best_words) {
        best = static_cast<int>(e);
        best_words = ids.size();
        vi.vb = vb;
        vi.ve = ve;
        vi.particle = particle;
      }
    }
    if (best < 0) continue;
    vi.tok = t;
    vi.entry = static_cast<uint32_t>(best);
    s_.verb_of_token[t] = static_cast<int32_t>(s_.verbs.size());
    s_.verbs.push_back(std::move(vi));
  }
}

// Reciprocal: the verb, a verb of its xcomp chain ("agreed to meet") or its object
// ("held talks") is a two-sided act, and the code is one that two sides do to each
// other (intent to meet, consult, cooperate, fight).
bool SentenceCoder::reciprocal(const VerbInfo& vi) const {
  if (vi.noun_entry >= 0) return vi.mutual;
  const std::string& c = vi.code.code;
  if (c.size() < 2) return false;
  auto two_sided = [&](uint32_t t) {
    const DepWord& w = g_.words[t];
    return lang::in(base::ascii_lower(w.lemma.empty() ? w.form : w.lemma), words().reciprocal_words);
  };
  // An exchange is two-sided whatever is exchanged: "traded accusations" (112).
  if (one_of(base::ascii_lower(g_.words[vi.tok].lemma.empty() ? g_.words[vi.tok].form : g_.words[vi.tok].lemma),
             words().exchange_verbs)) {
    return true;
  }
  const std::string_view root = std::string_view(c).substr(0, 2);
  if (root != "03" && root != "04" && root != "05" && root != "06" && root != "19") return false;
  // visit, host, aid, mediation: one-way
  // (and mediation offered: "which brokered the talks" is no talk between the brokers)
  if (c == "042" || c == "043" || c == "044" || c == "045" || c == "039" || c == "0331" || c == "0332") return false;
  // Praise, verbal support, rallying, apology, forgiveness: one-way, whatever their
  // object ("welcomed the agreement between X and Y" is no agreement of the welcomer's).
  if (c.rfind("051", 0) == 0 || c.rfind("052", 0) == 0 || c.rfind("053", 0) == 0 || c.rfind("055", 0) == 0 ||
      c.rfind("056", 0) == 0) {
    return false;
  }
  // "the EU is eager to negotiate with Ankara", "ready to meet X": an intent a subject is
  // keen, ready or willing to carry out is that subject's alone (a meeting scheduled,
  // "will meet" or "due to meet", stays both sides').
  if (root == "03") {
    const DepWord& w = g_.words[vi.tok];
    static const std::string_view kSchedule[] = {"due", "scheduled", "slated", "set", "expected", "likely"};
    if (w.head >= 0 && (w.rel == Rel::Xcomp || w.rel == Rel::Advcl || w.rel == Rel::Ccomp) && g_.words[w.head].upos == UPos::Adj &&
        !lang::in(base::ascii_lower(g_.words[w.head].form), kSchedule)) {
      return false;
    }
  }
  if (two_sided(vi.tok)) return true;
  // An intent is one side's unless both agree: "agreed to a truce" is two-sided,
  // "offered a treaty" is not.
  if (root == "03" && !lang::in(base::ascii_lower(g_.words[vi.tok].lemma.empty() ? g_.words[vi.tok].form : g_.words[vi.tok].lemma),
                                words().agreement_verbs)) {
    // (unless both sides pledge it to each other: "Russia and China pledged deeper
    // cooperation", two subjects and a two-sided object)
    if (vi.sources.size() < 2) return false;
    for (const uint32_t* ch = g_.children_begin(vi.tok); ch != g_.children_end(vi.tok); ++ch) {
      if (g_.words[*ch].rel == Rel::Obj && two_sided(*ch)) return true;
    }
    return false;
  }
  // "agreed with Laos to expand trade": an accord made with someone is
  // theirs too (not an opinion shared: "agreed with Sweden that ...").
  if (root == "03") {
    bool partner = false, clause = false;
    for (const uint32_t* ch = g_.children_begin(vi.tok); ch != g_.children_end(vi.tok); ++ch) {
      partner |= g_.words[*ch].rel == Rel::Obl && has_case(*ch, words().partner_prepositions);
      clause |= g_.words[*ch].rel == Rel::Ccomp;
    }
    if (partner && !clause) return true;
  }
  // "spoke by phone with Putin": speaking with someone is two-sided.
  if (lang::in(base::ascii_lower(g_.words[vi.tok].lemma.empty() ? g_.words[vi.tok].form : g_.words[vi.tok].lemma),
               words().partner_verbs)) {
    for (const uint32_t* ch = g_.children_begin(vi.tok); ch != g_.children_end(vi.tok); ++ch) {
      if (g_.words[*ch].rel == Rel::Obl && has_case(*ch, words().partner_prepositions)) return true;
      // ("speaking after a meeting with Lula": the meeting's partner)
      const Rel r = g_.words[*ch].rel;
      if ((r != Rel::Obl && r != Rel::Obj) || !two_sided(*ch)) continue;
      for (const uint32_t* cc = g_.children_begin(*ch); cc != g_.children_end(*ch); ++cc) {
        if (g_.words[*cc].rel == Rel::Nmod && has_case(*cc, words().partner_prepositions)) return true;
      }
    }
  }
  // Its object, and the verbs of its to-clauses with their objects ("agreed to hold
  // talks", "was scheduled to meet").
  for (const uint32_t* ch = g_.children_begin(vi.tok); ch != g_.children_end(vi.tok); ++ch) {
    const Rel r = g_.words[*ch].rel;
    const bool clause = r == Rel::Xcomp || r == Rel::Ccomp || (r == Rel::Advcl && to_clause(*ch));
    // ("agreed to a ceasefire", "agreed on a truce": the act itself, not "during talks")
    const bool object_like = r == Rel::Obj || (r == Rel::Obl && has_case(*ch, words().act_prepositions));
    if ((clause || object_like) && two_sided(*ch)) return true;
    if (!clause) continue;
    for (const uint32_t* cc = g_.children_begin(*ch); cc != g_.children_end(*ch); ++cc) {
      if (g_.words[*cc].rel == Rel::Obj && two_sided(*cc)) return true;
    }
  }
  return false;
}

bool SentenceCoder::is_speech(const VerbInfo& vi) const {
  if (vi.code.code.size() >= 2 && vi.code.code.substr(0, 2) == "01") return true;
  std::string l = base::ascii_lower(g_.words[vi.tok].lemma.empty() ? g_.words[vi.tok].form : g_.words[vi.tok].lemma);
  return lang::in(l, lang_.coder.speech_lemmas);
}

}  // namespace dyad::coder
