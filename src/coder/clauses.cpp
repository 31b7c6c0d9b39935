// Clauses: how the verbs of one sentence interact. A reporting verb hands its speaker
// to the clause it reports and falls silent when that clause codes; nested-event
// transformations (PETRARCH) rewrite a reported event; "refused to X" negates X; a
// verb that codes absorbs its xcomp chain ("vowed to wage war": one event, not two).
#include "coder/sentence_coder.hpp"

namespace dyad::coder {

bool SentenceCoder::produces(const VerbInfo& vi) const {
  if (vi.code.null() || vi.suppressed || vi.absorbed) return false;
  if (vi.symmetric) return coded(vi.sources);
  if (!coded(vi.sources) && opt_.require_dyad) return false;
  if (!coded(vi.targets) && opt_.require_dyad) return false;
  return !vi.sources.empty() && !vi.targets.empty();
}

void SentenceCoder::apply_transformation(const VerbInfo& outer, VerbInfo& inner) {
  if (dict_.transformations.empty() || outer.block < 0 || inner.code.code.empty()) return;
  for (const auto& tr : dict_.transformations) {
    auto it = c_.block_of_verb_name.find(tr.outer_verb);
    if (it == c_.block_of_verb_name.end() || static_cast<int32_t>(it->second) != static_cast<int32_t>(dict_.verbs[outer.entry].block)) continue;
    if (tr.inner_verb != "Q") {
      auto iv = c_.block_of_verb_name.find(tr.inner_verb);
      if (iv == c_.block_of_verb_name.end()) continue;
      const VerbBlock& b = dict_.verb_blocks[iv->second];
      std::string root = b.code.code.size() >= 2 ? b.code.code.substr(0, 2) : "";
      for (const auto& e : dict_.verbs) {
        if (root.empty() && e.block == iv->second && e.code.code.size() >= 2) root = e.code.code.substr(0, 2);
      }
      if (root.empty() || inner.code.code.substr(0, 2) != root) continue;
    }
    auto same = [](const std::vector<Actor>& x, const std::vector<Actor>& y) {
      if (x.empty() || y.empty()) return false;
      for (const auto& a : x) {
        for (const auto& b : y) {
          if (a.code == b.code) return true;
        }
      }
      return false;
    };
    const auto& a = outer.sources;
    if (tr.inner_source == 'a' && !same(inner.sources, a)) continue;
    if (tr.inner_source != 'a' && tr.inner_source != '_' && same(inner.sources, a)) continue;
    if (tr.inner_target == 'a' && !same(inner.targets, a)) continue;
    auto bind = [&](char letter) -> std::vector<Actor> {
      if (letter == 'a') return a;
      if (letter == tr.inner_source) return inner.sources;
      if (letter == tr.inner_target) return inner.targets;
      return {};
    };
    std::vector<Actor> ns = bind(tr.result_source), nt = bind(tr.result_target);
    if (ns.empty() || nt.empty()) continue;
    inner.sources = ns;
    inner.targets = nt;
    if (tr.result_code != "Q") parse_event_code(tr.result_code, inner.code);
    inner.rule = "transformation (" + tr.where + ")";
    inner.symmetric = false;
    return;
  }
}

void SentenceCoder::link_complements() {
  // Deepest verbs first, so nested reports resolve inside out.
  std::vector<uint32_t> order(s_.verbs.size());
  for (uint32_t i = 0; i < order.size(); ++i) {
    order[i] = i;
    int d = 0;
    for (int32_t x = g_.words[s_.verbs[i].tok].head; x >= 0 && d <= static_cast<int>(n_); x = g_.words[x].head) ++d;
    s_.verbs[i].depth = d;
  }
  std::sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) { return s_.verbs[a].depth > s_.verbs[b].depth; });
  for (uint32_t oi : order) {
    VerbInfo& outer = s_.verbs[oi];
    std::vector<int32_t> complement_heads;
    for (const uint32_t* ch = g_.children_begin(outer.tok); ch != g_.children_end(outer.tok); ++ch) {
      if (g_.words[*ch].rel == Rel::Ccomp) complement_heads.push_back(static_cast<int32_t>(*ch));
    }
    bool speech = is_speech(outer);
    if (opt_.link_parataxis_speech && speech && g_.words[outer.tok].rel == Rel::Parataxis && g_.words[outer.tok].head >= 0) {
      complement_heads.push_back(g_.words[outer.tok].head);
    }
    bool inner_codes = false;
    // "Mubarak said the US must be ready to mediate": a pattern of the reporting verb
    // that codes more than a statement ("said * THAT + MUST": a demand) is the event;
    // what is demanded has not happened.
    const bool outer_wins = opt_.speech_pattern_wins && speech && outer.pattern >= 0 && !outer.code.code.empty() &&
                            outer.code.code.compare(0, 2, "01") != 0 && produces(outer);
    for (int32_t ch : complement_heads) {
      std::vector<int32_t> inner_verbs;
      if (s_.verb_of_token[ch] >= 0) inner_verbs.push_back(s_.verb_of_token[ch]);
      for (const uint32_t* cc = g_.children_begin(ch); cc != g_.children_end(ch); ++cc) {
        if (g_.words[*cc].rel == Rel::Conj && s_.verb_of_token[*cc] >= 0) inner_verbs.push_back(s_.verb_of_token[*cc]);
      }
      for (int32_t iv : inner_verbs) {
        VerbInfo& inner = s_.verbs[iv];
        if (inner.code.null() || inner.suppressed) continue;
        if (outer_wins) {
          inner.suppressed = true;
          continue;
        }
        if (speech) {
          bool no_source = std::none_of(inner.sources.begin(), inner.sources.end(), [](const Actor& a) { return !a.null(); });
          // (Who reports killings or seizures did not do them: "12 people were killed
          // when missiles struck a building, Ukrainian officials said.")
          // (Nor is the speaker the doer of any agentless passive, "OPEC members were
          // agreed on ...", nor of what a thing no dictionary names does: "its removal
          // will improve the security of our troops," the minister said.)
          // (But a punishment still to come is the speaker's threat: "Iran said Israel
          // would be punished". Not force: "every business sector will be hit".)
          const bool threatened = inner.code.code == "137";
          const bool reported_violence = inner.rule.rfind("passive-no-agent", 0) == 0 && !threatened;
          // ("its warplanes had attacked ...": a possessor says whose they are)
          bool possessed = false;
          for (const uint32_t* ch = inner.subject >= 0 ? g_.children_begin(static_cast<uint32_t>(inner.subject)) : nullptr;
               ch != nullptr && ch != g_.children_end(static_cast<uint32_t>(inner.subject)); ++ch) {
            possessed |= g_.words[*ch].rel == Rel::NmodPoss;
          }
          const bool thing_subject = inner.subject >= 0 && g_.words[inner.subject].upos == UPos::Noun && !possessed &&
                                     s_.tok_match[inner.subject] < 0 && chunk_matches(inner.subject).empty();
          if ((no_source || inner.pronoun_subject) && !outer.sources.empty() && !reported_violence && !thing_subject) {
            inner.sources = outer.sources;
            inner.rule += "+speaker";
            if (inner.targets.empty() && !inner.symmetric && inner.sources.size() >= 2) inner.symmetric = false;
          }
          apply_transformation(outer, inner);
        }
        // (What is demanded leaves the demand to code: "demanded that Poland withdraw".)
        if (produces(inner) && !inner.demanded) inner_codes = true;
      }
    }
    bool own_target = !outer.targets.empty() && !outer.target_in_complement;
    if (inner_codes && (speech || !own_target)) outer.suppressed = true;
  }
}

// "X failed to condemn the invasion", with "fail" not a dictionary verb: what is not
// done is negated. A refusal verb the dictionary codes ("refused to sign": CAMEO 12,
// reject) keeps its own event and absorbs the clause as usual.
void SentenceCoder::negate_refusals() {
  if (!opt_.refusal_negates) return;
  for (uint32_t v = 0; v < n_; ++v) {
    const DepWord& w = g_.words[v];
    if (w.upos != UPos::Verb) continue;
    if (s_.verb_of_token[v] >= 0 && !s_.verbs[s_.verb_of_token[v]].code.null()) continue;
    std::string l = base::ascii_lower(w.lemma.empty() ? w.form : w.lemma);
    if (!lang::in(l, words().refusal_lemmas)) continue;
    for (const uint32_t* ch = g_.children_begin(v); ch != g_.children_end(v); ++ch) {
      const DepWord& c = g_.words[*ch];
      if (c.rel != Rel::Xcomp && !((c.rel == Rel::Advcl || c.rel == Rel::Ccomp) && to_clause(*ch))) continue;
      if (s_.verb_of_token[*ch] < 0) continue;
      VerbInfo& inner = s_.verbs[s_.verb_of_token[*ch]];
      inner.negated = !inner.negated;
    }
  }
}

// "Russia accused Ukraine of shelling the plant": the shelling is Russia's claim, not
// an event (CAMEO codes the accusation only); so are "denied that ...", "blamed X for
// ..." and "accused X of aggression". Verbs and event nouns in a complement of a
// disapproving or rejecting verb (roots 11, 12) or of a denial (016) introduced by
// "of", "for" or "that", or a bare gerund ("denies supplying missiles"), are silenced.
// Under any verb, an act warned against or kept from ("warned China against aiding
// Russia", "barred them from entering") has not happened either.
void SentenceCoder::suppress_claims() {
  if (!opt_.claims_are_not_events) return;
  for (uint32_t v = 0; v < n_; ++v) {
    const DepWord& w = g_.words[v];
    if ((w.rel != Rel::Advcl && w.rel != Rel::Xcomp && w.rel != Rel::Ccomp) || !lang::in(w.xpos, words().gerund_tags)) {
      continue;
    }
    bool averted = false;
    for (const uint32_t* cc = g_.children_begin(v); cc != g_.children_end(v); ++cc) {
      averted |= g_.words[*cc].rel == Rel::Mark && one_of(base::ascii_lower(g_.words[*cc].form), words().averting_markers);
    }
    if (!averted) continue;
    for (VerbInfo& inner : s_.verbs) {
      if (in_subtree(inner.tok, v)) inner.suppressed = true;
    }
  }
  for (const VerbInfo& outer : s_.verbs) {
    if (outer.noun_entry >= 0 || outer.code.code.size() < 2 || outer.judgement) continue;
    const std::string_view root = std::string_view(outer.code.code).substr(0, 2);
    // (A penalty's reason is a charge too: "sanctioned two firms for helping Iran",
    // "arrested him for spying".)
    const bool penalty = root == "16" || root == "17";
    if (root != "11" && root != "12" && outer.code.code != "016" && !penalty) continue;
    // The verb's complements, and those the parser hung on its object ("accuses UAE of
    // arming ...", with "arming" a clause of "UAE").
    std::vector<uint32_t> complements;
    for (const uint32_t* ch = g_.children_begin(outer.tok); ch != g_.children_end(outer.tok); ++ch) {
      complements.push_back(*ch);
      if (g_.words[*ch].rel != Rel::Obj) continue;
      for (const uint32_t* cc = g_.children_begin(*ch); cc != g_.children_end(*ch); ++cc) {
        if (g_.words[*cc].rel == Rel::Acl && lang::in(g_.words[*cc].xpos, words().gerund_tags)) complements.push_back(*cc);
        // ("denied reports that it had sent troops to Libya": what the denied report
        // says, a clause of the object.)
        if ((g_.words[*cc].rel == Rel::Acl || g_.words[*cc].rel == Rel::Ccomp) && !penalty) {
          for (const uint32_t* m = g_.children_begin(*cc); m != g_.children_end(*cc); ++m) {
            if (g_.words[*m].rel == Rel::Mark && base::ieq_lower(g_.words[*m].form, "that")) {
              complements.push_back(*cc);
              break;
            }
          }
        }
      }
    }
    for (const uint32_t* ch = complements.data(); ch != complements.data() + complements.size(); ++ch) {
      const Rel r = g_.words[*ch].rel;
      if (r != Rel::Advcl && r != Rel::Ccomp && r != Rel::Acl && r != Rel::Xcomp && r != Rel::Obl) continue;
      bool claim = !penalty && (r == Rel::Ccomp || ((r == Rel::Xcomp || r == Rel::Advcl) && lang::in(g_.words[*ch].xpos, words().gerund_tags)));
      for (const uint32_t* cc = g_.children_begin(*ch); cc != g_.children_end(*ch); ++cc) {
        const Rel cr = g_.words[*cc].rel;
        if ((cr == Rel::Mark || cr == Rel::Case) && one_of(g_.words[*cc].form, words().claim_markers) &&
            (!penalty || (base::ieq_lower(g_.words[*cc].form, "for") && lang::in(g_.words[*ch].xpos, words().gerund_tags)))) {
          claim = true;
        }
      }
      if (!claim) continue;
      for (VerbInfo& inner : s_.verbs) {
        if (&inner == &outer || !in_subtree(inner.tok, *ch)) continue;
        // A finite verb hung on the claim's participle is coordinated with the outer
        // verb ("denied that its forces had shelled ..., and accused ..."): not claimed.
        bool own = false;
        for (int32_t x = static_cast<int32_t>(inner.tok); x >= 0 && x != static_cast<int32_t>(*ch); x = g_.words[x].head) {
          own |= inner.noun_entry < 0 && coordinated_above(static_cast<uint32_t>(x)) >= 0;
        }
        if (!own) inner.suppressed = true;
      }
    }
  }
}

void SentenceCoder::absorb_xcomps() {
  std::vector<uint32_t> order(s_.verbs.size());
  for (uint32_t i = 0; i < order.size(); ++i) order[i] = i;
  std::sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) { return s_.verbs[a].depth < s_.verbs[b].depth; });
  for (uint32_t oi : order) {
    VerbInfo& vi = s_.verbs[oi];
    if (!produces(vi)) continue;
    // "plans to travel to Washington": a bare intent (030) says which by the act it
    // absorbs -- the visit announced, 036.
    const bool bare_intent = opt_.comments_target_authors && vi.code.code == "030" && vi.pattern < 0;
    // "vowed to keep up its attacks on Israel", "threatened to impose duties": an
    // intent or a threat whose act is force, sanctions or repression is the threat of
    // it (138, 1312, 137) -- not an intent to cooperate, nor a bare warning.
    const bool bare_threat = opt_.comments_target_authors && vi.code.code == "130" && vi.pattern < 0;
    const bool refusal = opt_.comments_target_authors && vi.code.code.rfind("12", 0) == 0 && vi.pattern < 0 &&
                         one_of(base::ascii_lower(g_.words[vi.tok].lemma.empty() ? g_.words[vi.tok].form : g_.words[vi.tok].lemma),
                                words().refusal_lemmas);
    // Its xcomp chain (xcomps without a subject of their own, and their conjuncts).
    std::vector<uint32_t> stack{vi.tok};
    while (!stack.empty()) {
      uint32_t x = stack.back();
      stack.pop_back();
      // (Also an infinitive the parser hung on the verb's object: "urged the
      // administration to impose sanctions", with "to impose" a clause of the noun.)
      // (Only under an appeal or a demand, whose object is to act: "summoned the envoy
      // to protest the arrests" is the summoner's own protest.)
      std::vector<uint32_t> kids(g_.children_begin(x), g_.children_end(x));
      const bool appeal = vi.code.code.rfind("02", 0) == 0 || vi.code.code.rfind("10", 0) == 0;
      if (x == vi.tok && appeal) {
        for (const uint32_t* ch = g_.children_begin(x); ch != g_.children_end(x); ++ch) {
          if (g_.words[*ch].rel != Rel::Obj) continue;
          for (const uint32_t* cc = g_.children_begin(*ch); cc != g_.children_end(*ch); ++cc) {
            if (g_.words[*cc].rel == Rel::Acl && g_.words[*cc].upos == UPos::Verb && to_clause(*cc)) kids.push_back(*cc);
          }
        }
      }
      for (const uint32_t* ch = kids.data(); ch != kids.data() + kids.size(); ++ch) {
        const DepWord& w = g_.words[*ch];
        bool controlled = ((w.rel == Rel::Advcl || w.rel == Rel::Ccomp) && to_clause(*ch)) ||
                          (x == vi.tok && appeal && w.rel == Rel::Acl && g_.words[w.head].rel == Rel::Obj &&
                           g_.words[w.head].head == static_cast<int32_t>(vi.tok));
        bool chain = w.rel == Rel::Xcomp || controlled || (x != vi.tok && w.rel == Rel::Conj);
        if (!chain) continue;
        bool own_subject = false;
        for (const uint32_t* cc = g_.children_begin(*ch); cc != g_.children_end(*ch); ++cc) {
          Rel r = g_.words[*cc].rel;
          own_subject |= r == Rel::Nsubj || r == Rel::NsubjPass;
        }
        if (own_subject) continue;
        if (s_.verb_of_token[*ch] >= 0) {
          VerbInfo& inner = s_.verbs[s_.verb_of_token[*ch]];
          // "refusing to condemn Russia's invasion" rejects nothing of Russia's: a
          // refusal to act against someone is no act on them (CAMEO has no code for
          // it), so the refusal gives no event.
          if (refusal && x == vi.tok && !inner.code.null() && inner.code.code.size() >= 2 &&
              inner.code.code.compare(0, 2, "11") >= 0) {
            vi.suppressed = true;
          }
          if ((bare_intent || bare_threat) && x == vi.tok && !inner.code.null() && !inner.hypothetical && !inner.negated) {
            // (Its own pattern may have announced it already: "TO *" -> 036.)
            const std::string announced = announced_code(inner.code.code);
            const bool intent = bare_intent && announced.rfind("03", 0) == 0 && announced != "030";
            // (Force and sanctions only: "pledged to stop dumping" promises, it does
            // not threaten to reduce relations.)
            const bool threat = announced.rfind("138", 0) == 0 || announced.rfind("1312", 0) == 0 ||
                                announced.rfind("137", 0) == 0;
            if (intent || threat) {
              vi.code = EventCode{announced, ""};
              vi.rule += "+its act: " + g_.words[*ch].form;
              // The act's target is the threat's, when the threat has none of its own
              // ("vowed to keep up its attacks on Israel").
              if (threat && !inner.targets.empty() &&
                  !coded(vi.targets)) {
                vi.targets = inner.targets;
              }
            }
          }
          inner.absorbed = true;
        }
        stack.push_back(*ch);
      }
    }
  }
}

}  // namespace dyad::coder
