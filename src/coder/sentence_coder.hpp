// The per-sentence coder, private to src/coder/: its working types (NounMatch,
// Actor, VerbInfo), the per-document scratch memory (CoderScratch) and the
// SentenceCoder class, whose passes live in one file each:
//   preparation.cpp       match units, discards, datelines
//   mentions.cpp          noun-phrase chunks, dictionary matches, code composition
//   actor_resolution.cpp  the actors of a noun phrase (agents, "X of Y", coordination)
//   document_memory.cpp   people and descriptions met earlier in the story
//   verbs.cpp             dictionary verbs of the sentence
//   arguments.cpp         subjects, objects, passives, scope
//   verb_arguments.cpp    code_verb: a verb's sources and targets, modality
//   event_nouns.cpp       acts named by nouns ("the U.S. attack on X", "talks with Y")
//   patterns.cpp          verb patterns matched over the verb's scope
//   clauses.cpp           reporting verbs, transformations, refusals, claims, xcomp chains
//   assembly.cpp          events, filters, evidence
//   parse_repair.cpp      clause-moving parse mistakes, rewired on a copy before coding
//   event_coder.cpp       the order of the passes (SentenceCoder::run), EventCoder
#pragma once

#include <algorithm>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "base/strings.hpp"
#include "coder/document_memory.hpp"
#include "coder/event_dates.hpp"
#include "dict/compiled.hpp"
#include "dyad/code.hpp"
#include "lang/language.hpp"

namespace dyad::coder {

struct NounMatch {
  uint32_t tb = 0, te = 0;  // tokens [tb, te)
  uint32_t phrase = 0;
  bool agent = false;
  uint32_t entry = 0;
  int32_t chunk = -1;       // chunk head it belongs to
};

// The intent or threat a material act becomes when announced (modality.cpp): meeting
// -> 036, aid -> 033, force -> 138 ...; other codes unchanged.
std::string announced_code(const std::string& code);

struct Actor {
  std::string code;
  uint32_t tb = 0, te = 0;  // tokens
  std::string entry;
  bool null() const { return code.empty() || code == "---"; }
};

// Whether a group of sides names at least one actor.
inline bool coded(const std::vector<Actor>& g) {
  return std::any_of(g.begin(), g.end(), [](const Actor& a) { return !a.null(); });
}

// Whether a CAMEO code is force: 18 (unconventional violence), 19 (fighting), 20 (mass
// violence).
inline bool force_code(std::string_view code) {
  return code.size() >= 2 && code.compare(0, 2, "18") >= 0 && code.compare(0, 2, "20") <= 0;
}

struct VerbInfo {
  uint32_t tok = 0;
  uint32_t vb = 0, ve = 0;        // verb phrase tokens [vb, ve)
  int32_t particle = -1;          // a separated particle token
  uint32_t entry = 0;
  EventCode code;
  int32_t block = -1, pattern = -1;
  std::vector<Actor> sources, targets;
  bool symmetric = false;
  bool negated = false;
  bool suppressed = false;
  bool absorbed = false;
  bool pronoun_subject = false;   // I / we / you: a speaker may replace it
  bool target_in_complement = false;
  bool hypothetical = false;  // "might attack": not an event
  bool demanded = false;      // "demanded that Poland withdraw": the demand is the event
  bool judgement = false;     // "said the sale was a violation": the sale stays a fact
  std::vector<uint32_t> pattern_words;  // the tokens the chosen pattern's words matched ("tanks" of "* &WEAPONS")
  int32_t subject = -1;
  int depth = 0;
  std::string rule;
  int32_t noun_entry = -1;  // an event noun (Dictionary::event_nouns), not a verb
  bool mutual = false;      // a two-sided event noun
};

class CoderScratch {
 public:
  std::string upper;
  std::vector<uint32_t> unit_id, unit_token;
  std::vector<uint32_t> tok_unit_begin, tok_unit_end;
  std::vector<uint32_t> form_id, lemma_id;
  std::vector<int32_t> chunk;
  std::vector<NounMatch> matches;
  std::vector<int32_t> tok_match;
  std::vector<int32_t> chunk_first_unit, chunk_last_unit;  // per token (chunk head); -1 if none
  std::vector<int32_t> chunk_at_unit_start, chunk_at_unit_end;
  std::vector<int32_t> coord_first;  // per chunk head: first conjunct of its coordination
  std::vector<uint8_t> scope;
  std::vector<VerbInfo> verbs;
  std::vector<int32_t> verb_of_token;
  std::vector<int> depth;
  std::vector<uint32_t> tin, tout;
  std::vector<std::pair<uint32_t, const uint32_t*>> dfs;
  std::vector<int32_t> chunk_match_begin, chunk_match_list;
  std::vector<uint8_t> group_cached;
  uint64_t word_bloom[16] = {};
  bool any_former = false;
  std::vector<std::vector<Actor>> group_cache;
  EventDater dater;
  SentenceMemory sentence_memory;  // what this sentence adds to the document memory
  uint32_t dateline_end = 0;       // tokens [0, dateline_end) are a wire dateline
  // Event-noun heads with the author their phrase names ("Iran's attack" -> IRN).
  std::vector<std::pair<uint32_t, std::vector<Actor>>> act_authors;
};

inline bool is_nominal(UPos u) {
  return u == UPos::Noun || u == UPos::Propn || u == UPos::Pron || u == UPos::Num || u == UPos::X ||
         u == UPos::Sym;
}

class SentenceCoder {
 public:
  SentenceCoder(const Dictionary& dict, const CoderOptions& opt, const DepGraph& g, DocumentState& doc)
      : dict_(dict),
        c_(dict.compiled()),
        opt_(opt),
        lang_(opt.language ? *opt.language : lang::english()),
        g_(g),
        doc_(doc),
        s_(*doc.scratch),
        memory_(doc, s_.sentence_memory),
        n_(static_cast<uint32_t>(g.words.size())) {}

  SentenceResult run(std::vector<Event>& out);
  static uint32_t bloom_bit(uint32_t id) { return static_cast<uint32_t>((uint64_t(id) * 0x9E3779B97F4A7C15ull) >> 54); }
  bool may_contain(uint32_t id) const {
    uint32_t b = bloom_bit(id);
    return (s_.word_bloom[b >> 6] >> (b & 63)) & 1;
  }

 private:
  // Preparation.
  void prepare_units();
  SentenceStatus check_discards();
  bool dateline() const;
  uint32_t dateline_length() const;
  void strip_dateline();
  void build_chunks();
  void match_nouns();
  // Mentions.
  std::vector<Actor> group_at(int32_t t);
  bool own_determiner(int32_t head) const;
  std::vector<Actor> group_at_uncached(int32_t t);
  std::vector<Actor> nmod_actors(int32_t head);
  std::vector<std::string> possessive_owner(int32_t head);
  std::vector<Actor> resolve_nominal(int32_t c);
  std::vector<Actor> deep_search(int32_t root, const std::vector<uint8_t>* mask, uint32_t after,
                                 const std::vector<int32_t>* skip_roots = nullptr);
  int depth_ = 0;  // recursion guard for group_at / deep_search
  bool comp_after_ = false;
  std::string actor_code(const NounMatch& m) const;
  std::string compose(std::string base, const std::vector<int32_t>& agent_matches) const;
  std::span<const int32_t> chunk_matches(int32_t head) const;
  void index_chunk_matches();
  int32_t coordination_first(int32_t t) const;
  std::string entry_text(int32_t match) const;
  Actor new_actor(int32_t t) const;
  // Document memory.
  std::vector<uint32_t> name_tokens(int32_t head) const;
  std::vector<std::string> name_words(const std::vector<uint32_t>& toks) const;
  void remember_person(const std::vector<uint32_t>& toks, const std::string& code);
  bool recall_person(const std::vector<uint32_t>& toks, Actor& out);
  bool recall_last_person(int32_t t, Actor& out);
  int name_depth(const std::vector<uint32_t>& toks) const;
  bool recall_description(int32_t head, Actor& out) const;
  bool recall_pair(int32_t head, uint32_t tb, uint32_t te, std::vector<Actor>& out) const;  // appends, spanning [tb, te)
  // Verbs.
  void find_verbs();
  int32_t subject_of(uint32_t v, int guard = 0) const;
  void aim_complaints(VerbInfo& vi);
  // Evaluations (evaluations.cpp).
  std::vector<Actor> judged(uint32_t t);
  void code_evaluations();
  bool is_passive(uint32_t v) const;
  void lower_scope(const VerbInfo& vi);
  void choose_pattern(VerbInfo& vi, std::vector<Actor>& pat_src, std::vector<Actor>& pat_tgt,
                      std::vector<Actor>& pat_comp, bool& used_negation);
  bool finite_misattached(uint32_t v) const;
  int32_t coordinated_above(uint32_t v) const;
  int32_t title_before_name(uint32_t v, uint32_t first) const;
  bool definite(int32_t head) const;
  bool political(const std::string& s, const std::string& t) const;
  bool self_event(const std::string& cameo, const std::string& s, const std::string& t, bool no_source) const;
  // The language's words and tag classes (src/lang/).
  const lang::CoderWords& words() const { return lang_.coder; }
  // `form` (any case) is one of `list` (lower case).
  // Whether word `t` has a case marker of `list` ("in Riyadh", "to a ceasefire").
  bool has_case(uint32_t t, lang::WordList list) const {
    for (const uint32_t* ch = g_.children_begin(t); ch != g_.children_end(t); ++ch) {
      if (g_.words[*ch].rel == Rel::Case && one_of(g_.words[*ch].form, list)) return true;
    }
    return false;
  }
  // A verb's lemma in lower case with its particle ("hold up", "put off").
  std::string verb_lemma(uint32_t v) const {
    const DepWord& w = g_.words[v];
    std::string out = base::ascii_lower(w.lemma.empty() ? w.form : w.lemma);
    for (const uint32_t* ch = g_.children_begin(v); ch != g_.children_end(v); ++ch) {
      if (g_.words[*ch].rel == Rel::CompoundPrt) out += " " + base::ascii_lower(g_.words[*ch].form);
    }
    return out;
  }
  static bool one_of(std::string_view form, lang::WordList list) {
    for (std::string_view w : list) {
      if (base::ieq_lower(form, w)) return true;
    }
    return false;
  }
  bool finite_tag(std::string_view xpos) const { return lang::in(xpos, words().finite_verb_tags); }
  bool participle_tag(std::string_view xpos) const { return xpos == words().participle_tag; }
  bool verb_tag(std::string_view xpos) const { return xpos.rfind(words().verb_tag_prefix, 0) == 0; }
  // A finite verb, or a past participle with no auxiliary (a tagger's mix-up of
  // "praised" VBD/VBN).
  bool finite_looking(uint32_t v) const {
    const DepWord& w = g_.words[v];
    if (finite_tag(w.xpos)) return true;
    if (!participle_tag(w.xpos) || w.rel == Rel::Amod || w.rel == Rel::Acl) return false;
    for (const uint32_t* ch = g_.children_begin(v); ch != g_.children_end(v); ++ch) {
      Rel r = g_.words[*ch].rel;
      if (r == Rel::Aux || r == Rel::AuxPass || r == Rel::Cop) return false;
    }
    return true;
  }
  bool to_clause(uint32_t v) const {
    for (const uint32_t* ch = g_.children_begin(v); ch != g_.children_end(v); ++ch) {
      if (g_.words[*ch].rel == Rel::Mark && one_of(g_.words[*ch].form, words().infinitive_markers)) return true;
    }
    return false;
  }
  int32_t main_subject_before(uint32_t v) const;
  // An acl:relcl that is a relative clause ("which Russia proposed"), not a content
  // clause the parser labelled so ("demands that the government grant ...": "that" is
  // a mark there).
  bool relative_clause(uint32_t r) const {
    if (g_.words[r].rel != Rel::AclRelcl) return false;
    for (const uint32_t* ch = g_.children_begin(r); ch != g_.children_end(r); ++ch) {
      if (g_.words[*ch].rel == Rel::Mark) return false;
    }
    return true;
  }
  // A verb's sources and targets (verb_arguments.cpp), in steps.
  struct PatternActors {
    std::vector<Actor> sources, targets, compound;
    bool compound_after = false;  // the % group follows the verb: it is the target set
  };
  void code_verb(VerbInfo& vi);
  void mark_negation(VerbInfo& vi, bool used_negation) const;
  void apply_modality(VerbInfo& vi) const;
  void prefer_coded_obliques(VerbInfo& vi);
  void suppress_claims();
  std::vector<Actor> subject_actors(VerbInfo& vi, int32_t subj);
  void graph_arguments(VerbInfo& vi, int32_t subj, std::vector<Actor> subj_group);
  void pattern_arguments(VerbInfo& vi, int32_t subj, const PatternActors& pat);
  void protest_place_target(VerbInfo& vi);
  void fallback_arguments(VerbInfo& vi, int32_t subj);
  void note_complement_target(VerbInfo& vi) const;
  bool in_subtree(uint32_t t, uint32_t root) const;
  void euler_tour();
  bool is_speech(const VerbInfo& vi) const;
  // Event nouns (event_nouns.cpp): "the U.S. attack on X", "talks with Y".
  void find_event_nouns();
  void find_stays();
  int32_t match_event_noun(uint32_t t, uint32_t& first) const;
  bool noun_arguments(VerbInfo& vi, bool mutual);
  void aim_comments_at_authors();
  void aim_retaliation();
  void aim_complaints_at_causes();
  void aim_mediation();
  bool people_of_country(const EventActor& a) const;
  void visit_host(const Actor& visitor, uint32_t t, std::vector<Actor>& targets);
  void propagate_hedges();
  bool threat_of_response(const VerbInfo& vi) const;
  bool mentions_measure(uint32_t root) const;
  void code_conditional_threats();
  void code_vowed_responses();
  void possessed_target(VerbInfo& vi);
  bool names_author(uint32_t t) const;
  void attribute_passive_acts();
  void aim_force_at_enemy();
  void partner_from_story();
  const Actor* attacker_in_sentence(const std::string& victim, const VerbInfo* except, bool seizure) const;
  std::vector<Actor> actors_after(uint32_t from, bool coordination) const;
  int32_t governing_verb(uint32_t t) const;
  // A two-sided act: meeting, talks, negotiation, clash, signing (verbs.cpp).
  bool reciprocal(const VerbInfo& vi) const;
  // Real-news filters of a verb's targets and of finished events.
  void keep_addressees(VerbInfo& vi) const;
  void resolve_agent_sides(std::vector<Event>& out, size_t first);
  bool produces(const VerbInfo& vi) const;
  void link_complements();
  void apply_transformation(const VerbInfo& outer, VerbInfo& inner);
  void absorb_xcomps();
  void negate_refusals();
  void write_events(std::vector<Event>& out);
  Event make_event(const VerbInfo& vi, const std::string& code, const Actor& s, const Actor& t) const;
  std::string words_text(uint32_t tb, uint32_t te) const;

  // Pattern matching.
  struct MatchState {
    std::vector<Actor>* src;
    std::vector<Actor>* tgt;
    std::vector<Actor>* comp;
    std::vector<uint32_t> matched_tokens;
    bool comp_after = false;  // the % group follows the verb: it is the target set
    int32_t verb = -1;        // the verb the pattern is matched for
  };
  bool topic_detail(uint32_t t, int32_t verb) const;
  void acts_by_their_words(VerbInfo& vi, int32_t subj);
  // A word's lemma in lower case (its form when it has none).
  std::string lemma_lower(uint32_t t) const {
    const DepWord& w = g_.words[t];
    return base::ascii_lower(w.lemma.empty() ? w.form : w.lemma);
  }
  bool own_word_before(uint32_t t, int32_t verb) const;
  void protesters_force(VerbInfo& vi);
  bool match_side(const std::vector<PatternElement>& els, size_t k, int32_t pos, int dir, bool lower,
                  MatchState& st, int budget);
  bool visible(int32_t u, bool lower) const {
    if (u < 0 || u >= static_cast<int32_t>(s_.unit_id.size())) return false;
    return !lower || s_.scope[s_.unit_token[u]];
  }
  int synset_match(uint32_t synset, int32_t pos, int dir, bool lower) const;

  const Dictionary& dict_;
  const CompiledDictionary& c_;
  const CoderOptions& opt_;
  const lang::Language& lang_;
  const DepGraph& g_;
  DocumentState& doc_;
  CoderScratch& s_;
  DocumentMemory memory_;
  uint32_t n_;
  std::vector<std::string> notes_;
};

}  // namespace dyad::coder
