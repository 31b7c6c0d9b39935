// Modality: whether a verb's act happened, is announced or is only imagined --
// "Iran might attack" (no event), "Iran will attack" / "said it would retaliate" (the
// threat, 138), "did not expect Chile would suspend payments" (not asserted),
// "is expected to sign" (a forecast) -- and the intent or threat code an announced
// material act becomes.
#include <algorithm>

#include "coder/sentence_coder.hpp"

namespace dyad::coder {

// The intent or threat a material act becomes when announced: meeting -> 036,
// cooperation -> 031, aid -> 033 (subcodes kept), yielding -> 034, sanctions -> 1312,
// reduced relations -> 131, repression -> 137, force -> 138. Verbal acts and force
// postures stay as they are.
std::string announced_code(const std::string& code) {
  const std::string root = code.substr(0, 2);
  if (root == "04") return "036";
  if (root == "05") return "030";
  if (root == "06") return "031";
  if (root == "07") return code == "071" ? "0331" : code == "072" ? "0332" : code == "073" ? "0333" : code == "074" ? "0334" : "033";
  if (root == "08") return "034";
  if (root == "16") return code.rfind("163", 0) == 0 ? "1312" : "131";
  if (root == "17") return "137";
  if (root == "18" || root == "19" || root == "20") return "138";
  return code;
}

// "Iran might attack": hypothetical, no event. "Japan will send aid", "Ankara said it
// would retaliate": announced, so the intent or threat.
void SentenceCoder::apply_modality(VerbInfo& vi) const {
  if (vi.code.code.size() < 2) return;
  // "was asked whether Washington would sanction China", "it was unclear whether
  // Israel had attacked Iran", "asked if Russia would attack again": a question's
  // content is not asserted.
  {
    int32_t c = static_cast<int32_t>(vi.tok);
    while (c >= 0 && g_.words[c].rel == Rel::Conj) c = g_.words[c].head;
    if (c >= 0) {
      const Rel r = g_.words[c].rel;
      for (const uint32_t* ch = g_.children_begin(static_cast<uint32_t>(c)); ch != g_.children_end(static_cast<uint32_t>(c)); ++ch) {
        const DepWord& m = g_.words[*ch];
        if (m.rel != Rel::Mark) continue;
        const std::string f = base::ascii_lower(m.form);
        if (one_of(f, words().question_markers) && (f == "whether" || r == Rel::Ccomp || r == Rel::Csubj)) {
          vi.hypothetical = true;
          return;
        }
      }
    }
  }
  // "He did not expect Chile would suspend payments": what a negated verb
  // says, thinks or expects in a clause of its own is not asserted. (An infinitive is
  // not such a clause: "would not hesitate to strike" threatens.)
  for (int32_t x = static_cast<int32_t>(vi.tok), steps = 0; x >= 0 && steps < 4; ++steps) {
    int32_t c = x;
    while (c >= 0 && g_.words[c].rel == Rel::Conj) c = g_.words[c].head;
    if (c < 0 || g_.words[c].rel != Rel::Ccomp || g_.words[c].head < 0) break;
    x = g_.words[c].head;
    for (const uint32_t* ch = g_.children_begin(x); ch != g_.children_end(x); ++ch) {
      if (g_.words[*ch].negation) {
        vi.hypothetical = true;
        return;
      }
    }
  }
  // "Belarus demanded that Poland withdraw its troops", "insisted that Kyiv release
  // them": what is demanded, asked or urged in a clause of its own has not happened
  // (unless the clause has a tense of its own: "insisted that Kyiv had released them").
  {
    int32_t c = static_cast<int32_t>(vi.tok);
    while (c >= 0 && g_.words[c].rel == Rel::Conj) c = g_.words[c].head;
    if (c >= 0 && g_.words[c].rel == Rel::Ccomp && g_.words[c].head >= 0) {
      const DepWord& outer = g_.words[g_.words[c].head];
      bool subject = false, tensed = false;
      for (const uint32_t* ch = g_.children_begin(vi.tok); ch != g_.children_end(vi.tok); ++ch) {
        const DepWord& w = g_.words[*ch];
        subject |= w.rel == Rel::Nsubj || w.rel == Rel::NsubjPass;
        // ("should" and a bare "be" keep the clause demanded: "that Poland should
        // withdraw", "that the prisoners be released".)
        tensed |= (w.rel == Rel::Aux || w.rel == Rel::AuxPass) && !base::ieq_lower(w.form, "should") &&
                  !base::ieq_lower(w.form, "be");
      }
      tensed |= g_.words[vi.tok].xpos == "VBD" || g_.words[vi.tok].xpos == "VBZ";
      if (subject && !tensed &&
          one_of(base::ascii_lower(outer.lemma.empty() ? outer.form : outer.lemma), words().mandative_verbs)) {
        vi.hypothetical = true;
        vi.demanded = true;
        return;
      }
    }
  }
  // "vetoed a resolution condemning X", "blocked a statement criticising X": what a
  // blocked text would have done did not happen.
  if (const DepWord& w = g_.words[vi.tok]; w.rel == Rel::Acl && w.head >= 0) {
    const DepWord& h = g_.words[w.head];
    if (h.rel == Rel::Obj && h.head >= 0 &&
        one_of(base::ascii_lower(g_.words[h.head].lemma.empty() ? g_.words[h.head].form : g_.words[h.head].lemma),
               words().blocking_verbs)) {
      vi.hypothetical = true;
      return;
    }
  }
  // "Canada postponed sending troops", "agreed to hold up imposing duties": an act
  // put off, stopped or avoided has not happened; one allowed is not said to have.
  if (const DepWord& w = g_.words[vi.tok];
      w.rel == Rel::Xcomp && w.head >= 0 && one_of(verb_lemma(static_cast<uint32_t>(w.head)), words().deferral_verbs)) {
    vi.hypothetical = true;
    return;
  }
  // (Also a participle the parser hung on "stop" read as a noun: "on condition that
  // Valdoria stop shelling Ostravan towns".)
  {
    int32_t x = static_cast<int32_t>(vi.tok);
    while (x >= 0 && g_.words[x].rel == Rel::Conj) x = g_.words[x].head;  // (and its conjuncts)
    if (x >= 0) {
      const DepWord& w = g_.words[x];
      if (w.rel == Rel::Acl && w.xpos == "VBG" && w.head >= 0 && g_.words[w.head].upos == UPos::Noun &&
          one_of(base::ascii_lower(g_.words[w.head].form), words().deferral_verbs)) {
        vi.hypothetical = true;
        return;
      }
    }
  }
  // "requested help from the African Union to fight al-Shabaab", "efforts to end the
  // war", "a plan to attack": an infinitive on a noun is a purpose or a plan, not an
  // act that happened (a decision or an attempt to act is the act, as CAMEO codes an
  // attempted assassination).
  // (Not on an actor: "S. KOREA MINISTER TO VISIT U.S." is a headline's future.)
  if (opt_.comments_target_authors && g_.words[vi.tok].rel == Rel::Acl && to_clause(vi.tok) &&
      g_.words[vi.tok].head >= 0 && s_.tok_match[g_.words[vi.tok].head] < 0 &&
      !one_of(base::ascii_lower(g_.words[g_.words[vi.tok].head].lemma), words().decision_nouns)) {
    vi.hypothetical = true;
    return;
  }
  // "Tehran had no plans to attack Israel", "has no intention of sending troops": an
  // act under a plan or an intention that is denied, whether the parser hangs it on
  // the noun or on the verb that has it.
  {
    const DepWord& w = g_.words[vi.tok];
    auto denied = [&](int32_t noun) {
      for (const uint32_t* ch = g_.children_begin(noun); ch != g_.children_end(noun); ++ch) {
        if (g_.words[*ch].rel == Rel::Det && one_of(g_.words[*ch].form, words().negative_determiners)) return true;
      }
      return false;
    };
    if (w.head >= 0 && (w.rel == Rel::Acl || w.rel == Rel::Nmod || w.rel == Rel::Advcl || w.rel == Rel::Xcomp)) {
      const int32_t h = w.head;
      bool no = is_nominal(g_.words[h].upos) && denied(h);
      if (!no && (g_.words[h].upos == UPos::Verb || g_.words[h].upos == UPos::Aux) && w.rel != Rel::Acl) {
        for (const uint32_t* ch = g_.children_begin(h); ch != g_.children_end(h); ++ch) {
          no |= g_.words[*ch].rel == Rel::Obj && *ch < vi.tok && denied(static_cast<int32_t>(*ch));
        }
      }
      if (no) {
        vi.hypothetical = true;
        return;
      }
    }
  }
  // "barred women from attending universities", "refrained from criticising X": an act
  // kept from happening.
  if (g_.words[vi.tok].xpos == "VBG") {
    for (const uint32_t* ch = g_.children_begin(vi.tok); ch != g_.children_end(vi.tok); ++ch) {
      if (g_.words[*ch].rel == Rel::Mark && base::ieq_lower(g_.words[*ch].form, "from")) {
        vi.hypothetical = true;
        return;
      }
    }
  }
  // "... if Taiwan's leader visited the United States": a condition, whatever modal a
  // pattern read before it -- also through the verbs the condition's verb governs or is
  // joined to ("if China kept supplying Russia", "if Russia attacked and occupied ...").
  for (int32_t x = static_cast<int32_t>(vi.tok), steps = 0; x >= 0 && steps < 4; ++steps) {
    for (const uint32_t* ch = g_.children_begin(static_cast<uint32_t>(x)); ch != g_.children_end(static_cast<uint32_t>(x)); ++ch) {
      if (g_.words[*ch].rel == Rel::Mark && one_of(g_.words[*ch].form, words().condition_markers)) {
        vi.hypothetical = true;
        return;
      }
      // "would not approve Sweden's membership until Stockholm cracked down on the
      // militants": under a refusal or a promise, "until" states a condition.
      if (g_.words[*ch].rel == Rel::Mark && one_of(base::ascii_lower(g_.words[*ch].form), words().until_markers) &&
          g_.words[x].head >= 0) {
        const uint32_t gov = static_cast<uint32_t>(g_.words[x].head);
        bool conditional = false;
        for (const uint32_t* gc = g_.children_begin(gov); gc != g_.children_end(gov); ++gc) {
          const DepWord& c = g_.words[*gc];
          conditional |= c.negation || (c.rel == Rel::Aux && (one_of(c.form, words().future_auxiliaries) ||
                                                              one_of(c.form, words().would_auxiliaries)));
        }
        if (conditional) {
          vi.hypothetical = true;
          return;
        }
      }
    }
    const Rel r = g_.words[x].rel;
    if (r != Rel::Xcomp && r != Rel::Conj) break;
    x = g_.words[x].head;
  }
  if (vi.pattern >= 0) {
    // A pattern that spells out the modal ("WILL *", "WOULD NOT *") has coded it.
    const std::string& text = dict_.verb_blocks[vi.block].patterns[vi.pattern].text;
    for (lang::WordList list : {words().will_auxiliaries, words().would_auxiliaries, words().hedge_auxiliaries}) {
      for (std::string_view m : list) {
        const std::string upper = base::ascii_upper(m);
        for (size_t at = text.find(upper); at != std::string::npos; at = text.find(upper, at + 1)) {
          const bool starts = at == 0 || text[at - 1] == ' ';
          const bool ends = at + upper.size() == text.size() || text[at + upper.size()] == ' ';
          if (starts && ends) return;
        }
      }
    }
  }
  bool will = false, would = false, hedge = false;
  for (const uint32_t* ch = g_.children_begin(vi.tok); ch != g_.children_end(vi.tok); ++ch) {
    const DepWord& c = g_.words[*ch];
    // "... if Washington imposes sanctions": a condition, not an act.
    if (c.rel == Rel::Mark && one_of(c.form, words().condition_markers)) hedge = true;
    if (c.rel != Rel::Aux) continue;
    will |= one_of(c.form, words().will_auxiliaries);
    would |= one_of(c.form, words().would_auxiliaries);
    hedge |= one_of(c.form, words().hedge_auxiliaries);
  }
  if (hedge) {
    vi.hypothetical = true;
    return;
  }
  // "Germany to send troops to Lithuania": a headline's "X to V", a main verb with a
  // subject and "to" but no tense, is the future.
  if (g_.words[vi.tok].rel == Rel::Root) {
    bool to = false, subject = false;
    for (const uint32_t* ch = g_.children_begin(vi.tok); ch != g_.children_end(vi.tok); ++ch) {
      const DepWord& c = g_.words[*ch];
      to |= c.rel == Rel::Mark && one_of(c.form, words().infinitive_markers);
      subject |= c.rel == Rel::Nsubj || c.rel == Rel::NsubjPass;
    }
    will |= to && subject;
  }
  // "... when he tours Washington on April 29" in a story of April 1: an act dated
  // after the story is announced, whatever its tense.
  if (opt_.comments_target_authors && doc_.date) {
    for (const DateExpression& d : s_.dater.expressions()) {
      if (d.verb == static_cast<int32_t>(vi.tok) && d.date && doc_.date < d.date && !d.relative_to_reference) will = true;
    }
  }
  // "Reagan was ready to impose sanctions", "Iran is prepared to attack": announced.
  // (The parser may hang the infinitive as an adverbial clause: "is set to attack".)
  if (const DepWord& w = g_.words[vi.tok];
      (w.rel == Rel::Xcomp || (w.rel == Rel::Advcl && to_clause(vi.tok))) && w.head >= 0) {
    // ("prepared" is often tagged a passive verb: its form counts, after "be".)
    const DepWord& h = g_.words[w.head];
    bool be = h.upos == UPos::Adj;
    for (const uint32_t* ch = g_.children_begin(w.head); ch != g_.children_end(w.head); ++ch) {
      be |= g_.words[*ch].rel == Rel::Cop || g_.words[*ch].rel == Rel::AuxPass;
    }
    will |= be && one_of(base::ascii_lower(h.form), words().readiness_adjectives);
    // "Biden was expected to reassure Macron", "Panama is due to receive aid": a
    // forecast of what may happen.
    // (A meeting "due to" happen is scheduled: "Blinken is due to visit Beijing",
    // announced like one "scheduled to".)
    if (be && one_of(base::ascii_lower(h.form), words().forecast_predicates)) {
      if (base::ieq_lower(h.form, "due") && vi.code.code.rfind("04", 0) == 0) {
        will = true;
      } else {
        vi.hypothetical = true;
        return;
      }
    }
  }
  // "would be left no choice but to hit back", "sees no other way than to respond",
  // "its only option is to retaliate": an act said to be all that is left is announced.
  {
    const DepWord& w = g_.words[vi.tok];
    auto resort = [&](int32_t n) {
      if (n < 0 || !is_nominal(g_.words[n].upos)) return false;
      const DepWord& nw = g_.words[n];
      if (!one_of(base::ascii_lower(nw.lemma.empty() ? nw.form : nw.lemma), words().last_resort_nouns)) return false;
      for (const uint32_t* ch = g_.children_begin(static_cast<uint32_t>(n)); ch != g_.children_end(static_cast<uint32_t>(n)); ++ch) {
        const std::string f = base::ascii_lower(g_.words[*ch].form);
        if (f == "no" || f == "only" || f == "other") return true;
      }
      return false;
    };
    bool but = false, to = false;
    for (const uint32_t* ch = g_.children_begin(vi.tok); ch != g_.children_end(vi.tok); ++ch) {
      const std::string f = base::ascii_lower(g_.words[*ch].form);
      but |= f == "but" || f == "than";
      to |= g_.words[*ch].rel == Rel::Mark && one_of(g_.words[*ch].form, words().infinitive_markers);
    }
    bool left = false;
    if (to && but && w.head >= 0) {
      // ("no choice but to retaliate": the parser hangs it on the noun or on its verb)
      left = resort(w.head);
      for (const uint32_t* ch = g_.children_begin(static_cast<uint32_t>(w.head)); ch != g_.children_end(static_cast<uint32_t>(w.head)) && !left; ++ch) {
        if (g_.words[*ch].rel == Rel::Obj) left = resort(static_cast<int32_t>(*ch));
      }
    }
    if (to && !left) {
      // ("our only option is to retaliate": the noun the subject of the copula)
      for (const uint32_t* ch = g_.children_begin(vi.tok); ch != g_.children_end(vi.tok) && !left; ++ch) {
        if (g_.words[*ch].rel == Rel::Nsubj) left = resort(static_cast<int32_t>(*ch));
      }
    }
    will |= left;
  }
  // The forecast itself ("was expected to ...") is nobody's act either.
  if (one_of(base::ascii_lower(g_.words[vi.tok].form), words().forecast_predicates)) {
    for (const uint32_t* ch = g_.children_begin(vi.tok); ch != g_.children_end(vi.tok); ++ch) {
      if (g_.words[*ch].rel == Rel::Xcomp) {
        vi.hypothetical = true;
        return;
      }
    }
  }
  if (would) {
    // In a clause that reports or announces ("said it would", "served notice that
    // they would block"): announced. A main clause or a condition ("would probably",
    // "if ..., X would"): not an event.
    // A condition in reported speech is a conditional threat or promise ("Iran said
    // it would retaliate if attacked": 138); in the writer's own clause it is a
    // guess ("Japan would retaliate if ...").
    int32_t x = static_cast<int32_t>(vi.tok);
    while (x >= 0 && g_.words[x].rel == Rel::Conj) x = g_.words[x].head;
    bool conditional = x < 0 || g_.words[x].head < 0 || g_.words[x].rel == Rel::Root;
    for (const uint32_t* ch = g_.children_begin(vi.tok); ch != g_.children_end(vi.tok); ++ch) {
      const DepWord& c = g_.words[*ch];
      if (c.rel == Rel::Advmod && one_of(c.form, words().hedge_adverbs)) conditional = true;
    }
    if (conditional) {
      vi.hypothetical = true;
      return;
    }
    will = true;
  }
  if (!will) return;
  const std::string code = announced_code(vi.code.code);
  if (code != vi.code.code) {
    vi.code = EventCode{code, ""};
    vi.rule += "+announced";
    return;
  }
  // "Tambo would ask Mulroney to ...", "will criticize": appeals, demands and
  // disapproval not yet voiced. (Statements keep their code -- "said it will" is the
  // speaker's act -- and so do refusals: "would block the resolution" announces a veto.)
  const std::string root = vi.code.code.substr(0, 2);
  if (root == "02" || root == "10" || root == "11") vi.hypothetical = true;
}

}  // namespace dyad::coder

namespace dyad::coder {

// "North Korea vowed a tough response to the drills by Seoul": an intent whose object
// is a response is a threat (130), aimed at what it responds to ("to X"), else, as
// other threats, at the story's attacker when it is one of force.
void SentenceCoder::code_vowed_responses() {
  const lang::CoderWords& W = words();
  for (VerbInfo& vi : s_.verbs) {
    if (vi.noun_entry >= 0 || vi.code.code != "030" || vi.pattern >= 0 || vi.negated || vi.hypothetical) continue;
    int32_t obj = -1;
    for (const uint32_t* ch = g_.children_begin(vi.tok); ch != g_.children_end(vi.tok); ++ch) {
      if (g_.words[*ch].rel == Rel::Obj) obj = static_cast<int32_t>(*ch);
    }
    if (obj < 0 || !one_of(base::ascii_lower(g_.words[obj].lemma), W.promised_responses)) continue;
    std::vector<Actor> to;
    for (const uint32_t* ch = g_.children_begin(obj); ch != g_.children_end(obj); ++ch) {
      if (g_.words[*ch].rel == Rel::Nmod && has_case(*ch, W.addressee_prepositions)) to = group_at(static_cast<int32_t>(*ch));
    }
    vi.code = EventCode{"130", ""};
    vi.rule += "; a response promised";
    if (coded(to)) vi.targets = to;
  }
}

// "Mexico will retaliate if the United States imposes tariffs", "the EU would have no
// option but to respond if Washington imposed the duties": a response promised under
// a condition that another side would bring about is a threat to that side -- of
// sanctions (1312) when the condition or the response is a trade measure or a
// sanction, of force (138) when the condition is force or the response was coded as
// force, else a warning (130). A guess ("would probably retaliate") is none.
void SentenceCoder::code_conditional_threats() {
  const lang::CoderWords& W = words();
  for (VerbInfo& vi : s_.verbs) {
    if (vi.noun_entry >= 0 || vi.suppressed || vi.negated || vi.symmetric) continue;
    std::string phrase;
    for (const std::string& u : dict_.verbs[vi.entry].words) phrase += (phrase.empty() ? "" : " ") + base::ascii_lower(u);
    if (!one_of(phrase, W.response_verbs)) continue;
    // A response said to have happened ("retaliated against X") is coded as it is.
    if (!vi.code.null() && vi.code.code.rfind("13", 0) != 0 && !vi.hypothetical) continue;
    auto src = std::find_if(vi.sources.begin(), vi.sources.end(), [](const Actor& a) { return !a.null(); });
    if (src == vi.sources.end() || src->code.size() < 3) continue;
    // The clause chain the response belongs to ("would have no option but to respond").
    int32_t condition = -1;
    bool promised = false, hedged = false;
    int32_t x = static_cast<int32_t>(vi.tok);
    for (int steps = 0; x >= 0 && steps < 4; ++steps) {
      for (const uint32_t* ch = g_.children_begin(x); ch != g_.children_end(x); ++ch) {
        const DepWord& c = g_.words[*ch];
        promised |= (c.rel == Rel::Aux && (one_of(c.form, W.future_auxiliaries) || one_of(c.form, W.hedge_auxiliaries)));
        hedged |= c.rel == Rel::Advmod && one_of(base::ascii_lower(c.form), W.hedge_adverbs);
        // ("Asked how Turkey would react if ...": a question, not a threat.)
        hedged |= (c.rel == Rel::Advmod || c.rel == Rel::Mark) && one_of(base::ascii_lower(c.form), W.question_words);
        if (c.rel != Rel::Advcl || in_subtree(vi.tok, *ch)) continue;
        for (const uint32_t* cc = g_.children_begin(*ch); cc != g_.children_end(*ch); ++cc) {
          if (condition < 0 && g_.words[*cc].rel == Rel::Mark && one_of(g_.words[*cc].form, W.condition_markers)) {
            condition = static_cast<int32_t>(*ch);
          }
        }
      }
      // ("was prepared to react if ...", "is ready to retaliate if ...": announced, as
      // with "will".)
      promised |= x != static_cast<int32_t>(vi.tok) && (g_.words[x].upos == UPos::Adj || g_.words[x].upos == UPos::Verb) &&
                  one_of(base::ascii_lower(g_.words[x].form), W.readiness_adjectives);
      const Rel r = g_.words[x].rel;
      if (r != Rel::Xcomp && r != Rel::Advcl && r != Rel::Ccomp && r != Rel::Conj && r != Rel::Csubj) break;
      x = g_.words[x].head;
    }
    if (condition < 0 || !promised || hedged) continue;
    int32_t subj = -1;
    for (const uint32_t* ch = g_.children_begin(condition); ch != g_.children_end(condition); ++ch) {
      if (g_.words[*ch].rel == Rel::Nsubj || g_.words[*ch].rel == Rel::NsubjPass) subj = static_cast<int32_t>(*ch);
    }
    if (subj < 0) continue;
    std::vector<Actor> other;
    for (const Actor& a : group_at(subj)) {
      if (!a.null() && a.code.size() >= 3 && a.code[0] != '-' && a.code.compare(0, 3, src->code, 0, 3) != 0) other.push_back(a);
    }
    if (other.empty()) continue;
    // What kind of threat: the condition's act, else the response's own words.
    std::string code = vi.code.code == "138" ? "138" : "130";
    const int32_t cv = s_.verb_of_token[condition];
    const std::string cond_root = cv >= 0 && s_.verbs[cv].code.code.size() >= 2 ? s_.verbs[cv].code.code.substr(0, 2) : "";
    // (The condition's act may have been read as a threat already: "if Israel
    // attacked" under "would" is 1384.)
    const std::string cond_code = cv >= 0 ? s_.verbs[cv].code.code : "";
    if (cond_root == "16" || cond_code.rfind("131", 0) == 0 || mentions_measure(static_cast<uint32_t>(condition)) ||
        mentions_measure(vi.tok)) {
      code = "1312";
    } else if (force_code(cond_code) || cond_code.rfind("138", 0) == 0) {
      code = "138";
    }
    vi.code = EventCode{code, ""};
    vi.hypothetical = false;
    if (!coded(vi.targets)) vi.targets = other;
    vi.rule += "; a conditional threat: " + g_.words[condition].form;
  }
  // "China warned that its army would take forceful measures if the Philippines
  // continued its provocations": a warning whose content has a condition that another
  // side would bring about is aimed at that side (its content's own subject is the
  // warner's side).
  for (VerbInfo& vi : s_.verbs) {
    if (vi.noun_entry >= 0 || vi.suppressed || vi.negated || vi.symmetric || vi.code.code.rfind("13", 0) != 0) continue;
    auto src = std::find_if(vi.sources.begin(), vi.sources.end(), [](const Actor& a) { return !a.null(); });
    if (src == vi.sources.end() || src->code.size() < 3 || src->code[0] == '-') continue;
    const std::string own = src->code.substr(0, 3);
    if (std::any_of(vi.targets.begin(), vi.targets.end(),
                    [&](const Actor& a) { return !a.null() && a.code[0] != '-' && a.code.compare(0, 3, own) != 0; })) {
      continue;
    }
    int32_t content = -1;
    for (const uint32_t* ch = g_.children_begin(vi.tok); ch != g_.children_end(vi.tok); ++ch) {
      if (g_.words[*ch].rel == Rel::Ccomp) content = static_cast<int32_t>(*ch);
    }
    if (content < 0) continue;
    std::vector<Actor> other;
    for (const uint32_t* ch = g_.children_begin(content); ch != g_.children_end(content) && other.empty(); ++ch) {
      if (g_.words[*ch].rel != Rel::Advcl) continue;
      bool condition = false;
      int32_t subj = -1;
      for (const uint32_t* cc = g_.children_begin(*ch); cc != g_.children_end(*ch); ++cc) {
        condition |= g_.words[*cc].rel == Rel::Mark && one_of(g_.words[*cc].form, W.condition_markers);
        if (g_.words[*cc].rel == Rel::Nsubj || g_.words[*cc].rel == Rel::NsubjPass) subj = static_cast<int32_t>(*cc);
      }
      if (!condition || subj < 0) continue;
      for (const Actor& a : group_at(subj)) {
        if (!a.null() && a.code.size() >= 3 && a.code[0] != '-' && a.code.compare(0, 3, own) != 0) other.push_back(a);
      }
    }
    // ("Malaysia's minister warned that Malaysia would impose sanctions on Indonesia":
    // else whom the content's own act is aimed at.)
    std::string why = "; target: the condition's side";
    if (other.empty() && s_.verb_of_token[content] >= 0) {
      const VerbInfo& act = s_.verbs[s_.verb_of_token[content]];
      // (Only an act a threat can hold: sanctions, force, coercion.)
      if (!act.code.null() && !act.negated && !act.hypothetical && announced_code(act.code.code).rfind("13", 0) == 0) {
        for (const Actor& a : act.targets) {
          if (!a.null() && a.code.size() >= 3 && a.code[0] != '-' && a.code.compare(0, 3, own) != 0) other.push_back(a);
        }
        why = "; target: its content's";
      }
    }
    if (other.empty()) continue;
    vi.targets = other;
    vi.target_in_complement = false;
    vi.rule += why;
  }
}

// "Japan might take new measures to support the U.S. currency": what a guess would
// be done for is a guess too. A verb in the purpose or infinitive clause of a verb
// under "might/may/could" is hypothetical.
void SentenceCoder::propagate_hedges() {
  for (VerbInfo& vi : s_.verbs) {
    if (vi.hypothetical || vi.noun_entry >= 0) continue;
    for (int32_t x = static_cast<int32_t>(vi.tok), steps = 0; x >= 0 && steps < 4; ++steps) {
      const DepWord& w = g_.words[x];
      if (w.head < 0 || !(w.rel == Rel::Xcomp || (w.rel == Rel::Advcl && to_clause(static_cast<uint32_t>(x))))) break;
      x = w.head;
      bool hedged = false;
      for (const uint32_t* ch = g_.children_begin(x); ch != g_.children_end(x); ++ch) {
        hedged |= g_.words[*ch].rel == Rel::Aux && one_of(g_.words[*ch].form, words().hedge_auxiliaries);
      }
      if (hedged) {
        vi.hypothetical = true;
        break;
      }
    }
  }
}

}  // namespace dyad::coder
