// A verb's sources and targets: code_verb puts the pattern, the graph's subject,
// passive agent and object, and the fallbacks together, in this order:
//   1. scope and pattern (patterns.cpp); negation, unless the pattern spelled it out;
//      modality (modality.cpp): hedged, announced or not asserted;
//   2. the subject's actors (pronouns resolved to the clause above or to memory);
//   3. graph roles: passive "by" agent, else subject -> first coded actor in scope;
//   4. actors the pattern placed ($ + %), which override the graph's;
//   5. a protest with no target is aimed at the country where it happens;
//   6. null and new actors (validation options), and a coordinated source with no
//      target ("X and Y met") becomes symmetric;
//   7. whether the target came from a complement clause (for reporting verbs).
#include <unordered_set>

#include "coder/sentence_coder.hpp"
#include "cameo/actor_codes.hpp"

namespace dyad::coder {

void SentenceCoder::code_verb(VerbInfo& vi) {
  lower_scope(vi);
  if (vi.particle >= 0) s_.scope[vi.particle] = 0;
  PatternActors pat;
  bool used_negation = false;
  choose_pattern(vi, pat.sources, pat.targets, pat.compound, used_negation);
  pat.compound_after = comp_after_;
  const int32_t subj = subject_of(vi.tok);
  acts_by_their_words(vi, subj);
  mark_negation(vi, used_negation);
  if (opt_.modality) apply_modality(vi);
  vi.subject = subj;
  graph_arguments(vi, subj, subject_actors(vi, subj));
  prefer_coded_obliques(vi);
  pattern_arguments(vi, subj, pat);
  if (opt_.statements_need_addressee) keep_addressees(vi);
  protest_place_target(vi);
  protesters_force(vi);
  fallback_arguments(vi, subj);
  if (opt_.comments_target_authors) possessed_target(vi);
  aim_complaints(vi);
  note_complement_target(vi);
}

// What the verb's own words say it is, before its arguments: an accord struck, and
// the words that make it no act at all (a thing that goes somewhere, a period's end,
// a question, an answer, no comment). `subj` is the verb's subject.
void SentenceCoder::acts_by_their_words(VerbInfo& vi, int32_t subj) {
  // "the trade pact they struck in Rome": a verb of force on the accord its
  // relative clause hangs on reached it (as "struck a deal" does by its pattern).
  if (force_code(vi.code.code) && g_.words[vi.tok].rel == Rel::AclRelcl && g_.words[vi.tok].head >= 0) {
    bool object = false;
    for (const uint32_t* ch = g_.children_begin(vi.tok); ch != g_.children_end(vi.tok); ++ch) object |= g_.words[*ch].rel == Rel::Obj;
    if (!object && one_of(lemma_lower(static_cast<uint32_t>(g_.words[vi.tok].head)), words().accord_nouns)) {
      vi.code = EventCode{"057", ""};
      vi.rule += "; an accord reached";
    }
  }
  // "60 percent of Chile's exports went to China": a thing no dictionary names
  // that goes somewhere visits no one.
  if (vi.noun_entry < 0 && vi.code.code.rfind("042", 0) == 0) {
    if (subj >= 0 && g_.words[subj].upos == UPos::Noun && s_.tok_match[subj] < 0 && chunk_matches(subj).empty()) {
      vi.code = EventCode{};
      vi.rule += "; a thing goes";
    }
  }
  // "in the week ended May 3", "the year ended June 30": a period's end, no act.
  if (vi.noun_entry < 0 && g_.words[vi.tok].rel == Rel::Acl && g_.words[vi.tok].head >= 0) {
    if (one_of(lemma_lower(static_cast<uint32_t>(g_.words[vi.tok].head)), words().period_nouns)) {
      vi.code = EventCode{};
      vi.rule += "; a period's end";
    }
  }
  // "when asked by journalists whether he backed the levy": a question is no appeal.
  if (vi.noun_entry < 0 && lang::in(lemma_lower(vi.tok), words().question_verbs)) {
    for (const uint32_t* ch = g_.children_begin(vi.tok); ch != g_.children_end(vi.tok); ++ch) {
      const Rel r = g_.words[*ch].rel;
      if (r != Rel::Ccomp && r != Rel::Advcl) continue;
      for (const uint32_t* cc = g_.children_begin(*ch); cc != g_.children_end(*ch); ++cc) {
        const std::string m = base::ascii_lower(g_.words[*cc].form);
        // (an adverbial "if" is a condition: "would be asked to leave if ...")
        if (g_.words[*cc].rel == Rel::Mark && one_of(m, words().question_markers) && (r == Rel::Ccomp || m == "whether")) {
          vi.code = EventCode{};
          vi.rule += "; a question";
        }
      }
    }
  }
  // "would respond to the concerns of farmers", "responded to the letter": answering a
  // need, a request or a question is no threat.
  if (vi.noun_entry < 0 && one_of(lemma_lower(vi.tok), words().response_verbs)) {
    for (const uint32_t* ch = g_.children_begin(vi.tok); ch != g_.children_end(vi.tok); ++ch) {
      if (g_.words[*ch].rel == Rel::Obl && one_of(lemma_lower(*ch), words().answered_nouns)) {
        vi.code = EventCode{};
        vi.rule += "; an answer";
      }
    }
  }
  // "declined to comment on the Chinese proposal", "refused comment": no answer is no
  // rejection of what the question was about.
  if (vi.noun_entry < 0 && lang::in(lemma_lower(vi.tok), words().refusal_lemmas)) {
    for (const uint32_t* ch = g_.children_begin(vi.tok); ch != g_.children_end(vi.tok); ++ch) {
      const DepWord& c = g_.words[*ch];
      if (c.rel != Rel::Xcomp && c.rel != Rel::Obj) continue;
      if (one_of(lemma_lower(*ch), words().comment_words)) {
        vi.code = EventCode{};
        vi.rule += "; no comment";
      }
    }
  }
}

// Negation of the verb itself, unless the pattern spelled it out.
void SentenceCoder::mark_negation(VerbInfo& vi, bool used_negation) const {
  for (const uint32_t* ch = g_.children_begin(vi.tok); ch != g_.children_end(vi.tok); ++ch) {
    if (g_.words[*ch].negation) vi.negated = true;
  }
  if (used_negation) vi.negated = false;
  if (vi.pattern >= 0) {
    // Negation words anywhere in the matched pattern also count as spelled out.
    const VerbPattern& p = dict_.verb_blocks[vi.block].patterns[vi.pattern];
    const auto& negations = words().pattern_negations;
    if (std::any_of(negations.begin(), negations.end(),
                    [&](std::string_view n) { return p.text.find(n) != std::string::npos; })) {
      vi.negated = false;
    }
  }
}

// The target of a force verb is whom or where it is aimed at, not the weapon: when
// the graph's target has no country ("fired artillery shells at Armenia": ---MIL)
// and an "at/on/against/into X" phrase of the verb names one, X is the target.
void SentenceCoder::prefer_coded_obliques(VerbInfo& vi) {
  const bool countryless = vi.targets.empty() || std::all_of(vi.targets.begin(), vi.targets.end(), [](const Actor& a) {
    return a.null() || a.code.rfind("---", 0) == 0;
  });
  if (!countryless || vi.symmetric) return;
  // (A force verb's only: "discussed trade at a meeting in Dubai" is not aimed at Dubai.)
  const std::string& c = vi.code.code;
  if (opt_.scope_skips_relative_clauses && c.size() >= 2 && c.compare(0, 2, "15") != 0 && c.compare(0, 2, "17") != 0 &&
      c.compare(0, 2, "18") != 0 && c.compare(0, 2, "19") != 0 && c.compare(0, 2, "20") != 0) {
    return;
  }
  for (const uint32_t* ch = g_.children_begin(vi.tok); ch != g_.children_end(vi.tok); ++ch) {
    if (g_.words[*ch].rel != Rel::Obl || !s_.scope[*ch]) continue;  // (not "on the sidelines of ...")
    bool aimed = false;
    for (const uint32_t* cc = g_.children_begin(*ch); cc != g_.children_end(*ch); ++cc) {
      aimed |= g_.words[*cc].rel == Rel::Case && one_of(g_.words[*cc].form, words().target_prepositions) &&
               !one_of(g_.words[*cc].form, words().addressee_prepositions) &&
               !one_of(g_.words[*cc].form, words().partner_prepositions);
    }
    if (!aimed) continue;
    std::vector<Actor> at = group_at(static_cast<int32_t>(*ch));
    const bool coded = std::any_of(at.begin(), at.end(), [](const Actor& a) { return !a.null() && a.code.rfind("---", 0) != 0; });
    if (coded) {
      vi.targets = at;
      vi.rule += "+aimed";
      return;
    }
  }
}

// The actors of the subject, with pronouns resolved: "Ethiopia indicated it would act"
// (a third-person subject of a complement is the subject above), "He maintained that
// ..." (the person last named in an earlier sentence).
std::vector<Actor> SentenceCoder::subject_actors(VerbInfo& vi, int32_t subj) {
  std::vector<Actor> group;
  if (subj < 0) return group;
  group = group_at(subj);
  if (group.empty()) group = deep_search(subj, nullptr, 0);
  const DepWord& sw = g_.words[subj];
  std::string l = base::ascii_lower(sw.form);
  vi.pronoun_subject = sw.upos == UPos::Pron && lang::in(l, words().first_person);
  bool third = sw.upos == UPos::Pron && lang::in(l, words().third_person);
  if (group.empty() && third) {
    int32_t x = g_.words[vi.tok].head;
    for (uint32_t steps = 0; x >= 0 && steps < n_; ++steps) {
      if (g_.words[x].upos == UPos::Verb) {
        int32_t s2 = subject_of(static_cast<uint32_t>(x));
        if (s2 >= 0 && s2 != subj) {
          group = group_at(s2);
          if (!group.empty()) break;
        }
      }
      x = g_.words[x].head;
    }
  }
  Actor known;
  if (group.empty() && lang::in(l, words().personal) && recall_last_person(subj, known)) group.push_back(known);
  return group;
}

// Sources and targets from the graph: a passive's "by" agent is the source and its
// subject the target; otherwise the subject is the source (a passive without agent
// makes it the target, unless PETRARCH's option says otherwise) and the target is the
// first coded actor after the verb in its scope -- not in adverbial clauses, which
// say when or why, and not in the subject.
void SentenceCoder::graph_arguments(VerbInfo& vi, int32_t subj, std::vector<Actor> subj_group) {
  const uint32_t v = vi.tok;
  bool passive = is_passive(v);
  int32_t agent = -1;
  for (const uint32_t* ch = g_.children_begin(v); ch != g_.children_end(v); ++ch) {
    // (An agent needs its "by": one without is a parser's misreading of an object.)
    if (g_.words[*ch].rel == Rel::OblAgent && (has_case(*ch, words().agent_prepositions) || !opt_.repair_parses)) {
      agent = static_cast<int32_t>(*ch);
    }
  }
  if (agent >= 0 && !passive && participle_tag(g_.words[v].xpos)) passive = true;
  std::vector<Actor> agent_group;
  if (agent >= 0) agent_group = group_at(agent);
  // "struck by the resilience of the people", "hit by the collapse of Iranian oil
  // prices": force whose agent is a thing, named only through its "of" phrase, is a
  // figure of speech. (A band of people acts: "attacked by a group of rebels".)
  // (So are meetings: "the raiders were met by rocket fire".)
  const bool figurative_code = vi.code.code.size() >= 2 && ((vi.code.code.compare(0, 2, "18") >= 0 &&
                                                             vi.code.code.compare(0, 2, "20") <= 0) ||
                                                            vi.code.code.compare(0, 2, "04") == 0);
  if (agent >= 0 && !agent_group.empty() && figurative_code && g_.words[agent].upos == UPos::Noun && chunk_matches(agent).empty() &&
      !one_of(base::ascii_lower(g_.words[agent].lemma.empty() ? g_.words[agent].form : g_.words[agent].lemma),
              words().partitive_nouns)) {
    for (const uint32_t* ch = g_.children_begin(agent); ch != g_.children_end(agent); ++ch) {
      if (g_.words[*ch].rel == Rel::Nmod && has_case(*ch, words().of_prepositions) &&
          agent_group.front().tb < n_ && in_subtree(agent_group.front().tb, *ch)) {
        agent_group.clear();
        // (A meeting with things is none at all, whoever reports it.)
        if (vi.code.code.compare(0, 2, "04") == 0) {
          vi.code = EventCode{};
          vi.rule += "; met by things";
        }
        break;
      }
    }
  }

  // Verbs of feeling: "Japan was angered by the move" -- the one who feels is the
  // source and the cause the target, in the passive as in the active (below).
  const DepWord& vw = g_.words[v];
  const bool experiencer = one_of(base::ascii_lower(dict_.verbs[vi.entry].words.empty() ? vw.form
                                                                                         : dict_.verbs[vi.entry].words[0]),
                                  words().experiencer_verbs);
  if (experiencer && vw.upos == UPos::Adj) passive = true;  // "were disturbed by": the adjective is a passive
  if (passive && agent >= 0 && experiencer) {
    vi.sources = subj_group;
    vi.targets = agent_group;
    vi.rule = "passive-experiencer";
    return;
  }
  if (passive && agent >= 0) {
    vi.sources = agent_group;
    vi.targets = subj_group;
    vi.rule = "passive";
    return;
  }
  if (vw.upos == UPos::Adj && one_of(base::ascii_lower(vw.form), words().stance_adjectives)) {
    // "Berlin was critical of Beijing's policy": the holder of the stance the source,
    // the "of" phrase's own actors the target.
    vi.sources = subj_group;
    vi.rule = "stance";
    for (const uint32_t* ch = g_.children_begin(v); ch != g_.children_end(v); ++ch) {
      if (g_.words[*ch].rel == Rel::Obl && has_case(*ch, words().of_prepositions)) vi.targets = group_at(static_cast<int32_t>(*ch));
    }
    return;
  }
  if (passive && experiencer) {
    vi.sources = subj_group;  // "ministers were disturbed at the move": the cause below
    vi.rule = "passive-experiencer";
  } else if (passive && agent < 0 && one_of(base::ascii_lower(vw.lemma.empty() ? vw.form : vw.lemma), words().stance_participles)) {
    // "Greece is opposed to Turkish participation": a stance, its holder the source, and
    // what it is opposed to (that phrase's own actors) the target.
    vi.sources = subj_group;
    vi.rule = "stance";
    for (const uint32_t* ch = g_.children_begin(v); ch != g_.children_end(v); ++ch) {
      if (g_.words[*ch].rel == Rel::Obl && has_case(*ch, words().addressee_prepositions)) vi.targets = group_at(static_cast<int32_t>(*ch));
    }
    return;
  } else if (passive && !opt_.passive_subject_is_source) {
    vi.targets = subj_group;
    vi.rule = "passive-no-agent";
    // "20 Palestinians were killed in an Israeli air strike": force with no agent,
    // done "in" or "by" an act of force that names its author, is that author's (with
    // the act's own code: the air strike's 195).
    const bool force = vi.code.code.size() >= 2 && vi.code.code.compare(0, 2, "18") >= 0 && vi.code.code.compare(0, 2, "20") <= 0;
    for (const uint32_t* ch = g_.children_begin(v); ch != g_.children_end(v) && force && opt_.event_nouns; ++ch) {
      const DepWord& w = g_.words[*ch];
      if (w.rel != Rel::Obl || !(has_case(*ch, words().place_prepositions) || has_case(*ch, words().agent_prepositions))) continue;
      uint32_t first = *ch;
      const int32_t e = match_event_noun(*ch, first);
      if (e < 0) continue;
      const std::string& code = dict_.event_nouns[e].code.code;
      if (code.size() < 2 || code.compare(0, 2, "18") < 0 || code.compare(0, 2, "20") > 0) continue;
      std::vector<Actor> author;
      for (Actor& a : resolve_nominal(static_cast<int32_t>(*ch))) {
        if (!a.null() && a.tb < *ch) author.push_back(std::move(a));
      }
      if (author.empty()) continue;
      vi.sources = std::move(author);
      vi.code = dict_.event_nouns[e].code;
      vi.rule = "passive; source: the act it was done in";
      break;
    }
  } else {
    vi.sources = subj_group;
    vi.rule = "subject-object";
  }
  if (!vi.targets.empty()) return;
  std::vector<uint8_t> mask = s_.scope;
  // "Iran executed a man convicted of spying for Israel": what a past participle says
  // of the object (convicted, accused, suspected of ...) is not whom the act is aimed
  // at -- but for its "by" phrase ("a tanker owned by a Greek firm"). (A present
  // participle may name it: "a train carrying Ukrainian troops".)
  for (const uint32_t* ch = g_.children_begin(v); ch != g_.children_end(v); ++ch) {
    if (g_.words[*ch].rel != Rel::Obj) continue;
    for (const uint32_t* cc = g_.children_begin(*ch); cc != g_.children_end(*ch); ++cc) {
      const DepWord& a = g_.words[*cc];
      if (a.rel != Rel::Acl || a.xpos != "VBN") continue;
      int32_t by = -1;
      bool clause = false;  // (a clause of its own: "rumours that creditors had filed ...")
      for (const uint32_t* c3 = g_.children_begin(*cc); c3 != g_.children_end(*cc); ++c3) {
        const Rel r = g_.words[*c3].rel;
        if (r == Rel::OblAgent) by = static_cast<int32_t>(*c3);
        clause |= r == Rel::Nsubj || r == Rel::NsubjPass || r == Rel::Aux || r == Rel::AuxPass || r == Rel::Mark;
      }
      if (clause) continue;
      for (uint32_t t = 0; t < n_; ++t) {
        if (in_subtree(t, *cc) && !(by >= 0 && in_subtree(t, static_cast<uint32_t>(by)))) mask[t] = 0;
      }
    }
  }
  for (const uint32_t* ch = g_.children_begin(v); ch != g_.children_end(v); ++ch) {
    if (g_.words[*ch].rel != Rel::Advcl || to_clause(*ch)) continue;
    for (uint32_t t = 0; t < n_; ++t) {
      if (in_subtree(t, *ch)) mask[t] = 0;
    }
  }
  // "Macron and Scholz discussed Ukraine aid": what is discussed is a topic; the other
  // side is "with X", or the coordinated subjects themselves.
  if (one_of(base::ascii_lower(vw.lemma.empty() ? vw.form : vw.lemma), words().topic_verbs)) {
    for (const uint32_t* ch = g_.children_begin(v); ch != g_.children_end(v); ++ch) {
      if (g_.words[*ch].rel != Rel::Obj) continue;
      // (A "with X" the parser hung on the topic still names the other side:
      // "discussed Ukraine aid with Scholz".)
      int32_t partner = -1;
      for (const uint32_t* cc = g_.children_begin(*ch); cc != g_.children_end(*ch); ++cc) {
        if (g_.words[*cc].rel == Rel::Nmod && has_case(*cc, words().partner_prepositions)) partner = static_cast<int32_t>(*cc);
      }
      for (uint32_t t = 0; t < n_; ++t) {
        if (in_subtree(t, *ch) && !(partner >= 0 && in_subtree(t, static_cast<uint32_t>(partner)))) mask[t] = 0;
      }
    }
  }
  // An act of force is not aimed at whom a phrase of time names, on the verb or on its
  // object: "fired missiles after U.S. drills". (A threat or a visit may be: "threaten
  // revenge after the U.S. raids", "arrived after a stopover in Riyadh".)
  // (Nor is a comment or a material act: "approved the sale during talks with U.S.
  // officials" approves no officials.)
  const std::string& c0 = vi.code.code;
  const bool force = c0.size() >= 2 && c0.compare(0, 2, "15") >= 0 && c0.compare(0, 2, "20") <= 0 && c0.compare(0, 2, "16") != 0;
  // (A concession may answer whom the time phrase names: "called off the strike after
  // deliberations with the government".)
  const bool timeless = force || (c0.size() >= 2 && c0.compare(0, 2, "13") != 0 && c0.compare(0, 2, "04") != 0 &&
                                  c0.compare(0, 2, "08") != 0);
  for (uint32_t x = 0; x < n_ && timeless; ++x) {
    const DepWord& w = g_.words[x];
    if ((w.rel != Rel::Obl && w.rel != Rel::Nmod) || in_subtree(v, x) || !has_case(x, words().time_prepositions)) continue;
    for (uint32_t t = 0; t < n_; ++t) {
      if (in_subtree(t, x)) mask[t] = 0;
    }
  }
  if (subj >= 0 && !in_subtree(v, static_cast<uint32_t>(subj))) {
    for (uint32_t t = 0; t < n_; ++t) {
      if (in_subtree(t, static_cast<uint32_t>(subj))) mask[t] = 0;
    }
  }
  // "have been meeting for four weeks in New York": where a meeting is held is no
  // party to it (where a visit goes is its host: "arrived in Riyadh", 042).
  // (An "in" phrase of the verb, or of its object or one of its obliques when those
  // name no actor: "for four weeks in New York", "signed a peace deal in Riyadh".)
  // (The same for agreements and cooperation: "signed a peace deal in Riyadh".)
  const std::string& vc = vi.code.code;
  // (And statements: "told reporters at a briefing in Karsten" tells Ostrava nothing.)
  const bool cooperation = vc.rfind("01", 0) == 0 || vc.rfind("03", 0) == 0 || vc.rfind("04", 0) == 0 ||
                           vc.rfind("05", 0) == 0 || vc.rfind("06", 0) == 0;
  if (opt_.require_countries && cooperation && vc.rfind("042", 0) != 0 && vc.rfind("043", 0) != 0) {
    for (uint32_t x = 0; x < n_; ++x) {
      const DepWord& w = g_.words[x];
      if ((w.rel != Rel::Obl && w.rel != Rel::Nmod) || w.head < 0) continue;
      const DepWord& h = g_.words[w.head];
      const bool nameless_head = s_.tok_match[w.head] < 0 && chunk_matches(w.head).empty();
      const bool of_verb = w.head == static_cast<int32_t>(v) ||
                           ((h.rel == Rel::Obl || h.rel == Rel::Obj || h.rel == Rel::Iobj) && h.head == static_cast<int32_t>(v) && nameless_head);
      // (Deeper, the place of a partner no dictionary names: "held a meeting with the
      // creditor committee in London" -- the place alone goes.)
      const bool deeper = !of_verb && w.rel == Rel::Nmod && h.rel == Rel::Nmod && nameless_head && is_nominal(h.upos) &&
                          in_subtree(x, v);
      if (!of_verb && !deeper) continue;
      if (!has_case(x, words().place_prepositions)) continue;
      // (A place is a name: "in Riyadh", "in New York city" -- not "$4 billion in aid
      // to Ukraine".)
      if (w.upos != UPos::Propn && s_.tok_match[x] < 0 && chunk_matches(static_cast<int32_t>(x)).empty()) continue;
      // (For a statement, a place's own name only: "concerned about weakness in the
      // German economy" is about Germany.)
      if (vc.rfind("01", 0) == 0 && w.upos != UPos::Propn) continue;
      // (The oblique above goes too: its phrase would reach the place through it.)
      // (Not when the oblique names a partner of its own: "at talks with Germany in
      // Vienna" -- only the place goes.)
      bool partner = false;
      for (const uint32_t* ch = g_.children_begin(static_cast<uint32_t>(w.head)); ch != g_.children_end(static_cast<uint32_t>(w.head)); ++ch) {
        partner |= *ch != x && g_.words[*ch].rel == Rel::Nmod && has_case(*ch, words().partner_prepositions);
      }
      const uint32_t top = w.head == static_cast<int32_t>(v) || deeper || partner ? x : static_cast<uint32_t>(w.head);
      for (uint32_t t = 0; t < n_; ++t) {
        if (in_subtree(t, top)) mask[t] = 0;
      }
    }
  }
  // "Valdoria warned its neighbours not to let the rebels cross": the
  // one addressed is the object, although no dictionary names it; the to-clause says
  // what it should do, and its actors are not the verb's target.
  int32_t plain_object = -1;
  for (const uint32_t* ch = g_.children_begin(v); ch != g_.children_end(v); ++ch) {
    const DepWord& w = g_.words[*ch];
    if (w.rel == Rel::Obj && w.upos == UPos::Noun && s_.tok_match[*ch] < 0 && chunk_matches(static_cast<int32_t>(*ch)).empty() &&
        opt_.require_countries) {
      plain_object = static_cast<int32_t>(*ch);
    }
  }
  for (const uint32_t* ch = g_.children_begin(v); ch != g_.children_end(v) && plain_object >= 0; ++ch) {
    if (g_.words[*ch].rel != Rel::Xcomp || *ch < static_cast<uint32_t>(plain_object)) continue;
    for (uint32_t t = 0; t < n_; ++t) {
      if (in_subtree(t, *ch)) mask[t] = 0;
    }
  }
  // "China rejects being called an enabler of Russia's war": what a rejection or denial
  // rejects is a description in a passive clause; its target is who described, the
  // clause's "by" phrase, never the words of the description.
  if (vc.rfind("12", 0) == 0 || vc == "016") {
    for (const uint32_t* ch = g_.children_begin(v); ch != g_.children_end(v); ++ch) {
      const Rel r = g_.words[*ch].rel;
      if (r != Rel::Xcomp && r != Rel::Ccomp && r != Rel::Acl && r != Rel::Advcl) continue;
      if (!is_passive(*ch) || !participle_tag(g_.words[*ch].xpos)) continue;
      int32_t by = -1;
      for (const uint32_t* cc = g_.children_begin(*ch); cc != g_.children_end(*ch); ++cc) {
        if (g_.words[*cc].rel == Rel::OblAgent) by = static_cast<int32_t>(*cc);
      }
      for (uint32_t t = 0; t < n_; ++t) {
        if (in_subtree(t, *ch) && !(by >= 0 && in_subtree(t, static_cast<uint32_t>(by)))) mask[t] = 0;
      }
    }
  }
  // "promised to deliver tanks to Ukraine": what the pattern names (the tanks of
  // "* &WEAPONS") is the act's matter, not its target.
  for (uint32_t t : vi.pattern_words) {
    if (t < n_ && t >= vi.ve) mask[t] = 0;
  }
  // "exchanged fire along the Kashmir border", "near the Ugandan border": a border is
  // where something happens, not a side (its "with X" names one).
  for (uint32_t x = 0; x < n_ && opt_.require_countries; ++x) {
    const DepWord& w = g_.words[x];
    if ((w.rel != Rel::Obl && w.rel != Rel::Nmod) || !one_of(base::ascii_lower(w.lemma.empty() ? w.form : w.lemma), words().border_words)) {
      continue;
    }
    bool marked = false;
    int32_t with = -1;  // "deployed to the border with Guyana": that one is named
    for (const uint32_t* ch = g_.children_begin(x); ch != g_.children_end(x); ++ch) {
      marked |= g_.words[*ch].rel == Rel::Case;
      if (g_.words[*ch].rel == Rel::Nmod && has_case(*ch, words().partner_prepositions)) with = static_cast<int32_t>(*ch);
    }
    if (!marked) continue;
    for (uint32_t t = 0; t < n_; ++t) {
      if (in_subtree(t, x) && !(with >= 0 && in_subtree(t, static_cast<uint32_t>(with)))) mask[t] = 0;
    }
  }
  // "South Korea and Japan signed an agreement to share intelligence": with both sides
  // the subject, what their accord is for names no third side.
  const size_t coded_subjects = static_cast<size_t>(std::count_if(
      vi.sources.begin(), vi.sources.end(), [](const Actor& a) { return !a.null(); }));
  // Their accord itself names none either ("Japan and South Korea agreed to restore
  // their intelligence pact"), but for a partner it is made with.
  if (coded_subjects >= 2 && reciprocal(vi)) {
    auto accord = [&](uint32_t o) {
      const DepWord& w = g_.words[o];
      return lang::in(base::ascii_lower(w.lemma.empty() ? w.form : w.lemma), words().reciprocal_words);
    };
    auto mask_object = [&](uint32_t o) {
      for (const uint32_t* cc = g_.children_begin(o); cc != g_.children_end(o); ++cc) {
        if (g_.words[*cc].rel != Rel::Acl && g_.words[*cc].rel != Rel::AclRelcl) continue;
        for (uint32_t t = 0; t < n_; ++t) {
          if (in_subtree(t, *cc)) mask[t] = 0;
        }
      }
      if (!accord(o)) return;
      for (uint32_t t = 0; t < n_; ++t) {
        if (!in_subtree(t, o)) continue;
        int32_t top = static_cast<int32_t>(t);
        while (top >= 0 && g_.words[top].head != static_cast<int32_t>(o) && top != static_cast<int32_t>(o)) top = g_.words[top].head;
        if (top >= 0 && top != static_cast<int32_t>(o) && g_.words[top].rel == Rel::Nmod && has_case(static_cast<uint32_t>(top), words().partner_prepositions)) continue;
        mask[t] = 0;
      }
    };
    for (const uint32_t* ch = g_.children_begin(v); ch != g_.children_end(v); ++ch) {
      if (g_.words[*ch].rel == Rel::Obj) mask_object(*ch);
      // ("agreed to a ceasefire brokered by Saudi Arabia": the brokers are no party)
      if (g_.words[*ch].rel == Rel::Obl && accord(*ch)) mask_object(*ch);
      if (g_.words[*ch].rel != Rel::Xcomp) continue;
      for (const uint32_t* cc = g_.children_begin(*ch); cc != g_.children_end(*ch); ++cc) {
        if (g_.words[*cc].rel == Rel::Obj) mask_object(*cc);
      }
    }
  }
  // "arrived from Oslo on a U.S. military jet": where a visitor comes from, and how,
  // is not the host. With no host named ("arrived here", "arrived on Monday"), the
  // visit is to the story's host (visit_host: the dateline's country, else whom the
  // visitor last consulted).
  const bool visit = vc.rfind("042", 0) == 0;
  // (Nor is where a speaker speaks from a partner: "the spokesman, speaking from Berlin".)
  bool has_object = false;
  for (const uint32_t* ch = g_.children_begin(v); ch != g_.children_end(v); ++ch) has_object |= g_.words[*ch].rel == Rel::Obj;
  const bool consult = vc.rfind("04", 0) == 0 && (visit || !has_object);
  for (const uint32_t* ch = g_.children_begin(v); ch != g_.children_end(v) && consult; ++ch) {
    const DepWord& w = g_.words[*ch];
    if (w.rel != Rel::Obl || !has_case(*ch, words().journey_prepositions)) continue;
    for (uint32_t t = 0; t < n_; ++t) {
      if (in_subtree(t, *ch)) mask[t] = 0;
    }
  }
  vi.targets = deep_search(-1, &mask, vi.ve);
  if (visit && vi.targets.empty() && !vi.sources.empty()) visit_host(vi.sources.front(), v, vi.targets);
  // "France recalled its ambassador from Niger": an object that is the source's own
  // (its envoy, its troops) is what the act moves; the other side is in an oblique.
  auto country3 = [](const Actor& a) { return a.null() || a.code[0] == '-' ? std::string() : a.code.substr(0, 3); };
  const std::string own = vi.sources.empty() ? std::string() : country3(vi.sources.front());
  // (Also a bare role: "Serbia recalls ambassador from Montenegro" -- but not whom
  // force is used on: "killed eight militants in a raid near the Afghan border".)
  const bool self_object = !own.empty() && !vi.targets.empty() &&
                           std::all_of(vi.targets.begin(), vi.targets.end(), [&](const Actor& a) {
                             return country3(a) == own || (!a.null() && a.code[0] == '-' && !force_code(vc));
                           });
  if (self_object && !experiencer) {
    for (const uint32_t* ch = g_.children_begin(v); ch != g_.children_end(v); ++ch) {
      if (g_.words[*ch].rel != Rel::Obl) continue;
      std::vector<Actor> other;
      if (mask[*ch]) {
        other = group_at(static_cast<int32_t>(*ch));
      } else {
        // (Of an oblique left out, what stays in: "to the border with Guyana".)
        std::vector<uint8_t> part(n_, 0);
        for (uint32_t t = 0; t < n_; ++t) part[t] = mask[t] && in_subtree(t, *ch);
        if (std::find(part.begin(), part.end(), 1) == part.end()) continue;
        other = deep_search(-1, &part, *ch);
      }
      const bool foreign = !other.empty() && std::all_of(other.begin(), other.end(), [&](const Actor& a) {
        return !country3(a).empty() && country3(a) != own;
      });
      if (foreign) {
        vi.targets = std::move(other);
        break;
      }
    }
  }
  if (experiencer && !passive) {  // "the move angered Japan": Japan disapproves of the move's author
    std::swap(vi.sources, vi.targets);
    vi.rule = "experiencer";
  }
}

// Actors the pattern placed override the graph's. "+ * ..." placing the subject as
// target leaves the source to the speaker above.
void SentenceCoder::pattern_arguments(VerbInfo& vi, int32_t subj, const PatternActors& pat) {
  if (!pat.compound.empty() && pat.compound_after) {
    vi.targets = pat.compound;
    vi.rule = "pattern";
  } else if (!pat.compound.empty()) {
    vi.sources = pat.compound;
    vi.targets.clear();
    vi.symmetric = true;
    vi.rule = "pattern-compound";
  }
  if (!pat.sources.empty()) {
    vi.sources = pat.sources;
    vi.rule = "pattern";
  }
  if (pat.targets.empty()) return;
  vi.targets = pat.targets;
  vi.rule = "pattern";
  bool same = !vi.sources.empty() && pat.sources.empty() && vi.sources.front().tb == pat.targets.front().tb;
  if (!same) return;
  vi.sources.clear();
  int32_t x = g_.words[vi.tok].head;
  for (uint32_t steps = 0; x >= 0 && steps < n_; ++steps) {
    const DepWord& w = g_.words[x];
    if (w.upos == UPos::Verb || w.upos == UPos::Aux) {
      int32_t s2 = subject_of(static_cast<uint32_t>(x));
      if (s2 >= 0 && s2 != subj) {
        vi.sources = group_at(s2);
        break;
      }
    }
    x = w.head;
  }
}

// "Thousands of Iraqi Kurds demonstrated in Kirkuk": a protest with no one it is
// addressed to is addressed to the country where it happens.
void SentenceCoder::protest_place_target(VerbInfo& vi) {
  if (!opt_.protest_targets_place || vi.code.code.rfind("14", 0) != 0) return;
  const uint32_t v = vi.tok;
  // The country of the place the protest is held in ("in Kirkuk").
  std::vector<Actor> place;
  for (const uint32_t* ch = g_.children_begin(v); ch != g_.children_end(v) && place.empty(); ++ch) {
    if (g_.words[*ch].rel != Rel::Obl) continue;
    if (!has_case(*ch, words().place_prepositions)) continue;
    std::vector<Actor> found = group_at(static_cast<int32_t>(*ch));
    if (found.empty()) found = deep_search(static_cast<int32_t>(*ch), nullptr, 0);
    for (auto& a : found) {
      if (a.null() || a.code.size() < 3 || a.code.rfind("IGO", 0) == 0 || a.code.rfind("---", 0) == 0) continue;
      a.code = a.code.substr(0, 3);
      a.entry = "place of the protest: " + a.entry;
      place.push_back(a);
    }
  }
  if (place.empty()) return;
  // "Thousands rallied in Tbilisi": a crowd named by its size alone is the place's
  // people.
  if (!coded(vi.sources) && vi.subject >= 0) {
    const DepWord& sw = g_.words[vi.subject];
    if (one_of(base::ascii_lower(sw.lemma.empty() ? sw.form : sw.lemma), words().crowd_words) ||
        one_of(base::ascii_lower(sw.form), words().crowd_words)) {
      const uint32_t sb = static_cast<uint32_t>(vi.subject);
      vi.sources = {{place.front().code + "CVL", sb, sb + 1, "a crowd at the place of the protest"}};
      vi.rule += "; source: the crowd there";
    }
  }
  // A protest with no one it is addressed to is addressed to the country where it
  // happens.
  if (vi.targets.empty() && !vi.sources.empty()) vi.targets = place;
}

// "Protesters stormed the embassy", "rioters torched government buildings": force or
// destruction by a protesting crowd is a violent protest (145), not a military act.
void SentenceCoder::protesters_force(VerbInfo& vi) {
  const std::string& c = vi.code.code;
  if (vi.subject < 0 || c.size() < 2 || vi.noun_entry >= 0) return;
  // "Supporters of the former president blocked roads": people who are no state
  // obstructing passage protest by it (144); a state's forces blockade (191).
  if (c == "191") {
    const bool state = std::any_of(vi.sources.begin(), vi.sources.end(), [](const Actor& a) {
      if (a.null() || a.code.size() < 3) return false;
      const std::string role = a.code.size() >= 6 ? a.code.substr(3, 3) : "";
      return role.empty() || role == "GOV" || role == "MIL" || role == "COP" || role == "SPY" || a.code.rfind("IGO", 0) == 0;
    });
    if (!state && !vi.sources.empty()) {
      vi.code = EventCode{"144", ""};
      vi.rule += "; obstruction by people";
    }
    return;
  }
  if (!force_code(c) && c != "1712") return;
  auto protesters = [&](uint32_t t) {
    const DepWord& w = g_.words[t];
    return one_of(base::ascii_lower(w.lemma.empty() ? w.form : w.lemma), words().protester_words);
  };
  // (also "hundreds of demonstrators")
  bool crowd = protesters(static_cast<uint32_t>(vi.subject));
  for (const uint32_t* ch = g_.children_begin(vi.subject); ch != g_.children_end(vi.subject) && !crowd; ++ch) {
    crowd = g_.words[*ch].rel == Rel::Nmod && protesters(*ch);
  }
  if (!crowd) return;
  vi.code = EventCode{"145", ""};
  vi.rule += "; force by protesters";
}

// Null actors and new actors, when dyads are not required; a coordinated source and
// no target: the event is among the members.
void SentenceCoder::fallback_arguments(VerbInfo& vi, int32_t subj) {
  const uint32_t v = vi.tok;
  if (vi.sources.empty() && subj >= 0) {
    Actor na = new_actor(subj);
    if (!na.code.empty()) vi.sources.push_back(na);
    else if (!opt_.require_dyad) vi.sources.push_back({"---", static_cast<uint32_t>(subj), static_cast<uint32_t>(subj) + 1, ""});
  }
  // (Two sides as the subject of a two-sided act need no object: "South Korea and Japan
  // signed an agreement to share intelligence" is between them.)
  const size_t coded_sources =
      static_cast<size_t>(std::count_if(vi.sources.begin(), vi.sources.end(), [](const Actor& a) { return !a.null(); }));
  if (vi.targets.empty() && !vi.symmetric && !(coded_sources >= 2 && reciprocal(vi))) {
    int32_t obj = -1;
    for (uint32_t t = vi.ve; t < n_ && obj < 0; ++t) {
      if (!s_.scope[t] || g_.words[t].head != static_cast<int32_t>(v)) continue;
      Rel r = g_.words[t].rel;
      if (r == Rel::Obj || r == Rel::Iobj || r == Rel::Obl) obj = static_cast<int32_t>(t);
    }
    if (obj >= 0) {
      Actor na = new_actor(obj);
      if (!na.code.empty()) vi.targets.push_back(na);
      else if (!opt_.require_dyad) vi.targets.push_back({"---", static_cast<uint32_t>(obj), static_cast<uint32_t>(obj) + 1, ""});
    }
  }
  // (Not when the other side is named and unknown: "Brazil and China pledged to
  // cooperate with the ATPC" is not between Brazil and China.)
  bool unknown_partner = false;
  for (uint32_t x = vi.ve; x < n_; ++x) {
    const DepWord& w = g_.words[x];
    if (w.rel != Rel::Obl || !s_.scope[x] || !has_case(x, words().partner_prepositions)) continue;
    int32_t h = w.head;
    while (h >= 0 && h != static_cast<int32_t>(v) && g_.words[h].rel == Rel::Xcomp) h = g_.words[h].head;
    if (w.head == static_cast<int32_t>(v) || h == static_cast<int32_t>(v)) unknown_partner = true;
  }
  // (Agreeing with no one else named is between the subjects: "Japan and the
  // Philippines agreed to boost defence cooperation"; so is any act on "each other":
  // "Both sides accused each other".)
  bool agreeing = one_of(base::ascii_lower(g_.words[v].lemma.empty() ? g_.words[v].form : g_.words[v].lemma),
                         words().agreement_verbs);
  for (const uint32_t* ch = g_.children_begin(v); ch != g_.children_end(v); ++ch) {
    if (g_.words[*ch].rel != Rel::Obj && g_.words[*ch].rel != Rel::Obl) continue;
    const uint32_t o = *ch;
    agreeing |= o + 1 < n_ && one_of(base::ascii_lower(g_.words[o].form) + " " + base::ascii_lower(g_.words[o + 1].form),
                                     words().reciprocal_pronouns);
  }
  if (vi.targets.empty() && !vi.symmetric && vi.sources.size() >= 2 && !unknown_partner &&
      (!opt_.reciprocal_compounds_only || reciprocal(vi) || agreeing)) {
    std::unordered_set<std::string> codes;
    for (const auto& a : vi.sources) {
      if (!a.null()) codes.insert(a.code);
    }
    if (codes.size() >= 2) {
      vi.symmetric = true;
      vi.rule = "compound";
    }
  }
}

// "Azerbaijan said Armenian forces had fired on its positions", "seized their boats":
// force or seizure on what a country's possessive names, with no one else named, is
// on that country.
void SentenceCoder::possessed_target(VerbInfo& vi) {
  const std::string& c = vi.code.code;
  if (vi.symmetric || c.size() < 2 || c.compare(0, 2, "17") < 0 || c.compare(0, 2, "20") > 0) return;
  if (std::any_of(vi.targets.begin(), vi.targets.end(), [](const Actor& a) { return !a.null() && a.code[0] != '-'; })) return;
  auto src = std::find_if(vi.sources.begin(), vi.sources.end(), [](const Actor& a) { return !a.null(); });
  std::string own = src == vi.sources.end() || src->code.size() < 3 ? "" : src->code.substr(0, 3);
  // (A conjunct's subject is its first verb's, given to it later: "China seized ... and
  // detained their crews".)
  if (own.empty() && g_.words[vi.tok].rel == Rel::Conj) {
    const int32_t subj = subject_of(vi.tok);
    if (subj >= 0) {
      for (const Actor& a : group_at(subj)) {
        if (!a.null() && a.code.size() >= 3 && a.code[0] != '-') {
          own = a.code.substr(0, 3);
          break;
        }
      }
    }
  }
  for (const uint32_t* ch = g_.children_begin(vi.tok); ch != g_.children_end(vi.tok); ++ch) {
    const DepWord& w = g_.words[*ch];
    if ((w.rel != Rel::Obj && w.rel != Rel::Obl) || !s_.scope[*ch] || !is_nominal(w.upos)) continue;
    bool possessed = false;
    for (const uint32_t* cc = g_.children_begin(*ch); cc != g_.children_end(*ch); ++cc) {
      possessed |= g_.words[*cc].rel == Rel::NmodPoss && one_of(g_.words[*cc].form, words().other_possessives);
    }
    if (!possessed) continue;
    for (const std::string& owner : possessive_owner(static_cast<int32_t>(*ch))) {
      if (!cameo::is_country_code(owner) || owner.compare(0, 3, own) == 0) continue;
      vi.targets = {{owner.substr(0, 3), *ch, *ch + 1, ""}};
      vi.rule += "+possessor";
      return;
    }
    // "China seized three Vietnamese boats and detained their crews": no country acts on
    // its own this way; "their" is what the verb before it acted on.
    const DepWord& vw = g_.words[vi.tok];
    if (vw.rel != Rel::Conj || vw.head < 0) continue;
    bool their = false;
    for (const uint32_t* cc = g_.children_begin(*ch); cc != g_.children_end(*ch); ++cc) {
      their |= g_.words[*cc].rel == Rel::NmodPoss && one_of(g_.words[*cc].form, words().plural_possessives);
    }
    for (const uint32_t* hc = g_.children_begin(vw.head); their && hc != g_.children_end(vw.head); ++hc) {
      if (g_.words[*hc].rel != Rel::Obj) continue;
      for (const Actor& a : group_at(static_cast<int32_t>(*hc))) {
        if (a.null() || a.code.size() < 3 || !cameo::is_country_code(a.code) || a.code.compare(0, 3, own) == 0) continue;
        vi.targets = {{a.code.substr(0, 3), *ch, *ch + 1, "the possessor: " + words_text(a.tb, a.te)}};
        vi.rule += "+possessor";
        return;
      }
    }
  }
}

// A bare statement (010, no pattern) is addressed to someone only through the verb's
// own object or "to" phrase ("told the United Nations", "said to reporters"): the
// actors of what was said are not its targets.
void SentenceCoder::keep_addressees(VerbInfo& vi) const {
  if (vi.code.code != "010" || vi.pattern >= 0 || vi.symmetric) return;
  const int32_t v = static_cast<int32_t>(vi.tok);
  // (What one says, states or adds is its object, not whom it is said to: "said the
  // Chinese personnel seized firearms", parsed with "personnel" its object.)
  const DepWord& vw = g_.words[vi.tok];
  const bool content_object = one_of(base::ascii_lower(vw.lemma.empty() ? vw.form : vw.lemma), words().saying_verbs);
  auto addressed = [&](const Actor& a) {
    int32_t x = static_cast<int32_t>(a.tb);
    for (uint32_t steps = 0; x >= 0 && steps <= n_; ++steps) {
      if (g_.words[x].head == v) {
        const Rel r = g_.words[x].rel;
        if (r == Rel::Iobj || (r == Rel::Obj && !content_object)) return true;
        if (r != Rel::Obl) return false;
        for (const uint32_t* ch = g_.children_begin(x); ch != g_.children_end(x); ++ch) {
          if (g_.words[*ch].rel == Rel::Case && one_of(g_.words[*ch].form, words().addressee_prepositions)) return true;
        }
        return false;
      }
      x = g_.words[x].head;
    }
    return false;
  };
  // "told reporters", "told a news agency": speaking to the press is how a statement
  // is made, not whom it is addressed to.
  auto press = [](const Actor& a) { return a.code.size() >= 6 && a.code.compare(3, 3, "MED") == 0; };
  vi.targets.erase(std::remove_if(vi.targets.begin(), vi.targets.end(),
                                  [&](const Actor& a) { return !addressed(a) || press(a); }),
                   vi.targets.end());
}

// Does the target come from a complement clause? (A reporting verb whose only target
// is inside what it reports falls silent when the report codes.)
void SentenceCoder::note_complement_target(VerbInfo& vi) const {
  for (const auto& t : vi.targets) {
    int32_t x = static_cast<int32_t>(t.tb);
    for (uint32_t steps = 0; x >= 0 && steps <= n_; ++steps) {
      if (g_.words[x].head == static_cast<int32_t>(vi.tok)) {
        if (g_.words[x].rel == Rel::Ccomp) vi.target_in_complement = true;
        break;
      }
      x = g_.words[x].head;
    }
  }
}

// "Pakistan complained to the UN that India was diverting water": a
// complaint or a charge is aimed at whom it is about, the subject of what it says;
// the one it is made to only hears it. (The parser hangs the clause on the verb or
// on the addressee.)
void SentenceCoder::aim_complaints(VerbInfo& vi) {
  const std::string& vc = vi.code.code;
  const uint32_t v = vi.tok;
  if (vc.rfind("11", 0) != 0 || vi.targets.empty() || vi.targets.front().tb >= n_) return;
  // Retargets to `about` when it names a country other than the complainer's own.
  const std::string own3 = vi.sources.empty() || vi.sources.front().null() ? "" : vi.sources.front().code.substr(0, 3);
  auto retarget = [&](std::vector<Actor>& about) {
    const bool other = std::any_of(about.begin(), about.end(), [&](const Actor& a) {
      return !a.null() && a.code[0] != '-' && a.code.compare(0, 3, own3) != 0;
    });
    if (!other) return false;
    vi.targets = std::move(about);
    vi.rule += "+about";
    return true;
  };
  int32_t addressee = -1, clause = -1;
  for (const uint32_t* ch = g_.children_begin(v); ch != g_.children_end(v); ++ch) {
    const DepWord& w = g_.words[*ch];
    if ((w.rel == Rel::Obl || w.rel == Rel::Iobj) && in_subtree(vi.targets.front().tb, *ch) &&
        (w.rel == Rel::Iobj || has_case(*ch, words().addressee_prepositions))) {
      addressee = static_cast<int32_t>(*ch);
    }
    if (w.rel == Rel::Ccomp) clause = static_cast<int32_t>(*ch);
  }
  if (addressee < 0) {
    // "filed a complaint with the WTO over U.S. export controls": the one a complaint
    // is lodged with only hears it; what it is over names whom it is about.
    std::vector<int32_t> heads{static_cast<int32_t>(v)};  // the verb and its object ("a complaint with X")
    for (const uint32_t* ch = g_.children_begin(v); ch != g_.children_end(v); ++ch) {
      if (g_.words[*ch].rel == Rel::Obj) heads.push_back(static_cast<int32_t>(*ch));
    }
    for (int32_t h : heads) {
      for (const uint32_t* ch = g_.children_begin(h); ch != g_.children_end(h) && addressee < 0; ++ch) {
        const DepWord& w = g_.words[*ch];
        if ((w.rel == Rel::Obl || w.rel == Rel::Nmod) && in_subtree(vi.targets.front().tb, *ch) &&
            has_case(*ch, words().partner_prepositions)) {
          addressee = static_cast<int32_t>(*ch);
        }
      }
    }
    if (addressee < 0) return;
    // (Only one who hears it as a body: a country it is lodged with is whom it is
    // against, "lodged a protest with China over the seizure of its boat".)
    if (vi.targets.front().code.rfind("IGO", 0) != 0) return;
    for (int32_t h : heads) {
      for (const uint32_t* ch = g_.children_begin(h); ch != g_.children_end(h); ++ch) {
        const Rel r = g_.words[*ch].rel;
        if ((r != Rel::Obl && r != Rel::Nmod) || !has_case(*ch, words().about_prepositions)) continue;
        std::vector<Actor> about = judged(*ch);
        if (retarget(about)) return;
      }
    }
    return;
  }
  for (const uint32_t* ch = g_.children_begin(addressee); ch != g_.children_end(addressee) && clause < 0; ++ch) {
    if (g_.words[*ch].rel != Rel::Acl && g_.words[*ch].rel != Rel::AclRelcl) continue;
    // ("that" as its marker, or read as a relative pronoun although the clause has a
    // subject of its own: "complained to the UN that Valdoria was deploying troops".)
    int32_t that = -1, subject = -1;
    for (const uint32_t* cc = g_.children_begin(*ch); cc != g_.children_end(*ch); ++cc) {
      if (one_of(g_.words[*cc].form, words().claim_markers) &&
          (g_.words[*cc].rel == Rel::Mark || g_.words[*cc].upos == UPos::Pron)) {
        that = static_cast<int32_t>(*cc);
      }
      if (g_.words[*cc].rel == Rel::Nsubj) subject = static_cast<int32_t>(*cc);
    }
    if (that >= 0 && (g_.words[that].rel == Rel::Mark || (subject > that && subject != that))) {
      clause = static_cast<int32_t>(*ch);
    }
  }
  if (clause < 0 || clause < addressee) return;
  const int32_t about = subject_of(static_cast<uint32_t>(clause));
  if (about < 0 || !in_subtree(static_cast<uint32_t>(about), static_cast<uint32_t>(clause))) return;
  std::vector<Actor> accused = group_at(about);
  retarget(accused);
}

}  // namespace dyad::coder
