// Arguments: the graph questions behind who does what to whom. The subject of a verb
// (with the repairs real parses need: names the parser hung elsewhere, controlled
// infinitives, coordinated and misattached predicates), passives, and the verb's
// lower scope (what patterns and targets may reach). verb_arguments.cpp puts them
// together into a verb's sources and targets.
#include "coder/sentence_coder.hpp"

namespace dyad::coder {

bool SentenceCoder::in_subtree(uint32_t t, uint32_t root) const {
  return s_.tin[root] <= s_.tin[t] && s_.tin[t] < s_.tout[root];
}

// Entry and exit times of a depth-first walk: t is under root iff its entry time
// falls inside root's interval. One pass per sentence makes every test O(1).
void SentenceCoder::euler_tour() {
  s_.tin.assign(n_, 0);
  s_.tout.assign(n_, 0);
  uint32_t clock = 0;
  std::vector<std::pair<uint32_t, const uint32_t*>>& stack = s_.dfs;
  for (uint32_t r = 0; r < n_; ++r) {
    if (g_.words[r].head >= 0) continue;
    stack.clear();
    stack.push_back({r, g_.children_begin(r)});
    s_.tin[r] = clock++;
    while (!stack.empty()) {
      auto& [node, next] = stack.back();
      if (next == g_.children_end(node)) {
        s_.tout[node] = clock;
        stack.pop_back();
        continue;
      }
      uint32_t c = *next++;
      s_.tin[c] = clock++;
      stack.push_back({c, g_.children_begin(c)});
    }
  }
}

int32_t SentenceCoder::subject_of(uint32_t v, int guard) const {
  if (guard > 8) return -1;
  for (const uint32_t* ch = g_.children_begin(v); ch != g_.children_end(v); ++ch) {
    Rel r = g_.words[*ch].rel;
    if (r == Rel::Nsubj || r == Rel::NsubjPass || r == Rel::Csubj || r == Rel::CsubjPass) {
      if (*ch < s_.dateline_end) continue;  // "KARSTADT, March 4 - Valdoria agreed": not the place
      const DepWord& s = g_.words[*ch];
      std::string_view l = s.lemma.empty() ? std::string_view(s.form) : std::string_view(s.lemma);
      bool relative = lang::in(s.xpos, words().relative_pronoun_tags) || one_of(l, words().relative_pronouns);
      if (relative && g_.words[v].rel == Rel::AclRelcl && g_.words[v].head >= 0) return g_.words[v].head;
      // "the official news agency WFNA said": a name the parser split off its noun
      // phrase as the subject of a relative clause; the noun phrase is the speaker.
      int32_t head = g_.words[v].head;
      if (g_.words[v].rel == Rel::AclRelcl && head >= 0 && static_cast<int32_t>(*ch) == head + 1 &&
          s.upos == UPos::Propn && s_.tok_match[*ch] < 0 && !chunk_matches(head).empty()) {
        return head;
      }
      return title_before_name(v, *ch);
    }
  }
  const DepWord& w = g_.words[v];
  // A proper noun the parser took for something else, left of the verb ("Fornost
  // welcomed", with Fornost as an adverb): an actor dependent before the verb.
  for (const uint32_t* ch = g_.children_begin(v); ch != g_.children_end(v); ++ch) {
    if (*ch >= v) break;
    Rel r = g_.words[*ch].rel;
    int32_t m = s_.tok_match[*ch];
    bool loose = r != Rel::Obj && r != Rel::Iobj && r != Rel::Obl && r != Rel::Nmod && r != Rel::Case &&
                 r != Rel::Mark && r != Rel::Punct && r != Rel::Cc && r != Rel::OblTmod && r != Rel::NmodTmod;
    if (loose && m >= 0 && !s_.matches[m].agent) return static_cast<int32_t>(*ch);
  }
  // A finite verb the parser left without a subject, right after an actor it hung on
  // something else ("came a day after NATO labeled China", with NATO under "after"):
  // finite English verbs have subjects, and that actor is the one -- also when the
  // parser made the verb a conjunct of the main clause, which would lend it the main
  // clause's subject.
  if (v > 0 && finite_looking(v)) {
    const uint32_t p = v - 1;
    const DepWord& pw = g_.words[p];
    const int32_t m = s_.tok_match[p];
    const int32_t head_p = s_.chunk[p] >= 0 ? s_.chunk[p] : static_cast<int32_t>(p);
    bool actor = m >= 0 && !s_.matches[m].agent;
    if (!actor) {
      // "A top U.S. official today praised ...": the phrase ends in a time word.
      for (int32_t mi : chunk_matches(head_p)) actor |= !s_.matches[mi].agent;
    }
    bool unmarked = true;  // no preposition: "in Paris protested" is not a subject
    for (const uint32_t* ch = g_.children_begin(head_p); ch != g_.children_end(head_p); ++ch) {
      // ("Up to 1,000 ethnic Turks began ...": a "to" before a number is a quantity.)
      const bool quantity = *ch + 1 < n_ && g_.words[*ch + 1].upos == UPos::Num;
      if (g_.words[*ch].rel == Rel::Case && !quantity) unmarked = false;
    }
    const DepWord& hw = g_.words[head_p];
    bool hung = (hw.rel == Rel::Nmod || hw.rel == Rel::Obl) && (hw.head != static_cast<int32_t>(v) || unmarked);
    // "Zambia extradited X, a Zambian official said", parsed with both Zambia and the
    // official as subjects of "said": the first is this verb's.
    if (hw.rel == Rel::Nsubj && hw.head >= 0 && hw.head != static_cast<int32_t>(v)) {
      int subjects = 0;
      for (const uint32_t* ch = g_.children_begin(hw.head); ch != g_.children_end(hw.head); ++ch) {
        subjects += g_.words[*ch].rel == Rel::Nsubj || g_.words[*ch].rel == Rel::NsubjPass;
      }
      hung |= subjects > 1;
    }
    if (actor && hung && (pw.upos == UPos::Propn || pw.upos == UPos::Noun || pw.upos == UPos::Pron)) return head_p;
  }
  if (w.head < 0) return -1;
  const DepWord& h = g_.words[w.head];
  // "Pyongyang on Thursday fired ...", with Pyongyang as the root: the actor head.
  if ((w.rel == Rel::Parataxis || w.rel == Rel::Conj) && w.head < static_cast<int32_t>(v) && s_.tok_match[w.head] >= 0 &&
      !s_.matches[s_.tok_match[w.head]].agent && subject_of(w.head, guard + 1) < 0) {
    return w.head;
  }
  if (finite_misattached(v)) return main_subject_before(v);
  if (int32_t above = coordinated_above(v); above >= 0) return subject_of(static_cast<uint32_t>(above), guard + 1);
  if (w.rel == Rel::Conj && !is_nominal(h.upos)) return subject_of(w.head, guard + 1);
  // "known to break", "nearer to accord": an infinitive with "to" and no subject of its
  // own is controlled, whatever the parser called it.
  bool to_infinitive = false;
  for (const uint32_t* ch = g_.children_begin(v); ch != g_.children_end(v); ++ch) {
    if (g_.words[*ch].rel == Rel::Mark && one_of(g_.words[*ch].form, words().infinitive_markers)) to_infinitive = true;
  }
  if (to_infinitive && (w.rel == Rel::Advcl || w.rel == Rel::Ccomp) && !is_nominal(h.upos)) return subject_of(w.head, guard + 1);
  // "Seoul summoned the Japanese ambassador to protest": the to-clause of a verb that
  // brings someone says the subject's purpose, not what the one brought does.
  if (w.rel == Rel::Xcomp && to_infinitive &&
      one_of(base::ascii_lower(h.lemma.empty() ? h.form : h.lemma), words().purpose_verbs)) {
    return subject_of(w.head, guard + 1);
  }
  // (The same parsed as a clause of the object: "the ambassador to protest".)
  if (w.rel == Rel::Acl && to_infinitive && h.rel == Rel::Obj && h.head >= 0 &&
      one_of(base::ascii_lower(g_.words[h.head].lemma.empty() ? g_.words[h.head].form : g_.words[h.head].lemma),
             words().purpose_verbs)) {
    return subject_of(static_cast<uint32_t>(h.head), guard + 1);
  }
  if (w.rel == Rel::Xcomp) {
    for (const uint32_t* ch = g_.children_begin(w.head); ch != g_.children_end(w.head); ++ch) {
      if (g_.words[*ch].rel == Rel::Obj || g_.words[*ch].rel == Rel::Iobj) return static_cast<int32_t>(*ch);
    }
    return subject_of(w.head, guard + 1);
  }
  // "issued a statement deploring X": the statement's issuer deplores (a participle
  // in -ing; "vetoed a resolution to impose sanctions" imposes nothing). Only a verb
  // that makes the statement: "vetoed a resolution condemning X" condemns nothing.
  if (w.rel == Rel::Acl && lang::in(w.xpos, words().gerund_tags) && is_nominal(h.upos) && h.rel == Rel::Obj && h.head >= 0 &&
      one_of(base::ascii_lower(h.lemma.empty() ? h.form : h.lemma), words().statement_nouns)) {
    const DepWord& maker = g_.words[h.head];
    if (one_of(base::ascii_lower(maker.lemma.empty() ? maker.form : maker.lemma), words().authoring_verbs)) {
      const int32_t issuer = subject_of(static_cast<uint32_t>(h.head), guard + 1);
      if (issuer >= 0) return issuer;
    }
  }
  // "He told reporters after meeting Widodo": a clause with a marker of time, hung on
  // a noun by the parser, is the verb's adverbial -- its subject the verb's.
  if (w.rel == Rel::Acl && is_nominal(h.upos) && h.head >= 0 && g_.words[h.head].upos == UPos::Verb) {
    for (const uint32_t* ch = g_.children_begin(v); ch != g_.children_end(v); ++ch) {
      if (g_.words[*ch].rel == Rel::Mark && one_of(base::ascii_lower(g_.words[*ch].form), words().time_prepositions)) {
        return subject_of(static_cast<uint32_t>(h.head), guard + 1);
      }
    }
  }
  if (w.rel == Rel::Acl && is_nominal(h.upos)) return w.head;
  // "seek backing for the plan, first floated by Guillaume, ...": a past participle
  // with no auxiliary right after a noun phrase (and a comma) is said of that phrase,
  // not of the clause's subject -- unless that phrase is the subject itself.
  if (w.rel == Rel::Advcl && participle_tag(w.xpos)) {
    bool aux = false;
    for (const uint32_t* ch = g_.children_begin(v); ch != g_.children_end(v); ++ch) {
      aux |= g_.words[*ch].rel == Rel::Aux || g_.words[*ch].rel == Rel::AuxPass || g_.words[*ch].rel == Rel::Mark;
    }
    int32_t p = static_cast<int32_t>(v) - 1;
    while (p >= 0 && (g_.words[p].upos == UPos::Punct || (g_.words[p].head == static_cast<int32_t>(v) && g_.words[p].rel == Rel::Advmod))) --p;
    if (!aux && p >= 0 && is_nominal(g_.words[p].upos) && !in_subtree(static_cast<uint32_t>(p), v)) {
      const int32_t main = subject_of(w.head, guard + 1);
      if (main < 0 || !in_subtree(static_cast<uint32_t>(p), static_cast<uint32_t>(main))) {
        return s_.chunk[p] >= 0 ? s_.chunk[p] : p;
      }
    }
  }
  if (w.rel == Rel::Advcl && opt_.advcl_inherits_subject) return subject_of(w.head, guard + 1);
  return -1;
}

// "Secretary of State George Shultz met ...", parsed with "Secretary" and "George" as
// two subjects of "met": a title and the name right after it are one noun phrase.
// When the first subject has only a role and the second, adjacent to it, names a
// coded actor (a person of the dictionary or one met before), the name is the
// subject. Otherwise the first subject stands.
int32_t SentenceCoder::title_before_name(uint32_t v, uint32_t first) const {
  const int32_t m1 = s_.tok_match[first];
  bool role_only = true;
  const int32_t h1 = s_.chunk[first] >= 0 ? s_.chunk[first] : static_cast<int32_t>(first);
  for (int32_t mi : chunk_matches(h1)) role_only &= s_.matches[mi].agent;
  if (m1 >= 0 && !s_.matches[m1].agent) role_only = false;
  if (!role_only) return static_cast<int32_t>(first);
  // The end of the first subject's words.
  uint32_t end = first;
  for (uint32_t t = first + 1; t < n_ && in_subtree(t, first); ++t) end = t;
  for (const uint32_t* ch = g_.children_begin(v); ch != g_.children_end(v); ++ch) {
    if (*ch <= first) continue;
    Rel r = g_.words[*ch].rel;
    if (r != Rel::Nsubj && r != Rel::NsubjPass) continue;
    // Adjacent: the second subject's first word follows the first's last.
    uint32_t begin = *ch;
    while (begin > 0 && in_subtree(begin - 1, *ch)) --begin;
    bool punctuated = false;  // "Troops, Ana Carnel ...": a comma parts them
    for (uint32_t t = end + 1; t < *ch; ++t) punctuated |= g_.words[t].upos == UPos::Punct;
    if (begin != end + 1 || punctuated || g_.words[*ch].upos != UPos::Propn) break;
    const int32_t h2 = s_.chunk[*ch] >= 0 ? s_.chunk[*ch] : static_cast<int32_t>(*ch);
    for (int32_t mi : chunk_matches(h2)) {
      if (!s_.matches[mi].agent) return static_cast<int32_t>(*ch);
    }
    break;
  }
  return static_cast<int32_t>(first);
}

// "China warns NATO to keep out of Asia, rejects ...", "Ostrava denied that its forces
// had shelled a village, and accused Valdoria ...": a finite verb the parser
// coordinated with (or hung under) an infinitive, a perfect or a passive belongs
// with the finite verb above that one -- an infinitive or a participle cannot be
// coordinated with a finite verb. Returns that verb, or -1.
int32_t SentenceCoder::coordinated_above(uint32_t v) const {
  const DepWord& w = g_.words[v];
  if (w.head < 0 || !finite_tag(w.xpos)) return -1;
  bool unmarked = true;
  for (const uint32_t* ch = g_.children_begin(v); ch != g_.children_end(v); ++ch) unmarked &= g_.words[*ch].rel != Rel::Mark;
  if (w.rel != Rel::Conj && !(w.rel == Rel::Advcl && unmarked)) return -1;
  const DepWord& h = g_.words[w.head];
  if (h.head < 0 || finite_tag(h.xpos) || (h.upos != UPos::Verb && h.upos != UPos::Aux)) return -1;
  bool auxiliary = false;
  for (const uint32_t* ch = g_.children_begin(w.head); ch != g_.children_end(w.head); ++ch) {
    auxiliary |= g_.words[*ch].rel == Rel::Aux || g_.words[*ch].rel == Rel::AuxPass;
  }
  if (h.rel != Rel::Xcomp && !to_clause(static_cast<uint32_t>(w.head)) && !auxiliary) return -1;
  // "said Chad had seized two trucks and detained their drivers": a regular past form is
  // also the participle, so the conjunct shares the perfect's "had" and its subject.
  bool perfect = false;
  for (const uint32_t* ch = g_.children_begin(w.head); ch != g_.children_end(w.head); ++ch) {
    perfect |= g_.words[*ch].rel == Rel::Aux && base::ascii_lower(g_.words[*ch].lemma) == "have";
  }
  const std::string form = base::ascii_lower(w.form);
  if (perfect && h.xpos == "VBN" && form.size() > 3 && form.compare(form.size() - 2, 2, "ed") == 0) return -1;
  for (int32_t x = h.head, steps = 0; x >= 0 && steps < 8; x = g_.words[x].head, ++steps) {
    if (g_.words[x].upos == UPos::Verb || g_.words[x].upos == UPos::Aux) return x;
  }
  return -1;
}

// A finite verb the parser hung under a noun ("condemned an attack ... and promised
// aid", with "promised" as an adjective of "aid") is a coordinated predicate.
bool SentenceCoder::finite_misattached(uint32_t v) const {
  const DepWord& w = g_.words[v];
  if (w.head < 0) return false;
  bool finite = finite_tag(w.xpos);
  // "... and promised aid to X", parsed as an adjective of a coordinated noun.
  if (!finite && w.rel == Rel::Amod && v > 0 && g_.words[v - 1].upos == UPos::CConj &&
      g_.words[w.head].rel == Rel::Conj && verb_tag(w.xpos)) {
    finite = true;
  }
  bool under_noun = is_nominal(g_.words[w.head].upos) &&
                    (w.rel == Rel::Amod || w.rel == Rel::Compound || w.rel == Rel::Conj || w.rel == Rel::Nmod);
  if (!finite || !under_noun) return false;
  for (const uint32_t* ch = g_.children_begin(v); ch != g_.children_end(v); ++ch) {
    Rel r = g_.words[*ch].rel;
    if (r == Rel::Nsubj || r == Rel::NsubjPass) return false;
  }
  return true;
}

// The subject of the nearest verb before v that has one.
int32_t SentenceCoder::main_subject_before(uint32_t v) const {
  for (int32_t x = static_cast<int32_t>(v) - 1; x >= 0; --x) {
    if (g_.words[x].upos != UPos::Verb) continue;
    for (const uint32_t* ch = g_.children_begin(x); ch != g_.children_end(x); ++ch) {
      Rel r = g_.words[*ch].rel;
      if (r == Rel::Nsubj || r == Rel::NsubjPass) return static_cast<int32_t>(*ch);
    }
  }
  return -1;
}

bool SentenceCoder::is_passive(uint32_t v) const {
  for (const uint32_t* ch = g_.children_begin(v); ch != g_.children_end(v); ++ch) {
    Rel r = g_.words[*ch].rel;
    if (r == Rel::AuxPass || r == Rel::NsubjPass || r == Rel::CsubjPass) return true;
  }
  return false;
}

void SentenceCoder::lower_scope(const VerbInfo& vi) {
  s_.scope.assign(n_, 0);
  // Everything the verb governs, less its subject, coordinated verbs and parataxis.
  const uint32_t v = vi.tok;
  for (uint32_t t = 0; t < n_; ++t) s_.scope[t] = in_subtree(t, v) ? 1 : 0;
  for (const uint32_t* ch = g_.children_begin(v); ch != g_.children_end(v); ++ch) {
    Rel r = g_.words[*ch].rel;
    bool verb_conj = r == Rel::Conj && (g_.words[*ch].upos == UPos::Verb || g_.words[*ch].upos == UPos::Aux);
    if (r == Rel::Nsubj || r == Rel::NsubjPass || r == Rel::Csubj || r == Rel::CsubjPass || r == Rel::Expl ||
        r == Rel::Parataxis || verb_conj || r == Rel::OblAgent) {
      for (uint32_t t = 0; t < n_; ++t) {
        if (in_subtree(t, *ch)) s_.scope[t] = 0;
      }
    }
  }
  if (finite_misattached(vi.tok)) {
    for (uint32_t t = vi.tok; t < n_; ++t) s_.scope[t] = 1;
  }
  // A reported clause with a verb of its own says its act with that verb: "Kenya said
  // it rejected an IMF demand" is a rejection, not a demand by Kenya; a statement
  // verb's patterns keep the clause's subject and modals ("said X must ...") only.
  const std::string& entry_code = vi.noun_entry < 0 ? dict_.verbs[vi.entry].code.code : vi.code.code;
  if (opt_.scope_skips_relative_clauses && entry_code.rfind("01", 0) == 0) {
    for (const uint32_t* ch = g_.children_begin(v); ch != g_.children_end(v); ++ch) {
      if (g_.words[*ch].rel != Rel::Ccomp || s_.verb_of_token[*ch] < 0) continue;
      for (const uint32_t* cc = g_.children_begin(*ch); cc != g_.children_end(*ch); ++cc) {
        const Rel r = g_.words[*cc].rel;
        if (*cc < *ch || (r != Rel::Obj && r != Rel::Iobj && r != Rel::Obl && r != Rel::Xcomp && r != Rel::Ccomp)) continue;
        for (uint32_t t = 0; t < n_; ++t) {
          if (in_subtree(t, *cc)) s_.scope[t] = 0;
        }
      }
    }
  }
  // Where an act happened is no party to it: "met on the sidelines of the SCO summit".
  if (opt_.scope_skips_relative_clauses) {
    for (const uint32_t* ch = g_.children_begin(v); ch != g_.children_end(v); ++ch) {
      const DepWord& w = g_.words[*ch];
      if (w.rel != Rel::Obl || !one_of(base::ascii_lower(w.form), words().margin_nouns)) continue;
      for (uint32_t t = 0; t < n_; ++t) {
        if (in_subtree(t, *ch)) s_.scope[t] = 0;
      }
    }
  }
  // A relative clause is another clause: "sent envoys to the talks, which the White
  // House described as constructive" does not send anything to the White House.
  if (opt_.scope_skips_relative_clauses) {
    for (uint32_t r = 0; r < n_; ++r) {
      if (!relative_clause(r) || r == v || !s_.scope[r]) continue;
      for (uint32_t t = 0; t < n_; ++t) {
        if (in_subtree(t, r)) s_.scope[t] = 0;
      }
    }
  }
}

}  // namespace dyad::coder
