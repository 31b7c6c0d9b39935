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
#include <algorithm>
#include <cstring>
#include <filesystem>
#include <span>
#include <unordered_set>

#include "base/strings.hpp"
#include "base/files.hpp"
#include "cameo/actor_codes.hpp"
#include "coder/event_dates.hpp"
#include "lemma/lemmatizer.hpp"
#include "dict/compiled.hpp"
#include "dict/units.hpp"
#include "dyad/code.hpp"
#include "lang/language.hpp"

namespace dyad {

namespace fs = std::filesystem;

std::string find_dictionary_dir() { return base::find_data_dir("dictionaries", "DYAD_DICT_DIR", ""); }

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

// ---- Scratch memory ------------------------------------------------------------------

struct NounMatch {
  uint32_t tb = 0, te = 0;  // tokens [tb, te)
  uint32_t phrase = 0;
  bool agent = false;
  uint32_t entry = 0;
  int32_t chunk = -1;       // chunk head it belongs to
};

struct Actor {
  std::string code;
  uint32_t tb = 0, te = 0;  // tokens
  std::string entry;
  bool null() const { return code.empty() || code == "---"; }
};

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
  int32_t subject = -1;
  int depth = 0;
  std::string rule;
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
  std::vector<DocumentState::KnownPerson> new_people;  // met in this sentence
  int32_t person_ref = -1;  // the person last referred to in this sentence (index into doc people)
};

DocumentState::DocumentState() : scratch(std::make_unique<CoderScratch>()) {}
DocumentState::~DocumentState() = default;
DocumentState::DocumentState(DocumentState&&) noexcept = default;
DocumentState& DocumentState::operator=(DocumentState&&) noexcept = default;

void DocumentState::reset(std::string id, Date d) {
  doc_id = std::move(id);
  date = d;
  story_discarded = false;
  actors_seen.clear();
  people.clear();
  last_person = -1;
  stated_date = Date();
  stated_sentence = 0;
  sentence_index = 0;
  if (!scratch) scratch = std::make_unique<CoderScratch>();
}

EventCoder::EventCoder(Dictionary& dict, CoderOptions options) : dict_(&dict), options_(options) {
  if (!dict.is_compiled()) dict.compile();
}

namespace {

bool is_nominal(UPos u) {
  return u == UPos::Noun || u == UPos::Propn || u == UPos::Pron || u == UPos::Num || u == UPos::X ||
         u == UPos::Sym;
}

// Case-insensitive equality with a lower-case ASCII literal, without allocating.
bool ieq(std::string_view s, std::string_view lower) {
  if (s.size() != lower.size()) return false;
  for (size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
    if (c != lower[i]) return false;
  }
  return true;
}

const char* const kSpeechLemmas[] = {"say", "tell", "state", "add", "note", "claim", "announce", "declare",
                                     "report", "insist", "stress", "assert", "reiterate", "explain", "write",
                                     "argue", "think", "believe", "suggest", "confirm", "allege", "warn",
                                     "emphasize", "emphasise", "remark", "comment", "reply", "respond"};

// ---- The per-sentence coder --------------------------------------------------------

class SentenceCoder {
 public:
  SentenceCoder(const Dictionary& dict, const CoderOptions& opt, const DepGraph& g, DocumentState& doc)
      : dict_(dict), c_(dict.compiled()), opt_(opt), lang_(opt.language ? *opt.language : lang::english()), g_(g), doc_(doc), s_(*doc.scratch),
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
  void build_chunks();
  void match_nouns();
  // Mentions.
  std::vector<Actor> group_at(int32_t t);
  std::vector<Actor> group_at_uncached(int32_t t);
  std::vector<Actor> nmod_actors(int32_t head);
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
  bool recall_description(int32_t head, Actor& out) const;
  std::string context_country() const;
  void commit_memory(size_t first_event, const std::vector<Event>& out);
  // Verbs.
  void find_verbs();
  int32_t subject_of(uint32_t v, int guard = 0) const;
  bool is_passive(uint32_t v) const;
  void lower_scope(const VerbInfo& vi);
  void choose_pattern(VerbInfo& vi, std::vector<Actor>& pat_src, std::vector<Actor>& pat_tgt,
                      std::vector<Actor>& pat_comp, bool& used_negation);
  bool finite_misattached(uint32_t v) const;
  // A finite verb, or a past participle with no auxiliary (a tagger's mix-up of
  // "praised" VBD/VBN).
  bool finite_looking(uint32_t v) const {
    const DepWord& w = g_.words[v];
    if (w.xpos == "VBD" || w.xpos == "VBZ" || w.xpos == "VBP") return true;
    if (w.xpos != "VBN" || w.rel == Rel::Amod || w.rel == Rel::Acl) return false;
    for (const uint32_t* ch = g_.children_begin(v); ch != g_.children_end(v); ++ch) {
      Rel r = g_.words[*ch].rel;
      if (r == Rel::Aux || r == Rel::AuxPass || r == Rel::Cop) return false;
    }
    return true;
  }
  bool to_clause(uint32_t v) const {
    for (const uint32_t* ch = g_.children_begin(v); ch != g_.children_end(v); ++ch) {
      if (g_.words[*ch].rel == Rel::Mark && ieq(g_.words[*ch].form, "to")) return true;
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
  void code_verb(VerbInfo& vi);
  bool in_subtree(uint32_t t, uint32_t root) const;
  void euler_tour();
  bool is_speech(const VerbInfo& vi) const;
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
  };
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
  uint32_t n_;
  std::vector<std::string> notes_;
};

void SentenceCoder::prepare_units() {
  std::fill(std::begin(s_.word_bloom), std::end(s_.word_bloom), 0);
  s_.any_former = false;
  for (const auto& w : g_.words) s_.any_former |= ieq(w.form, "former");
  s_.unit_id.clear();
  s_.unit_token.clear();
  s_.tok_unit_begin.assign(n_, 0);
  s_.tok_unit_end.assign(n_, 0);
  s_.form_id.assign(n_, kNoWord);
  s_.lemma_id.assign(n_, kNoWord);
  for (uint32_t t = 0; t < n_; ++t) {
    s_.tok_unit_begin[t] = static_cast<uint32_t>(s_.unit_id.size());
    uint32_t count = 0;
    uint32_t last_id = kNoWord;
    units::for_each_unit(g_.words[t].form, s_.upper, [&](std::string_view u) {
      last_id = c_.words.find(u);
      s_.unit_id.push_back(last_id);
      s_.unit_token.push_back(t);
      ++count;
    });
    s_.tok_unit_end[t] = static_cast<uint32_t>(s_.unit_id.size());
    if (count == 1) s_.form_id[t] = last_id;
    for (uint32_t u = s_.tok_unit_begin[t]; u < s_.tok_unit_end[t]; ++u) {
      if (s_.unit_id[u] != kNoWord) {
        uint32_t b = bloom_bit(s_.unit_id[u]);
        s_.word_bloom[b >> 6] |= uint64_t(1) << (b & 63);
      }
    }
    const std::string& lemma = g_.words[t].lemma;
    bool verbal = g_.words[t].upos == UPos::Verb || g_.words[t].upos == UPos::X;
    if (verbal && !lemma.empty()) {
      s_.upper.assign(lemma);
      for (char& ch : s_.upper) {
        if (ch >= 'a' && ch <= 'z') ch = static_cast<char>(ch - 32);
      }
      s_.lemma_id[t] = c_.words.find(s_.upper);
    }
  }
}

SentenceStatus SentenceCoder::check_discards() {
  if (dict_.discards.empty()) return SentenceStatus::Coded;
  const size_t nu = s_.unit_id.size();
  auto unit_text = [&](uint32_t u) -> std::string_view {
    return s_.unit_id[u] == kNoWord ? std::string_view() : std::string_view(c_.words.word(s_.unit_id[u]));
  };
  std::string scratch;
  auto hit = [&](uint32_t d) { return dict_.discards[d].story ? SentenceStatus::StoryDiscard : SentenceStatus::SentenceDiscard; };
  SentenceStatus found = SentenceStatus::Coded;
  for (uint32_t u = 0; u < nu && found != SentenceStatus::StoryDiscard; ++u) {
    // Single-word stems: any prefix of the unit's text.
    if (!c_.discard_stems.empty()) {
      // The unit's text: known units via the table, unknown ones re-derived.
      std::string_view text = unit_text(u);
      if (text.empty()) {
        const auto& w = g_.words[s_.unit_token[u]].form;
        units::for_each_unit(w, scratch, [&](std::string_view x) {
          if (text.empty()) text = x;
        });
      }
      if (text.size() >= c_.min_stem_length) {
        for (size_t plen = 1; plen <= 3 && plen <= text.size(); ++plen) {
          auto bucket = c_.discard_stems_by_prefix.find(CompiledDictionary::prefix_key(text.substr(0, plen)));
          if (bucket == c_.discard_stems_by_prefix.end()) continue;
          for (uint32_t d : bucket->second) {
            const std::string& stem = dict_.discards[d].words[0];
            if (stem.size() < plen || (stem.size() != plen && plen < 3)) continue;
            if (text.size() >= stem.size() && text.compare(0, stem.size(), stem) == 0) {
              SentenceStatus h = hit(d);
              if (h == SentenceStatus::StoryDiscard || found == SentenceStatus::Coded) found = h;
            }
          }
        }
      }
    }
    auto it = c_.discards_by_first.find(s_.unit_id[u]);
    if (s_.unit_id[u] == kNoWord || it == c_.discards_by_first.end()) continue;
    for (uint32_t d : it->second) {
      const auto& words = c_.discard_words[d];
      const auto& entry = dict_.discards[d];
      if (u + words.size() > nu) continue;
      bool ok = true;
      for (size_t k = 1; k < words.size() && ok; ++k) {
        if (k + 1 == words.size() && !entry.exact) {
          std::string_view want = c_.words.word(words[k]);
          std::string_view have = unit_text(static_cast<uint32_t>(u + k));
          ok = have.size() >= want.size() && have.substr(0, want.size()) == want;
        } else {
          ok = s_.unit_id[u + k] == words[k];
        }
      }
      if (ok) {
        SentenceStatus h = hit(d);
        if (h == SentenceStatus::StoryDiscard || found == SentenceStatus::Coded) found = h;
      }
    }
  }
  return found;
}

bool SentenceCoder::dateline() const {
  // "CEBU CITY: --", "WASHINGTON (Reuters) -": capitalised words, then ':' or dashes.
  uint32_t k = 0;
  while (k < n_ && k < 5) {
    const std::string& f = g_.words[k].form;
    bool caps = f.size() >= 2 && std::all_of(f.begin(), f.end(), [](char ch) { return (ch >= 'A' && ch <= 'Z') || ch == '.' || ch == '\''; });
    if (!caps) break;
    ++k;
  }
  if (k == 0 || k >= n_) return false;
  const std::string& next = g_.words[k].form;
  return next == ":" || next == "--" || next == "-";
}

void SentenceCoder::build_chunks() {
  s_.chunk.assign(n_, -1);
  for (uint32_t t = 0; t < n_; ++t) {
    int32_t x = static_cast<int32_t>(t);
    for (uint32_t steps = 0; steps <= n_; ++steps) {
      const DepWord& w = g_.words[x];
      bool climb = w.head >= 0 &&
                   (w.rel == Rel::Compound || w.rel == Rel::Flat || w.rel == Rel::Amod || w.rel == Rel::Det ||
                    w.rel == Rel::Nummod || w.rel == Rel::NmodPoss || w.rel == Rel::Fixed ||
                    w.rel == Rel::Goeswith ||
                    (w.rel == Rel::Case && (w.form == "'s" || w.form == "'" || w.form == "’s" || w.form == "’")));
      if (!climb) break;
      x = w.head;
    }
    if (is_nominal(g_.words[x].upos) || (x != static_cast<int32_t>(t) && g_.words[x].upos != UPos::Verb)) {
      s_.chunk[t] = x;
    } else if (is_nominal(g_.words[t].upos)) {
      s_.chunk[t] = static_cast<int32_t>(t);
    }
  }
}

void SentenceCoder::match_nouns() {
  s_.matches.clear();
  s_.tok_match.assign(n_, -1);
  const uint32_t nu = static_cast<uint32_t>(s_.unit_id.size());
  uint32_t u = 0;
  while (u < nu) {
    uint32_t t0 = s_.unit_token[u];
    if (s_.tok_unit_begin[t0] != u) {
      ++u;
      continue;
    }
    // Longest match from u, allowing PETRARCH gaps inside the first token's chunk.
    uint32_t best_end = 0;
    uint32_t best_node = 0;
    uint32_t best_words = 0;
    struct Frame {
      uint32_t node, pos, words;
    };
    Frame stack[64];
    int sp = 0;
    stack[sp++] = {0, u, 0};
    while (sp > 0) {
      Frame f = stack[--sp];
      if (f.pos >= nu) continue;
      uint32_t nxt = c_.nouns.child(f.node, s_.unit_id[f.pos]);
      if (nxt != 0) {
        uint32_t end = f.pos + 1;
        uint32_t tok_end = s_.unit_token[end - 1];
        bool at_token_end = s_.tok_unit_end[tok_end] == end;
        if (c_.nouns.has_payload(nxt) && at_token_end && (end > best_end || (end == best_end && f.words + 1 > best_words))) {
          best_end = end;
          best_node = nxt;
          best_words = f.words + 1;
        }
        if (sp < 63) stack[sp++] = {nxt, end, f.words + 1};
      }
      if (f.node != 0 && c_.nouns.node(f.node).has_gap_child) {
        // Try skipping up to 4 units, all in the chunk of the match's first token.
        int32_t ch = s_.chunk[t0];
        if (ch < 0) continue;
        for (uint32_t skip = 1; skip <= 4 && f.pos + skip < nu; ++skip) {
          if (s_.chunk[s_.unit_token[f.pos + skip - 1]] != ch) break;
          uint32_t q = f.pos + skip;
          if (s_.chunk[s_.unit_token[q]] != ch) break;
          uint32_t gn = c_.nouns.child(f.node, s_.unit_id[q]);
          if (gn != 0 && c_.nouns.node(gn).gap_before && sp < 63) {
            // Continue as if the word at q were matched next.
            uint32_t end = q + 1;
            uint32_t tok_end = s_.unit_token[end - 1];
            bool at_token_end = s_.tok_unit_end[tok_end] == end;
            if (c_.nouns.has_payload(gn) && at_token_end && end > best_end) {
              best_end = end;
              best_node = gn;
              best_words = f.words + 1;
            }
            stack[sp++] = {gn, end, f.words + 1};
          }
        }
      }
    }
    if (best_end == 0) {
      ++u;
      continue;
    }
    // Prefer an actor among the phrases ending here.
    uint32_t chosen = *c_.nouns.payload_begin(best_node);
    for (const uint32_t* p = c_.nouns.payload_begin(best_node); p != c_.nouns.payload_end(best_node); ++p) {
      if (!dict_.noun_phrases[*p].agent) {
        chosen = *p;
        break;
      }
    }
    NounMatch m;
    m.tb = t0;
    m.te = s_.unit_token[best_end - 1] + 1;
    // "attacked us": a lower-case pronoun is not the actor "US".
    if (m.te == m.tb + 1 && g_.words[t0].upos == UPos::Pron && !g_.words[t0].form.empty() &&
        g_.words[t0].form[0] >= 'a' && g_.words[t0].form[0] <= 'z') {
      ++u;
      continue;
    }
    m.phrase = chosen;
    m.agent = dict_.noun_phrases[chosen].agent;
    m.entry = dict_.noun_phrases[chosen].entry;
    // The match belongs to the chunk of its highest token.
    int32_t top = -1;
    for (uint32_t t = m.tb; t < m.te; ++t) {
      int32_t h = g_.words[t].head;
      if (h < static_cast<int32_t>(m.tb) || h >= static_cast<int32_t>(m.te)) {
        top = static_cast<int32_t>(t);
        break;
      }
    }
    if (top < 0) top = static_cast<int32_t>(m.tb);
    m.chunk = s_.chunk[top] >= 0 ? s_.chunk[top] : top;
    int32_t idx = static_cast<int32_t>(s_.matches.size());
    s_.matches.push_back(m);
    for (uint32_t t = m.tb; t < m.te; ++t) s_.tok_match[t] = idx;
    u = best_end;
  }
  // Chunk extents in units (a chunk head's own tokens plus its matches).
  s_.chunk_first_unit.assign(n_, -1);
  s_.chunk_last_unit.assign(n_, -1);
  auto extend = [&](int32_t h, uint32_t t) {
    int32_t b = static_cast<int32_t>(s_.tok_unit_begin[t]);
    int32_t e = static_cast<int32_t>(s_.tok_unit_end[t]) - 1;
    if (e < b) return;
    if (s_.chunk_first_unit[h] < 0 || b < s_.chunk_first_unit[h]) s_.chunk_first_unit[h] = b;
    if (e > s_.chunk_last_unit[h]) s_.chunk_last_unit[h] = e;
  };
  for (uint32_t t = 0; t < n_; ++t) {
    if (s_.chunk[t] >= 0 && g_.words[t].rel != Rel::Case) extend(s_.chunk[t], t);
  }
  for (const auto& m : s_.matches) {
    for (uint32_t t = m.tb; t < m.te; ++t) extend(m.chunk, t);
  }
  const size_t nu2 = s_.unit_id.size();
  s_.chunk_at_unit_start.assign(nu2, -1);
  s_.chunk_at_unit_end.assign(nu2, -1);
  for (uint32_t h = 0; h < n_; ++h) {
    if (s_.chunk_first_unit[h] < 0) continue;
    if (s_.chunk_at_unit_start[s_.chunk_first_unit[h]] < 0) s_.chunk_at_unit_start[s_.chunk_first_unit[h]] = static_cast<int32_t>(h);
    s_.chunk_at_unit_end[s_.chunk_last_unit[h]] = static_cast<int32_t>(h);
  }
  // A noun phrase may also be entered after its first words ("their | populations"),
  // as long as the entry point is not past its head.
  for (uint32_t t = 0; t < n_; ++t) {
    int32_t h = s_.chunk[t];
    if (h < 0 || t > static_cast<uint32_t>(h) || s_.chunk_first_unit[h] < 0) continue;
    uint32_t u = s_.tok_unit_begin[t];
    if (u < nu2 && s_.chunk_at_unit_start[u] < 0) s_.chunk_at_unit_start[u] = h;
  }
}

std::span<const int32_t> SentenceCoder::chunk_matches(int32_t head) const {
  if (head < 0 || static_cast<uint32_t>(head) >= n_) return {};
  return std::span<const int32_t>(s_.chunk_match_list.data() + s_.chunk_match_begin[head],
                                  s_.chunk_match_begin[head + 1] - s_.chunk_match_begin[head]);
}

void SentenceCoder::index_chunk_matches() {
  s_.chunk_match_begin.assign(n_ + 1, 0);
  for (const auto& m : s_.matches) ++s_.chunk_match_begin[m.chunk + 1];
  for (uint32_t i = 0; i < n_; ++i) s_.chunk_match_begin[i + 1] += s_.chunk_match_begin[i];
  s_.chunk_match_list.assign(s_.matches.size(), 0);
  std::vector<int32_t> fill(s_.chunk_match_begin.begin(), s_.chunk_match_begin.end() - 1);
  for (size_t i = 0; i < s_.matches.size(); ++i) s_.chunk_match_list[fill[s_.matches[i].chunk]++] = static_cast<int32_t>(i);
  s_.group_cached.assign(n_, 0);
  s_.group_cache.resize(n_);
}

std::string SentenceCoder::actor_code(const NounMatch& m) const {
  std::string_view code = dict_.actors[m.entry].code_on(doc_.date);
  return std::string(code);
}

std::string SentenceCoder::entry_text(int32_t match) const {
  const NounMatch& m = s_.matches[match];
  const std::string& where = m.agent ? dict_.agents[m.entry].where : dict_.actors[m.entry].where;
  std::string name;
  for (const auto& w : dict_.noun_phrases[m.phrase].words) name += (name.empty() ? "" : " ") + w;
  return name + " (" + where + ")";
}

// Joins agent codes to an actor code: prefix agents before it, suffix agents after,
// each 3-letter block added once ("USAGOV" + ~GOV stays "USAGOV").
std::string SentenceCoder::compose(std::string base, const std::vector<int32_t>& agent_matches) const {
  if (base.empty()) base = "---";
  std::vector<std::string> prefix, suffix;
  bool former = false;
  for (int32_t mi : agent_matches) {
    const NounMatch& m = s_.matches[mi];
    const AgentEntry& a = dict_.agents[m.entry];
    (a.before_actor ? prefix : suffix).push_back(a.code);
  }
  if (opt_.former_is_elite && !agent_matches.empty() && s_.any_former) {
    int32_t head = s_.matches[agent_matches[0]].chunk;
    for (uint32_t t = 0; t < n_; ++t) {
      if (s_.chunk[t] == head && ieq(g_.words[t].form, "former")) former = true;
    }
  }
  if (former) {
    suffix.assign(1, "ELI");
    prefix.clear();
  }
  auto has_block = [](const std::string& code, std::string_view block) {
    for (size_t i = 0; i + block.size() <= code.size(); i += 3) {
      if (std::string_view(code).substr(i, block.size()) == block) return true;
    }
    return false;
  };
  std::string out = base;
  for (const auto& a : suffix) {
    for (size_t i = 0; i < a.size(); i += 3) {
      std::string_view block = std::string_view(a).substr(i, 3);
      if (!has_block(out, block)) out += std::string(block);
    }
  }
  std::string pre;
  for (const auto& a : prefix) {
    if (!has_block(out, a) && !has_block(pre, a)) pre += a;
  }
  return pre + out;
}

int32_t SentenceCoder::coordination_first(int32_t t) const {
  int32_t x = t;
  for (uint32_t steps = 0; steps < n_ && g_.words[x].rel == Rel::Conj && g_.words[x].head >= 0; ++steps) {
    int32_t h = g_.words[x].head;
    if (g_.words[h].upos == UPos::Verb && g_.words[x].upos != UPos::Verb) break;
    x = h;
  }
  return x;
}

// The actors of the noun phrase headed by c (with its agents and "X of Y" actors),
// without looking further into its subtree.
std::vector<Actor> SentenceCoder::resolve_nominal(int32_t c) {
  std::vector<Actor> out;
  int32_t head = s_.chunk[c] >= 0 ? s_.chunk[c] : c;
  std::span<const int32_t> ms = chunk_matches(head);
  int32_t actor = -1;
  std::vector<int32_t> agents;
  for (int32_t mi : ms) {
    if (s_.matches[mi].agent) agents.push_back(mi);
    else if (actor < 0) actor = mi;
  }
  uint32_t tb = s_.chunk_first_unit[head] >= 0 ? s_.unit_token[s_.chunk_first_unit[head]] : static_cast<uint32_t>(c);
  uint32_t te = s_.chunk_last_unit[head] >= 0 ? s_.unit_token[s_.chunk_last_unit[head]] + 1 : static_cast<uint32_t>(c) + 1;
  auto entry_of = [](int32_t) { return std::string(); };  // evidence is rebuilt from the span
  if (actor >= 0) {
    std::string code = actor_code(s_.matches[actor]);
    // "Eriadori and Calenardhon leaders": actors coordinated inside the modifiers.
    for (uint32_t t = s_.matches[actor].tb; t < s_.matches[actor].te; ++t) {
      for (const uint32_t* ch = g_.children_begin(t); ch != g_.children_end(t); ++ch) {
        int32_t m2 = s_.tok_match[*ch];
        if (g_.words[*ch].rel != Rel::Conj || m2 < 0 || s_.matches[m2].agent || m2 == actor) continue;
        if (*ch > static_cast<uint32_t>(head)) continue;
        std::string more = actor_code(s_.matches[m2]);
        if (!more.empty()) code += "/" + more;
      }
    }
    size_t p = 0;
    while (p <= code.size()) {
      size_t slash = code.find('/', p);
      if (slash == std::string::npos) slash = code.size();
      std::string one = code.substr(p, slash - p);
      p = slash + 1;
      if (one.empty() || one == "---") {
        if (!agents.empty()) out.push_back({compose("---", agents), tb, te, entry_of(actor)});
        continue;
      }
      out.push_back({compose(one, agents), tb, te, entry_of(actor)});
    }
    if (out.empty()) out.push_back({"---", tb, te, entry_of(actor)});
    if (opt_.document_memory && out.size() == 1 && !out[0].null() && out[0].code.rfind("---", 0) != 0) {
      // "Foreign Minister Wang Yi" (an unknown name with a role), "Barack Obama" (a
      // dictionary person: dated codes) are people later sentences may name again.
      std::vector<uint32_t> name = name_tokens(head);
      bool person = !name.empty() && !agents.empty();
      if (name.empty()) {
        // A dictionary person (dated codes) anywhere in the phrase: "North Korean
        // leader Kim Jong Un", where the actor code comes from "North Korean".
        for (int32_t mi : ms) {
          const NounMatch& nm = s_.matches[mi];
          if (nm.agent) continue;
          const ActorEntry& e = dict_.actors[nm.entry];
          bool dated = std::any_of(e.codes.begin(), e.codes.end(), [](const DatedCode& c) { return c.restricted; });
          if (!dated) continue;
          name.clear();
          for (uint32_t t = nm.tb; t < nm.te; ++t) {
            if (g_.words[t].upos == UPos::Propn) name.push_back(t);
          }
        }
        person = !name.empty();
      }
      if (person) remember_person(name, out[0].code);
    }
    return out;
  }
  if (!agents.empty()) {
    // "the ambassadors of Arnor, Osgiliath and Gondor": agents + actors of an nmod.
    std::vector<Actor> coded = nmod_actors(head);
    if (!coded.empty()) {
      for (auto& a : coded) {
        a.code = compose(a.code, agents);
        a.tb = std::min(a.tb, tb);
        a.te = std::max(a.te, te);
      }
      return coded;
    }
    if (opt_.document_memory) {
      // "spokesperson Lin said", Lin met before; else "a Foreign Ministry spokesperson"
      // speaks for the country the story is about.
      std::vector<uint32_t> name = name_tokens(head);
      Actor known;
      if (!name.empty() && recall_person(name, known)) {
        known.tb = tb;
        known.te = te;
        out.push_back(known);
        return out;
      }
      // Only government roles: "civilians", "companies" or "hostages" without a
      // country are as often the other side's.
      bool government = std::all_of(agents.begin(), agents.end(), [&](int32_t mi) {
        return dict_.agents[s_.matches[mi].entry].code == "GOV";
      });
      std::string country = government ? context_country() : std::string();
      if (!country.empty()) {
        out.push_back({compose(country, agents), tb, te, ""});
        if (!name.empty()) remember_person(name, out.back().code);
        return out;
      }
    }
    out.push_back({compose("---", agents), tb, te, entry_of(-1)});
    return out;
  }
  for (const uint32_t* ch = g_.children_begin(head); ch != g_.children_end(head); ++ch) {
    if (g_.words[*ch].rel == Rel::Appos) {
      std::vector<Actor> inner = resolve_nominal(static_cast<int32_t>(*ch));
      if (!inner.empty()) {
        // "Lin Jian, a Foreign Ministry spokesperson": the name takes the role's code.
        if (opt_.document_memory && inner.size() == 1 && !inner[0].null() && inner[0].code.rfind("---", 0) != 0) {
          std::vector<uint32_t> name = name_tokens(head);
          if (!name.empty()) remember_person(name, inner[0].code);
        }
        return inner;
      }
    }
  }
  if (opt_.document_memory) {
    Actor known;
    std::vector<uint32_t> name = name_tokens(head);
    // "Putin thanked him": an object pronoun is the person last named before.
    const std::string form = base::ascii_lower(g_.words[head].form);
    bool object_pronoun = g_.words[head].upos == UPos::Pron && (form == "him" || form == "her") &&
                          g_.words[head].rel != Rel::NmodPoss;
    if ((!name.empty() && recall_person(name, known)) || recall_description(head, known) ||
        (object_pronoun && recall_last_person(head, known))) {
      known.tb = tb;
      known.te = te;
      out.push_back(known);
    }
  }
  return out;
}

// ---- Document memory ------------------------------------------------------------------

// The proper-name words of head's noun phrase that no dictionary phrase covers
// ("spokesperson Lin Jian" -> Lin Jian): the contiguous run through the head, else the
// last run.
std::vector<uint32_t> SentenceCoder::name_tokens(int32_t head) const {
  std::vector<uint32_t> run, last;
  for (uint32_t t = 0; t < n_; ++t) {
    const DepWord& w = g_.words[t];
    // A capitalised noun counts too: taggers often take an unknown name that opens
    // a sentence for a common noun ("Wang criticized ...").
    bool capital = !w.form.empty() && w.form[0] >= 'A' && w.form[0] <= 'Z';
    bool name = s_.chunk[t] == head && (w.upos == UPos::Propn || (w.upos == UPos::Noun && capital)) &&
                s_.tok_match[t] < 0 &&
                (static_cast<int32_t>(t) == head || w.rel == Rel::Flat || w.rel == Rel::Compound);
    if (name) {
      if (!run.empty() && run.back() + 1 != t) {
        last = run;
        run.clear();
      }
      run.push_back(t);
    }
  }
  if (run.empty()) return last;
  if (std::find(run.begin(), run.end(), static_cast<uint32_t>(head)) != run.end() || last.empty()) return run;
  if (std::find(last.begin(), last.end(), static_cast<uint32_t>(head)) != last.end()) return last;
  return run;
}

std::vector<std::string> SentenceCoder::name_words(const std::vector<uint32_t>& toks) const {
  std::vector<std::string> out;
  for (uint32_t t : toks) out.push_back(base::ascii_lower(g_.words[t].form));
  return out;
}

void SentenceCoder::remember_person(const std::vector<uint32_t>& toks, const std::string& code) {
  std::vector<std::string> names = name_words(toks);
  for (auto& p : s_.new_people) {
    if (p.names == names) {
      p.code = code;
      return;
    }
  }
  s_.new_people.push_back({std::move(names), code, words_text(toks.front(), toks.back() + 1), doc_.sentence_index});
}

// A name refers to a person met before when each of its words is one of theirs
// ("Lin" -> "Lin Jian", "Biden" -> "Joe Biden"); the latest such person wins.
bool SentenceCoder::recall_person(const std::vector<uint32_t>& toks, Actor& out) {
  std::vector<std::string> names = name_words(toks);
  auto fits = [&](const DocumentState::KnownPerson& p) {
    for (const auto& w : names) {
      if (std::find(p.names.begin(), p.names.end(), w) == p.names.end()) return false;
    }
    return true;
  };
  for (auto it = s_.new_people.rbegin(); it != s_.new_people.rend(); ++it) {
    if (fits(*it)) {
      out = {it->code, 0, 0, "document memory: " + it->text + " (this sentence)"};
      return true;
    }
  }
  for (size_t i = doc_.people.size(); i-- > 0;) {
    if (fits(doc_.people[i])) {
      const auto& p = doc_.people[i];
      out = {p.code, 0, 0, "document memory: " + p.text + " (sentence " + std::to_string(p.sentence) + ")"};
      s_.person_ref = static_cast<int32_t>(i);
      return true;
    }
  }
  return false;
}

// "He said ...": the person last named in an earlier sentence.
bool SentenceCoder::recall_last_person(int32_t t, Actor& out) {
  if (!opt_.document_memory || doc_.last_person < 0 || static_cast<size_t>(doc_.last_person) >= doc_.people.size()) {
    return false;
  }
  const auto& p = doc_.people[doc_.last_person];
  out = {p.code, static_cast<uint32_t>(t), static_cast<uint32_t>(t) + 1,
         "document memory: " + p.text + " (sentence " + std::to_string(p.sentence) + ")"};
  return true;
}


// "the alliance" -> the latest organisation, "the country" -> the latest country,
// in this sentence before the phrase, else in earlier ones.
bool SentenceCoder::recall_description(int32_t head, Actor& out) const {
  const DepWord& w = g_.words[head];
  if (w.upos != UPos::Noun) return false;
  std::string noun = base::ascii_lower(w.lemma.empty() ? w.form : w.lemma);
  bool organisation = noun == "alliance" || noun == "bloc" || noun == "organization" || noun == "organisation";
  bool country = noun == "country" || noun == "nation" || noun == "kingdom";
  if (!organisation && !country) return false;
  bool definite = false;
  for (const uint32_t* ch = g_.children_begin(head); ch != g_.children_end(head); ++ch) {
    const DepWord& c = g_.words[*ch];
    if (c.rel == Rel::Det && (ieq(c.form, "the") || ieq(c.form, "this"))) definite = true;
    if (c.rel == Rel::Nmod || c.rel == Rel::NmodPoss || c.rel == Rel::AclRelcl) return false;
  }
  if (!definite) return false;
  auto fits = [&](std::string_view code) {
    return organisation ? code.rfind("IGO", 0) == 0 : cameo::is_country_code(code);
  };
  for (size_t i = s_.matches.size(); i-- > 0;) {
    const NounMatch& m = s_.matches[i];
    if (m.agent || m.te > static_cast<uint32_t>(head)) continue;
    std::string code = actor_code(m);
    if (fits(code)) {
      out = {country ? code.substr(0, 3) : code, 0, 0, "document memory: " + words_text(m.tb, m.te) + " (this sentence)"};
      return true;
    }
  }
  for (size_t i = doc_.actors_seen.size(); i-- > 0;) {
    const auto& a = doc_.actors_seen[i];
    if (fits(a.code)) {
      out = {country ? a.code.substr(0, 3) : a.code, 0, 0,
             "document memory: " + a.text + " (sentence " + std::to_string(a.sentence) + ")"};
      return true;
    }
  }
  return false;
}

// The country the story is about, for agents named without one: the country of the
// latest event source, else of the latest actor.
std::string SentenceCoder::context_country() const {
  for (size_t i = doc_.actors_seen.size(); i-- > 0;) {
    const auto& a = doc_.actors_seen[i];
    if (a.source && cameo::is_country_code(a.code)) return a.code.substr(0, 3);
  }
  for (size_t i = doc_.actors_seen.size(); i-- > 0;) {
    if (cameo::is_country_code(doc_.actors_seen[i].code)) return doc_.actors_seen[i].code.substr(0, 3);
  }
  return {};
}

void SentenceCoder::commit_memory(size_t first_event, const std::vector<Event>& out) {
  for (size_t i = first_event; i < out.size(); ++i) {
    bool source = true;
    for (const EventActor* a : {&out[i].source, &out[i].target}) {
      if (!a->code.empty() && a->code.rfind("---", 0) != 0) {
        doc_.actors_seen.push_back({a->code, a->text, doc_.sentence_index, source});
      }
      source = false;
    }
  }
  if (s_.person_ref >= 0) doc_.last_person = s_.person_ref;
  for (auto& p : s_.new_people) {
    auto it = std::find_if(doc_.people.begin(), doc_.people.end(), [&](const auto& q) { return q.names == p.names; });
    if (it == doc_.people.end()) {
      doc_.people.push_back(std::move(p));
      it = doc_.people.end() - 1;
    } else {
      it->code = p.code;
    }
    doc_.last_person = static_cast<int32_t>(it - doc_.people.begin());
  }
  s_.new_people.clear();
  s_.person_ref = -1;
}

// Coded actors (with a country or organisation) of the first nmod or appos of `head`
// that has any: "of Arnor, Osgiliath and Gondor".
std::vector<Actor> SentenceCoder::nmod_actors(int32_t head) {
  for (const uint32_t* ch = g_.children_begin(head); ch != g_.children_end(head); ++ch) {
    Rel r = g_.words[*ch].rel;
    if (r != Rel::Nmod && r != Rel::Appos) continue;
    std::vector<Actor> inner = group_at(static_cast<int32_t>(*ch));
    std::vector<Actor> coded;
    for (auto& a : inner) {
      if (!a.null() && a.code.rfind("---", 0) != 0) coded.push_back(a);
    }
    if (!coded.empty()) return coded;
  }
  return {};
}

std::vector<Actor> SentenceCoder::group_at(int32_t t) {
  if (t >= 0 && static_cast<uint32_t>(t) < n_ && s_.group_cached[t] == 2) return s_.group_cache[t];
  if (t >= 0 && static_cast<uint32_t>(t) < n_ && s_.group_cached[t] == 1) return {};  // a cycle through deep_search
  if (t >= 0 && static_cast<uint32_t>(t) < n_) s_.group_cached[t] = 1;
  std::vector<Actor> result = group_at_uncached(t);
  if (t >= 0 && static_cast<uint32_t>(t) < n_) {
    s_.group_cached[t] = 2;
    s_.group_cache[t] = result;
  }
  return result;
}

std::vector<Actor> SentenceCoder::group_at_uncached(int32_t t) {
  int32_t first = coordination_first(t);
  std::vector<int32_t> conj{first};
  // Conjuncts, also those a parser chained ("Japan and South Korea" under "Japan").
  for (size_t k = 0; k < conj.size() && conj.size() < 64; ++k) {
    for (const uint32_t* ch = g_.children_begin(conj[k]); ch != g_.children_end(conj[k]); ++ch) {
      bool nounish = g_.words[*ch].upos != UPos::Verb || s_.tok_match[*ch] >= 0;
      if (g_.words[*ch].rel == Rel::Conj && nounish) conj.push_back(static_cast<int32_t>(*ch));
    }
  }
  std::sort(conj.begin() + 1, conj.end());
  if (conj.size() > 1) {
    // "Mordor, Rohan, Fornost and Bree": list members parsed as appositions.
    for (const uint32_t* ch = g_.children_begin(first); ch != g_.children_end(first); ++ch) {
      if (g_.words[*ch].rel == Rel::Appos && s_.tok_match[*ch] >= 0 && !s_.matches[s_.tok_match[*ch]].agent) {
        conj.push_back(static_cast<int32_t>(*ch));
      }
    }
  }
  std::vector<std::vector<Actor>> per(conj.size());
  for (size_t i = 0; i < conj.size(); ++i) per[i] = resolve_nominal(conj[i]);
  // Conjuncts with agents but no country share the first conjunct's pre-modifiers
  // ("Danish media and government") or another conjunct's "in X" actors.
  if (conj.size() > 1) {
    std::vector<Actor> shared_nmod;
    for (size_t i = 0; i < conj.size() && shared_nmod.empty(); ++i) {
      shared_nmod = nmod_actors(s_.chunk[conj[i]] >= 0 ? s_.chunk[conj[i]] : conj[i]);
    }
    int32_t head0 = s_.chunk[first] >= 0 ? s_.chunk[first] : first;
    int32_t pre_actor = -1;
    std::vector<int32_t> pre_agents;
    for (int32_t mi : chunk_matches(head0)) {
      const NounMatch& m = s_.matches[mi];
      if (m.te > static_cast<uint32_t>(head0)) continue;  // only words before the head
      if (m.agent) pre_agents.push_back(mi);
      else if (pre_actor < 0) pre_actor = mi;
    }
    // "Lawmakers (and officials) in Fornost and Gondor": a bare actor coordinated
    // with agent heads whose "in X" actors were found takes their agents.
    if (!shared_nmod.empty()) {
      std::vector<std::vector<int32_t>> agent_sets;
      for (size_t i = 0; i < conj.size(); ++i) {
        int32_t head = s_.chunk[conj[i]] >= 0 ? s_.chunk[conj[i]] : conj[i];
        std::vector<int32_t> ag;
        bool local_actor = false;
        for (int32_t mi : chunk_matches(head)) {
          if (s_.matches[mi].agent) ag.push_back(mi);
          else local_actor = true;
        }
        if (!ag.empty() && !local_actor) agent_sets.push_back(ag);
      }
      for (size_t i = 1; i < conj.size() && !agent_sets.empty(); ++i) {
        int32_t head = s_.chunk[conj[i]] >= 0 ? s_.chunk[conj[i]] : conj[i];
        bool has_agent = false, has_actor = false;
        for (int32_t mi : chunk_matches(head)) (s_.matches[mi].agent ? has_agent : has_actor) = true;
        if (!has_actor || has_agent || per[i].empty()) continue;
        std::vector<Actor> expanded;
        for (const auto& a : per[i]) {
          for (const auto& ag : agent_sets) {
            Actor x = a;
            x.code = compose(a.code, ag);
            expanded.push_back(x);
          }
        }
        per[i] = expanded;
      }
    }
    for (size_t i = 0; i < conj.size(); ++i) {
      bool agent_only = !per[i].empty() && std::all_of(per[i].begin(), per[i].end(), [](const Actor& a) {
        return a.code.rfind("---", 0) == 0 && a.code.size() > 3;
      });
      if (!agent_only) continue;
      int32_t head = s_.chunk[conj[i]] >= 0 ? s_.chunk[conj[i]] : conj[i];
      std::vector<int32_t> own;
      for (int32_t mi : chunk_matches(head)) {
        if (s_.matches[mi].agent) own.push_back(mi);
      }
      if (!shared_nmod.empty()) {
        std::vector<Actor> rebuilt;
        for (auto a : shared_nmod) {
          a.code = compose(a.code, own);
          a.tb = std::min(a.tb, static_cast<uint32_t>(conj[i]));
          rebuilt.push_back(a);
        }
        per[i] = rebuilt;
      } else if (i > 0 && (pre_actor >= 0 || !pre_agents.empty())) {
        std::vector<int32_t> agents = pre_agents;
        agents.insert(agents.end(), own.begin(), own.end());
        std::string base = pre_actor >= 0 ? actor_code(s_.matches[pre_actor]) : "---";
        if (base.find('/') != std::string::npos) base = base.substr(0, base.find('/'));
        for (auto& a : per[i]) a.code = compose(base, agents);
      }
    }
  }
  std::vector<Actor> out;
  for (size_t i = 0; i < conj.size(); ++i) {
    if (per[i].empty() && conj.size() > 0) {
      // Nothing in the phrase itself: the first actor below it ("sheep and goats of Gondor").
      std::vector<Actor> deep = deep_search(conj[i], nullptr, 0, &conj);
      per[i] = deep;
    }
    out.insert(out.end(), per[i].begin(), per[i].end());
  }
  bool any_coded = std::any_of(out.begin(), out.end(), [](const Actor& a) { return !a.null(); });
  if (any_coded) out.erase(std::remove_if(out.begin(), out.end(), [](const Actor& a) { return a.null(); }), out.end());
  return out;
}

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

// The first noun phrase with a dictionary match in root's subtree (or in `mask`),
// in word order, from token `after` on.
std::vector<Actor> SentenceCoder::deep_search(int32_t root, const std::vector<uint8_t>* mask, uint32_t after,
                                              const std::vector<int32_t>* skip_roots) {
  if (depth_ > 6) return {};
  struct Guard {
    int& d;
    explicit Guard(int& x) : d(x) { ++d; }
    ~Guard() { --d; }
  } guard(depth_);
  for (uint32_t t = after; t < n_; ++t) {
    if (t == static_cast<uint32_t>(root) && mask == nullptr) continue;
    if (mask ? !(*mask)[t] : !in_subtree(t, static_cast<uint32_t>(root))) continue;
    if (skip_roots) {
      bool skip = false;
      for (int32_t r : *skip_roots) {
        skip |= r != root && in_subtree(t, static_cast<uint32_t>(r)) && !in_subtree(static_cast<uint32_t>(root), static_cast<uint32_t>(r));
      }
      if (skip) continue;
    }
    if (opt_.scope_skips_relative_clauses && mask == nullptr && root >= 0) {
      // "the plan, which Russia proposed": not the plan's actor.
      bool relative = false;
      for (int32_t x = static_cast<int32_t>(t), guard = 0; x >= 0 && x != root && guard < 64; x = g_.words[x].head, ++guard) {
        relative |= relative_clause(static_cast<uint32_t>(x));
      }
      if (relative) continue;
    }
    int32_t m = s_.tok_match[t];
    if (m < 0) {
      // An unknown name or "the alliance" that document memory may resolve.
      if (opt_.document_memory && s_.chunk[t] == static_cast<int32_t>(t) && static_cast<int32_t>(t) != root &&
          (g_.words[t].upos == UPos::Propn || g_.words[t].upos == UPos::Noun || g_.words[t].upos == UPos::Pron) &&
          chunk_matches(t).empty()) {
        std::vector<Actor> g = group_at(static_cast<int32_t>(t));
        if (!g.empty()) return g;
      }
      continue;
    }
    int32_t head = s_.matches[m].chunk;
    if (mask == nullptr && head == root) continue;
    std::vector<Actor> g = group_at(head);
    if (!g.empty()) return g;
  }
  return {};
}

Actor SentenceCoder::new_actor(int32_t t) const {
  Actor a;
  if (opt_.new_actor_length <= 0 || t < 0) return a;
  std::vector<uint32_t> words;
  for (uint32_t x = 0; x < n_; ++x) {
    if (!in_subtree(x, static_cast<uint32_t>(t))) continue;
    const DepWord& w = g_.words[x];
    if (w.rel == Rel::Punct) continue;
    if (w.rel == Rel::Case && (w.head == t || w.form == "'s" || w.form == "'")) continue;
    words.push_back(x);
  }
  if (words.empty() || static_cast<int>(words.size()) > opt_.new_actor_length) return a;
  std::string text;
  for (uint32_t x : words) {
    std::string f = g_.words[x].form;
    for (char& ch : f) {
      if (ch >= 'a' && ch <= 'z') ch = static_cast<char>(ch - 32);
    }
    text += (text.empty() ? "" : " ") + f;
  }
  a.code = "\"" + text + "\"";
  a.tb = words.front();
  a.te = words.back() + 1;
  a.entry = "new actor (noun phrase not in the dictionary)";
  return a;
}

// ---- Verbs -------------------------------------------------------------------------

void SentenceCoder::find_verbs() {
  s_.verbs.clear();
  s_.verb_of_token.assign(n_, -1);
  for (uint32_t t = 0; t < n_; ++t) {
    const DepWord& w = g_.words[t];
    bool verbal = w.upos == UPos::Verb || (w.upos == UPos::X && w.xpos.rfind("VB", 0) == 0);
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

int32_t SentenceCoder::subject_of(uint32_t v, int guard) const {
  if (guard > 8) return -1;
  for (const uint32_t* ch = g_.children_begin(v); ch != g_.children_end(v); ++ch) {
    Rel r = g_.words[*ch].rel;
    if (r == Rel::Nsubj || r == Rel::NsubjPass || r == Rel::Csubj || r == Rel::CsubjPass) {
      const DepWord& s = g_.words[*ch];
      std::string_view l = s.lemma.empty() ? std::string_view(s.form) : std::string_view(s.lemma);
      bool relative = s.xpos == "WP" || s.xpos == "WDT" || ieq(l, "who") || ieq(l, "which") || ieq(l, "that");
      if (relative && g_.words[v].rel == Rel::AclRelcl && g_.words[v].head >= 0) return g_.words[v].head;
      // "the official news agency WFNA said": a name the parser split off its noun
      // phrase as the subject of a relative clause; the noun phrase is the speaker.
      int32_t head = g_.words[v].head;
      if (g_.words[v].rel == Rel::AclRelcl && head >= 0 && static_cast<int32_t>(*ch) == head + 1 &&
          s.upos == UPos::Propn && s_.tok_match[*ch] < 0 && !chunk_matches(head).empty()) {
        return head;
      }
      return static_cast<int32_t>(*ch);
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
  if (w.rel == Rel::Conj && !is_nominal(h.upos)) return subject_of(w.head, guard + 1);
  // "known to break", "nearer to accord": an infinitive with "to" and no subject of its
  // own is controlled, whatever the parser called it.
  bool to_infinitive = false;
  for (const uint32_t* ch = g_.children_begin(v); ch != g_.children_end(v); ++ch) {
    if (g_.words[*ch].rel == Rel::Mark && ieq(g_.words[*ch].form, "to")) to_infinitive = true;
  }
  if (to_infinitive && (w.rel == Rel::Advcl || w.rel == Rel::Ccomp) && !is_nominal(h.upos)) return subject_of(w.head, guard + 1);
  if (w.rel == Rel::Xcomp) {
    for (const uint32_t* ch = g_.children_begin(w.head); ch != g_.children_end(w.head); ++ch) {
      if (g_.words[*ch].rel == Rel::Obj || g_.words[*ch].rel == Rel::Iobj) return static_cast<int32_t>(*ch);
    }
    return subject_of(w.head, guard + 1);
  }
  if (w.rel == Rel::Acl && is_nominal(h.upos)) return w.head;
  if (w.rel == Rel::Advcl && opt_.advcl_inherits_subject) return subject_of(w.head, guard + 1);
  return -1;
}

// A finite verb the parser hung under a noun ("condemned an attack ... and promised
// aid", with "promised" as an adjective of "aid") is a coordinated predicate.
bool SentenceCoder::finite_misattached(uint32_t v) const {
  const DepWord& w = g_.words[v];
  if (w.head < 0) return false;
  bool finite = w.xpos == "VBD" || w.xpos == "VBZ" || w.xpos == "VBP";
  // "... and promised aid to X", parsed as an adjective of a coordinated noun.
  if (!finite && w.rel == Rel::Amod && v > 0 && g_.words[v - 1].upos == UPos::CConj &&
      g_.words[w.head].rel == Rel::Conj && w.xpos.rfind("VB", 0) == 0) {
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
        if (s_.unit_id[q] == el.id) {
          next = q + dir;
          matched = true;
          toks.push_back(s_.unit_token[q]);
        }
        break;
      case PatternElementKind::Synset: {
        int len = synset_match(el.id, q, dir, lower);
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
        if (el.kind == PatternElementKind::Compound) {
          if (g.size() < 2) break;
          // The whole coordination is consumed.
          int32_t lo = s_.chunk_first_unit[first], hi = s_.chunk_last_unit[first];
          for (const uint32_t* ch = g_.children_begin(first); ch != g_.children_end(first); ++ch) {
            if (g_.words[*ch].rel == Rel::Conj && s_.chunk_last_unit[*ch] >= 0) {
              lo = std::min(lo, s_.chunk_first_unit[*ch]);
              hi = std::max(hi, s_.chunk_last_unit[*ch]);
            }
          }
          next = dir > 0 ? hi + 1 : lo - 1;
          matched = true;
        } else {
          if (first != h) break;  // a later conjunct: the group starts earlier
          next = last_unit + dir;
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
      bool a_ok = match_side(cp.after, 0, after_start, +1, true, st, 24);
      bool b_ok = a_ok && match_side(cp.before, 0, before_start, -1, false, st, 24);
      if (!a_ok || !b_ok) continue;
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
      break;
    }
  }
}

bool SentenceCoder::is_speech(const VerbInfo& vi) const {
  if (vi.code.code.size() >= 2 && vi.code.code.substr(0, 2) == "01") return true;
  std::string l = base::ascii_lower(g_.words[vi.tok].lemma.empty() ? g_.words[vi.tok].form : g_.words[vi.tok].lemma);
  for (const char* s : kSpeechLemmas) {
    if (l == s) return true;
  }
  return false;
}

void SentenceCoder::code_verb(VerbInfo& vi) {
  lower_scope(vi);
  if (vi.particle >= 0) s_.scope[vi.particle] = 0;
  std::vector<Actor> pat_src, pat_tgt, pat_comp;
  bool used_negation = false;
  choose_pattern(vi, pat_src, pat_tgt, pat_comp, used_negation);
  // Negation of the verb itself, unless the pattern spelled it out.
  for (const uint32_t* ch = g_.children_begin(vi.tok); ch != g_.children_end(vi.tok); ++ch) {
    if (g_.words[*ch].negation) vi.negated = true;
  }
  if (used_negation) vi.negated = false;
  if (vi.pattern >= 0) {
    // Negation words anywhere in the matched pattern also count as spelled out.
    const VerbPattern& p = dict_.verb_blocks[vi.block].patterns[vi.pattern];
    if (p.text.find("NOT") != std::string::npos || p.text.find("N'T") != std::string::npos ||
        p.text.find("NEG") != std::string::npos || p.text.find("NEITHER") != std::string::npos) {
      vi.negated = false;
    }
  }

  const uint32_t v = vi.tok;
  int32_t subj = subject_of(v);
  vi.subject = subj;
  bool passive = is_passive(v);
  int32_t agent = -1;
  for (const uint32_t* ch = g_.children_begin(v); ch != g_.children_end(v); ++ch) {
    if (g_.words[*ch].rel == Rel::OblAgent) agent = static_cast<int32_t>(*ch);
  }
  if (agent >= 0 && !passive && g_.words[v].xpos == "VBN") passive = true;
  std::vector<Actor> subj_group;
  if (subj >= 0) {
    subj_group = group_at(subj);
    if (subj_group.empty()) subj_group = deep_search(subj, nullptr, 0);
    const DepWord& sw = g_.words[subj];
    std::string l = base::ascii_lower(sw.form);
    vi.pronoun_subject = sw.upos == UPos::Pron && (l == "i" || l == "we" || l == "you");
    // "Ethiopia indicated it would act": a third-person pronoun subject of a
    // complement refers to the subject of the clause above.
    bool third = sw.upos == UPos::Pron && (l == "he" || l == "she" || l == "it" || l == "they");
    if (subj_group.empty() && third) {
      int32_t x = g_.words[v].head;
      for (uint32_t steps = 0; x >= 0 && steps < n_; ++steps) {
        if (g_.words[x].upos == UPos::Verb) {
          int32_t s2 = subject_of(static_cast<uint32_t>(x));
          if (s2 >= 0 && s2 != subj) {
            subj_group = group_at(s2);
            if (!subj_group.empty()) break;
          }
        }
        x = g_.words[x].head;
      }
    }
    // "He maintained that ...": the person last named in an earlier sentence.
    Actor known;
    if (subj_group.empty() && (l == "he" || l == "she") && recall_last_person(subj, known)) {
      subj_group.push_back(known);
    }
  }
  std::vector<Actor> agent_group;
  if (agent >= 0) agent_group = group_at(agent);

  if (passive && agent >= 0) {
    vi.sources = agent_group;
    vi.targets = subj_group;
    vi.rule = "passive";
  } else {
    if (passive && !opt_.passive_subject_is_source) {
      vi.targets = subj_group;
      vi.rule = "passive-no-agent";
    } else {
      vi.sources = subj_group;
      vi.rule = "subject-object";
    }
    if (vi.targets.empty()) {
      uint32_t after = vi.ve;
      std::vector<uint8_t> mask = s_.scope;
      // Adverbial clauses say when or why, not to whom: no targets from them.
      for (const uint32_t* ch = g_.children_begin(v); ch != g_.children_end(v); ++ch) {
        if (g_.words[*ch].rel != Rel::Advcl || to_clause(*ch)) continue;
        for (uint32_t t = 0; t < n_; ++t) {
          if (in_subtree(t, *ch)) mask[t] = 0;
        }
      }
      if (subj >= 0 && !in_subtree(v, static_cast<uint32_t>(subj))) {
        for (uint32_t t = 0; t < n_; ++t) {
          if (in_subtree(t, static_cast<uint32_t>(subj))) mask[t] = 0;
        }
      }
      vi.targets = deep_search(-1, &mask, after);
    }
  }
  // Pattern-placed actors.
  if (!pat_comp.empty() && comp_after_) {
    vi.targets = pat_comp;
    vi.rule = "pattern";
  } else if (!pat_comp.empty()) {
    vi.sources = pat_comp;
    vi.targets.clear();
    vi.symmetric = true;
    vi.rule = "pattern-compound";
  }
  if (!pat_src.empty()) {
    vi.sources = pat_src;
    vi.rule = "pattern";
  }
  if (!pat_tgt.empty()) {
    vi.targets = pat_tgt;
    vi.rule = "pattern";
    // "+ * ..." placed the subject as target: the source is the speaker above.
    bool same = !vi.sources.empty() && pat_src.empty() && vi.sources.front().tb == pat_tgt.front().tb;
    if (same) {
      vi.sources.clear();
      int32_t x = g_.words[v].head;
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
  }
  // "Thousands of Iraqi Kurds demonstrated in Kirkuk": a protest with no one it is
  // addressed to is addressed to the country where it happens.
  if (opt_.protest_targets_place && vi.targets.empty() && !vi.sources.empty() && vi.code.code.rfind("14", 0) == 0) {
    for (const uint32_t* ch = g_.children_begin(v); ch != g_.children_end(v) && vi.targets.empty(); ++ch) {
      if (g_.words[*ch].rel != Rel::Obl) continue;
      bool in = false;
      for (const uint32_t* cc = g_.children_begin(*ch); cc != g_.children_end(*ch); ++cc) {
        in |= g_.words[*cc].rel == Rel::Case && ieq(g_.words[*cc].form, "in");
      }
      if (!in) continue;
      std::vector<Actor> place = group_at(static_cast<int32_t>(*ch));
      if (place.empty()) place = deep_search(static_cast<int32_t>(*ch), nullptr, 0);
      for (auto& a : place) {
        if (a.null() || a.code.size() < 3 || a.code.rfind("IGO", 0) == 0 || a.code.rfind("---", 0) == 0) continue;
        a.code = a.code.substr(0, 3);
        a.entry = "place of the protest: " + a.entry;
        vi.targets.push_back(a);
      }
    }
  }
  // Null actors and new actors, when dyads are not required.
  if (vi.sources.empty() && subj >= 0) {
    Actor na = new_actor(subj);
    if (!na.code.empty()) vi.sources.push_back(na);
    else if (!opt_.require_dyad) vi.sources.push_back({"---", static_cast<uint32_t>(subj), static_cast<uint32_t>(subj) + 1, ""});
  }
  if (vi.targets.empty() && !vi.symmetric) {
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
  // A coordinated source and no target: the event is among the members.
  if (vi.targets.empty() && !vi.symmetric && vi.sources.size() >= 2) {
    std::unordered_set<std::string> codes;
    for (const auto& a : vi.sources) {
      if (!a.null()) codes.insert(a.code);
    }
    if (codes.size() >= 2) {
      vi.symmetric = true;
      vi.rule = "compound";
    }
  }
  // Does the target come from a complement clause?
  for (const auto& t : vi.targets) {
    int32_t x = static_cast<int32_t>(t.tb);
    for (uint32_t steps = 0; x >= 0 && steps <= n_; ++steps) {
      if (g_.words[x].head == static_cast<int32_t>(v)) {
        if (g_.words[x].rel == Rel::Ccomp) vi.target_in_complement = true;
        break;
      }
      x = g_.words[x].head;
    }
  }
}

bool SentenceCoder::produces(const VerbInfo& vi) const {
  if (vi.code.null() || vi.suppressed || vi.absorbed) return false;
  auto coded = [](const std::vector<Actor>& g) {
    return std::any_of(g.begin(), g.end(), [](const Actor& a) { return !a.null(); });
  };
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
          if ((no_source || inner.pronoun_subject) && !outer.sources.empty()) {
            inner.sources = outer.sources;
            inner.rule += "+speaker";
            if (inner.targets.empty() && !inner.symmetric && inner.sources.size() >= 2) inner.symmetric = false;
          }
          apply_transformation(outer, inner);
        }
        if (produces(inner)) inner_codes = true;
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
    if (l != "refuse" && l != "decline" && l != "fail" && l != "refrain") continue;
    for (const uint32_t* ch = g_.children_begin(v); ch != g_.children_end(v); ++ch) {
      const DepWord& c = g_.words[*ch];
      if (c.rel != Rel::Xcomp && !((c.rel == Rel::Advcl || c.rel == Rel::Ccomp) && to_clause(*ch))) continue;
      if (s_.verb_of_token[*ch] < 0) continue;
      VerbInfo& inner = s_.verbs[s_.verb_of_token[*ch]];
      inner.negated = !inner.negated;
    }
  }
}

void SentenceCoder::absorb_xcomps() {
  std::vector<uint32_t> order(s_.verbs.size());
  for (uint32_t i = 0; i < order.size(); ++i) order[i] = i;
  std::sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) { return s_.verbs[a].depth < s_.verbs[b].depth; });
  for (uint32_t oi : order) {
    const VerbInfo& vi = s_.verbs[oi];
    if (!produces(vi)) continue;
    // Its xcomp chain (xcomps without a subject of their own, and their conjuncts).
    std::vector<uint32_t> stack{vi.tok};
    while (!stack.empty()) {
      uint32_t x = stack.back();
      stack.pop_back();
      for (const uint32_t* ch = g_.children_begin(x); ch != g_.children_end(x); ++ch) {
        const DepWord& w = g_.words[*ch];
        bool controlled = (w.rel == Rel::Advcl || w.rel == Rel::Ccomp) && to_clause(*ch);
        bool chain = w.rel == Rel::Xcomp || controlled || (x != vi.tok && w.rel == Rel::Conj);
        if (!chain) continue;
        bool own_subject = false;
        for (const uint32_t* cc = g_.children_begin(*ch); cc != g_.children_end(*ch); ++cc) {
          Rel r = g_.words[*cc].rel;
          own_subject |= r == Rel::Nsubj || r == Rel::NsubjPass;
        }
        if (own_subject) continue;
        if (s_.verb_of_token[*ch] >= 0) s_.verbs[s_.verb_of_token[*ch]].absorbed = true;
        stack.push_back(*ch);
      }
    }
  }
}

std::string SentenceCoder::words_text(uint32_t tb, uint32_t te) const {
  std::string out;
  for (uint32_t t = tb; t < te && t < n_; ++t) out += (out.empty() ? "" : " ") + g_.words[t].form;
  return out;
}

Event SentenceCoder::make_event(const VerbInfo& vi, const std::string& code, const Actor& s, const Actor& t) const {
  Event e;
  e.doc_id = doc_.doc_id;
  e.sentence = doc_.sentence_index;
  e.date = s_.dater.date_of(vi.tok);
  auto evidence = [&](const Actor& a) {
    if (!a.entry.empty()) return a.entry;
    std::string out;
    for (size_t m = 0; m < s_.matches.size(); ++m) {
      if (s_.matches[m].tb >= a.tb && s_.matches[m].te <= a.te) out += (out.empty() ? "" : " + ") + entry_text(static_cast<int32_t>(m));
    }
    return out;
  };
  e.source = {s.code, words_text(s.tb, s.te), {s.tb, s.te}, evidence(s)};
  e.target = {t.code, words_text(t.tb, t.te), {t.tb, t.te}, evidence(t)};
  e.cameo = code;
  e.negated = vi.negated;
  e.text = g_.text;
  e.verb = {vi.vb, vi.ve};
  e.verb_text = words_text(vi.vb, vi.ve);
  if (vi.particle >= 0) e.verb_text += " " + g_.words[vi.particle].form;
  const VerbEntry& ve = dict_.verbs[vi.entry];
  std::string vname;
  for (const auto& w : ve.words) vname += (vname.empty() ? "" : " ") + w;
  e.verb_entry = vname + " (" + ve.where + ")";
  if (vi.pattern >= 0) {
    const VerbPattern& p = dict_.verb_blocks[vi.block].patterns[vi.pattern];
    e.pattern = p.text + " (" + p.where + ")";
  }
  e.rule = vi.rule;
  fill_cameo_fields(e);
  return e;
}

void SentenceCoder::write_events(std::vector<Event>& out) {
  size_t first = out.size();
  auto emit = [&](const VerbInfo& vi, const Actor& s, const Actor& t) {
    // The same actor on both sides is no event -- except a protest in one's own
    // country ("Iraqis demonstrated in Kirkuk": IRQ -> IRQ), which is domestic news.
    const bool domestic_protest = opt_.protest_targets_place && vi.code.code.rfind("14", 0) == 0 && !s.null();
    if (s.code == t.code && !domestic_protest) return;
    // "Lin (CHNGOV) said China's trade is legitimate": a statement by a part of a
    // country about the country itself. (Domestic actions -- a government lifting a
    // state of emergency -- are events and stay.)
    if (opt_.drop_self_events && s.code.size() >= 3 && t.code.size() >= 3 && (s.code.size() == 3 || t.code.size() == 3) &&
        s.code.compare(0, 3, t.code, 0, 3) == 0 && vi.code.code.rfind("01", 0) == 0) {
      return;
    }
    if (opt_.require_dyad && (s.null() || t.null())) return;
    if (s.null() && t.null()) return;
    if (!vi.code.code.empty()) out.push_back(make_event(vi, vi.code.code, s, t));
    if (!vi.code.paired.empty()) out.push_back(make_event(vi, vi.code.paired, t, s));
  };
  for (const auto& vi : s_.verbs) {
    if (vi.code.null() || vi.suppressed || vi.absorbed) continue;
    if (vi.negated && opt_.negation == NegationPolicy::Drop) continue;
    if (vi.symmetric) {
      for (const auto& a : vi.sources) {
        for (const auto& b : vi.sources) {
          if (&a != &b) emit(vi, a, b);
        }
      }
      continue;
    }
    for (const auto& s : vi.sources) {
      for (const auto& t : vi.targets) emit(vi, s, t);
    }
  }
  if (opt_.negation == NegationPolicy::Code) {
    for (size_t i = first; i < out.size(); ++i) out[i].negated = false;
  }
  // One event per (code, source, target).
  std::vector<Event> unique;
  for (size_t i = first; i < out.size(); ++i) {
    bool dup = false;
    for (const auto& u : unique) {
      dup |= u.cameo == out[i].cameo && u.source.code == out[i].source.code && u.target.code == out[i].target.code;
    }
    if (!dup) unique.push_back(std::move(out[i]));
  }
  out.resize(first);
  for (auto& e : unique) out.push_back(std::move(e));
}

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
  commit_memory(before, out);
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

}  // namespace

SentenceResult EventCoder::code(const DepGraph& graph, DocumentState& doc, std::vector<Event>& out) const {
  if (!doc.scratch) doc.scratch = std::make_unique<CoderScratch>();
  SentenceCoder sc(*dict_, options_, graph, doc);
  SentenceResult r = sc.run(out);
  ++doc.sentence_index;
  return r;
}

}  // namespace dyad
