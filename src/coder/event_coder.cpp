// EventCoder: CAMEO events from one dependency graph (the algorithm is outlined in
// include/dyad/code.hpp; docs/coding.md explains each rule with examples).
//
// Two views of the sentence are used side by side, on purpose:
//   - match units in word order, for dictionary phrases and verb patterns -- the
//     patterns of PETRARCH/TABARI dictionaries are linear ("- * DIPLOMATIC TIES",
//     "- + WAS * DEAD IN $"), so they are matched linearly, but only over the words
//     the verb governs (its "lower scope") after the verb;
//   - the dependency graph, for everything structural: which words form a noun
//     phrase ("chunk"), which noun phrase is the subject, how agents combine with
//     actors ("the ambassadors of Arnor, Osgiliath and Gondor"), which clause a
//     reporting verb reports.
// The coder keeps per-verb results (VerbInfo) for the whole sentence before writing
// events, because verbs interact: a reporting verb hands its speaker to the clause it
// reports and falls silent when that clause codes; a verb that codes absorbs its
// xcomp chain ("vowed to wage war": one event, not two).
#include "dyad/code.hpp"

#include <memory>

#include "coder/parse_repair.hpp"
#include "coder/sentence_coder.hpp"
#include "cameo/actor_codes.hpp"

namespace dyad {

CoderOptions CoderOptions::petrarch() {
  CoderOptions o;
  o.negation = NegationPolicy::Code;
  o.passive_subject_is_source = true;
  o.advcl_inherits_subject = false;
  o.link_parataxis_speech = false;
  o.skip_dateline_sentences = true;
  o.document_memory = false;
  o.drop_self_events = false;
  o.refusal_negates = false;
  o.scope_skips_relative_clauses = false;
  o.speech_pattern_wins = false;
  o.protest_targets_place = false;
  o.statements_need_addressee = false;
  o.reciprocal_compounds_only = false;
  o.reciprocal_both_directions = false;
  o.resolve_agent_countries = false;
  o.require_countries = false;
  o.event_nouns = false;
  o.comments_target_authors = false;
  o.retaliation_targets_attacker = false;
  o.recall_mutual_acts = false;
  o.passive_acts_by_story_attacker = false;
  o.dated_surnames = false;
  o.strip_datelines = false;
  o.repair_parses = false;
  o.political_only = false;
  o.modality = false;
  o.claims_are_not_events = false;
  return o;
}

const char* sentence_status_name(SentenceStatus s) {
  switch (s) {
    case SentenceStatus::Coded: return "coded";
    case SentenceStatus::NoParse: return "noparse";
    case SentenceStatus::SentenceDiscard: return "sentencediscard";
    case SentenceStatus::StoryDiscard: return "storydiscard";
    case SentenceStatus::Dateline: return "dateline";
  }
  return "coded";
}

DocumentState::DocumentState() : scratch(std::make_unique<coder::CoderScratch>()) {}
DocumentState::~DocumentState() = default;
DocumentState::DocumentState(DocumentState&&) noexcept = default;
DocumentState& DocumentState::operator=(DocumentState&&) noexcept = default;

void DocumentState::reset(std::string id, Date d) {
  doc_id = std::move(id);
  date = d;
  story_discarded = false;
  dateline_country.clear();
  actors_seen.clear();
  people.clear();
  roles.clear();
  acts.clear();
  last_person = -1;
  stated_date = Date();
  stated_sentence = 0;
  sentence_index = 0;
  if (!scratch) scratch = std::make_unique<coder::CoderScratch>();
}

EventCoder::EventCoder(Dictionary& dict, CoderOptions options) : dict_(&dict), options_(options) {
  if (!dict.is_compiled()) dict.compile();
}

namespace coder {

SentenceResult SentenceCoder::run(std::vector<Event>& out) {
  SentenceResult r;
  if (n_ == 0) return r;
  if (doc_.story_discarded) {
    r.status = SentenceStatus::StoryDiscard;
    return r;
  }
  prepare_units();
  SentenceStatus d = check_discards();
  if (d == SentenceStatus::StoryDiscard) doc_.story_discarded = true;
  if (d != SentenceStatus::Coded) {
    r.status = d;
    return r;
  }
  // (Any sentence: a digest of briefs starts each with its own, "MARLOW - Valdoria ...".)
  if (opt_.strip_datelines) strip_dateline();
  if (opt_.skip_dateline_sentences && dateline()) {
    r.status = SentenceStatus::Dateline;
    return r;
  }
  if (!g_.has_parse()) {
    r.status = SentenceStatus::NoParse;
    return r;
  }
  euler_tour();
  build_chunks();
  match_nouns();
  index_chunk_matches();
  const bool recent = doc_.stated_date && doc_.sentence_index - doc_.stated_sentence <= 2;
  s_.dater.run(g_, doc_.date, recent ? doc_.stated_date : Date());
  if (s_.dater.stated()) {
    doc_.stated_date = s_.dater.stated();
    doc_.stated_sentence = doc_.sentence_index;
  }
  find_verbs();
  for (auto& vi : s_.verbs) code_verb(vi);
  if (opt_.modality) propagate_hedges();
  if (opt_.event_nouns) find_event_nouns();
  if (opt_.event_nouns && opt_.comments_target_authors) find_stays();
  if (opt_.event_nouns && opt_.comments_target_authors) aim_comments_at_authors();
  if (opt_.event_nouns && opt_.comments_target_authors) code_evaluations();
  if (opt_.comments_target_authors) code_conditional_threats();
  if (opt_.comments_target_authors) code_vowed_responses();
  if (opt_.retaliation_targets_attacker && opt_.document_memory) aim_retaliation();
  if (opt_.comments_target_authors) aim_complaints_at_causes();
  if (opt_.comments_target_authors) aim_mediation();
  if (opt_.passive_acts_by_story_attacker && opt_.document_memory) attribute_passive_acts();
  if (opt_.passive_acts_by_story_attacker && opt_.document_memory) aim_force_at_enemy();
  if (opt_.recall_mutual_acts && opt_.document_memory) partner_from_story();
  suppress_claims();
  link_complements();
  negate_refusals();
  absorb_xcomps();
  size_t before = out.size();
  write_events(out);
  // Issues: dictionary phrases anywhere in the sentence, with their counts.
  if (!dict_.issues.empty() && out.size() > before) {
    std::vector<std::pair<std::string, int>> found;
    const uint32_t nu = static_cast<uint32_t>(s_.unit_id.size());
    for (uint32_t u = 0; u < nu; ++u) {
      uint32_t node = 0;
      for (uint32_t k = u; k < nu; ++k) {
        node = c_.issues.child(node, s_.unit_id[k]);
        if (node == 0) break;
        for (const uint32_t* p = c_.issues.payload_begin(node); p != c_.issues.payload_end(node); ++p) {
          const std::string& code = dict_.issues[*p].code;
          auto it = std::find_if(found.begin(), found.end(), [&](const auto& f) { return f.first == code; });
          if (it == found.end()) found.emplace_back(code, 1);
          else ++it->second;
        }
      }
    }
    for (size_t i = before; i < out.size(); ++i) {
      for (const auto& [code, count] : found) out[i].issues.push_back(code + " " + std::to_string(count));
    }
  }
  // Remember coded actors and people for document-level resolution.
  memory_.commit(out.data() + before, out.data() + out.size());
  // ... and the countries and organisations the sentence named outside its events.
  if (opt_.document_memory) {
    for (const NounMatch& m : s_.matches) {
      if (m.agent) continue;
      const std::string code = actor_code(m);
      if (code.empty() || (!cameo::is_country_code(code) && code.rfind("IGO", 0) != 0)) continue;
      bool in_event = false;
      for (size_t i = before; i < out.size() && !in_event; ++i) {
        in_event = out[i].source.code == code || out[i].target.code == code;
      }
      if (!in_event) memory_.note_mention(code, words_text(m.tb, m.te));
    }
  }
  if (out.size() == before) {
    for (const auto& vi : s_.verbs) {
      std::string w = g_.words[vi.tok].form;
      if (vi.code.null()) r.notes.push_back(w + ": verb has no code here");
      else if (vi.suppressed) r.notes.push_back(w + ": reports a clause that codes");
      else if (vi.absorbed) r.notes.push_back(w + ": part of a coded verb's xcomp chain");
      else if (vi.sources.empty()) r.notes.push_back(w + ": no source actor");
      else if (vi.targets.empty() && !vi.symmetric) r.notes.push_back(w + ": no target actor");
      else r.notes.push_back(w + ": source and target are the same actor");
    }
    if (s_.verbs.empty()) r.notes.push_back("no dictionary verb");
  }
  return r;
}

}  // namespace coder

SentenceResult EventCoder::code(const DepGraph& graph, DocumentState& doc, std::vector<Event>& out) const {
  if (!doc.scratch) doc.scratch = std::make_unique<coder::CoderScratch>();
  const DepGraph* g = &graph;
  DepGraph repaired;
  if (options_.repair_parses) {
    const lang::CoderWords& W = (options_.language ? *options_.language : lang::english()).coder;
    uint32_t phrase = 0, noun = 0;
    const bool stray = coder::find_stray_partner(graph, W.reciprocal_words, W.partner_prepositions, phrase, noun);
    const bool moved = coder::needs_repair(graph);
    if (stray || moved) {
      repaired = graph;
      bool changed = moved && coder::repair_parse(repaired);
      changed |= stray && coder::repair_stray_partners(repaired, W.reciprocal_words, W.partner_prepositions);
      if (changed) g = &repaired;
    }
  }
  const size_t first = out.size();
  coder::SentenceCoder sc(*dict_, options_, *g, doc);
  SentenceResult r = sc.run(out);
  if (g == &repaired) {
    for (size_t i = first; i < out.size(); ++i) out[i].rule += "+repaired-parse";
  }
  for (size_t i = first; i < out.size(); ++i) out[i].confidence = event_confidence(out[i]);
  ++doc.sentence_index;
  return r;
}

}  // namespace dyad
