// Acts the story already told: a sentence that comments on an act, vows revenge for
// one or reports one in the passive is read against the acts coded before it (the
// sentence's own first, then DocumentState::acts of the six sentences before):
//   "Iraqi warplanes attacked an Iranian tanker."
//   "Iran condemned the raid"          -> IRN -> IRQMIL 111  (aim_comments_at_authors)
//   "and vowed revenge."               -> IRN -> IRQMIL 138  (aim_retaliation)
//   "Two Iranian boats were sunk."     -> IRQMIL -> IRN 190  (attribute_passive_acts)
// Each keeps its evidence ("; target: the act's author", "document memory: ...").
#include "coder/sentence_coder.hpp"
#include "cameo/actor_codes.hpp"

#include <algorithm>

namespace dyad::coder {

// "Turkey condemned the Iraqi raid", "Britain backed the United States' raid on X":
// a comment (a statement, support, criticism, rejection) whose object is an act is
// aimed at the act's author -- the one its phrase names, else, for "the raid", the
// source of the story's latest act of that kind -- and never at whom the act was
// aimed. With no author known the comment is not coded. A pattern that placed the
// target keeps it.
void SentenceCoder::aim_comments_at_authors() {
  const lang::CoderWords& W = words();
  for (VerbInfo& vi : s_.verbs) {
    if (vi.noun_entry >= 0 || vi.code.null() || vi.code.code.size() < 2 || vi.symmetric) continue;
    const std::string root = vi.code.code.substr(0, 2);
    // (A threat to respond to an act -- "we will respond to this aggression" -- is
    // aimed at its author too, whatever pattern coded it, when it has no one else.)
    const bool unaimed = std::none_of(vi.targets.begin(), vi.targets.end(), [](const Actor& a) {
      return !a.null() && a.code.rfind("---", 0) != 0;
    });
    const bool threat = root == "13" && unaimed;
    // (Nor is a denial that names no one: "dismissed the claims", under a pattern for
    // accusations, answers the story's latest accuser.)
    const bool denial = root == "12" && unaimed;
    if (vi.pattern >= 0 && !threat && !denial) continue;
    if (root != "01" && root != "05" && root != "11" && root != "12" && !threat) continue;
    // (A bare statement is no comment on an act: "reported him saying his talks with
    // Barrak went well" has the talks for its object only in a broken parse.)
    if (vi.code.code == "010") continue;
    int32_t obj = -1;
    for (const uint32_t* ch = g_.children_begin(vi.tok); ch != g_.children_end(vi.tok); ++ch) {
      if (g_.words[*ch].rel == Rel::Obj) obj = static_cast<int32_t>(*ch);
      if (threat && obj < 0 && g_.words[*ch].rel == Rel::Obl && has_case(*ch, W.addressee_prepositions)) {
        obj = static_cast<int32_t>(*ch);
      }
    }
    if (obj < 0 || s_.tok_match[obj] >= 0) continue;
    uint32_t first = static_cast<uint32_t>(obj);
    const int32_t e = match_event_noun(static_cast<uint32_t>(obj), first);
    // ("rejected the charges": the accusations of the story, though "charges" and
    // "claims" are no event nouns of their own.)
    const DepWord& ow = g_.words[obj];
    const bool accusation = denial && one_of(base::ascii_lower(ow.lemma.empty() ? ow.form : ow.lemma), W.accusation_nouns);
    if (e < 0 && !accusation) continue;
    const std::string noun_root = e >= 0 ? dict_.event_nouns[e].code.code.substr(0, 2) : std::string("11");
    // Appeals, offers, demands and warnings are answered, not commented on: their own
    // rule (noun_arguments) makes the answerer their target.
    if (noun_root == "02" || noun_root == "03" || noun_root == "10" || noun_root == "13") continue;
    auto it = std::find_if(s_.act_authors.begin(), s_.act_authors.end(),
                           [&](const auto& a) { return a.first == static_cast<uint32_t>(obj); });
    if (it != s_.act_authors.end()) {
      vi.targets = it->second;
      vi.rule += "; target: the act's author";
      continue;
    }
    bool definite = false;
    for (const uint32_t* ch = g_.children_begin(obj); ch != g_.children_end(obj); ++ch) {
      if (g_.words[*ch].rel == Rel::Det && one_of(g_.words[*ch].form, W.definite_determiners)) definite = true;
    }
    // (A denial keeps the accuser its phrase names: "denied opposition charges".)
    if (denial && !threat && root == "12" && vi.pattern >= 0) {
      bool named = false;
      for (uint32_t k = 0; k < n_ && !named; ++k) named = s_.tok_match[k] >= 0 && in_subtree(k, obj);
      if (named) continue;
    }
    vi.targets.clear();
    // Arrests and detentions are the state's: "condemned the arrest of opposition
    // leaders in Tunisia" is aimed at Tunisia's government.
    if (noun_root == "17") {
      for (uint32_t k = 0; k < n_ && vi.targets.empty(); ++k) {
        if (s_.tok_match[k] < 0 || !in_subtree(k, obj) || s_.matches[s_.tok_match[k]].agent) continue;
        const std::string code = actor_code(s_.matches[s_.tok_match[k]]);
        if (!cameo::is_country_code(code)) continue;
        vi.targets.push_back({code.substr(0, 3) + "GOV", first, static_cast<uint32_t>(obj) + 1,
                              "the state of " + words_text(s_.matches[s_.tok_match[k]].tb, s_.matches[s_.tok_match[k]].te)});
        vi.rule += "; target: the state that arrests";
      }
      if (!vi.targets.empty()) continue;
    }
    // An act whose phrase names someone ("the talks with China") is not the story's
    // earlier one.
    bool names_actor = false;
    for (uint32_t k = 0; k < n_ && !names_actor; ++k) names_actor = s_.tok_match[k] >= 0 && in_subtree(k, obj);
    if (!definite || names_actor || !opt_.document_memory) continue;
    const DocumentState::PastAct* past = memory_.latest_act(noun_root, 6);
    if (!past) continue;
    // (A denial answers an accusation aimed at its own side.)
    if (noun_root == "11" && root == "12" &&
        std::none_of(vi.sources.begin(), vi.sources.end(), [&](const Actor& a) {
          return a.code.size() >= 3 && past->target.size() >= 3 && a.code.compare(0, 3, past->target, 0, 3) == 0;
        })) {
      continue;
    }
    const std::string evidence = "document memory: " + past->text + " (sentence " + std::to_string(past->sentence) + ")";
    vi.targets.push_back({past->source, first, static_cast<uint32_t>(obj) + 1, evidence});
    // A two-sided act ("the talks") has both sides for authors.
    if (e >= 0 && dict_.event_nouns[e].mutual) vi.targets.push_back({past->target, first, static_cast<uint32_t>(obj) + 1, evidence});
    vi.rule += "; target: the act's author";
  }
}

// "Japan lodged a protest after Chinese aircraft violated its airspace": a criticism
// or protest (11, 14) with no target answers what the clause it comes "after" or
// "because" of says another country's side did; that side is its target.
void SentenceCoder::aim_complaints_at_causes() {
  for (VerbInfo& vi : s_.verbs) {
    if (vi.noun_entry >= 0 || vi.code.null() || vi.symmetric || vi.negated || vi.hypothetical) continue;
    if (vi.code.code.rfind("11", 0) != 0 && vi.code.code.rfind("14", 0) != 0) continue;
    if (coded(vi.targets)) continue;
    auto src = std::find_if(vi.sources.begin(), vi.sources.end(), [](const Actor& a) { return !a.null(); });
    if (src == vi.sources.end() || src->code.size() < 3 || src->code[0] == '-') continue;
    const std::string own = src->code.substr(0, 3);
    for (const uint32_t* ch = g_.children_begin(vi.tok); ch != g_.children_end(vi.tok); ++ch) {
      const DepWord& c = g_.words[*ch];
      if (c.rel != Rel::Advcl || *ch < vi.tok) continue;
      bool cause = false;
      for (const uint32_t* m = g_.children_begin(*ch); m != g_.children_end(*ch); ++m) {
        cause |= g_.words[*m].rel == Rel::Mark && one_of(base::ascii_lower(g_.words[*m].form), words().cause_markers);
      }
      if (!cause) continue;
      const int32_t subj = subject_of(*ch);
      if (subj < 0) continue;
      std::vector<Actor> doers;
      for (const Actor& a : group_at(subj)) {
        if (!a.null() && a.code.size() >= 3 && a.code[0] != '-' && a.code.compare(0, 3, own) != 0) doers.push_back(a);
      }
      if (doers.empty()) continue;
      vi.targets = std::move(doers);
      vi.rule += "; target: whose act it answers";
      break;
    }
  }
}

// "... agreed to a ceasefire, according to Saudi Arabia and the United States, which
// brokered the talks": a mediation (045, 039) that names no one mediated between is
// between the sides of the two-sided act the sentence reports, else of the story's
// latest act between two sides.
void SentenceCoder::aim_mediation() {
  for (VerbInfo& vi : s_.verbs) {
    if (vi.noun_entry >= 0 || vi.negated || vi.hypothetical) continue;
    if (vi.code.code.rfind("045", 0) != 0 && vi.code.code.rfind("039", 0) != 0) continue;
    // (A verb of mediating itself: "mediate", "broker" -- not "received" under a pattern.)
    if (dict_.verbs[vi.entry].code.code.rfind("045", 0) != 0) continue;
    if (coded(vi.targets) || !coded(vi.sources)) continue;
    auto mediator = [&](const std::string& code) {
      return std::any_of(vi.sources.begin(), vi.sources.end(),
                         [&](const Actor& a) { return !a.null() && a.code.compare(0, 3, code, 0, 3) == 0; });
    };
    std::vector<Actor> sides;
    for (const VerbInfo& other : s_.verbs) {
      if (&other == &vi || other.negated || other.hypothetical || other.code.code.size() < 2 || !sides.empty()) continue;
      const std::string root = other.code.code.substr(0, 2);
      if (root != "03" && root != "04" && root != "05" && root != "08") continue;
      std::vector<Actor> both;
      for (const auto* group : {&other.sources, &other.targets}) {
        for (const Actor& a : *group) {
          if (!a.null() && a.code[0] != '-' && !mediator(a.code)) both.push_back(a);
        }
      }
      if (both.size() >= 2) sides = std::move(both);
    }
    if (sides.empty() && opt_.document_memory) {
      for (const auto& r : memory_.latest_pair(6, true)) {
        if (!mediator(r.code)) sides.push_back({r.code, vi.vb, vi.ve, r.evidence});
      }
      if (sides.size() < 2) sides.clear();
    }
    if (sides.empty()) continue;
    vi.targets = std::move(sides);
    vi.rule += "; between: the sides of the act mediated";
  }
}

// Who last used force (18-20; with `seizure`, 17) on the country `victim` in this
// sentence: the source of such an act aimed at it, or nullptr.
const Actor* SentenceCoder::attacker_in_sentence(const std::string& victim, const VerbInfo* except, bool seizure) const {
  const Actor* attacker = nullptr;
  for (const VerbInfo& act : s_.verbs) {
    const std::string& c = act.code.code;
    if (&act == except || act.negated || act.hypothetical || c.size() < 2) continue;
    const bool kind = seizure ? c.compare(0, 2, "17") == 0
                              : c.compare(0, 2, "18") == 0 || c.compare(0, 2, "19") == 0 || c.compare(0, 2, "20") == 0;
    if (!kind) continue;
    const bool hits = std::any_of(act.targets.begin(), act.targets.end(),
                                  [&](const Actor& t) { return t.code.compare(0, 3, victim) == 0; });
    if (!hits) continue;
    for (const Actor& a : act.sources) {
      if (!a.null() && a.code.compare(0, 3, victim) != 0) attacker = &a;
    }
  }
  return attacker;
}

// "Iraqi warplanes attacked an Iranian tanker ... Iran vowed revenge": a threat of
// force (138) with no target is against whoever last used force (18-20) on the
// threatener's country -- an act of this sentence first, else of the story's last six
// sentences. Any threat with no target that answers what its author criticised,
// rejected or cut in the same sentence ("China condemned the U.S. tariffs and vowed
// retaliation") is aimed where that act was.
void SentenceCoder::aim_retaliation() {
  for (VerbInfo& vi : s_.verbs) {
    if (vi.noun_entry >= 0 || vi.code.code.rfind("13", 0) != 0 || vi.symmetric || vi.negated) continue;
    // ("vowed retaliation against the new tariffs": a trade threat)
    if (vi.code.code == "138" && threat_of_response(vi) && mentions_measure(vi.tok)) {
      vi.code = EventCode{"1312", ""};
      vi.rule += "; a trade measure answered";
    }
    if (std::any_of(vi.targets.begin(), vi.targets.end(), [](const Actor& a) { return !a.null() && a.code[0] != '-'; })) {
      continue;
    }
    auto src = std::find_if(vi.sources.begin(), vi.sources.end(), [](const Actor& a) { return !a.null(); });
    if (src == vi.sources.end() || src->code.size() < 3 || src->code[0] == '-') continue;
    const std::string victim = src->code.substr(0, 3);
    const VerbInfo* answered = nullptr;
    for (const VerbInfo& other : s_.verbs) {
      const std::string& c = other.code.code;
      if (&other == &vi || other.negated || other.hypothetical || other.suppressed || c.size() < 2) continue;
      if (c.compare(0, 2, "11") != 0 && c.compare(0, 2, "12") != 0 && c.compare(0, 2, "16") != 0) continue;
      const bool same_author = std::any_of(other.sources.begin(), other.sources.end(), [&](const Actor& a) {
        return a.code.compare(0, 3, victim) == 0;
      });
      if (same_author && std::any_of(other.targets.begin(), other.targets.end(), [&](const Actor& a) {
            return !a.null() && a.code[0] != '-' && a.code.compare(0, 3, victim) != 0;
          })) {
        answered = &other;
        break;
      }
    }
    if (vi.code.code != "138" && !answered) continue;
    if (const Actor* attacker = vi.code.code == "138" ? attacker_in_sentence(victim, &vi, false) : nullptr) {
      vi.targets = {*attacker};
      vi.rule += "; target: the attacker";
    } else if (answered) {
      vi.targets.clear();
      for (const Actor& a : answered->targets) {
        if (!a.null() && a.code[0] != '-' && a.code.compare(0, 3, victim) != 0) vi.targets.push_back(a);
      }
      vi.rule += "; target: whom it answers";
      // Retaliation against a trade measure is a trade threat, not one of force.
      if (vi.code.code == "138" && threat_of_response(vi) && (mentions_measure(answered->tok) || answered->code.code.rfind("16", 0) == 0)) {
        vi.code = EventCode{"1312", ""};
        vi.rule += "; a trade measure answered";
      }
    } else if (auto r = memory_.latest_attacker_of(victim, 6)) {
      vi.targets = {{r->code, vi.vb, vi.ve, r->evidence}};
      vi.rule += "; target: the attacker";
    }
  }
}

// Whether a threat is one to respond ("vowed retaliation", "will retaliate"), not one
// that names its act ("threatened to bomb").
bool SentenceCoder::threat_of_response(const VerbInfo& vi) const {
  const lang::CoderWords& W = words();
  auto response = [&](uint32_t t) {
    const std::string l = base::ascii_lower(g_.words[t].lemma.empty() ? g_.words[t].form : g_.words[t].lemma);
    return one_of(l, W.response_nouns) || one_of(l, W.response_verbs);
  };
  if (response(vi.tok)) return true;
  return std::any_of(vi.pattern_words.begin(), vi.pattern_words.end(), response);
}

// Whether the phrase of `root` names a trade measure or sanction ("tariffs", "duties").
bool SentenceCoder::mentions_measure(uint32_t root) const {
  for (uint32_t k = 0; k < n_; ++k) {
    if (!in_subtree(k, root) || !is_nominal(g_.words[k].upos)) continue;
    if (one_of(base::ascii_lower(g_.words[k].lemma.empty() ? g_.words[k].form : g_.words[k].lemma), words().measure_nouns)) {
      return true;
    }
  }
  return false;
}

// "Two Iranian boats were destroyed and sunk": a passive act of force or seizure with
// no agent, on a side with a country, is by whoever last used force (or seized) on
// that country in this sentence or the story's last six sentences -- the story's
// attacker, as careful coders read it. Without one it stays uncoded.
void SentenceCoder::attribute_passive_acts() {
  for (VerbInfo& vi : s_.verbs) {
    const std::string& c = vi.code.code;
    if (vi.noun_entry >= 0 || vi.symmetric || vi.negated || vi.hypothetical || c.size() < 2) continue;
    if (vi.rule.rfind("passive-no-agent", 0) != 0) continue;
    const bool seizure = c.compare(0, 2, "17") == 0;
    const bool force = c.compare(0, 2, "18") == 0 || c.compare(0, 2, "19") == 0 || c.compare(0, 2, "20") == 0;
    if (!seizure && !force) continue;
    if (std::any_of(vi.sources.begin(), vi.sources.end(), [](const Actor& a) { return !a.null(); })) continue;
    auto tgt = std::find_if(vi.targets.begin(), vi.targets.end(), [](const Actor& a) { return !a.null(); });
    if (tgt == vi.targets.end() || tgt->code.size() < 3 || tgt->code[0] == '-' || !cameo::is_country_code(tgt->code)) {
      continue;
    }
    const std::string victim = tgt->code.substr(0, 3);
    if (const Actor* attacker = attacker_in_sentence(victim, &vi, seizure)) {
      vi.sources.assign(1, *attacker);
    } else if (auto r = memory_.latest_attacker_of(victim, 6, seizure)) {
      vi.sources.assign(1, Actor{r->code, vi.vb, vi.ve, r->evidence});
    } else {
      continue;
    }
    vi.rule += "; source: the story's attacker";
  }
}

// "Valdoria seized three hilltops in the eastern push", in a story of
// Iran's war with Iraq: force used by a country on what names no one (heights,
// positions, a supertanker) is aimed at the other side of the story's latest use of
// force by or on that country in the six sentences before. Without such a war it stays
// uncoded.
void SentenceCoder::aim_force_at_enemy() {
  for (VerbInfo& vi : s_.verbs) {
    const std::string& c = vi.code.code;
    if (vi.noun_entry >= 0 || vi.symmetric || vi.negated || vi.hypothetical || vi.suppressed || c.size() < 2) continue;
    if (!force_code(c) || coded(vi.targets)) continue;
    auto src = std::find_if(vi.sources.begin(), vi.sources.end(), [](const Actor& a) { return !a.null(); });
    if (src == vi.sources.end() || !cameo::is_country_code(src->code)) continue;
    // Something was hit: the verb has an object (or a passive subject).
    bool object = false;
    for (const uint32_t* ch = g_.children_begin(vi.tok); ch != g_.children_end(vi.tok); ++ch) {
      object |= g_.words[*ch].rel == Rel::Obj || g_.words[*ch].rel == Rel::NsubjPass;
    }
    if (!object) continue;
    auto r = memory_.latest_enemy_of(src->code.substr(0, 3), 6);
    if (!r) continue;
    // (Not again what the sentence codes already: "an Ostravan raid on Valdoria killed
    // two" is the raid.)
    const std::string side = src->code.substr(0, 3);
    bool told = false;
    for (const VerbInfo& other : s_.verbs) {
      const std::string& oc = other.code.code;
      if (&other == &vi || other.negated || other.hypothetical || oc.size() < 2) continue;
      if (!force_code(oc)) continue;
      const bool by = std::any_of(other.sources.begin(), other.sources.end(),
                                  [&](const Actor& a) { return a.code.compare(0, 3, side) == 0; });
      const bool on = std::any_of(other.targets.begin(), other.targets.end(),
                                  [&](const Actor& a) { return a.code.compare(0, 3, r->code) == 0; });
      told |= by && on;
    }
    if (told) continue;
    vi.targets = {{r->code, vi.vb, vi.ve, r->evidence}};
    vi.rule += "; target: the story's enemy";
  }
}

// "The American team discussed medium-range forces", in a story whose latest dealings
// (03-06) were between the United States and the Soviet Union: a two-sided act (04)
// with one side named and no other is with that side's latest counterpart in the six
// sentences before, when the sentence names no one else.
void SentenceCoder::partner_from_story() {
  for (VerbInfo& vi : s_.verbs) {
    if (vi.noun_entry >= 0 || vi.code.null() || vi.code.code.rfind("04", 0) != 0 || vi.symmetric || vi.negated ||
        vi.hypothetical || vi.pattern >= 0) {
      continue;
    }
    if (!vi.targets.empty() || vi.sources.size() != 1 || vi.sources.front().null() || !reciprocal(vi)) continue;
    const std::string side = vi.sources.front().code.substr(0, 3);
    const DocumentState::PastAct* past = memory_.latest_dealing_with(side, 6);
    if (!past) continue;
    std::string other;
    if (past->source.compare(0, 3, side) == 0) other = past->target;
    else if (past->target.compare(0, 3, side) == 0) other = past->source;
    if (other.empty() || other.compare(0, 3, side) == 0) continue;
    bool named_else = false;
    for (const NounMatch& m : s_.matches) {
      if (m.agent) continue;
      const std::string c = actor_code(m);
      named_else |= c.size() >= 3 && c.compare(0, 3, side) != 0 && c.compare(0, 3, other, 0, 3) != 0;
    }
    if (named_else) continue;
    vi.targets = {{other, vi.vb, vi.ve, "document memory: " + past->text + " (sentence " + std::to_string(past->sentence) + ")"}};
    vi.rule += "; other side: the story's latest such act";
  }
}

}  // namespace dyad::coder
