// Evaluations: criticism said as a judgement rather than with a verb of criticism.
//
//   "China said the U.S. arms sale to Taiwan was a serious violation of international
//   law"                                    -> CHN -> USA 112 (a charge)
//   "Paris said Iran's decision was deeply regrettable"    -> FRA -> IRN 111
//   "Moscow called the expulsion of its diplomats unacceptable" (with an author named)
//   "'This is an act of aggression,' the minister said of the Russian strike"
//
// A statement (CAMEO 01) whose reported clause is a copula with a word of blame as its
// predicate, or a verb of naming ("call", "describe", "label") whose object is given
// such a predicate, criticises whoever the clause is about: the subject's actor, the
// author of an act the subject names, or, for "this" and "it", the act the statement
// is "of". Words of wrongdoing (violation, crime, aggression ...) make it a charge
// (112), the rest criticism (111); words of praise ("described Japan as a close ally",
// "said China's role was constructive") make it praise (051); an act said to harm
// something ("said the sale harmed relations") is criticism too. The reporting verb
// keeps its speaker and evidence.
#include <algorithm>

#include "coder/sentence_coder.hpp"

namespace dyad::coder {

// Who a judgement on phrase `t` is aimed at: the author of the act it names, else its
// own actors (not those of a clause or phrase of place or time inside it).
std::vector<Actor> SentenceCoder::judged(uint32_t t) {
  auto it = std::find_if(s_.act_authors.begin(), s_.act_authors.end(), [&](const auto& a) { return a.first == t; });
  if (it != s_.act_authors.end()) return it->second;
  uint32_t first = t;
  if (match_event_noun(t, first) >= 0) return {};  // an act with no author named
  return group_at(static_cast<int32_t>(t));
}

// Whether the phrase headed by `t` names who it is about in its own words: an actor
// as its head, or one that modifies it directly ("the US arms sale", "Russia's move",
// "Iranian drones"), not inside a prepositional phrase.
bool SentenceCoder::names_author(uint32_t t) const {
  for (uint32_t k = 0; k < n_; ++k) {
    if (s_.tok_match[k] < 0 || s_.matches[s_.tok_match[k]].agent || !in_subtree(k, t)) continue;
    bool direct = true;
    for (int32_t x = static_cast<int32_t>(k); x >= 0 && x != static_cast<int32_t>(t) && direct; x = g_.words[x].head) {
      const Rel r = g_.words[x].rel;
      direct = r == Rel::Amod || r == Rel::Compound || r == Rel::NmodPoss || r == Rel::Flat || r == Rel::Fixed;
    }
    if (direct) return true;
  }
  return false;
}

void SentenceCoder::code_evaluations() {
  const lang::CoderWords& W = words();
  auto lemma_of = [&](uint32_t t) { return base::ascii_lower(g_.words[t].lemma.empty() ? g_.words[t].form : g_.words[t].lemma); };
  // The word of blame a predicate says: itself, or what it is an act or case of ("an
  // act of aggression", "a clear case of interference").
  auto blame_word = [&](uint32_t t) -> int32_t {
    const std::string l = lemma_of(t);
    if (one_of(l, W.blame_nouns) || one_of(l, W.charge_nouns) || one_of(l, W.blame_adjectives) ||
        one_of(l, W.charge_adjectives) || one_of(l, W.praise_nouns) || one_of(l, W.praise_adjectives) ||
        one_of(l, W.harm_verbs)) {
      return static_cast<int32_t>(t);
    }
    if (!one_of(l, W.instance_nouns)) return -1;
    for (const uint32_t* ch = g_.children_begin(t); ch != g_.children_end(t); ++ch) {
      const std::string cl = lemma_of(*ch);
      if ((g_.words[*ch].rel == Rel::Nmod || g_.words[*ch].rel == Rel::Obl) && has_case(*ch, W.of_prepositions) &&
          (one_of(cl, W.blame_nouns) || one_of(cl, W.charge_nouns))) {
        return static_cast<int32_t>(*ch);
      }
    }
    return -1;
  };
  auto blame = [&](uint32_t t) { return blame_word(t) >= 0; };
  for (VerbInfo& vi : s_.verbs) {
    if (vi.noun_entry >= 0 || vi.suppressed || vi.negated || vi.hypothetical || !coded(vi.sources)) continue;
    const bool statement = vi.code.code.size() >= 2 && vi.code.code.compare(0, 2, "01") == 0;
    // (A verb of naming may have no code of its own: "call" is coded by its patterns.)
    const bool naming = one_of(lemma_of(vi.tok), W.naming_verbs);
    if (!statement && !naming) continue;
    if (vi.pattern >= 0 && !statement) continue;  // "called X an escalation": the pattern coded it
    int32_t predicate = -1, about = -1;
    for (const uint32_t* ch = g_.children_begin(vi.tok); ch != g_.children_end(vi.tok) && predicate < 0; ++ch) {
      const DepWord& c = g_.words[*ch];
      if (statement && c.rel == Rel::Ccomp && one_of(lemma_of(*ch), W.bearing_verbs)) {
        // "... said Israel bore full responsibility for the attack": a charge.
        int32_t subj = -1, obj = -1;
        for (const uint32_t* cc = g_.children_begin(*ch); cc != g_.children_end(*ch); ++cc) {
          if (g_.words[*cc].rel == Rel::Nsubj) subj = static_cast<int32_t>(*cc);
          if (g_.words[*cc].rel == Rel::Obj && one_of(lemma_of(*cc), W.charge_nouns)) obj = static_cast<int32_t>(*cc);
        }
        if (subj >= 0 && obj >= 0) {
          predicate = obj;
          about = subj;
        }
      } else if (statement && c.rel == Rel::Ccomp && one_of(lemma_of(*ch), W.harm_verbs) &&
                 s_.verb_of_token[*ch] < 0) {
        // "... said the U.S. arms sale to Taiwan seriously harmed relations": what an
        // act is said to harm is the speaker's complaint about its author.
        for (const uint32_t* cc = g_.children_begin(*ch); cc != g_.children_end(*ch); ++cc) {
          if (g_.words[*cc].rel == Rel::Nsubj) about = static_cast<int32_t>(*cc);
        }
        // (Only a subject that names its author in its own words -- "the US arms sale",
        // "Russia's move" -- not one that mentions a place: "cold weather in East
        // Germany damaged the barley".)
        if (about >= 0 && !names_author(static_cast<uint32_t>(about))) about = -1;
        if (about >= 0) predicate = static_cast<int32_t>(*ch);
      } else if (statement && c.rel == Rel::Ccomp && blame(*ch)) {
        // "... said [the sale was a violation]": a copula and its subject.
        bool cop = false;
        int32_t subj = -1;
        for (const uint32_t* cc = g_.children_begin(*ch); cc != g_.children_end(*ch); ++cc) {
          cop |= g_.words[*cc].rel == Rel::Cop;
          if (g_.words[*cc].rel == Rel::Nsubj) subj = static_cast<int32_t>(*cc);
        }
        if (cop && subj >= 0) {
          predicate = static_cast<int32_t>(*ch);
          about = subj;
        }
      } else if (naming && (c.rel == Rel::Xcomp || (c.rel == Rel::Obl && has_case(*ch, W.as_prepositions))) &&
                 blame(*ch)) {
        // "called [the expulsion] [unacceptable]", "described [Japan] as [a close ally]"
        for (const uint32_t* cc = g_.children_begin(vi.tok); cc != g_.children_end(vi.tok); ++cc) {
          if (g_.words[*cc].rel == Rel::Obj) about = static_cast<int32_t>(*cc);
        }
        if (about >= 0) predicate = static_cast<int32_t>(*ch);
      }
    }
    if (predicate < 0) continue;
    // A negated judgement is none: "said the move was not illegal".
    bool negated = false;
    for (const uint32_t* cc = g_.children_begin(predicate); cc != g_.children_end(predicate); ++cc) {
      negated |= g_.words[*cc].negation;
    }
    if (negated) continue;
    std::vector<Actor> targets;
    if (g_.words[about].upos == UPos::Pron) {
      // "'This is aggression,' the minister said of the Russian strike."
      for (const uint32_t* ch = g_.children_begin(vi.tok); ch != g_.children_end(vi.tok) && !coded(targets); ++ch) {
        if (g_.words[*ch].rel == Rel::Obl && has_case(*ch, W.of_prepositions)) targets = judged(*ch);
      }
    } else {
      targets = judged(static_cast<uint32_t>(about));
    }
    if (!coded(targets)) continue;
    // Not a judgement of one's own side: "Iran said its response was legitimate".
    const std::string own = vi.sources.front().null() ? "" : vi.sources.front().code.substr(0, 3);
    targets.erase(std::remove_if(targets.begin(), targets.end(),
                                 [&](const Actor& a) { return a.null() || a.code.compare(0, 3, own) == 0; }),
                  targets.end());
    if (targets.empty()) continue;
    const int32_t word = blame_word(static_cast<uint32_t>(predicate));
    const std::string word_lemma = lemma_of(static_cast<uint32_t>(word));
    const bool praise = one_of(word_lemma, W.praise_nouns) || one_of(word_lemma, W.praise_adjectives);
    vi.code = EventCode{praise ? "051"
                        : one_of(word_lemma, W.charge_nouns) || one_of(word_lemma, W.charge_adjectives) ? "112"
                                                                                                      : "111",
                        ""};
    vi.targets = std::move(targets);
    vi.symmetric = false;
    vi.judgement = true;  // what it judges is no claim of it: the sale stays a fact
    vi.rule += "; a judgement: " + g_.words[word].form;
  }
}

}  // namespace dyad::coder
