// Verb patterns: PETRARCH/TABARI patterns are linear ("- * DIPLOMATIC TIES", "- + WAS
// * DEAD IN $"), so they are matched linearly over match units, outward from the verb,
// but only over the words the verb governs (its lower scope) after it. The longest
// pattern that matches wins and may place the source (+) and target ($) itself.
#include "coder/sentence_coder.hpp"

namespace dyad::coder {

// A pattern's word before its verb is the verb's own ("will", "not", its subject's
// words), or an auxiliary or marker of a verb it is the to-clause of ("would seek to
// attack") -- not a word of another clause: in "plans to brief reporters after
// returning from Washington" the "to" is not "returning"'s.
bool SentenceCoder::own_word_before(uint32_t t, int32_t verb) const {
  if (verb < 0 || t >= n_) return true;
  if (in_subtree(t, static_cast<uint32_t>(verb))) return true;
  const DepWord& w = g_.words[t];
  // (A preposition too: "flew to Seoul, where he met Yoon" has no "to" of "met".)
  // (And a word of a fixed phrase: the "to" of "according to".)
  const bool function_word = w.rel == Rel::Aux || w.rel == Rel::AuxPass || w.rel == Rel::Mark || w.rel == Rel::Advmod ||
                             w.rel == Rel::Case || w.rel == Rel::Fixed;
  if (!function_word) return true;  // (a content word: as the pattern's author placed it)
  for (int32_t x = verb, guard = 0; x >= 0 && guard < 8; ++guard) {
    const DepWord& xw = g_.words[x];
    if (xw.rel != Rel::Xcomp && xw.rel != Rel::Ccomp && xw.rel != Rel::Conj) return false;
    x = xw.head;
    // (the verb above itself: a modal the parse made the head, "would" of "would act";
    // or its auxiliaries and adverbs, "unexpectedly now won't try to clash")
    if (x == static_cast<int32_t>(t)) return true;
    if (x < 0 || !in_subtree(t, static_cast<uint32_t>(x))) continue;
    int32_t c = static_cast<int32_t>(t);
    while (c >= 0 && g_.words[c].head != x) c = g_.words[c].head;
    if (c < 0) return false;
    const Rel r = g_.words[c].rel;
    return r == Rel::Aux || r == Rel::AuxPass || r == Rel::Mark || r == Rel::Advmod || r == Rel::Cop;
  }
  return false;
}

// A word deeper than the head of a phrase that says what an act is about -- "summoned
// the ambassador over comments about minority rights" -- is no word of the verb's
// pattern (not a demand for rights).
// (Nor is a word of a clause on a noun deeper than the verb's own arguments: "sent a
// memo to parliament on its plan to guard the ports with military patrols" sends no
// military.)
bool SentenceCoder::topic_detail(uint32_t t, int32_t verb) const {
  if (verb < 0 || t >= n_) return false;
  bool nested = false;  // inside a noun's complement below the verb's own phrase
  // (A verb with no code of its own, whose patterns say what it does -- "continued
  // the talks" -- does not reach into the clause of a verb that has one: "continued to
  // oppose a summit with Congress" continues no summit.)
  const int32_t vv = s_.verb_of_token[verb];
  const bool light = vv >= 0 && s_.verbs[vv].noun_entry < 0 && dict_.verbs[s_.verbs[vv].entry].code.null();
  for (int32_t x = static_cast<int32_t>(t), guard = 0; x >= 0 && guard < 64; x = g_.words[x].head, ++guard) {
    const DepWord& w = g_.words[x];
    // (The clause's own verb and its "to" are the pattern's: "failed to agree".)
    if (light && x != static_cast<int32_t>(t) && x != verb && (w.rel == Rel::Xcomp || w.rel == Rel::Ccomp || w.rel == Rel::Advcl) &&
        s_.verb_of_token[x] >= 0 && !dict_.verbs[s_.verbs[s_.verb_of_token[x]].entry].code.null()) {
      const Rel tr = g_.words[t].rel;
      const bool marker = g_.words[t].head == x && (tr == Rel::Mark || tr == Rel::Aux || tr == Rel::AuxPass || tr == Rel::Case);
      if (!marker) return true;
    }
    if (w.head == verb) {
      return nested && (w.rel == Rel::Obl || w.rel == Rel::Obj) && has_case(static_cast<uint32_t>(x), words().topic_prepositions);
    }
    // (A clause on the verb's own object or oblique is its matter: "announced plans
    // to slap tariffs on Japan".)
    if ((w.rel == Rel::Acl || w.rel == Rel::AclRelcl) && w.head >= 0 && is_nominal(g_.words[w.head].upos) &&
        g_.words[w.head].head != verb) {
      return true;
    }
    nested |= w.rel == Rel::Nmod;
  }
  return false;
}

int SentenceCoder::synset_match(uint32_t synset, int32_t pos, int dir, bool lower) const {
  if (!visible(pos, lower) || s_.unit_id[pos] == kNoWord) return -1;
  const auto& index = dir > 0 ? c_.synset_by_first : c_.synset_by_last;
  const uint32_t* list = index.find((uint64_t(synset) << 32) | s_.unit_id[pos]);
  if (!list) return -1;
  int best = -1;
  for (uint32_t pi : c_.synset_lists[*list]) {
    const auto& phrase = c_.synset_phrases[synset][pi];
    int len = static_cast<int>(phrase.size());
    if (len <= best) continue;
    bool ok = true;
    for (int k = 1; k < len && ok; ++k) {
      int32_t u = dir > 0 ? pos + k : pos - k;
      uint32_t want = dir > 0 ? phrase[k] : phrase[len - 1 - k];
      ok = visible(u, lower) && s_.unit_id[u] == want;
    }
    if (ok) best = len;
  }
  return best;
}

bool SentenceCoder::match_side(const std::vector<PatternElement>& els, size_t k, int32_t pos, int dir, bool lower,
                               MatchState& st, int budget) {
  if (k == els.size()) return true;
  if (budget <= 0) return false;
  const PatternElement& el = els[k];
  const int32_t nu = static_cast<int32_t>(s_.unit_id.size());
  int tries = 0;
  for (int32_t q = pos; q >= 0 && q < nu; q += dir) {
    if (el.adjacent && q != pos) break;
    if (!visible(q, lower)) {
      if (el.adjacent) break;
      continue;
    }
    int32_t next = 0;
    bool matched = false;
    std::vector<Actor> found;
    std::vector<uint32_t> toks;
    switch (el.kind) {
      case PatternElementKind::Word:
        // (An infinitive's "to" is no preposition before a side: "went against the
        // desire to lessen ..." goes to no one.)
        if (s_.unit_id[q] == el.id && dir > 0 && k + 1 < els.size() &&
            (els[k + 1].kind == PatternElementKind::Target || els[k + 1].kind == PatternElementKind::Source) &&
            g_.words[s_.unit_token[q]].upos == UPos::Part && g_.words[s_.unit_token[q]].rel == Rel::Mark) {
          break;
        }
        if (s_.unit_id[q] == el.id && !(dir > 0 && topic_detail(s_.unit_token[q], st.verb)) &&
            !(dir < 0 && !own_word_before(s_.unit_token[q], st.verb))) {
          next = q + dir;
          matched = true;
          toks.push_back(s_.unit_token[q]);
        }
        break;
      case PatternElementKind::Synset: {
        int len = synset_match(el.id, q, dir, lower);
        // (A word of a name is no word of a synset: the "Islands" of "Marshall
        // Islands" is no place.)
        if (len > 0 && opt_.scope_skips_relative_clauses) {
          for (int i = 0; i < len && len > 0; ++i) {
            const int32_t m = s_.tok_match[s_.unit_token[q + dir * i]];
            if (m >= 0 && !s_.matches[m].agent) len = 0;
            if (dir > 0 && topic_detail(s_.unit_token[q + dir * i], st.verb)) len = 0;
          }
        }
        if (len > 0) {
          next = q + dir * len;
          matched = true;
          for (int i = 0; i < len; ++i) toks.push_back(s_.unit_token[q + dir * i]);
        }
        break;
      }
      case PatternElementKind::Source:
      case PatternElementKind::Target:
      case PatternElementKind::SkipActor:
      case PatternElementKind::Compound: {
        int32_t h = dir > 0 ? s_.chunk_at_unit_start[q] : s_.chunk_at_unit_end[q];
        if (h < 0) break;
        int32_t last_unit = dir > 0 ? s_.chunk_last_unit[h] : s_.chunk_first_unit[h];
        if (el.kind == PatternElementKind::SkipActor) {
          next = last_unit + dir;
          matched = true;
          break;
        }
        int32_t first = coordination_first(h);
        std::vector<Actor> g = group_at(h);
        bool coded = std::any_of(g.begin(), g.end(), [](const Actor& a) { return !a.null(); });
        if (!coded) break;
        // The units the whole coordination spans.
        int32_t lo = s_.chunk_first_unit[first], hi = s_.chunk_last_unit[first];
        for (const uint32_t* ch = g_.children_begin(first); ch != g_.children_end(first); ++ch) {
          if (g_.words[*ch].rel == Rel::Conj && s_.chunk_last_unit[*ch] >= 0) {
            lo = std::min(lo, s_.chunk_first_unit[*ch]);
            hi = std::max(hi, s_.chunk_last_unit[*ch]);
          }
        }
        if (el.kind == PatternElementKind::Compound) {
          if (g.size() < 2) break;
          // The whole coordination is consumed.
          next = dir > 0 ? hi + 1 : lo - 1;
          matched = true;
        } else {
          if (first != h) break;  // a later conjunct: the group starts earlier
          next = last_unit + dir;
          // An adjacent word follows the actor's whole phrase, its coordinated members
          // and modifiers included ("urged Britain and France to ...", "the rebels in
          // Darfur must ...": "+_TO", "+_MUST").
          if (k + 1 < els.size() && els[k + 1].adjacent) {
            uint32_t lo_t = static_cast<uint32_t>(first), hi_t = static_cast<uint32_t>(first);
            for (uint32_t t = 0; t < n_; ++t) {
              if (!in_subtree(t, static_cast<uint32_t>(first))) continue;
              lo_t = std::min(lo_t, t);
              hi_t = std::max(hi_t, t);
            }
            next = dir > 0 ? std::max<int32_t>(next, static_cast<int32_t>(s_.tok_unit_end[hi_t]))
                           : std::min<int32_t>(next, static_cast<int32_t>(s_.tok_unit_begin[lo_t]) - 1);
            // Before an auxiliary ("+_MUST") the actor is that clause's subject, not a
            // word inside it: "talks with X must end" demands nothing of X.
            if (dir > 0 && next >= 0 && next < nu) {
              const DepWord& aux = g_.words[s_.unit_token[next]];
              if (aux.rel == Rel::Aux || aux.rel == Rel::AuxPass) {
                int32_t subj = first;
                while (subj >= 0 && g_.words[subj].rel == Rel::Conj) subj = g_.words[subj].head;
                const Rel r = subj >= 0 ? g_.words[subj].rel : Rel::Dep;
                if (subj < 0 || (r != Rel::Nsubj && r != Rel::NsubjPass) || g_.words[subj].head != aux.head) break;
                // ... and names the actor itself, not through a complement ("talks with X").
                if (s_.tok_match[first] < 0 && chunk_matches(static_cast<uint32_t>(first)).empty()) break;
              }
            }
          }
          matched = true;
        }
        found = std::move(g);
        break;
      }
    }
    if (!matched) {
      if (el.adjacent) break;
      continue;
    }
    if (++tries > 3) break;
    size_t mark = st.matched_tokens.size();
    st.matched_tokens.insert(st.matched_tokens.end(), toks.begin(), toks.end());
    std::vector<Actor> saved;
    std::vector<Actor>* slot = el.kind == PatternElementKind::Source   ? st.src
                               : el.kind == PatternElementKind::Target ? st.tgt
                               : el.kind == PatternElementKind::Compound ? st.comp
                                                                        : nullptr;
    if (slot) {
      saved = *slot;
      *slot = found;
      if (el.kind == PatternElementKind::Compound) st.comp_after = dir > 0;
    }
    if (match_side(els, k + 1, next, dir, lower, st, budget - 1)) return true;
    if (slot) *slot = saved;
    st.matched_tokens.resize(mark);
    if (el.adjacent) break;
  }
  return false;
}

void SentenceCoder::choose_pattern(VerbInfo& vi, std::vector<Actor>& pat_src, std::vector<Actor>& pat_tgt,
                                   std::vector<Actor>& pat_comp, bool& used_negation) {
  comp_after_ = false;
  const VerbEntry& entry = dict_.verbs[vi.entry];
  vi.code = entry.code;
  vi.block = static_cast<int32_t>(entry.block);
  // Other entries with the same words (a verb listed in several blocks) add patterns.
  std::vector<uint32_t> blocks{entry.block};
  if (auto it = c_.verbs_by_form.find(s_.form_id[vi.tok]); s_.form_id[vi.tok] != kNoWord && it != c_.verbs_by_form.end()) {
    for (uint32_t e : it->second) {
      if (dict_.verbs[e].words == entry.words && std::find(blocks.begin(), blocks.end(), dict_.verbs[e].block) == blocks.end()) {
        blocks.push_back(dict_.verbs[e].block);
        if (vi.code.null()) vi.code = dict_.verbs[e].code;
      }
    }
  }
  int32_t before_start = static_cast<int32_t>(s_.tok_unit_begin[vi.vb]) - 1;
  int32_t after_start = static_cast<int32_t>(s_.tok_unit_end[vi.ve - 1]);
  uint32_t best_len = 0;
  bool have = false;
  for (uint32_t b : blocks) {
    for (const auto& cp : c_.block_patterns[b]) {
      const VerbPattern& p = dict_.verb_blocks[b].patterns[cp.index];
      if (have && p.length() <= best_len) break;
      bool possible = true;
      for (uint32_t id : cp.required) possible = possible && may_contain(id);
      if (!possible) continue;
      std::vector<Actor> src, tgt, comp;
      MatchState st{&src, &tgt, &comp, {}};
      st.verb = static_cast<int32_t>(vi.tok);
      bool a_ok = match_side(cp.after, 0, after_start, +1, true, st, 24);
      bool b_ok = a_ok && match_side(cp.before, 0, before_start, -1, false, st, 24);
      if (!a_ok || !b_ok) continue;
      // (A word of another clause counts only as its phrase's head, not as a modifier of
      // a noun the pattern does not name: "warned China against aiding Russia's war
      // effort" is no threat of war.)
      // (Nor anywhere a modifier of a noun that makes it another thing: "took control
      // measures", "aid workers", "sanctions law".)
      // ("a mediation effort", "a military aid programme" are still mediation and aid.)
      static const std::string_view kOtherThings[] = {"measure", "worker", "official", "law", "bill", "agency",
                                                      "group", "team", "venue", "zone", "chief", "spokesman",
                                                      "spokeswoman", "spokesperson", "expert", "analyst",
                                                      "correspondent"};
      bool modifier = false;
      for (uint32_t t : st.matched_tokens) {
        const DepWord& w = g_.words[t];
        if (w.rel != Rel::Compound || w.head <= static_cast<int32_t>(t)) continue;
        if (std::find(st.matched_tokens.begin(), st.matched_tokens.end(), static_cast<uint32_t>(w.head)) != st.matched_tokens.end()) continue;
        const DepWord& hw = g_.words[w.head];
        if (lang::in(base::ascii_lower(hw.lemma.empty() ? hw.form : hw.lemma), kOtherThings)) modifier = true;
        for (int32_t x = w.head, steps = 0; x >= 0 && x != static_cast<int32_t>(vi.tok) && steps < 16; x = g_.words[x].head, ++steps) {
          if (g_.words[x].upos == UPos::Verb) modifier = true;
        }
        // (Nor a modifier of what a noun is about: "offered a draft accord on missile
        // cuts" offers no missiles.)
        static const std::string_view kAboutPrepositions[] = {"on", "about", "over", "regarding", "concerning"};
        if (hw.rel == Rel::Nmod && hw.head >= 0 && hw.head != static_cast<int32_t>(vi.tok) &&
            is_nominal(g_.words[hw.head].upos) && has_case(static_cast<uint32_t>(w.head), kAboutPrepositions)) {
          modifier = true;
        }
      }
      if (modifier) continue;
      // A side before a verb with no subject of its own is the subject it takes from
      // its clause, not the nearest name: "approved an arms sale to Taiwan, drawing
      // condemnation from Beijing" -- the United States drew it.
      if (!cp.before.empty()) {
        bool own_subject = false;
        for (const uint32_t* ch = g_.children_begin(vi.tok); ch != g_.children_end(vi.tok); ++ch) {
          own_subject |= g_.words[*ch].rel == Rel::Nsubj || g_.words[*ch].rel == Rel::NsubjPass;
        }
        // (Only a participle clause: an infinitive's own controller is the pattern
        // author's business, "will be hosting X to celebrate ...".)
        const DepWord& vw = g_.words[vi.tok];
        const bool participle_clause = vw.rel == Rel::Advcl && (vw.xpos == "VBG" || vw.xpos == "VBN");
        const int32_t subj = own_subject || !participle_clause ? -1 : subject_of(vi.tok);
        for (const PatternElement& el : cp.before) {
          std::vector<Actor>* slot = el.kind == PatternElementKind::Source ? &src
                                     : el.kind == PatternElementKind::Target ? &tgt
                                                                              : nullptr;
          if (slot == nullptr || subj < 0 || slot->empty() || (*slot)[0].tb >= n_ ||
              in_subtree((*slot)[0].tb, static_cast<uint32_t>(subj))) {
            continue;
          }
          std::vector<Actor> inherited = group_at(subj);
          if (coded(inherited)) *slot = std::move(inherited);
        }
      }
      have = true;
      best_len = p.length();
      vi.code = p.code;
      vi.block = static_cast<int32_t>(b);
      vi.pattern = static_cast<int32_t>(cp.index);
      pat_src = src;
      pat_tgt = tgt;
      pat_comp = comp;
      comp_after_ = st.comp_after;
      used_negation = false;
      for (uint32_t t : st.matched_tokens) used_negation |= g_.words[t].negation;
      vi.pattern_words = st.matched_tokens;
      break;
    }
  }
}

}  // namespace dyad::coder
